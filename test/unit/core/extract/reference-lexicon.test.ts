import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_LEXICON } from '../../../../lambdas/core/extract/lexicon';
import { lexiconWith } from '../../../../lambdas/core/extract/reference-lexicon';

describe('Function: lexiconWith', () => {
  it("adds the gazetteer, the everyday words and the given names to the source's rows on its first call only, once per source", () => {
    // Prepare
    const rows = { ...DEFAULT_LEXICON, months: ['Brumaire'] };
    const towns = { towns: 'Lowmoor\tGB\tENG\t5200', countries: '', divisions: '' };
    const source = {
      lexicon: vi.fn(() => rows),
      gazetteer: vi.fn(() => towns),
      wordCounts: vi.fn(),
      everydayWords: vi.fn(() => ['kettle']),
      givenNames: vi.fn(() => ['Wilhelmina']),
    };

    // Act
    const first = lexiconWith(source);
    const second = lexiconWith(source);

    // Assess
    expect(second).toBe(first);
    for (const read of [source.lexicon, source.gazetteer, source.everydayWords, source.givenNames])
      expect(read).toHaveBeenCalledTimes(1);
    expect(first).toEqual({
      ...rows,
      gazetteer: towns,
      englishWords: ['kettle'],
      listedGivenNames: ['Wilhelmina'],
    });
    expect(DEFAULT_LEXICON.gazetteer).toBeUndefined();
    expect(DEFAULT_LEXICON.englishWords).toBeUndefined();
    expect(DEFAULT_LEXICON.listedGivenNames).toBeUndefined();
  });
});
