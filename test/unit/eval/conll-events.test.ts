import { describe, expect, it } from 'vitest';
import type { EventMention } from '../../../lambdas/core/model';
import { parseConll } from '../../../test/eval/conll';
import {
  type ConllEventGold,
  conllEventCases,
  conllEventIds,
  evaluateConllEvents,
  isDatedReport,
} from '../../../test/eval/conll-events';

// Token rows written here in the CoNLL-2003 layout; no third-party text.
const rows = (sentence: string): string[] => [...sentence.split(' ').map((t) => `${t} X X O`), ''];
const REPORT = [
  '-DOCSTART- -X- -X- O',
  '',
  ...rows('FERRY SINKS OFF MARLOWE .'),
  ...rows('MARLOWE 1996-08-22'),
  ...rows('A small ferry sank off Marlowe on Wednesday , the harbour office said .'),
  ...rows('Tilda Brannock , the skipper , swam to the shore with two crew .'),
  ...rows('The boat had been built in the town in the early years of the century .'),
];
const TABLE = [
  '-DOCSTART- -X- -X- O',
  '',
  ...rows('RESULTS 1996-08-22'),
  ...rows('Teams drew again on a wet field at the ground , it was said .'),
  ...rows('Alpha 1 Beta 2'),
  ...rows('Gamma 0 Delta 0'),
  ...rows('Epsilon 3 Zeta 1'),
];
const FILE = [...REPORT, ...TABLE, ...REPORT, ...REPORT, ...REPORT].join('\n');

describe('Function: isDatedReport', () => {
  const docs = parseConll(FILE);
  it.each([
    ['a dated report with three prose sentences', 0, true],
    ['a results table with one prose line', 1, false],
  ])('%s', (_, index, expected) => {
    expect(isDatedReport(docs[index] as (typeof docs)[number])).toBe(expected);
  });
});

describe('Function: conllEventIds', () => {
  it('takes every fifth qualifying report of train and every third of testa, from the first', () => {
    const docs = parseConll(FILE);
    expect(conllEventIds(docs, 'train')).toEqual(['train-0']);
    expect(conllEventIds(docs, 'dev')).toEqual(['dev-0', 'dev-4']);
  });
});

describe('Function: conllEventCases', () => {
  const docs = parseConll(FILE);
  const gold = (g: Partial<ConllEventGold>): Record<string, ConllEventGold> => ({
    'train-0': { split: 'tuning', place: 'Marlowe', date: '1996-08-21', actors: ['Tilda Brannock'], ...g },
  });
  it('rebuilds the prose and keeps the dateline day as published', () => {
    const [c] = conllEventCases(docs, 'train', gold({}));
    expect(c?.published).toBe('1996-08-22');
    expect(c?.body).toContain('swam to the shore');
  });
  it.each([
    ['a name absent from the prose', gold({ place: 'Harwick' }), /does not occur/u],
    ['a split other than the file gives', gold({ split: 'held-aside' }), /split must be tuning/u],
    ['ids the pick rule does not give', { ...gold({}), 'train-2': gold({})['train-0'] }, /pick rule/u],
  ] as const)('fails loudly on %s', (_, g, message) => {
    expect(() => conllEventCases(docs, 'train', g as Record<string, ConllEventGold>)).toThrow(message);
  });
});

describe('Function: evaluateConllEvents', () => {
  const docs = parseConll(FILE);
  const cases = conllEventCases(docs, 'train', {
    'train-0': { split: 'tuning', place: 'Marlowe', date: '1996-08-21', actors: ['Tilda Brannock'] },
  });
  const main = (location: string, start: string): EventMention => ({
    type: 'other',
    action: 'sank',
    participants: [{ name: 'Tilda Brannock', kind: 'person' }],
    location,
    date: { text: 'on Wednesday', start, end: start, precision: 'day' },
    sentences: [0],
  });
  it.each([
    ['right place and day', main('Marlowe', '1996-08-21'), { place: 1, date: 1, misses: 0 }],
    ['a wrong place and day', main('Harwick', '1996-08-22'), { place: 0, date: 0, misses: 2 }],
  ])('scores %s', (_, found, expected) => {
    const { scores, misses } = evaluateConllEvents(cases, () => found, 'tuning');
    expect(scores.place.correct).toBe(expected.place);
    expect(scores.date.correct).toBe(expected.date);
    expect(scores.actors.tp).toBe(1);
    expect(misses).toHaveLength(expected.misses);
  });
  it('leaves the other split alone', () => {
    expect(evaluateConllEvents(cases, () => null, 'held-aside').scores.documents).toBe(0);
  });
});
