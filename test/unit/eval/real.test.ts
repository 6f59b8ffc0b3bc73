import { describe, expect, it } from 'vitest';
import type { Article } from '../../../lambdas/core/model';
import { loadRealCorpus, type RealGold, realFigures, scoreReal } from '../../../test/eval/real';

const gold: RealGold = {
  split: 'tuning',
  published: '2026-03-02',
  mainEvent: {
    type: 'disaster',
    date: '2026-03-01',
    place: 'Harbour Hall',
    placeAlso: ['Portmere'],
    actors: [],
  },
  people: ['Ines Paredes', 'Tomas Varga'],
};

const article = (location: string, start: string, people: string[]): Article =>
  ({
    people: people.map((name) => ({ name, aliases: [], mentions: [] })),
    mainEvent: {
      type: 'disaster',
      action: 'a storm hit',
      participants: [],
      location,
      date: { start, end: start, precision: 'day', text: 'Sunday' },
      sentences: [0],
    },
  }) as unknown as Article;

describe('scoreReal', () => {
  it.each([
    ['the venue itself', 'Harbour Hall', '2026-03-01', 1, 1],
    ['the town the venue stands in', 'Portmere', '2026-03-01', 1, 1],
    ['another place and day', 'Elsewhere', '2026-03-02', 0, 0],
  ])('scores %s', (_, location, start, place, date) => {
    const s = scoreReal('x', gold, article(location, start, ['Ines Paredes'])).scores;
    expect(s.place.correct).toBe(place);
    expect(s.date.correct).toBe(date);
    expect(s.type.correct).toBe(1);
    expect(s.people).toEqual({ tp: 1, fp: 0, fn: 1 });
  });

  it('does not score a date or place the gold leaves null', () => {
    const open: RealGold = { ...gold, mainEvent: { ...gold.mainEvent, date: null, place: null } };
    const s = scoreReal('x', open, article('Portmere', '2026-03-01', [])).scores;
    expect(s.date.total).toBe(0);
    expect(s.place.total).toBe(0);
    expect(realFigures(s).date).toBe(1);
  });
});

describe('loadRealCorpus', () => {
  it('says why when the corpus folder is absent', async () => {
    expect(await loadRealCorpus('/nonexistent/ecbplus-dev')).toMatch(/not found/u);
  });
});
