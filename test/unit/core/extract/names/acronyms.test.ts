import { describe, expect, it } from 'vitest';
import { initialsOf } from '../../../../../lambdas/core/extract/names/acronyms';
import { analyze } from '../helpers';

describe('Function: initialsOf (letters in brackets are the initials of the name before them)', () => {
  it.each([
    // Wire copy: each word's capital, in order.
    ['Harbour Workers Union', 'HWU', true],
    // A lower-case "of" between the words is skipped.
    ['Reserve Bank of Australia', 'RBA', true],
    // Shipping and trade names: an "&" between the letters.
    ['Peninsular & Oriental', 'P&O', true],
    // A name in another language's order ("FARC" for an English rendering) is left out.
    ['Revolutionary Armed Forces of Colombia', 'FARC', false],
    // A bracketed code that opens with another letter is no set of initials.
    ['Harbour Workers Union', 'UWH', false],
  ])('%s (%s) -> %s', (name, letters, expected) => {
    expect(initialsOf(name, letters)).toBe(expected);
  });
});

describe('Function: acronymMentions (a defined acronym names its organization again)', () => {
  it.each([
    // Union news: the quote the initials speak is the union's.
    [
      'The Harbour Workers Union (HWU) called a strike. "We will not load a single ship," the HWU said.',
      'Harbour Workers Union',
    ],
    // Two parties, each defined: the initials before "said" pick their own party, not the one the quote names.
    [
      'The Valley Farmers Party (VFP) and the Coast Labour Party (CLP) met. "The CLP broke its word," the VFP said in a statement.',
      'Valley Farmers Party',
    ],
    // Central-bank reports: the bank its initials' definition names.
    ['The Reserve Bank of Ostmark (RBO) met. "Rates stay," the RBO said.', 'Reserve Bank of Ostmark'],
  ])('%s', (text, speaker) => {
    const { quotes } = analyze(text);
    expect(quotes.map((q) => q.speaker)).toEqual([speaker]);
  });

  // Trade and industry bodies named in full once, then by their initials with no brackets.
  it.each([
    [
      'Shipments rose, the Northern Timber Dealers Association reported. "July was above the usual level," the NTDA said.',
      ['Northern Timber Dealers Association'],
    ],
    // Two words are too few to be sure: "HB" may be anything.
    ['Harbour Bank said rates stay. "Rates stay," the HB said.', ['unknown']],
  ])('initials with no brackets: %s', (text, speakers) => {
    expect(analyze(text).quotes.map((q) => q.speaker)).toEqual(speakers);
  });

  it('leaves undefined capitals alone: the initials stand for no organization the text names', () => {
    const { quotes } = analyze('"Rates stay," the RBO said.');
    expect(quotes.map((q) => q.speaker)).not.toContain('Reserve Bank of Ostmark');
  });
});
