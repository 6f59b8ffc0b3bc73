import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_LEXICON } from '../../../../lambdas/core/extract/lexicon';
import { lexiconWith } from '../../../../lambdas/core/extract/reference-lexicon';

describe('Function: lexiconWith', () => {
  it("adds the gazetteer and the everyday words to the source's rows on its first call only, once per source", () => {
    // Prepare
    const rows = { ...DEFAULT_LEXICON, months: ['Brumaire'] };
    const towns = { towns: 'Lowmoor\tGB\tENG\t5200', countries: '', divisions: '' };
    const source = {
      lexicon: vi.fn(() => rows),
      gazetteer: vi.fn(() => towns),
      wordCounts: vi.fn(),
      everydayWords: vi.fn(() => ['kettle']),
    };

    // Act
    const first = lexiconWith(source);
    const second = lexiconWith(source);

    // Assess
    expect(second).toBe(first);
    for (const read of [source.lexicon, source.gazetteer, source.everydayWords])
      expect(read).toHaveBeenCalledTimes(1);
    expect(first).toEqual({ ...rows, gazetteer: towns, englishWords: ['kettle'] });
    expect(DEFAULT_LEXICON.gazetteer).toBeUndefined();
    expect(DEFAULT_LEXICON.englishWords).toBeUndefined();
  });
});
