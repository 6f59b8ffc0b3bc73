import { describe, expect, it } from 'vitest';
import type { Story } from '../../../../lambdas/core/model';
import { addSource, mergeStories, mergeSurvivor, newStory } from '../../../../lambdas/core/story';
import { type ArticleSpec, buildArticle, PORT_STRIKE } from '../../../support/article-builder';
import { WEIGHTS } from '../../../support/term-weights';

const T0 = new Date('2025-02-01T08:00:00Z');

/** Reports of one port strike. */
const opening: ArticleSpec = {
  key: 'open.txt',
  outlet: 'Harbor Ledger',
  published: '2025-01-20T10:00:00Z',
  ...PORT_STRIKE,
  date: '2025-01-19',
  lead: 'Dockworkers and the port authority ended a week-long strike in Rotterdam on Sunday.',
};
const report = (key: string, published: string, extra: Partial<ArticleSpec> = {}) =>
  buildArticle({ ...opening, key, published, outlet: `Outlet ${key}`, ...extra });

/** A story opened by the first report, which the others joined. */
function storyOf(id: string, ...reports: ReturnType<typeof report>[]): Story {
  const [first, ...rest] = reports;
  let story = newStory(first as ReturnType<typeof report>, id, T0, WEIGHTS);
  for (const next of rest) story = addSource(story, next, T0, WEIGHTS);
  return story;
}

const grown = () =>
  storyOf(
    'st_z',
    report('a.txt', '2025-01-20T10:00:00Z'),
    report('b.txt', '2025-01-20T12:00:00Z', { people: ['Anouk Smit'], organizations: ['Dockers Union'] }),
    report('c.txt', '2025-01-21T08:00:00Z', { people: ['Pieter Jansen'] }),
  );
const single = () => storyOf('st_a', report('d.txt', '2025-01-22T09:00:00Z'));

describe('Function: mergeSurvivor', () => {
  it.each([
    ['a grown story and a story of one later report', grown, single, 'st_z'],
    [
      'two stories that hold the same reports (racing merges went both ways)',
      grown,
      () => ({ ...grown(), id: 'st_b' }),
      'st_b',
    ],
    [
      'two stories of one report each, opened by racing reports',
      single,
      () => storyOf('st_y', report('e.txt', '2025-01-22T09:00:00Z')),
      'st_a',
    ],
    [
      'two stories of one report each, the larger id indexed by the earlier report',
      () => storyOf('st_a', report('f.txt', '2025-01-24T09:00:00Z')),
      () => storyOf('st_y', report('e.txt', '2025-01-22T09:00:00Z')),
      'st_y',
    ],
  ])('keeps the id of the story with more reports, else the one whose index report the merge keeps, else the smaller id: %s', (_case, a, b, survivor) => {
    // Prepare
    const [first, other] = [a(), b()];

    // Act, in both orders: racing reconcilers must agree
    const kept = [mergeSurvivor(first, other), mergeSurvivor(other, first)].map((s) => s.id);

    // Assess
    expect(kept).toEqual([survivor, survivor]);
  });

  it('keeps the index report of the story whose id it keeps when two stories are as large', () => {
    // Prepare
    const [first, other] = [
      storyOf('st_a', report('f.txt', '2025-01-24T09:00:00Z')),
      storyOf('st_y', report('e.txt', '2025-01-22T09:00:00Z')),
    ];

    // Act
    const winner = mergeSurvivor(first, other);
    const merged = mergeStories(winner, winner === first ? other : first, T0);

    // Assess: its term and name entries stay where the survivor filed them
    expect(merged.indexedBy).toBe(winner.indexedBy);
  });

  it('keeps the merged story as it would be under either id', () => {
    // Prepare
    const [big, small] = [grown(), single()];

    // Act
    const kept = mergeStories(mergeSurvivor(big, small), small, T0);
    const { id: _id, version: _version, ...content } = kept;
    const { id: _other, version: _v, ...swapped } = mergeStories(small, big, T0);

    // Assess
    expect(kept.id).toBe('st_z');
    expect({ ...content, backgroundStoryIds: [] }).toEqual({ ...swapped, backgroundStoryIds: [] });
  });
});
