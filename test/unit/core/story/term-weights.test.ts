import { describe, expect, it, vi } from 'vitest';
import {
  buildTermWeights,
  parseWordCounts,
  termWeightsFrom,
} from '../../../../lambdas/core/story/term-weights';

describe('Function: parseWordCounts', () => {
  it.each([
    [
      'one row a line',
      'harbour\t12\nferry\t3',
      [
        { word: 'harbour', count: 12 },
        { word: 'ferry', count: 3 },
      ],
    ],
    ['a blank or short line skipped', 'harbour\t12\n\nferry', [{ word: 'harbour', count: 12 }]],
  ])('reads %s', (_kind, text, rows) => {
    expect(parseWordCounts(text)).toEqual(rows);
  });
});

describe('Function: buildTermWeights', () => {
  it('weighs a rare or unlisted word above a common one', () => {
    const weigh = buildTermWeights([
      { word: 'harbour', count: 100_000 },
      { word: 'ferry', count: 10 },
    ]);

    expect(weigh('harbour')).toBeLessThan(weigh('ferry'));
    expect(weigh('ferry')).toBeLessThanOrEqual(weigh('quayside'));
  });
});

describe('Function: termWeightsFrom', () => {
  it('reads the word counts on the first word weighed, once per source', () => {
    // Prepare
    const source = { wordCounts: vi.fn(() => ({ total: 100_010, counts: 'harbour\t100000\nferry\t10' })) };

    // Act
    const weights = termWeightsFrom(source);
    const readBefore = source.wordCounts.mock.calls.length;
    const harbour = weights('harbour');
    const again = termWeightsFrom(source);

    // Assess
    expect(readBefore).toBe(0);
    expect(again).toBe(weights);
    expect(again('ferry')).toBeGreaterThan(harbour);
    expect(source.wordCounts).toHaveBeenCalledTimes(1);
  });
});
