import { describe, expect, it } from 'vitest';
import { packedMap } from '../../../../lambdas/core/extract/text';

describe('Function: packedMap', () => {
  it.each([
    [
      ['Harbour', 'Council', 'met'],
      ['harbour', 'council', 'met'],
    ],
    [['Tuesday'], ['tuesday']],
    [[], []],
  ])('maps %j as Array.prototype.map does', (items, expected) => {
    const lower = (w: string): string => w.toLowerCase();
    expect(packedMap(items, lower)).toEqual(expected);
    expect(packedMap(items, lower)).toEqual(items.map(lower));
  });
});
