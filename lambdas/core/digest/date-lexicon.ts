/**
 * Date words the verifier does not let a resolution stand on alone. Every row names its kind of
 * text, with an in-house example that must match and one that must not; one table test runs them.
 */
import { unicodePattern } from '../unicode-pattern';
import type { TextPattern } from './patterns';

/** The words before a date, since the last clause break, look ahead: the day they name is still to come. */
export const LOOKS_AHEAD: TextPattern = {
  kind: 'words before a date that look ahead (a vote "to be held on Thursday")',
  regex:
    /\b(?:will|shall|(?:is|are)\s+to\s+be|to\s+be\s+\p{Alphabetic}+ed|(?:is|are)\s+(?:\p{Alphabetic}+ly\s+)?(?:set|scheduled|expected|due|slated|planned|going)\s+to|plans?\s+to|upcoming|ahead\s+of)\b/iu,
  matches: 'the harbour board was preparing for the levy to be voted on',
  misses: 'the harbour board voted the levy through on',
};

/** A weekday named alone: the report's date decides which one it is. */
export const BARE_WEEKDAY: TextPattern = {
  kind: 'a weekday named alone, with no "last" or "next" to say which week',
  regex:
    /^(?:on\s+)?(?:early\s+|late\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?$/u,
  matches: 'late Tuesday',
  misses: 'last Tuesday',
};

/**
 * A day named from the report's own day: printed as the reporter wrote it, the reader counts it from
 * the day the digest arrives, which states a day no source gives.
 */
export const DEICTIC_DAY: TextPattern = {
  kind: 'a day named from the report\u2019s own day ("today", "yesterday", "last night")',
  regex: /\b(?:today|yesterday|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))\b/iu,
  matches: 'the ferry operator said yesterday that the crossing would reopen',
  misses: 'the ferry operator said on Monday that the crossing would reopen',
};

const DEICTIC_WORDS = String.raw`(?:(?:early|late|earlier|later)\s+)?(?:today|yesterday|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))(?:\s+(?:morning|afternoon|evening|night))?`;

/** Such a day opening a sentence as its adverb ("Yesterday in the port, ..."): the words after it stand alone. */
export const OPENING_DEICTIC_DAY: TextPattern = {
  kind: 'a day named from the report\u2019s own day opening the sentence as its adverb',
  regex: unicodePattern(String.raw`^${DEICTIC_WORDS}\s*,?\s+(?=\p{Alphabetic})`, 'i'),
  matches: 'Earlier today, the harbour board closed the quay.',
  misses: 'Today\u2019s closure of the quay surprised the harbour board.',
};

/** Such a day inside a sentence as an adverb ("closed today the quay", "said yesterday."), not a modifier ("today's"). */
export const INNER_DEICTIC_DAY: TextPattern = {
  kind: 'a day named from the report\u2019s own day inside the sentence as its adverb',
  regex: unicodePattern(String.raw`(,?)\s+${DEICTIC_WORDS}(,?)(?=[\s.;:!?]|$)`, 'gi'),
  matches: 'The harbour board said today that the quay would close.',
  misses: 'The harbour board said that today\u2019s closure would last.',
};

/** Such a day as a modifier ("yesterday's vote"): "the" says as much without counting from the report. */
export const MODIFIER_DEICTIC_DAY: TextPattern = {
  kind: 'a day named from the report\u2019s own day as a modifier of a noun',
  regex: /\b(?:today|yesterday|tonight|last\s+night)['\u2019]s\b/giu,
  matches: 'The harbour board said that today\u2019s closure would last.',
  misses: 'The harbour board said that the closure would last until today.',
};

/** Date words that bound a span ("since 1991", "until May"): the date is where it starts or ends, no occasion on it. */
export const SPAN_BOUND: TextPattern = {
  kind: 'date words that bound a span rather than date an occasion',
  regex: /^(?:ever\s+)?(?:since|until|till|through|by)\s/iu,
  matches: 'since the spring of 2019',
  misses: 'in the spring of 2019',
};

/**
 * Words before a date that open a relative clause still open at it ("Ames, who won the title in"): the
 * date is the clause's, and the sentence's own event may be today's ("..., arrived on Monday").
 */
export const RELATIVE_CLAUSE_OPEN: TextPattern = {
  kind: 'words before a date that open a relative clause still open at the date',
  regex: /\b(?:who|which|whose|whom)\b[^,;:]*$/u,
  matches: 'The harbour master, who took office in',
  misses: 'The harbour master, who took office last spring, closed the quay in',
};

/**
 * A relative clause opened by "that" straight before its past verb ("the skipper that won the regatta
 * in"): a "that" before a subject ("said that the skipper won") opens what was said, not a relative clause.
 */
export const THAT_CLAUSE_OPEN: TextPattern = {
  kind: 'words before a date that open a relative clause with "that" still open at the date',
  regex:
    /\b\p{Lowercase}+\s+that\s+(?:\p{Lowercase}{2,}ed|won|beat|took|made|led|held|lost|fought|broke|became|began|struck|shot|gave|hit|sank|built)\b[^,;:]*$/u,
  matches: 'The old ferry looked a shadow of the boat that crossed the strait in',
  misses: 'The harbour board said that the boat crossed the strait in',
};

/**
 * A "since" clause still open at the date while the main clause is in a simple tense ("The win took
 * her streak to nine since losing in"): the main clause tells today's news and the date dates the
 * "since" clause only. With a perfect ("has held the post since winning in") the span is background.
 */
export const SINCE_CLAUSE_OPEN: TextPattern = {
  kind: 'words before a date that open a "since" clause of a main clause in a simple tense',
  regex: /^(?:(?!\b(?:has|have|had)\b)[\s\S])*\bsince\s[^,;:]*$/iu,
  matches: 'The win took the skipper\u2019s streak to nine races since losing at Kessel in',
  misses: 'The skipper has won nine races since losing at Kessel in',
};

/**
 * A period named from the report's own time with nothing to resolve it ("last season"): in the
 * background, a reader would count it from the day the digest arrives, not from an old report's.
 */
export const DEICTIC_PERIOD: TextPattern = {
  kind: 'a season or term named from the report\u2019s own time ("last season")',
  regex:
    /\b(?:last|this|next|past|coming|previous)\s+(?:season|campaign|term|semester|winter|summer|spring|autumn|fall)\b/iu,
  matches: 'The skipper joined the crew in a trade with Kessel last season.',
  misses: 'The skipper joined the crew in a trade with Kessel in the 2019 season.',
};

/** A sentence that tells a plan or an expectation: no earlier event, whatever date it gives. */
export const TELLS_PLAN: TextPattern = {
  kind: 'a sentence that tells a plan or an expectation in finite words ("will", "is expected to")',
  regex:
    /\b(?:will|shall|(?:is|are)\s+to\s+be|(?:is|are)\s+(?:\p{Alphabetic}+ly\s+)?(?:set|scheduled|expected|due|slated|planned|going)\s+to|plans?\s+to|upcoming)\b/iu,
  matches: 'The new ferry is tentatively scheduled to sail in May 2026.',
  misses: 'The crew agreed to be photographed on the new ferry in May 2026.',
};
