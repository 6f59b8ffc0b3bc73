/** Which story keeps its id when two stories of one event merge. */
import type { Story } from '../model';

/**
 * Which of two stories of one event keeps its id when they merge: the one with more reports,
 * whose parts and index entries then stay where they are while only the other's move (a merge
 * rewrites every item of the story that gives up its id), else the smaller id. Reconcilers
 * that read the two at different sizes may merge them both ways at first; each story then
 * holds every report of both, and the tie goes to the smaller id.
 */
export function mergeSurvivor(a: Story, b: Story): Story {
  if (a.sources.length !== b.sources.length) return a.sources.length > b.sources.length ? a : b;
  return a.id <= b.id ? a : b;
}
