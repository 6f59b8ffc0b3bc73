import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  caselessRegex,
  caselessScan,
  literalSpans,
  literalWords,
} from '../../../../lambdas/core/extract/literal-spans';

const WORDS = ['announced', 'announce', 'said', 'says', 'according to', "'s", '’s'];
const words = literalWords(WORDS);

/** What the regex alternation of the words finds: the answer the scan must give. */
function regexSpans(text: string, list: readonly string[] = WORDS): number[] {
  const out: number[] = [];
  const escaped = list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  for (const m of text.matchAll(new RegExp(escaped.join('|'), 'giu')))
    out.push(m.index, m.index + m[0].length);
  return out;
}

describe('Function: literalSpans', () => {
  it.each([
    ['whatever they SAID, Lane’s aide Announced it', [14, 18, 24, 26, 32, 41]],
    ['announce announced', [0, 8, 9, 18]],
    ['unsaid sayso', [2, 6, 7, 11]],
    ['According to  according to', [0, 12, 14, 26]],
    ['no cue here', []],
    ['', []],
  ])('finds the words in %j as the regex does', (text, expected) => {
    expect(literalSpans(words, text)).toEqual(expected);
    expect(regexSpans(text)).toEqual(expected);
  });

  it.each([
    ['the long s of ſaid matches under iu', 'ſaid'],
    ['a dotted İ lowercases to two characters: İ said', 'said'],
    ['the Kelvin sign matches k: taKe', 'take'],
  ])('reads a text with an odd case (%s) as the regex does', (text, word) => {
    const list = [word, 'said'];
    expect(literalSpans(literalWords(list), text)).toEqual(regexSpans(text, list));
    expect(literalSpans(literalWords(list), text).length).toBeGreaterThan(0);
  });

  it('falls back to the regex for words the scan cannot read alike', () => {
    const list = ['café', 'Said'];
    expect(literalWords(list).lowered).toBeUndefined();
    expect(literalSpans(literalWords(list), 'CAFÉ said')).toEqual([0, 4, 5, 9]);
  });

  it('agrees with the regex on random text', () => {
    const piece = fc.oneof(
      fc.constantFrom(...WORDS, 'SAID', 'Announ', 'ſ', 'K', 'İ', ' ', "'", '’', 'x', '\n', '😀'),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(literalSpans(words, text)).toEqual(regexSpans(text));
      }),
    );
  });
});

/** A cue regex shaped as the quotes step's: words between `\b`s, and a possessive after a letter. */
const CUE_SOURCE = String.raw`\b(?:said|says|according to)\b|(?<=\p{Alphabetic})['\u2019]s\s+(?:pledge|offer)\b`;
const CUE_WORDS = ['said', 'says', 'according to', 'pledge', 'offer'];

/** Offsets and lowercased text of every match, from the regex the scan picks, over the text it picks. */
function scanned(text: string): Array<[number, string]> {
  const { regex, subject } = caselessScan(caselessRegex(CUE_SOURCE, CUE_WORDS), text);
  return [...subject.matchAll(regex)].map((m) => [m.index, m[0].toLowerCase()]);
}

/** The same from the case-insensitive regex over the text itself: the answer the scan must give. */
function caseless(text: string): Array<[number, string]> {
  return [...text.matchAll(new RegExp(CUE_SOURCE, 'giu'))].map((m) => [m.index, m[0].toLowerCase()]);
}

describe('Function: caselessScan', () => {
  it.each([
    [
      'Lane SAID so, Ana’s Pledge to stay',
      [
        [5, 'said'],
        [17, '’s pledge'],
      ],
    ],
    ['unsaid, According To the mayor', [[8, 'according to']]],
    ['the long s: ſaid', [[12, 'ſaid']]],
    ['a dotted İ first, then said', [[23, 'said']]],
    ['', []],
  ])('finds the cues of %j as the case-insensitive regex does', (text, expected) => {
    expect(scanned(text)).toEqual(expected);
    expect(caseless(text)).toEqual(expected);
  });

  it('reads with `i` a regex whose words are not plain lowercase', () => {
    expect(caselessRegex(CUE_SOURCE, ['Said']).lowered).toBeUndefined();
  });

  it('agrees with the case-insensitive regex on random text', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        ...CUE_WORDS,
        'SAID',
        'Says',
        "'s ",
        '’s ',
        'OFFER',
        'ſ',
        'K',
        'İ',
        ' ',
        'x',
        'é',
        '\n',
        '😀',
      ),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(scanned(text)).toEqual(caseless(text));
      }),
    );
  });
});
