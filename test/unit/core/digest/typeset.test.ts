import { describe, expect, it } from 'vitest';
import { typeset } from '../../../../lambdas/core/digest/typeset';

describe('Function: typeset', () => {
  it.each([
    [
      'The skipper \u2019 s boat did not sail, and the crew didn \u2019 t either.',
      'The skipper\u2019s boat did not sail, and the crew didn\u2019t either.',
    ],
    [
      'The board passed the so-called \u201C quiet hours \u201D rule.',
      'The board passed the so-called \u201Cquiet hours\u201D rule.',
    ],
    [
      'Some 1, 300 deckhands and 20, 000 passengers waited; the fund paid $6, 000.',
      'Some 1,300 deckhands and 20,000 passengers waited; the fund paid $6,000.',
    ],
    [
      'The alarm sounded at 3:33 a. m., the harbour. com site said.',
      'The alarm sounded at 3:33 a.m., the harbour.com site said.',
    ],
    [
      'The board passed the "quiet hours "rule on Monday.',
      'The board passed the "quiet hours" rule on Monday.',
    ],
    // What is no split token stays as written.
    [
      'The board passed the "quiet hours" rule and the "night" rule.',
      'The board passed the "quiet hours" rule and the "night" rule.',
    ],
    ['The "quiet hours "rule and a stray " mark stay.', 'The "quiet hours "rule and a stray " mark stay.'],
    [
      'The deckhands struck in 1994, 1996 and 2002, on May 5, 2010 and in rooms 101, 102.',
      'The deckhands struck in 1994, 1996 and 2002, on May 5, 2010 and in rooms 101, 102.',
    ],
    // Curly marks set the wrong way round, each apart from the words it holds, are set the right way.
    ['Their \u201D 15 Most Sailed \u201C list is out.', 'Their \u201C15 Most Sailed\u201D list is out.'],
    // A quotation split by its credit keeps its marks.
    [
      '\u201CWe sail,\u201D the skipper said, \u201Cat dawn.\u201D',
      '\u201CWe sail,\u201D the skipper said, \u201Cat dawn.\u201D',
    ],
  ])('%s', (text, expected) => {
    expect(typeset(text)).toBe(expected);
  });
});
