import { describe, expect, it } from 'vitest';
import { measureThroughput } from '../../../../lambdas/core/extract';
import { DEFAULT_LEXICON } from '../../../../lambdas/core/extract/lexicon';
import { ARTICLES } from './articles';

describe('Function: measureThroughput', () => {
  it('counts the bytes it analyzed and divides by the time the injected clock reports', () => {
    // A fake clock: 2 ms pass between the start and the end, whatever the machine does.
    let tick = 0;
    const result = measureThroughput(
      ARTICLES.map((a) => a.body),
      () => (tick++ === 0 ? 0 : 2),
      { minBytes: 1, lexicon: DEFAULT_LEXICON },
    );
    const oneRound = ARTICLES.reduce((n, a) => n + Buffer.byteLength(a.body, 'utf8'), 0);
    expect(result.bytes).toBe(oneRound);
    expect(result.milliseconds).toBe(2);
    expect(result.megabytesPerSecond).toBeCloseTo(oneRound / 1e6 / 0.002);
  });

  it('reports zero bytes for no samples', () => {
    expect(measureThroughput([], () => 0, { lexicon: DEFAULT_LEXICON }).bytes).toBe(0);
  });
});
