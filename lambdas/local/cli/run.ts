import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDbArticleStore } from '../../adapters/dynamodb/article-store';
import { createDocumentClient } from '../../adapters/dynamodb/client';
import { DynamoDbStoryStore } from '../../adapters/dynamodb/story-store';
import type { Story } from '../../core/model';
import type { ArticleRecord } from '../../ports';
import type { DigestPreview, SendDigestSummary } from '../../use-cases/send-digest';
import { DEFAULT_LOCAL_OPTIONS, type LocalStack, type LocalStackOptions, startLocalStack } from '../runtime';
import {
  type CollectedFiles,
  collectFiles,
  InputFileError,
  type SkippedFile,
  type UploadFile,
} from './files';
import {
  type ArticleSummary,
  type StorySummary,
  summarizeArticle,
  summarizeRejection,
  summarizeStory,
} from './output';
import type { Progress } from './progress';
import { uploadFile } from './upload';

export interface RunOptions extends Partial<LocalStackOptions> {
  json: boolean;
}

/** The digest part of the `--json` document. */
export interface DigestSummary {
  subject: string;
  text: string;
  html: string;
  items: DigestPreview['items'];
  composer: DigestPreview['composer'];
  outbox: string[];
}

/** The one JSON document `run --json` prints (schema in README). */
export interface RunReport {
  articles: ArticleSummary[];
  stories: StorySummary[];
  digest: DigestSummary | null;
  deadLetters: number;
  /** Files left out on purpose (dotfiles, READMEs), listed so none goes missing unseen. */
  skipped: SkippedFile[];
}

/** Uploads files to the local bucket, waits for extraction, then composes and sends the digest of the touched stories. */
export async function runFiles(paths: string[], options: RunOptions, progress: Progress): Promise<RunReport> {
  const collected = await collectFiles(paths);
  const { files } = collected;
  if (files.length === 0 && collected.rejected.length === 0)
    throw new InputFileError(`No article files found in ${paths.join(', ')}`);
  if (files.length === 0) return withLocalOutcomes(emptyReport(), collected);
  let settled = 0;
  const tick = progress.counter('extracted', files.length);
  const outboxDir = options.outboxDir ?? DEFAULT_LOCAL_OPTIONS.outboxDir;
  const stack = await startLocalStack({
    ...DEFAULT_LOCAL_OPTIONS,
    ...withoutUndefined(options),
    onSettled: () => {
      settled += 1;
      tick(Math.min(settled, files.length));
    },
  });
  try {
    progress.info(
      `Local stack up: S3 ${stack.endpoints.s3}, DynamoDB ${stack.endpoints.dynamodb}, SES ${stack.endpoints.sesv2}`,
    );
    await upload(stack, files, progress);
    await stack.queue.idle();
    const report = await collect(stack, files);
    const storyIds = report.stories.map((s) => s.id);
    report.digest = storyIds.length > 0 ? await composeDigest(stack, storyIds, resolve(outboxDir)) : null;
    return withLocalOutcomes(report, collected);
  } finally {
    await stack.stop();
  }
}

function emptyReport(): RunReport {
  return { articles: [], stories: [], digest: null, deadLetters: 0, skipped: [] };
}

/** Adds the files rejected before upload (bad sidecar, key taken, dangling link...) and the skipped ones. */
function withLocalOutcomes(report: RunReport, collected: CollectedFiles): RunReport {
  const rejected = collected.rejected.map((r) => summarizeRejection(r.key ?? r.path, r.reason));
  return { ...report, articles: [...report.articles, ...rejected], skipped: collected.skipped };
}

async function upload(stack: LocalStack, files: UploadFile[], progress: Progress): Promise<void> {
  const s3 = new S3Client({});
  const tick = progress.counter('uploaded', files.length);
  let done = 0;
  for (const file of files) {
    await uploadFile(s3, stack.bucket, file);
    done += 1;
    tick(done);
  }
}

async function collect(stack: LocalStack, files: UploadFile[]): Promise<RunReport> {
  const documents = createDocumentClient();
  const articles = new DynamoDbArticleStore(documents, stack.tableName);
  const stories = new DynamoDbStoryStore(documents, stack.tableName);
  const keys = [...new Set(files.map((f) => f.key))];
  const records = await articles.getMany(keys);
  const byKey = new Map<string, ArticleRecord>(records.map((r) => [r.key, r]));
  const storyOf = new Map<string, Story>();
  for (const record of records) {
    if (record.status !== 'extracted') continue;
    const story = await currentStory(stories, record);
    if (story) storyOf.set(record.key, story);
  }
  const touched = new Map([...storyOf.values()].map((s) => [s.id, s]));
  return {
    articles: keys.flatMap((k) => {
      const record = byKey.get(k);
      if (!record) return [];
      const summary = summarizeArticle(record);
      return [{ ...summary, storyId: storyOf.get(k)?.id ?? summary.storyId }];
    }),
    stories: [...touched.values()].map(summarizeStory),
    digest: null,
    deadLetters: stack.queue.deadLetters.length,
    skipped: [],
  };
}

/** The story holding the article now: a concurrent merge may have folded the recorded one into another. */
async function currentStory(stories: DynamoDbStoryStore, record: ArticleRecord): Promise<Story | null> {
  const recorded = record.storyId ? await stories.get(record.storyId) : null;
  if (recorded?.sources.some((s) => s.key === record.key)) return recorded;
  const [holder] = await stories.withSource(record.key);
  return holder ?? null;
}

async function composeDigest(
  stack: LocalStack,
  storyIds: string[],
  outboxDir: string,
): Promise<DigestSummary | null> {
  const startedAt = Date.now();
  const summary = (await stack.invokeDigest({
    storyIds,
    period: `run-${new Date(startedAt).toISOString()}`,
  })) as SendDigestSummary;
  if (!summary.preview) return null;
  const names = await readdir(outboxDir).catch(() => [] as string[]);
  const fresh: string[] = [];
  for (const name of names.filter((f) => f.endsWith('.eml'))) {
    const path = join(outboxDir, name);
    if ((await stat(path)).mtimeMs >= startedAt - 1000) fresh.push(path);
  }
  return { ...summary.preview, outbox: fresh.sort() };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
