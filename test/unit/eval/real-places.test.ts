import { describe, expect, it } from 'vitest';
import type { Article, RawObject } from '../../../lambdas/core/model';
import { evaluatePlaces, loadPlaceCases, type PlaceCase, placeFigures } from '../../../test/eval/real-places';

const raw = { key: 'x.txt' } as RawObject;

const cases: PlaceCase[] = [
  {
    id: 'a',
    split: 'tuning',
    raw,
    gold: { place: 'Harbour Hall', placeAlso: ['Portmere'], actors: ['Ines Paredes'] },
  },
  { id: 'b', split: 'tuning', raw, gold: { place: null, actors: null } },
  { id: 'c', split: 'held-aside', raw, gold: { place: 'Portmere', actors: [] } },
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
    const { total, misses } = await evaluatePlaces(cases, async () => article(location, people), 'tuning');
    expect(total.documents).toBe(2);
    expect(total.place).toEqual({ correct: right, total: 1 });
    expect(total.actors).toEqual(actors);
    expect(misses.length).toBe(right === 1 ? 0 : 2);
    expect(placeFigures(total).place).toBe(right);
  });
});

describe('loadPlaceCases', () => {
  it('says why when the corpus folder is absent', async () => {
    expect(await loadPlaceCases('/nonexistent/ecbplus-dev')).toMatch(/not found/u);
  });
});
