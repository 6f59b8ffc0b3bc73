import { describe, expect, it } from 'vitest';
import { lazyImport } from '../../../lambdas/core/lazy-import';
import { ExtractionError } from '../../../lambdas/errors';

describe('Function: lazyImport', () => {
  it('loads once, however many callers ask', async () => {
    let loads = 0;
    const load = lazyImport('a probe', async () => {
      loads++;
      return { ready: true };
    });

    const [a, b] = await Promise.all([load(), load()]);

    expect(a).toBe(b);
    expect(await load()).toBe(a);
    expect(loads).toBe(1);
  });

  it('names what failed to load, keeps the cause, and tries again on the next call', async () => {
    const failure = new Error('no such package');
    let calls = 0;
    const load = lazyImport('the probe package', async () => {
      calls++;
      if (calls === 1) throw failure;
      return 'loaded';
    });

    const first = await load().catch((error: unknown) => error);

    expect(first).toBeInstanceOf(ExtractionError);
    expect((first as Error).message).toBe('Cannot load the probe package');
    expect((first as Error).cause).toBe(failure);
    expect(await load()).toBe('loaded');
  });
});
