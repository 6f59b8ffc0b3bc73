/** Which story keeps its id when two stories of one event merge. */
import type { Story } from '../model';
import { storyIndexEntries } from './background';
import { earliestSource, indexSource, mergeStories } from './story';

/** A story's index entries, each as one string: what the store files it under. */
function entryKeys(story: Story): Set<string> {
  const entries = storyIndexEntries(story);
  return new Set([
    ...entries.entities.map((e) => `${e.key} ${e.date}`),
    ...entries.mentions.map((m) => `mention ${m.key} ${m.periodStart}`),
  ]);
}

/**
 * What each report that gives up its story's id weighs: its part written again and deleted (a
 * write unit or two each), its article record repointed, and its source and mention entries,
 * which stay under the old id for searches to read and follow (`StoryStore.absorb`).
 */
const ITEMS_PER_MOVED_REPORT = 5;

/**
 * The items a merge keeping `winner`'s id writes, deletes or leaves behind: the loser's head
 * turned into a pointer to the winner, its reports moved, the winner's index entries that the
 * merged story (`merged`: the same whichever id it keeps) files otherwise, and the loser's
 * index entries, which stay for later searches to read and follow. Leaving these out (they
 * cost no write) wrote as much and read more on the bench's table of 100 stories (10.7 write
 * units an article either way, read units 7.0 -> 7.5).
 */
function mergeWrites(winner: Story, loser: Story, merged: Set<string>): number {
  const kept = entryKeys(winner);
  let changed = 0;
  for (const key of merged) if (!kept.has(key)) changed += 1;
  for (const key of kept) if (!merged.has(key)) changed += 1;
  return 1 + ITEMS_PER_MOVED_REPORT * loser.sources.length + entryKeys(loser).size + changed;
}

/**
 * Which of two stories of one event keeps its id when they merge: the one whose keeping writes
 * fewer items (every item is a write unit at least). Mostly the one with more reports, whose
 * parts stay where they are while only the other's move, unless the other's index report is
 * the one the merged story keeps (`mergeStories`: the earlier), whose term and name entries
 * then stay put instead of the whole index moving. As costly either way: the one with more
 * reports, else the one whose index report the merge keeps, else the smaller id. Reconcilers
 * that read the two at different sizes may merge them both ways at first; each story then holds
 * every report of both, and the tie goes to the smaller id.
 */
export function mergeSurvivor(a: Story, b: Story): Story {
  const merged = entryKeys(mergeStories(a, b, new Date(a.lastSeen)));
  const [costA, costB] = [mergeWrites(a, b, merged), mergeWrites(b, a, merged)];
  if (costA !== costB) return costA < costB ? a : b;
  if (a.sources.length !== b.sources.length) return a.sources.length > b.sources.length ? a : b;
  const [fromA, fromB] = [indexSource(a), indexSource(b)];
  if (fromA && fromB && fromA.key !== fromB.key) {
    const kept = earliestSource({ ...a, sources: [fromA, fromB] });
    return kept === fromA ? a : b;
  }
  return a.id <= b.id ? a : b;
}
