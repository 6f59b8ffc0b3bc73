/**
 * Sets a sentence as a reader expects to see it: text rebuilt from a tokenized corpus, or pasted
 * from a page, may keep spaces inside a word or a number ("she ’ s", "1, 300"). Each row names its
 * kind of text with an in-house example that must match and one that must not; one table test runs
 * them. The verifier sets the cited sentences the same way before comparing, so nothing is stated that
 * the sources do not state.
 */
import type { TextPattern } from './patterns';

/** A row of the typesetter: what it finds, and how the found text is written. */
export interface SpacingRow extends TextPattern {
  /** The found text as it is set, given its groups and the whole text it was found in. */
  replace: (found: string, groups: string[], whole: string) => string;
}

export const TOKEN_SPACING: SpacingRow[] = [
  {
    kind: 'an apostrophe set apart from its word by spaces ("the skipper \u2019 s boat")',
    regex: /(\p{Alphabetic}) (['\u2019]) (s|t|re|ve|ll|d|m)\b/gu,
    replace: (_found, [word, mark, ending]) => `${word}${mark}${ending}`,
    matches: 'The skipper \u2019 s boat did not sail.',
    misses: 'The skippers\u2019 boats did not sail.',
  },
  {
    kind: 'curly quotation marks set the wrong way round, apart from the words they hold ("its \u201D ten most wanted \u201C list")',
    regex: /(?<=^|\s)\u201D\s+([^\u201C\u201D]+?)\s+\u201C(?=\s|[.,;:!?]|$)/gu,
    replace: (_found, [held]) => `\u201C${held}\u201D`,
    matches: 'The marshals put him on their \u201D ten most wanted \u201C list.',
    misses: '\u201CWe sail at dawn,\u201D the skipper said, \u201Cand not before.\u201D',
  },
  {
    kind: 'curly quotation marks set apart from the words they hold ("the \u201C quiet hours \u201D rule")',
    regex: /\u201C\s*([^\u201C\u201D]*?)\s*\u201D/gu,
    replace: (_found, [held]) => `\u201C${held}\u201D`,
    matches: 'The board passed the so-called \u201C quiet hours \u201D rule.',
    misses: 'The board passed the so-called "quiet hours" rule.',
  },
  {
    kind: 'a number split at its thousands comma ("some 1, 300 deckhands")',
    regex: /(?<![\d,.])(\d{1,2}), (\d{3})(?![\d,])/gu,
    replace: (_found, [thousands, units]) => `${thousands},${units}`,
    matches: 'Some 1, 300 deckhands joined the strike.',
    misses: 'The deckhands struck in 1994, 1996 and 2002.',
  },
  {
    kind: 'a straight closing quotation mark set against the next word, its space before it ("the "quiet hours "rule")',
    regex: /"[^"\s][^"]*?\s"(?=\p{Alphabetic})/gu,
    // Only where every mark has its pair: which mark closes is then sure.
    replace: (found, _groups, whole) =>
      (whole.match(/"/gu) ?? []).length % 2 === 0 ? found.replace(/\s"$/u, '" ') : found,
    matches: 'The board passed the "quiet hours "rule on Monday.',
    misses: 'The board passed the "quiet hours" rule and the "night" rule.',
  },
  {
    kind: 'an abbreviation split at its stops ("3:33 a. m.", "harbour. com")',
    regex: /\b[ap]\. m\.|(?<=\p{Alphabetic})\. (?:com|org|net)\b/gu,
    replace: (found) => found.replace(/\. /gu, '.'),
    matches: 'The alarm sounded at 3:33 a. m. on the quay.',
    misses: 'The alarm sounded at 3:33 a.m. on the quay.',
  },
  {
    kind: 'a compound split after its hyphen, as at a line\u2019s end ("the long- term deal", "anti- strike police")',
    // A suspended hyphen goes on with "and", "or" or "to" ("pre- and post-war"); a table key is one letter ("A- includes").
    regex: /(?<=\p{Alphabetic}{2})- (?!(?:and|or|to|nor)\b)(?=\p{Alphabetic})/gu,
    replace: () => '-',
    matches: 'The crews signed a long- term deal with the harbour board.',
    misses: 'The crews signed pre- and post-season deals with the harbour board.',
  },
];

/** The text with the spaces of every row closed up. */
export function typeset(text: string): string {
  return TOKEN_SPACING.reduce(
    (set, row) =>
      set.replace(row.regex, (found: string, ...rest: unknown[]) =>
        // After the groups come the offset and the whole text.
        row.replace(found, rest.slice(0, -2) as string[], set),
      ),
    text,
  );
}
