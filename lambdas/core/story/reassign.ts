/**
 * Reports that read as another story's event more than as the rest of their own. A report is
 * placed once, on arrival, against the stories of that moment; a story that grew since may hold
 * its event better, and which report came first should not decide where it ends.
 */
import type { Story } from '../model';
import { matchProfiles, type StoryMatch } from './match';
import { storyProfile } from './profile';
import { removeSource, soloStory } from './story';

/**
 * How much more similar to the other story than to the rest of its own a report must read to
 * move: reports of one event often sit between two of its stories at nearly the same similarity.
 * ECB+ tuning topics, five arrival orders (publication order, reversed, three shuffles), dated
 * B-cubed F1 91.9 / 88.3 / 91.7 / 91.8 / 91.5 -> 92.5 / 88.7 / 92.3 / 91.8 / 91.8 (pairwise
 * precision 98.6 -> 99.2 in publication order), undated B-cubed F1 unchanged (92.1 / 91.5 / 91.1
 * / 90.9 / 90.5 on main 4bda10b's extraction). At 0 a report moved for a hair's difference
 * (undated order 2: 90.2); at 0.05, dated 92.0 / 88.9 / 92.5 / 91.8 / 91.5 (both measured before
 * the index report was kept).
 */
export const REASSIGN_MARGIN = 0.1;

/** A report of one story that belongs in another, and the two comparisons that say so. */
export interface Stray {
  key: string;
  /** The report against the story it moves to. */
  there: StoryMatch;
  /** The report against the rest of the story it leaves. */
  here: StoryMatch;
}

/**
 * The reports of `from` that `to` would take and that read as its event more than as the rest of
 * `from`, by REASSIGN_MARGIN, or that the rest of `from` would no longer take. Left alone: a story
 * of one report (whether it joins `to` is a merge, `storiesMatch`); and, unless the rest of its
 * story no longer takes it, a report of a story whose rest outnumbers `to` by more than one report:
 * a report read against one or two others scores higher than against the centroid of many, which
 * evens each report's own words out, so it would leave a story of many for any near copy that
 * opened alone (ECB+ tuning topics, undated, publication order: 92.1 -> 91.9 without this). A
 * report its own story vetoes (a weekday, a body, an office-holder the rest of it disagrees on,
 * learned only as the story grew past it) has no story to stay in: it goes wherever it is taken,
 * the larger story first (`largestFirst`). ECB+ tuning topics, undated, five arrival orders
 * (publication, reversed, three shuffles): B-cubed F1 95.8 / 95.1 / 93.8 / 94.9 / 95.7 -> 95.8 /
 * 95.6 / 94.0 / 95.2 / 95.7, pairwise precision reversed 97.2 -> 97.9, shuffle 2 95.7 -> 95.8, the
 * rest unchanged; dated unchanged. The report `from` is indexed by moves too (the rest of `from`
 * is then indexed by its earliest report, filed again): which report opened a story says nothing of
 * its event, and an index report kept in place held a report of its own event beside it, one that
 * could not join that event's story alone. ECB+ tuning topics, dated, five arrival orders
 * (publication, reversed, three shuffles): odd topics B-cubed F1 91.8 / 90.8 / 90.7 / 90.8 / 91.4
 * -> 91.8 / 91.2 / 91.1 / 91.2 / 91.8, even topics and undated unchanged, pairwise precision 100.0
 * (session 15, before stories were also indexed under the terms most of their reports share, it
 * had cost two orders 0.2 each).
 */
export function straysInto(to: Story, from: Story, now: Date): Stray[] {
  if (from.sources.length < 2 || to.id === from.id) return [];
  const smaller = to.sources.length < from.sources.length - 1;
  const target = storyProfile(to);
  const strays: Stray[] = [];
  for (const source of from.sources) {
    if (to.sources.some((s) => s.key === source.key)) continue;
    const report = storyProfile(soloStory(from, source.key, now));
    const there = matchProfiles(report, target);
    if (!there.merge) continue;
    const here = matchProfiles(report, storyProfile(removeSource(from, source.key, now)));
    if (!here.merge || (!smaller && there.similarity >= here.similarity + REASSIGN_MARGIN))
      strays.push({ key: source.key, there, here });
  }
  return strays;
}

/**
 * The stories to compare a story with for strays, the largest first (ties by id): a report that
 * the rest of its story no longer takes goes to the first that takes it, and a larger story's
 * profile depends less on which of its reports came first. ECB+ tuning topics, undated: with the
 * candidates in the order they were read, such a report went to a fragment of three reports of its
 * event rather than to the story of nine beside it (third shuffle, B-cubed F1 95.7 -> 95.5).
 */
export function largestFirst(stories: readonly Story[]): Story[] {
  return [...stories].sort((a, b) => b.sources.length - a.sources.length || a.id.localeCompare(b.id));
}
