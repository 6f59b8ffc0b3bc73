import { describe, expect, it } from 'vitest';
import type { Article, RawObject } from '../../../lambdas/core/model';
import type { Split } from '../../../test/eval/real';
import {
  addPlaceScores,
  emptyPlaceScores,
  evaluatePlaces,
  loadPlaceCases,
  type PlaceCase,
  type PlaceGold,
  placeFigures,
  placeSplit,
} from '../../../test/eval/real-places';

const raw = { key: 'x.txt' } as RawObject;

const cases: PlaceCase[] = [
  {
    id: 'a',
    round: 'second',
    split: 'tuning',
    raw,
    gold: { place: 'Harbour Hall', placeAlso: ['Portmere'], actors: ['Ines Paredes'] },
  },
  { id: 'b', round: 'second', split: 'tuning', raw, gold: { place: null, actors: null } },
  { id: 'c', round: 'second', split: 'held-aside', raw, gold: { place: 'Portmere', actors: [] } },
  { id: 'd', round: 'third', split: 'tuning', raw, gold: { place: 'Stonebridge', actors: [] } },
];

const article = (location: string, people: string[]): Article =>
  ({
    mainEvent: {
      type: 'disaster',
      action: 'a storm hit',
      participants: people.map((name) => ({ name, kind: 'person' })),
      location,
      sentences: [0],
    },
  }) as unknown as Article;

describe('evaluatePlaces', () => {
  it.each([
    ['the town the venue stands in and the actor', 'Portmere', ['Ines Paredes'], 1, { tp: 1, fp: 0, fn: 0 }],
    ['another place and a stranger', 'Elsewhere', ['Tomas Varga'], 0, { tp: 0, fp: 1, fn: 1 }],
  ])('scores %s on the split asked for only; null gold is not scored', async (_, location, people, right, actors) => {
    const { total, misses } = await evaluatePlaces(
      cases,
      async () => article(location, people),
      'tuning',
      'second',
    );
    expect(total.documents).toBe(2);
    expect(total.place).toEqual({ correct: right, total: 1 });
    expect(total.actors).toEqual(actors);
    expect(misses.length).toBe(right === 1 ? 0 : 2);
    expect(placeFigures(total).place).toBe(right);
  });
});

describe('evaluatePlaces over rounds', () => {
  it('scores every round of the split when no round is asked for', async () => {
    const { total } = await evaluatePlaces(cases, async () => article('Stonebridge', []), 'tuning');
    expect(total.documents).toBe(3);
    expect(total.place).toEqual({ correct: 1, total: 2 });
  });
});

describe('addPlaceScores', () => {
  it('adds documents, places and actor counts', () => {
    const one = { documents: 2, place: { correct: 1, total: 2 }, actors: { tp: 1, fp: 2, fn: 3 } };
    expect(addPlaceScores(one, one)).toEqual({
      documents: 4,
      place: { correct: 2, total: 4 },
      actors: { tp: 2, fp: 4, fn: 6 },
    });
    expect(addPlaceScores(emptyPlaceScores(), one)).toEqual(one);
  });
});

describe('placeSplit', () => {
  const hand = new Map([['1_1ecb', 'held-aside' as const]]);
  it.each<[string, string, PlaceGold, Split]>([
    ['the split the round gives', '9_9ecb', { split: 'held-aside', place: null, actors: [] }, 'held-aside'],
    ['the hash of the id where the round gives none', '9_9ecb', { place: null, actors: [] }, 'tuning'],
    ['the first hand gold split where it has one', '1_1ecb', { place: null, actors: [] }, 'held-aside'],
  ])('takes %s', (_, id, gold, split) => {
    expect(placeSplit(id, gold, hand)).toBe(split);
  });

  it('fails on a split it does not know', () => {
    expect(() =>
      placeSplit('9_9ecb', { split: 'aside' as 'held-aside', place: null, actors: [] }, hand),
    ).toThrow(/split unknown/u);
  });
});

describe('loadPlaceCases', () => {
  it('says why when the corpus folder is absent', async () => {
    expect(await loadPlaceCases('/nonexistent/ecbplus-dev')).toMatch(/not found/u);
  });

  // The sixth round was labelled blind to judge the rules against a learned ranker: nothing may tune on it.
  it('holds every report of the sixth round (topics 16-20) aside', async () => {
    const loaded = await loadPlaceCases();
    if (typeof loaded === 'string') return;
    const sixth = loaded.filter((c) => c.round === 'sixth');
    expect(sixth).toHaveLength(38);
    expect(sixth.filter((c) => c.split !== 'held-aside')).toEqual([]);
    expect(new Set(sixth.map((c) => c.id.split('_')[0]))).toEqual(new Set(['16', '18', '19', '20']));
  });
});
