import { describe, expect, it } from 'vitest';
import type { EventMention } from '../../../lambdas/core/model';
import { parseConll } from '../../../test/eval/conll';
import {
  type ConllEventGold,
  conllEventCases,
  conllEventIds,
  conllEventPicks,
  evaluateConllEvents,
  isDatedReport,
  uploadedReport,
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
  it('takes every fifth qualifying report of train and every third of testa, from the first, then every ninth of the rest of train, then every third of what is left', () => {
    const docs = parseConll(FILE);
    expect(conllEventIds(docs, 'train')).toEqual(['train-0', 'train-2', 'train-3']);
    expect(conllEventIds(docs, 'dev')).toEqual(['dev-0', 'dev-4']);
  });
});

describe('Function: conllEventPicks', () => {
  // Sixty qualifying reports: the first pick holds positions 0, 5, ..., 55; the 48 left are 1-4, 6-9, ...
  const docs = parseConll(Array.from({ length: 60 }, () => REPORT.join('\n')).join('\n'));
  const picks = conllEventPicks(docs, 'train');
  it('takes every ninth report the first pick left, from the first, holding every fourth of those aside', () => {
    expect(picks.filter((p) => p.pick === 'second')).toEqual([
      { id: 'train-1', split: 'held-aside', pick: 'second' },
      { id: 'train-12', split: 'tuning', pick: 'second' },
      { id: 'train-23', split: 'tuning', pick: 'second' },
      { id: 'train-34', split: 'tuning', pick: 'second' },
      { id: 'train-46', split: 'held-aside', pick: 'second' },
      { id: 'train-57', split: 'tuning', pick: 'second' },
    ]);
  });
  it('takes every third report the first two picks left, from the first, holding every fourth of those aside', () => {
    const third = picks.filter((p) => p.pick === 'third');
    expect(third.map((p) => p.id)).toEqual(
      [2, 6, 9, 14, 18, 22, 27, 31, 36, 39, 43, 48, 52, 56].map((i) => `train-${i}`),
    );
    expect(third.filter((p) => p.split === 'held-aside').map((p) => p.id)).toEqual([
      'train-2',
      'train-18',
      'train-36',
      'train-52',
    ]);
  });
  it('keeps the first pick whole and in tuning, and the picks apart', () => {
    const first = picks.filter((p) => p.pick === 'first');
    expect(first.map((p) => p.id)).toEqual(Array.from({ length: 12 }, (_, i) => `train-${i * 5}`));
    expect(first.every((p) => p.split === 'tuning')).toBe(true);
    expect(new Set(picks.map((p) => p.id)).size).toBe(picks.length);
  });
  it('draws no later pick from testa', () => {
    expect(conllEventPicks(docs, 'dev').every((p) => p.pick === 'first' && p.split === 'held-aside')).toBe(
      true,
    );
  });
});

describe('Function: uploadedReport', () => {
  const docs = parseConll(FILE);
  it('sets the line above the dateline apart as the headline, its stop dropped, and keeps the prose after the dateline', () => {
    const report = uploadedReport(docs[0] as (typeof docs)[number]);
    expect(report.headline).toBe('FERRY SINKS OFF MARLOWE');
    expect(report.body.startsWith('A small ferry sank off Marlowe')).toBe(true);
  });
  it('gives no headline to a report its dateline opens', () => {
    expect(uploadedReport(docs[1] as (typeof docs)[number]).headline).toBeUndefined();
  });
});

describe('Function: conllEventCases', () => {
  const docs = parseConll(FILE);
  const gold = (g: Partial<ConllEventGold>): Record<string, ConllEventGold> => ({
    'train-0': { split: 'tuning', place: 'Marlowe', date: '1996-08-21', actors: ['Tilda Brannock'], ...g },
    'train-2': { split: 'held-aside', place: null, date: null, actors: null },
    'train-3': { split: 'held-aside', place: null, date: null, actors: null },
  });
  it('rebuilds the prose and keeps the dateline day as published', () => {
    const [c] = conllEventCases(docs, 'train', gold({}));
    expect(c?.published).toBe('1996-08-22');
    expect(c?.body).toContain('swam to the shore');
  });
  it('gives each report its file, split and pick', () => {
    const cases = conllEventCases(docs, 'train', gold({}));
    expect(cases.map(({ id, file, split, pick }) => ({ id, file, split, pick }))).toEqual([
      { id: 'train-0', file: 'train', split: 'tuning', pick: 'first' },
      { id: 'train-2', file: 'train', split: 'held-aside', pick: 'second' },
      { id: 'train-3', file: 'train', split: 'held-aside', pick: 'third' },
    ]);
  });
  it.each([
    ['a name absent from the prose', gold({ place: 'Harwick' }), /does not occur/u],
    ['a split other than the file gives', gold({ split: 'held-aside' }), /split must be tuning/u],
    ['ids the pick rules do not give', { ...gold({}), 'train-4': gold({})['train-0'] }, /pick rules/u],
  ] as const)('fails loudly on %s', (_, g, message) => {
    expect(() => conllEventCases(docs, 'train', g as Record<string, ConllEventGold>)).toThrow(message);
  });
});

describe('Function: evaluateConllEvents', () => {
  const docs = parseConll(FILE);
  const cases = conllEventCases(docs, 'train', {
    'train-0': { split: 'tuning', place: 'Marlowe', date: '1996-08-21', actors: ['Tilda Brannock'] },
    'train-2': { split: 'held-aside', place: 'Marlowe', date: null, actors: null },
    'train-3': { split: 'held-aside', place: null, date: null, actors: null },
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
    const { scores, misses } = evaluateConllEvents(cases, () => found, 'train', 'tuning');
    expect(scores.place.correct).toBe(expected.place);
    expect(scores.date.correct).toBe(expected.date);
    expect(scores.actors.tp).toBe(1);
    expect(misses).toHaveLength(expected.misses);
  });
  it('reads the uploaded form when asked: the headline apart, passed to the finder', () => {
    const seen: (string | undefined)[] = [];
    const find = (_body: string, _published: string, headline?: string): null => {
      seen.push(headline);
      return null;
    };
    evaluateConllEvents(cases, find, 'train', 'tuning', undefined, true);
    evaluateConllEvents(cases, find, 'train', 'tuning');
    expect(seen).toEqual(['FERRY SINKS OFF MARLOWE', undefined]);
  });
  it('scores the held-aside part of train apart, each pick alone when asked, and leaves the other file alone', () => {
    expect(evaluateConllEvents(cases, () => null, 'train', 'held-aside').scores.documents).toBe(2);
    expect(evaluateConllEvents(cases, () => null, 'train', 'held-aside', ['third']).scores.documents).toBe(1);
    expect(evaluateConllEvents(cases, () => null, 'train', 'tuning', ['third']).scores.documents).toBe(0);
    expect(evaluateConllEvents(cases, () => null, 'dev', 'held-aside').scores.documents).toBe(0);
  });
});
