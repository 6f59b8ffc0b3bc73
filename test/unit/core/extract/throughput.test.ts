import { describe, expect, it } from 'vitest';
import { measureThroughput } from '../../../../lambdas/core/extract';
import { ARTICLES } from './articles';

describe('Function: measureThroughput', () => {
  it('reports how many MB of article text per second the core analyzes', () => {
    const result = measureThroughput(
      ARTICLES.map((a) => a.body),
      () => performance.now(),
      { minBytes: 300_000 },
    );
    // A report, not an assertion on speed: timings depend on the machine.
    console.info(
      `extraction throughput: ${result.megabytesPerSecond.toFixed(2)} MB/s over ${result.bytes} bytes`,
    );
    expect(result.bytes).toBeGreaterThanOrEqual(300_000);
    expect(result.megabytesPerSecond).toBeGreaterThan(0);
  });

  it('reports zero bytes for no samples', () => {
    expect(measureThroughput([], () => 0).bytes).toBe(0);
  });
});
