/**
 * Whether a quotation, printed alone as "“…,” X said.", still says what it said where it stood: its
 * words may point at what its report told just before (“That man is …”, “They were …”), or at its
 * report's own moment (“the clinic she is now in”). Each row names its kind of text with an in-house
 * example that must match and one that must not; one table test runs them all.
 */
import type { TextPattern } from './patterns';

/** How many opening letters two words share to be one word ("skipper", "skippers"). */
const STEM_LETTERS = 5;

/**
 * Words of a quotation that tell its report's own moment: under a lead from another report, "now"
 * reads as that report's moment, and "the clinic she is now in" as the clinic the lead names.
 */
export const OWN_MOMENT: TextPattern = {
  kind: 'a quotation pointing at its own report’s moment (“the clinic she is now in”, “at this point”)',
  regex: /\b(?:now|currently|at this (?:point|stage|time)|at the moment|at present|as we speak)\b/iu,
  matches: 'The clinic she is now in holds no licence for residential care',
  misses: 'The clinic she left in May held no licence for residential care',
};

/**
 * A quotation opening with a pronoun for a thing or a group its report named before it ("They were
 * …", "It's something …"); "It" that only opens what follows ("It is a relief to …", "It would seem
 * that …") points at nothing.
 */
export const PRONOUN_OPENING: TextPattern = {
  kind: 'a quotation opening with a pronoun for what its report named before it (“They were …”, “It’s …”)',
  regex:
    /^(?:They|Them|Their|Theirs|Its|It(?!(?:['\u2019]s|\s+(?:is|was|would|will|could|has|had|seems|seemed|may|might))\s+(?:[\p{L}'\u2019-]+\s+){0,3}(?:to|that|for|when|if)\b))(?![\p{L}-])/u,
  matches: 'It is something the harbour board can think about',
  misses: 'It is a relief to see the ferries sail again',
};

/**
 * A quotation opening with a demonstrative and a noun ("That skipper is …", "This treaty …"): group 1
 * is the noun, which the item must have named for the reader to know which one is meant.
 */
export const DEMONSTRATIVE_OPENING: TextPattern = {
  kind: 'a quotation opening with a demonstrative and its noun (“That skipper is …”)',
  regex: /^(?:That|This|These|Those)\s+(\p{Ll}[\p{Ll}-]*)/u,
  matches: 'That skipper is a danger to every boat in the harbour',
  misses: 'The skipper is a danger to every boat in the harbour',
};

/**
 * A short quotation ending on a pronoun for what its speaker was asked about ("We are not aware of
 * anything", "We want to talk to him"): alone, it answers nothing the reader was told.
 */
export const ANSWERS_UNSEEN: TextPattern = {
  kind: 'a short quotation ending on a pronoun for what was asked (“We are not aware of anything”)',
  regex: /^\p{Lu}\S*\s+(?:\S+\s+){0,4}(?:him|her|them|it|anything|something|that)$/u,
  matches: 'We are not aware of anything',
  misses: 'We are not aware of any threat to the ferries',
};

/**
 * A sentence around a quotation that opens with an earlier time ("Three years ago, Vik told a
 * magazine ..."): the quotation was said then, and printed as what's new it reads as said now.
 */
export const SAID_EARLIER: TextPattern = {
  kind: 'a quotation’s sentence opening with an earlier time (“Three years ago, Vik told …”)',
  regex:
    /^(?:(?:\p{L}+|\d+|a few|a couple of)\s+(?:years?|months?|decades?)\s+ago|(?:In|Back in|Since)\s+(?:\p{Lu}\p{Ll}+\s+)?\d{4}|Last (?:year|season|decade))\b/u,
  matches: 'Three years ago, Vik told a sailing magazine that she would never race again.',
  misses: 'On Friday, Vik told a sailing magazine that she would never race again.',
};

/** Every row of this file, for the table test. */
export const QUOTE_CONTEXT_ROWS: TextPattern[] = [
  OWN_MOMENT,
  PRONOUN_OPENING,
  DEMONSTRATIVE_OPENING,
  ANSWERS_UNSEEN,
  SAID_EARLIER,
];

/** Whether a sentence the quotation stands in or is credited by opens with an earlier time (SAID_EARLIER). */
export function saidEarlier(sentences: string[]): boolean {
  return sentences.some((s) => SAID_EARLIER.regex.test(s.trim()));
}

function stem(word: string): string {
  return word.toLowerCase().slice(0, STEM_LETTERS);
}

/**
 * Why the quotation leans on its report's sentences before it, given what the item has told before
 * it (`shown`); null when it reads on its own there.
 */
export function quoteLeansOutside(quote: string, shown: string): string | null {
  const text = quote.trim();
  if (PRONOUN_OPENING.regex.test(text)) return PRONOUN_OPENING.kind;
  if (ANSWERS_UNSEEN.regex.test(text.replace(/[.!?]+$/u, ''))) return ANSWERS_UNSEEN.kind;
  const noun = DEMONSTRATIVE_OPENING.regex.exec(text)?.[1];
  const told = new Set((shown.match(/\p{L}{3,}/gu) ?? []).map(stem));
  return noun && !told.has(stem(noun)) ? DEMONSTRATIVE_OPENING.kind : null;
}

/**
 * Whether a quotation telling its report's own moment is printed under another report's lead (the
 * lead's report is not among those carrying it): "now" would read as the lead's moment and place.
 */
export function momentOfAnother(quote: string, carriers: string[], leadKey: string | undefined): boolean {
  return leadKey !== undefined && !carriers.includes(leadKey) && OWN_MOMENT.regex.test(quote);
}
