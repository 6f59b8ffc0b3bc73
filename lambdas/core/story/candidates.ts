/** Choosing which candidate stories to read, from index hits alone. */
import type { StoryCandidateQuery } from '../../ports';

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
