import { watch as watchFolder } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DeleteObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { SQSRecord } from 'aws-lambda';
import { DynamoDbArticleStore } from '../../adapters/dynamodb/article-store';
import { createDocumentClient } from '../../adapters/dynamodb/client';
import { changesFromQueueRecord } from '../../extract/events';
import { DEFAULT_LOCAL_OPTIONS, type LocalStackOptions, startLocalStack } from '../runtime';
import {
  type CollectedFiles,
  collectEntry,
  collectFiles,
  InputFileError,
  SIDECAR,
  type UploadFile,
} from './files';
import type { Progress } from './progress';
import { uploadFile } from './upload';

/** How long a file must stay unchanged before it is uploaded, so half-written files are not. */
const SETTLE_MS = 300;

/**
 * Keeps the local stack up and mirrors a folder into the bucket until `signal` aborts:
 * new and changed files are uploaded, removed files deleted.
 */
export async function watchFolderIntoBucket(
  folder: string,
  options: Partial<LocalStackOptions>,
  progress: Progress,
  signal: AbortSignal,
): Promise<void> {
  const info = await stat(folder).catch(() => null);
  if (!info?.isDirectory()) throw new InputFileError(`${folder} is not a folder`);
  let articles: DynamoDbArticleStore | undefined;
  const stack = await startLocalStack({
    ...DEFAULT_LOCAL_OPTIONS,
    ...options,
    onSettled: (outcome, record) => {
      if (articles) void reportOutcome(articles, outcome, record, progress);
    },
  });
  articles = new DynamoDbArticleStore(createDocumentClient(), stack.tableName);
  const s3 = new S3Client({});
  const timers = new Map<string, NodeJS.Timeout>();

  const sync = async (file: UploadFile | null, key: string): Promise<void> => {
    try {
      if (file) {
        await uploadFile(s3, stack.bucket, file);
        progress.info(`uploaded ${file.key}`);
      } else {
        await s3.send(new DeleteObjectCommand({ Bucket: stack.bucket, Key: key }));
        progress.info(`deleted ${key}`);
      }
    } catch (error) {
      progress.info(`could not sync ${key}: ${(error as Error).message}`);
    }
  };

  const report = (collected: CollectedFiles): void => {
    for (const r of collected.rejected) progress.info(`rejected  ${r.key ?? r.path}: ${r.reason}`);
    for (const s of collected.skipped) progress.info(`skipped   ${s.path}: ${s.reason}`);
  };

  const syncEntry = async (name: string): Promise<void> => {
    const path = join(folder, name);
    const exists = await stat(path)
      .then(() => true)
      .catch(() => false);
    if (!exists) return sync(null, name);
    const collected = await collectEntry(path, name);
    report(collected);
    for (const file of collected.files) await sync(file, file.key);
  };

  const schedule = (name: string): void => {
    clearTimeout(timers.get(name));
    timers.set(
      name,
      setTimeout(() => {
        timers.delete(name);
        void syncEntry(name);
      }, SETTLE_MS),
    );
  };

  const initial = await collectFiles([folder]);
  report(initial);
  for (const file of initial.files) await sync(file, file.key);
  progress.info(`Watching ${folder}; drop article files in it. Ctrl-C to stop.`);
  const watcher = watchFolder(folder, { recursive: true }, (_event, name) => {
    if (!name || baseName(name).startsWith('.')) return;
    // A changed sidecar changes its article's metadata: upload the article again.
    schedule(name.endsWith(SIDECAR) ? name.slice(0, -SIDECAR.length) : name);
  });
  await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
  watcher.close();
  for (const timer of timers.values()) clearTimeout(timer);
  await stack.stop();
}

/** Tells the user what became of each file once its notification is settled. */
async function reportOutcome(
  articles: DynamoDbArticleStore,
  outcome: 'consumed' | 'dead-lettered',
  record: SQSRecord,
  progress: Progress,
): Promise<void> {
  for (const change of changesFromQueueRecord(record)) {
    if (outcome === 'dead-lettered') {
      progress.info(`failed    ${change.key}: set aside after repeated errors (see the log above)`);
      continue;
    }
    if (change.kind === 'removed') {
      progress.info(`removed   ${change.key}`);
      continue;
    }
    const stored = await articles.get(change.key);
    if (stored?.status === 'rejected')
      progress.info(`rejected  ${change.key}: ${stored.rejection?.reason ?? ''}`);
    else if (stored) progress.info(`extracted ${change.key} -> story ${stored.storyId ?? '?'}`);
  }
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
