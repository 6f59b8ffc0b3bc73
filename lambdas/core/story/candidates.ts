/** Choosing which candidate stories to read, from index hits alone. */
import type { Story } from '../model';

/** Which stories may be the same event as a new article. */
export interface StoryCandidateQuery {
  /** Normalized entity keys (see core/story) shared with the article. */
  entityKeys: string[];
  /** Inclusive ISO date window of the event. */
  from: string;
  to: string;
  /**
   * Keep only stories found under at least this many of the keys (default 1), at most `limit`
   * of them, most keys first: decided on the index items, before any story is read.
   */
  minHits?: number;
  limit?: number;
  /** Stories the caller has just read: those found are returned as held, not read again. */
  known?: Story[];
}

/**
 * The story ids worth reading: found under at least `minHits` of the query's keys, most keys
 * first (ties by id, so the cut is deterministic), at most `limit` of them.
 */
export function pickCandidates(hits: ReadonlyMap<string, number>, query: StoryCandidateQuery): string[] {
  const minHits = query.minHits ?? 1;
  const ranked = [...hits]
    .filter(([, count]) => count >= minHits)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([id]) => id);
  return query.limit === undefined ? ranked : ranked.slice(0, query.limit);
}
