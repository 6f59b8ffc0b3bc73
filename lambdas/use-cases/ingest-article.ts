import type { Article, RawObject, Rejection } from '../core/model';
import { tooLargeReason } from '../core/parse/01-guard';
import { contentHash } from '../core/parse/hash';
import type { ArticleRecord, ArticleSource, ArticleStore } from '../ports';
import { attachArticle, detachArticle, removeArticle, type StoryAssignmentDeps } from './story-assignment';

/** One change to one object in the ingest bucket, as an S3 event record describes it. */
export interface ObjectChange {
  kind: 'created' | 'removed';
  key: string;
  /** S3's per-key ordering token: a lower one than the stored record's is a stale redelivery. */
  sequencer?: string;
  size?: number;
}

/** What ingesting needs: the story assignment's own needs, and where articles come from and go. */
export interface IngestDeps extends StoryAssignmentDeps {
  source: ArticleSource;
  articles: ArticleStore;
  analyze: (raw: RawObject) => Promise<Article | Rejection>;
  maxArticleBytes: number;
}

export type IngestOutcome =
  | { key: string; status: 'extracted'; storyId: string; createdStory: boolean; analysisError?: string }
  | { key: string; status: 'rejected'; reason: string }
  | { key: string; status: 'unchanged' | 'stale' | 'missing' | 'removed' };

/**
 * Applies one bucket change to the table: extracts (or rejects) a created object and
 * files it into a story, or withdraws a removed one. Safe to repeat: S3 delivers at
 * least once, so the same change applied twice leaves the same state.
 */
export async function ingestChange(deps: IngestDeps, change: ObjectChange): Promise<IngestOutcome> {
  const existing = await deps.articles.get(change.key);
  if (existing && isStale(change.sequencer, existing.sequencer)) {
    return { key: change.key, status: 'stale' };
  }
  return change.kind === 'removed' ? withdraw(deps, change, existing) : extract(deps, change, existing);
}

async function extract(
  deps: IngestDeps,
  change: ObjectChange,
  existing: ArticleRecord | null,
): Promise<IngestOutcome> {
  const head = await deps.source.head(change.key);
  if (!head) return { key: change.key, status: 'missing' };
  if (head.size > deps.maxArticleBytes) {
    const rejection: Rejection = {
      key: change.key,
      contentHash: `size:${head.size}`,
      code: 'too-large',
      reason: tooLargeReason(head.size, deps.maxArticleBytes),
    };
    return reject(deps, change, existing, rejection);
  }
  const raw = await deps.source.get(change.key);
  if (!raw) return { key: change.key, status: 'missing' };

  if (existing && existing.contentHash === contentHash(raw.bytes) && isSettled(existing)) {
    return { key: change.key, status: 'unchanged' };
  }
  const result = await deps.analyze(raw);
  if (!('text' in result)) return reject(deps, change, existing, result);

  // Story first, record second: a crash in between is healed by the redelivery,
  // because attaching the same key again replaces its contribution.
  const { storyId, created, candidates, moved } = await attachArticle(deps, result);
  if (existing?.storyId && existing.storyId !== storyId) {
    await detachArticle(deps, change.key, existing.storyId);
  }
  // Records of articles whose story was merged into this one follow it (a crash before this is
  // healed when such an article is deleted or rejected: removeArticle looks the story up).
  for (const { key, to, from, by, similarity, ownSimilarity } of moved) {
    const kind = similarity === undefined ? 'merged' : 'reassigned';
    const why = similarity === undefined ? {} : { similarity, ownSimilarity };
    await deps.articles.moveToStory(key, to, { kind, from, by, ...why });
  }
  await deps.articles.put({
    key: change.key,
    status: 'extracted',
    contentHash: result.contentHash,
    ...(change.sequencer ? { sequencer: change.sequencer } : {}),
    article: result,
    storyId,
    storyDecision: { opened: created, candidates },
    updatedAt: deps.clock.now().toISOString(),
  });
  const failure = result.analysisError === undefined ? {} : { analysisError: result.analysisError };
  return { key: change.key, status: 'extracted', storyId, createdStory: created, ...failure };
}

async function reject(
  deps: IngestDeps,
  change: ObjectChange,
  existing: ArticleRecord | null,
  rejection: Rejection,
): Promise<IngestOutcome> {
  if (existing?.storyId) {
    await removeArticle(deps, change.key, existing.storyId);
  }
  await deps.articles.put({
    key: change.key,
    status: 'rejected',
    contentHash: rejection.contentHash,
    ...(change.sequencer ? { sequencer: change.sequencer } : {}),
    rejection,
    updatedAt: deps.clock.now().toISOString(),
  });
  return { key: change.key, status: 'rejected', reason: rejection.reason };
}

async function withdraw(
  deps: IngestDeps,
  change: ObjectChange,
  existing: ArticleRecord | null,
): Promise<IngestOutcome> {
  if (!existing) return { key: change.key, status: 'unchanged' };
  // A delete that S3 delivers after a newer upload of the same key must not remove the new one.
  if (await deps.source.head(change.key)) return { key: change.key, status: 'stale' };
  if (existing.storyId) {
    await removeArticle(deps, change.key, existing.storyId);
  }
  await deps.articles.delete(change.key);
  return { key: change.key, status: 'removed' };
}

function isSettled(record: ArticleRecord): boolean {
  return record.status === 'rejected' || record.storyId !== undefined;
}

/** S3 sequencers are hex strings of varying length: compare them right-aligned. */
export function isStale(incoming: string | undefined, stored: string | undefined): boolean {
  if (!incoming || !stored) return false;
  const width = Math.max(incoming.length, stored.length);
  return incoming.padStart(width, '0').toUpperCase() < stored.padStart(width, '0').toUpperCase();
}
