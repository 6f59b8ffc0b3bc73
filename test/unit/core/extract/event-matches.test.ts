import { describe, expect, it } from 'vitest';
import { compileLexicon, possibleEvents } from '../../../../lambdas/core/extract/compile';
import { EventMatches } from '../../../../lambdas/core/extract/event-matches';
import { DEFAULT_LEXICON } from '../../../../lambdas/core/extract/lexicon';

const lex = compileLexicon(DEFAULT_LEXICON);

describe('Class: EventMatches', () => {
  it.each([
    ['The two ministers met in the capital on Monday to sign the accord.'],
    ['Rain kept the crowd away from the harbour all afternoon.'],
    [''],
  ])('screens %j as possibleEvents does, in lexicon order', (text) => {
    // Prepare
    const matches = new EventMatches(lex);
    const expected = lex.events.filter((_, i) => possibleEvents(lex, text)[i] === true);

    // Act
    const patterns = matches.possibleIn(text);

    // Assess
    expect(patterns).toEqual(expected);
  });

  it.each([
    ['The two ministers met in the capital on Monday to sign the accord.'],
    ['Voters went to the polls as the strike closed the port; the mayor resigned.'],
  ])('gives the first match of each pattern in %j as the pattern itself finds it', (text) => {
    // Prepare
    const matches = new EventMatches(lex);

    for (const pattern of matches.possibleIn(text)) {
      // Act
      const hit = matches.firstMatch(text, pattern);

      // Assess
      pattern.re.lastIndex = 0;
      const m = pattern.re.exec(text);
      expect(hit).toEqual(
        m === null
          ? null
          : { type: pattern.type, weight: pattern.weight, index: m.index, length: m[0].length },
      );
    }
  });

  it('runs a pattern once a text: the second ask gives the same hit', () => {
    // Prepare
    const matches = new EventMatches(lex);
    const text = 'The two ministers met in the capital on Monday.';
    const pattern = matches.possibleIn(text).find((p) => matches.firstMatch(text, p) !== null);

    // Act
    const first = pattern === undefined ? undefined : matches.firstMatch(text, pattern);
    const again = pattern === undefined ? undefined : matches.firstMatch(text, pattern);

    // Assess
    expect(first).not.toBeNull();
    expect(again).toBe(first);
  });
});
