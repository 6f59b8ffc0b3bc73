import { describe, expect, it } from 'vitest';
import type { Article, Story } from '../../../../lambdas/core/model';
import { largestFirst, straysInto } from '../../../../lambdas/core/story';
import { earliestSource, removeSource } from '../../../../lambdas/core/story/story';
import { fares, ferries, storyOf as storyAt } from '../../../support/stray-reports';

const NOW = new Date('2025-01-01T00:00:00Z');
const storyOf = (id: string, reports: [Article, ...Article[]]): Story => storyAt(id, reports, NOW);

describe('Function: straysInto', () => {
  it.each<[string, () => [Story, Story], string[]]>([
    [
      'a report of the other event, joined to this event’s story early, goes to its own',
      () => [
        storyOf('st_fare', [fares[1] as Article, fares[2] as Article]),
        storyOf('st_ferry', [ferries[0] as Article, ferries[1] as Article, fares[0] as Article]),
      ],
      ['fare-1.txt'],
    ],
    [
      'reports of the story’s own event stay',
      () => [
        storyOf('st_fare', [fares[1] as Article, fares[2] as Article]),
        storyOf('st_ferry', [ferries[0] as Article, ferries[1] as Article, ferries[2] as Article]),
      ],
      [],
    ],
    [
      'the report a story is indexed by goes too: which report opened a story says nothing of its event',
      () => [
        storyOf('st_ferry', [ferries[1] as Article, ferries[2] as Article]),
        storyOf('st_fare', [ferries[0] as Article, fares[0] as Article, fares[1] as Article]),
      ],
      ['ferry-1.txt'],
    ],
    [
      'a story of one report is a merge, not a move',
      () => [
        storyOf('st_fare', [fares[1] as Article, fares[2] as Article]),
        storyOf('st_lone', [fares[0] as Article]),
      ],
      [],
    ],
    [
      'a report its own story would still take does not move into a story outnumbered by the rest it would leave',
      () => [
        storyOf('st_copy', [{ ...(ferries[2] as Article), key: 'ferry-copy.txt' }]),
        storyOf('st_ferry', [
          ferries[0] as Article,
          ferries[1] as Article,
          ferries[2] as Article,
          { ...(ferries[1] as Article), key: 'ferry-4.txt' },
        ]),
      ],
      [],
    ],
    [
      'a report the rest of its own story would no longer take leaves it, even for a smaller story',
      () => [
        storyOf('st_fare', [fares[1] as Article]),
        storyOf('st_ferry', [
          ferries[0] as Article,
          ferries[1] as Article,
          ferries[2] as Article,
          fares[0] as Article,
        ]),
      ],
      ['fare-1.txt'],
    ],
  ])('%s', (_case, stories, expected) => {
    // Prepare
    const [to, from] = stories();

    // Act
    const strays = straysInto(to, from, NOW);

    // Assess
    expect(strays.map((s) => s.key)).toEqual(expected);
  });

  it('leaves the rest of the story indexed by its earliest report when its index report goes', () => {
    // Prepare
    const from = storyOf('st_fare', [ferries[0] as Article, fares[0] as Article, fares[1] as Article]);

    // Act
    const rest = removeSource(from, 'ferry-1.txt', NOW);

    // Assess
    expect(from.indexedBy).toBe('ferry-1.txt');
    expect(rest.indexedBy).toBe(earliestSource(rest)?.key);
    expect(rest.sources.map((s) => s.key)).toEqual(['fare-1.txt', 'fare-2.txt']);
  });

  it('says why: the report against the story it joins and against the rest of its own', () => {
    // Prepare
    const to = storyOf('st_fare', [fares[1] as Article, fares[2] as Article]);
    const from = storyOf('st_ferry', [ferries[0] as Article, ferries[1] as Article, fares[0] as Article]);

    // Act
    const [stray] = straysInto(to, from, NOW);

    // Assess
    expect(stray?.there.merge).toBe(true);
    expect(stray?.there.similarity).toBeGreaterThan(stray?.here.similarity ?? 1);
    expect(stray?.there.sharedTerms).toContain('surcharge');
  });
});

describe('Function: largestFirst', () => {
  it('puts the stories with more reports first, ties by id, and leaves its input alone', () => {
    // Prepare
    const pool = [
      storyOf('st_b', [fares[0] as Article]),
      storyOf('st_c', [ferries[0] as Article, ferries[1] as Article, ferries[2] as Article]),
      storyOf('st_a', [fares[1] as Article]),
      storyOf('st_d', [fares[2] as Article, ferries[0] as Article]),
    ];

    // Act
    const ordered = largestFirst(pool);

    // Assess
    expect(ordered.map((s) => s.id)).toEqual(['st_c', 'st_d', 'st_a', 'st_b']);
    expect(pool.map((s) => s.id)).toEqual(['st_b', 'st_c', 'st_a', 'st_d']);
  });
});
