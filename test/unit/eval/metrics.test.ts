import { describe, expect, it } from 'vitest';
import type { ResolvedDate } from '../../../lambdas/core/model';
import {
  addCounts,
  bCubed,
  dateExact,
  goldPeriod,
  linkCounts,
  majorityLabel,
  matchSets,
  normalizeQuote,
  pairwiseCounts,
  periodMatches,
  prf,
  quoteTextMatches,
  speakerMatches,
} from '../../../test/eval/metrics';

const day = (d: string): ResolvedDate => ({ start: d, end: d, precision: 'day', text: d });
const span = (start: string, end: string, precision: ResolvedDate['precision'] = 'month'): ResolvedDate => ({
  start,
  end,
  precision,
  text: `${start}/${end}`,
});

describe('Function: prf', () => {
  it.each([
    ['nothing claimed, nothing to find', { tp: 0, fp: 0, fn: 0 }, { precision: 1, recall: 1, f1: 1 }],
    ['nothing claimed, something missed', { tp: 0, fp: 0, fn: 3 }, { precision: 1, recall: 0, f1: 0 }],
    ['only wrong claims', { tp: 0, fp: 2, fn: 0 }, { precision: 0, recall: 1, f1: 0 }],
    ['all wrong', { tp: 0, fp: 2, fn: 2 }, { precision: 0, recall: 0, f1: 0 }],
    ['perfect', { tp: 4, fp: 0, fn: 0 }, { precision: 1, recall: 1, f1: 1 }],
    ['half and half', { tp: 2, fp: 2, fn: 2 }, { precision: 0.5, recall: 0.5, f1: 0.5 }],
    ['P 2/3, R 1/2', { tp: 2, fp: 1, fn: 2 }, { precision: 2 / 3, recall: 0.5, f1: 4 / 7 }],
  ])('scores %s', (_name, counts, expected) => {
    const result = prf(counts);
    expect(result.precision).toBeCloseTo(expected.precision, 10);
    expect(result.recall).toBeCloseTo(expected.recall, 10);
    expect(result.f1).toBeCloseTo(expected.f1, 10);
  });

  it('does sum tallies field by field', () => {
    expect(addCounts({ tp: 1, fp: 2, fn: 3 }, { tp: 10, fp: 20, fn: 30 })).toEqual({
      tp: 11,
      fp: 22,
      fn: 33,
    });
  });
});

describe('Function: matchSets', () => {
  it('does match one to one, so a duplicate prediction is a false positive', () => {
    expect(matchSets(['a', 'b'], ['a', 'a', 'c'], (g, p) => g === p)).toEqual({ tp: 1, fp: 2, fn: 1 });
  });

  it.each([
    [[], [], { tp: 0, fp: 0, fn: 0 }],
    [['a'], [], { tp: 0, fp: 0, fn: 1 }],
    [[], ['a'], { tp: 0, fp: 1, fn: 0 }],
  ])('does handle empty sides: gold %j, predicted %j', (gold, predicted, expected) => {
    expect(matchSets(gold, predicted, (g, p) => g === p)).toEqual(expected);
  });
});

describe('Function: quoteTextMatches', () => {
  it.each([
    ['We will keep going,', 'We will keep going', true],
    ['You don’t expect it.', "you don't expect it", true],
    ['“frank and constructive”', '"Frank and  constructive"', true],
    ['a useful first step toward a fair arrangement', 'a useful first step', true],
    ['real progress', 'We made real progress on quotas', true],
    ['real progress', 'no progress at all', false],
    ['', 'anything', false],
  ])('does compare "%s" with "%s": %s', (gold, predicted, expected) => {
    expect(quoteTextMatches(gold, predicted)).toBe(expected);
  });

  it('does strip the punctuation kept inside the quotation marks', () => {
    expect(normalizeQuote('  “Patience wins finals.”  ')).toBe('patience wins finals');
  });
});

describe('Function: speakerMatches', () => {
  it.each([
    ['Siti Rahmawati', 'Siti Rahmawati', true],
    ['Siti Rahmawati', 'Rahmawati', true],
    ['Fisheries Agency', "Japan's Fisheries Agency", true],
    ['European Commission', 'the European Commission', true],
    ['Elena Marković', 'Elena Markovic', true],
    ['Kenji Morimoto', 'Siti Rahmawati', false],
    ['Samuel O’Connor', "Samuel O'Connor", true],
    ['Kenji Morimoto', '', false],
  ])('does compare %s with %s: %s', (gold, predicted, expected) => {
    expect(speakerMatches(gold, predicted)).toBe(expected);
  });
});

describe('Function: goldPeriod', () => {
  it.each([
    ['2026-02-10', { start: '2026-02-10', end: '2026-02-10' }],
    ['2026-02', { start: '2026-02-01', end: '2026-02-28' }],
    ['2024-02', { start: '2024-02-01', end: '2024-02-29' }],
    ['2025-12', { start: '2025-12-01', end: '2025-12-31' }],
  ])('does turn %s into its first and last day', (date, expected) => {
    expect(goldPeriod(date)).toEqual(expected);
  });

  it('does refuse a year alone', () => {
    expect(() => goldPeriod('2024')).toThrow(/YYYY-MM/);
  });
});

describe('Function: dateExact', () => {
  it.each([
    ['2026-04-16', day('2026-04-16'), true],
    ['2026-04-16', day('2026-04-15'), false],
    ['2026-02', span('2026-02-01', '2026-02-28'), true],
    ['2026-02', day('2026-02-10'), false],
    ['2026-02-10', span('2026-02-01', '2026-02-28'), false],
    ['2026-02-10', undefined, false],
  ])('does compare gold %s exactly', (gold, predicted, expected) => {
    expect(dateExact(gold, predicted)).toBe(expected);
  });
});

describe('Function: periodMatches', () => {
  it.each([
    ['a day inside a gold month', '2026-02', day('2026-02-10'), true],
    ['the same month', '2026-02', span('2026-02-01', '2026-02-28'), true],
    ['a month around a gold day', '2025-12-29', span('2025-12-01', '2025-12-31'), true],
    ['a week around a gold day', '2026-01-06', span('2026-01-05', '2026-01-11', 'week'), true],
    ['a year around a gold day is too vague', '2025-12-29', span('2025-01-01', '2025-12-31', 'year'), false],
    ['the wrong month', '2026-02', day('2026-03-01'), false],
    ['a week straddling the month end', '2026-02', span('2026-02-23', '2026-03-01', 'week'), false],
    ['no date', '2026-02', undefined, false],
  ])('does judge %s', (_name, gold, predicted, expected) => {
    expect(periodMatches(gold, predicted)).toBe(expected);
  });
});

describe('Function: pairwiseCounts', () => {
  it('does count pairs against gold', () => {
    // gold {a,b,c} {d}; predicted {a,b} {c,d}: ab right, ac bc missed, cd wrong
    const gold = { a: 'x', b: 'x', c: 'x', d: 'y' };
    const predicted = { a: '1', b: '1', c: '2', d: '2' };
    expect(pairwiseCounts(gold, predicted)).toEqual({ tp: 1, fp: 1, fn: 2 });
  });

  it('does treat an item the prediction lacks as alone', () => {
    expect(pairwiseCounts({ a: 'x', b: 'x' }, { a: '1' })).toEqual({ tp: 0, fp: 0, fn: 1 });
  });
});

describe('Function: bCubed', () => {
  it('does score a perfect clustering 1', () => {
    expect(bCubed({ a: 'x', b: 'x', c: 'y' }, { a: '1', b: '1', c: '2' })).toEqual({
      precision: 1,
      recall: 1,
      f1: 1,
    });
  });

  it('does score one cluster of everything: precision falls, recall stays 1', () => {
    // gold {a,b} {c}; all in one: P = (2/3 + 2/3 + 1/3) / 3 = 5/9
    const result = bCubed({ a: 'x', b: 'x', c: 'y' }, { a: '1', b: '1', c: '1' });
    expect(result.precision).toBeCloseTo(5 / 9, 10);
    expect(result.recall).toBe(1);
    expect(result.f1).toBeCloseTo((2 * (5 / 9)) / (5 / 9 + 1), 10);
  });

  it('does score all singletons: precision 1, recall falls', () => {
    // gold {a,b} {c}; singletons: R = (1/2 + 1/2 + 1) / 3 = 2/3
    const result = bCubed({ a: 'x', b: 'x', c: 'y' }, { a: '1', b: '2', c: '3' });
    expect(result.precision).toBe(1);
    expect(result.recall).toBeCloseTo(2 / 3, 10);
  });

  it('does match the worked case of a split and a wrong merge', () => {
    // gold {a,b,c} {d,e}; predicted {a,b} {c,d,e}
    // P: a 1, b 1, c 1/3, d 2/3, e 2/3 -> 11/15; R: a 2/3, b 2/3, c 1/3, d 1, e 1 -> 11/15
    const result = bCubed(
      { a: 'x', b: 'x', c: 'x', d: 'y', e: 'y' },
      { a: '1', b: '1', c: '2', d: '2', e: '2' },
    );
    expect(result.precision).toBeCloseTo(11 / 15, 10);
    expect(result.recall).toBeCloseTo(11 / 15, 10);
  });

  it('does score an empty corpus 1', () => {
    expect(bCubed({}, {})).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});

describe('Function: majorityLabel', () => {
  it('does pick the most common gold label, ties alphabetically', () => {
    expect(majorityLabel(['a', 'b', 'c'], { a: 'y', b: 'x', c: 'y' })).toBe('y');
    expect(majorityLabel(['a', 'b'], { a: 'y', b: 'x' })).toBe('x');
    expect(majorityLabel(['z'], {})).toBeUndefined();
  });
});

describe('Function: linkCounts', () => {
  const goldOf = { a1: 'round2', a2: 'round2', b1: 'round1', c1: 'storm' };
  const goldLinks = { round2: ['round1'], round1: [], storm: [] };

  it('does credit a link between the right stories', () => {
    const predictedOf = { a1: 'S2', a2: 'S2', b1: 'S1', c1: 'S3' };
    expect(linkCounts(goldOf, predictedOf, { S2: ['S1'] }, goldLinks)).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('does count a link to the wrong story and the missed one', () => {
    const predictedOf = { a1: 'S2', a2: 'S2', b1: 'S1', c1: 'S3' };
    expect(linkCounts(goldOf, predictedOf, { S2: ['S3'] }, goldLinks)).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('does ignore a link inside one gold story (a split story linked to itself)', () => {
    const predictedOf = { a1: 'S2', a2: 'S4', b1: 'S1', c1: 'S3' };
    expect(linkCounts(goldOf, predictedOf, { S4: ['S2'], S2: ['S1'] }, goldLinks)).toEqual({
      tp: 1,
      fp: 0,
      fn: 0,
    });
  });
});
