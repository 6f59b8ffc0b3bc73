import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../../lambdas/core/extract/compile';
import { DEFAULT_LEXICON } from '../../../../lambdas/core/extract/lexicon';

/** A gazetteer of two countries: one the hand rows lack, one they name under another name. */
const GAZETTEER = {
  towns: '',
  countries: ['NR\tNorland\tNorlandic\tPortvik', 'GB\tUnited Kingdom\tBritish\tLondon'].join('\n'),
  divisions: '',
};

describe('Function: compileLexicon, countries', () => {
  const lex = compileLexicon({ ...DEFAULT_LEXICON, gazetteer: GAZETTEER });

  it.each([
    ['a country only the gazetteer holds is a place', 'Norland', 'Norland'],
    ["a gazetteer country's demonym stands for it", 'Norlandic', 'Norland'],
    ['a hand row keeps its aliases', 'Britain', 'United Kingdom'],
    ['a hand demonym is not taken over', 'British', 'United Kingdom'],
  ])('%s', (_case, name, country) => {
    // Act + Assess
    expect(lex.country.get(name)).toBe(country);
  });

  it('indexes a gazetteer country as a place phrase, and no country without a gazetteer', () => {
    // Act
    const bare = compileLexicon({ ...DEFAULT_LEXICON });

    // Assess
    expect(lex.places.has('Norland')).toBe(true);
    expect(bare.country.has('Norland')).toBe(false);
  });
});
