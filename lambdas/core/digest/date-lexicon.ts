/**
 * Date words the verifier does not let a resolution stand on alone. Every row names its kind of
 * text, with an in-house example that must match and one that must not; one table test runs them.
 */
import { unicodePattern } from '../unicode-pattern';
import type { TextPattern } from './patterns';

/**
 * The words before a date, since the last clause break, look ahead: the day they name is still to come
 * (a plan, what should or must still be done: "the pact should be signed in", or a schedule in the
 * present tense right before the date: "the open, which begins").
 */
export const LOOKS_AHEAD: TextPattern = {
  kind: 'words before a date that look ahead (a vote "to be held on Thursday")',
  regex:
    /\b(?:will|shall|(?:is|are)\s+to\s+be|to\s+be\s+\p{Alphabetic}+ed|(?:should|must)\s+(?:not\s+)?be\s+\p{Alphabetic}+(?:ed|en)|(?:is|are)\s+(?:\p{Alphabetic}+ly\s+)?(?:set|scheduled|expected|due|slated|planned|going)\s+to|plans?\s+to|upcoming|ahead\s+of)\b|\b(?:begins|starts|opens|resumes)\s*$/iu,
  matches: 'the harbour board was preparing for the levy to be voted on',
  misses: 'the harbour board voted the levy through on',
};

/**
 * Words before a day that name the occasion someone is invited or summoned to ("has invited the unions
 * to talks on Thursday"): the occasion is still to come when the invitation is news.
 */
export const INVITED_TO: TextPattern = {
  kind: 'words before a date naming an occasion someone is invited or summoned to ("invited the unions to talks on")',
  regex:
    /(?<!\b(?:had|was|were)\s)\b(?:invited|invites|summoned|summons)\b[^,;]{0,80}\bto\s+(?:a|an|the)?\s*(?:[\p{Alphabetic}-]+\s+){0,2}(?:meeting|talks|session|summit|hearing|conference|rally|dinner|briefing|ceremony)\s*(?:\b(?:on|this)\s*)?$/u,
  matches: 'The harbour master has invited the ferry unions to a meeting ',
  misses: 'The harbour master had invited the ferry unions to a meeting ',
};

/**
 * Words right after a day that put it in the week or month to come ("on Monday next week"): the day
 * is still to come, whatever the words before it say.
 */
export const AHEAD_AFTER: TextPattern = {
  kind: 'words after a day that put it in the week to come ("on Monday next week")',
  regex: /^,?\s+(?:of\s+)?(?:next|the\s+coming|the\s+following)\s+(?:week|month)\b/iu,
  matches: ' next week, the chair said.',
  misses: ', a week after the vote.',
};

/**
 * A verb right after date words with no preposition of their own: the date is its subject ("the chair
 * said May 9 could suit the vote"), no time of the sentence's event. Written as a date, it becomes a
 * false one ("said on Friday, May 9, 2025, could suit").
 */
export const DATE_AS_SUBJECT: TextPattern = {
  kind: 'a verb after date words with no preposition: the date is its subject',
  regex: /^\s+(?:could|would|will|should|might|may|can|is|was|has|had)\b/u,
  matches: ' could be set for the harbour vote.',
  misses: ' the harbour board set the vote.',
};

/**
 * A noun right after a weekday that names the day's own occasion ("the main Friday prayers", "the
 * Sunday service"): the weekday is a modifier, and written as a date it garbles the sentence ("the main
 * on Friday, <date>, prayers"). Not an edition: "in its Tuesday editions" is written on the edition.
 */
export const WEEKDAY_OCCASION: TextPattern = {
  kind: 'a noun after a weekday that makes it the name of an occasion ("Friday prayers")',
  regex: /^\s+(?:prayers?|services?|mass|sermons?)\b/u,
  matches: ' prayers at the harbour chapel passed quietly.',
  misses: ' at the harbour chapel, the crews prayed.',
};

/** A market's contract after a month: it names the contract ("December Euromark futures", "over September IPE"). */
export const DATE_AS_CONTRACT: TextPattern = {
  kind: 'a contract a month names ("December Velmora futures")',
  regex:
    /^\s+(?:(?:\p{Uppercase}[\p{Alphabetic}-]*\s+)?(?:futures|options|contracts?)\b|\p{Uppercase}{2,}\b(?!\s*\d))/u,
  matches: ' Velmora futures were trading lower.',
  misses: ' Velmora shares were trading lower.',
};

/**
 * A plan told with a bare participle, no "is" before it ("with the ferry set to sail in"): the date
 * after it is still to come, as after "is set to".
 */
export const PLAN_PARTICIPLE: TextPattern = {
  kind: 'words before a date that tell a plan with a bare participle ("with the race set to start in")',
  regex: /(?<!\b(?:was|were|been|had|has|have)\s)\b(?:set|scheduled|slated)\s+to\s+\p{Alphabetic}/u,
  matches: 'the crews returned, with the new ferry set to sail in',
  misses: 'the crews returned after the old ferry was set to sail in',
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

/**
 * Date words that bound a span ("since 1991", "until May", "from September 2010" to another date):
 * the date is where it starts or ends, no occasion on it.
 */
export const SPAN_BOUND: TextPattern = {
  kind: 'date words that bound a span rather than date an occasion',
  regex: /^(?:ever\s+)?(?:since|until|till|through|by|from)\s/iu,
  matches: 'since the spring of 2019',
  misses: 'in the spring of 2019',
};

/**
 * Date words the extractor read with an "of" before them ("payment of June wages", "the floods of
 * May"): they say what a noun is of, not when the clause happened, and "in June" in their place would
 * state another thing.
 */
export const OF_DATE: TextPattern = {
  kind: 'date words after "of": what a noun is of, not when the clause happened',
  regex: /^of\s/iu,
  matches: 'of June',
  misses: 'in June',
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
 * Words before a date that make it the term of a comparison ("sales were up 8 percent over", "fares
 * were higher than in"): the figure compared is today's, the date only the one it is measured against;
 * the sentence tells no event of that date, and "over" is no "in".
 */
export const COMPARED_DATE: TextPattern = {
  kind: 'words before a date that make it the term a figure is compared with',
  regex:
    /(?:\b(?:percent|pct|points?)\s+(?:over|from|on)|\b(?:than(?:\s+in)?|compared\s+(?:with|to)|against|versus))\s+$/iu,
  matches: 'The average fare, 14 euros, was up 6.2 percent over ',
  misses: 'The fare rise, 6.2 percent, was handed down on ',
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

/**
 * A period counted from the report's own time ("this season", "three weeks ago") left as the reporter
 * wrote it: a reader counts it from the day the digest arrives, which is the same period only when the
 * report is dated and was published in the period the digest's day falls in.
 */
export const PERIOD_FROM_REPORT: TextPattern = {
  kind: 'a period counted from the report\u2019s own time ("this season", "three weeks ago")',
  regex:
    /\b(?:(?:last|this|next|past|coming)\s+(?:week|weekend|month|year|season|campaign|term|semester|winter|summer|spring|autumn|fall)|(?:earlier|later)\s+this\s+(?:week|month|year|season)|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|a\s+couple\s+of|several|some|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago)\b/iu,
  matches: 'The skipper became the fifth to leave the crew this season.',
  misses: 'The skipper became the fifth to leave the crew in the 2019 season.',
};

/** A month named from the report's time ("last December", "this August 2nd"); "this may be" is no month. */
const MONTH_NAMES =
  '(?:January|February|March|April|May(?!\\s+\\p{Lowercase})|June|July|August|September|October|November|December)';
const PERIOD_UNITS = `(?:week|weekend|month|year|season|campaign|term|semester|winter|summer|spring|autumn|fall|${MONTH_NAMES})`;
const COUNTED =
  '(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\\s+few|a\\s+couple\\s+of|several|some|\\d+)';

/**
 * Such a period as an adverb the digest retells from the story's own time, as reported speech does
 * ("this season" -> "that season", "last year" -> "the previous year", "last December" -> "the
 * previous December", "three weeks ago" -> "three weeks earlier"): not after a determiner ("the past
 * year"), where it is part of a noun phrase.
 */
export const SHIFTABLE_PERIOD: TextPattern = {
  kind: 'a period counted from the report\u2019s own time, as an adverb the digest can retell',
  regex: unicodePattern(
    String.raw`(?<!\b(?:the|a|an|this|that|his|her|its|their|our|my|your)\s)\b(?:(this|last|next|past|coming)\s+(${PERIOD_UNITS})|(earlier|later)\s+this\s+(week|month|year|season)|(${COUNTED}\s+(?:days?|weeks?|months?|years?))\s+ago)\b`,
    'gi',
  ),
  matches: 'The skipper joined the crew last season.',
  misses: 'The skipper joined the crew in the past season.',
};

const WEEKDAY_NAMES = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** Words that make a weekday part of a name ("Good Friday", "Super Tuesday"), not a day of the report's week. */
const NAMED_DAY = '(?<!\\b(?:Good|Black|Super|Ash|Bloody|Holy|Palm|Easter|Cyber|Maundy|Shrove)\\s)';
const PARTS_OF_DAY = '(?:morning|afternoon|evening|night)';
const WEEKDAY_WORDS = String.raw`(?:(?:early|late|last|this|next)\s+)?${WEEKDAY_NAMES}(?:\s+${PARTS_OF_DAY})?`;

/**
 * A weekday of a report whose publication date is unknown, opening the sentence as its adverb ("On
 * Saturday, ..."): no reader can tell which week it names, so the words go.
 */
export const OPENING_WEEKDAY: TextPattern = {
  kind: 'a weekday opening the sentence as its adverb',
  regex: unicodePattern(
    String.raw`^(?:(?:On|Early|Late|Last|This|Next)\s+(?:(?:early|late)\s+)?${WEEKDAY_NAMES}(?:\s+(?:morning|afternoon|evening|night))?\s*,?|${WEEKDAY_NAMES}(?:\s+(?:morning|afternoon|evening|night))?\s*,)\s+(?=\p{Alphabetic})`,
  ),
  matches: 'On Saturday night, the ferry crews voted to return.',
  misses: 'Saturday Harbour Radio said the ferry crews voted to return.',
};

/**
 * Such a weekday inside the sentence as its adverb ("sank Friday in the strait", "on Saturday,"); not
 * one bounding a span ("by Friday", "until Monday"), a modifier ("Friday's", "Friday night's"), or
 * part of a name.
 */
export const INNER_WEEKDAY: TextPattern = {
  kind: 'a weekday inside the sentence as its adverb',
  regex: unicodePattern(
    String.raw`(,?)(?<!\b(?:by|until|till|since|from|through|before|after|to|of|and|or|between|Good|Black|Super|Ash|Bloody|Holy|Palm|Easter|Cyber|Maundy|Shrove))\s+(?:on\s+)?${WEEKDAY_WORDS}(?!\s+\p{Uppercase}|\s+${PARTS_OF_DAY}['\u2019]s)(,?)(?=[\s.;:!?]|$)`,
    'g',
  ),
  matches: 'The old ferry sank Friday night in the strait.',
  misses: 'The old ferry must leave the strait by Friday.',
};

/**
 * Such a weekday as a modifier, with its part of the day or not ("Friday's vote", "Friday night's
 * fire"): "the" says as much without naming a week.
 */
export const MODIFIER_WEEKDAY: TextPattern = {
  kind: 'a weekday, or a part of one, as a modifier of a noun',
  regex: unicodePattern(String.raw`${NAMED_DAY}\b${WEEKDAY_NAMES}(?:\s+${PARTS_OF_DAY})?['\u2019]s\b`, 'g'),
  matches: 'Crews fought Friday night\u2019s fire at the boat shed.',
  misses: 'The Good Friday\u2019s service went ahead at the harbour chapel.',
};

/**
 * A calendar date set after a weekday as its appositive ("on Thursday, May 2", ", 2013" or not): the
 * date the digest writes for the weekday says it, so it goes with the weekday.
 */
export const APPOSED_CALENDAR_DATE: TextPattern = {
  kind: 'a calendar date set after a weekday as its appositive',
  regex:
    /^,\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s+\d{4})?(?![\d:])/u,
  matches: ', May 2, before the storm.',
  misses: ', a day before the storm in May.',
};

/** A sentence that tells a plan or an expectation: no earlier event, whatever date it gives. */
export const TELLS_PLAN: TextPattern = {
  kind: 'a sentence that tells a plan or an expectation in finite words ("will", "is expected to", "should be signed by May", "slated for a sale", "is seeded to meet")',
  regex:
    /\b(?:will|shall|should\s+be\s+\p{Alphabetic}+(?:ed|en)\s+(?:in|on|by|before)\s+(?:the\s+(?:first|second|end|start|middle)\b|(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\d+)|(?:is|are)\s+to\s+be|(?:is|are)\s+(?:\p{Alphabetic}+ly\s+)?(?:set|scheduled|expected|due|slated|planned|going)\s+to|slated\s+for|(?:is|are)\s+seeded\s+to|plans?\s+to|upcoming)\b/iu,
  matches: 'The new ferry is tentatively scheduled to sail in May 2026.',
  misses: 'The crew agreed to be photographed on the new ferry in May 2026.',
};

/**
 * Words before a weekday that make it a modifier of the noun after it ("in its Tuesday editions",
 * "their Friday broadcast"): the weekday dates that thing, so its calendar day goes beside it.
 */
export const WEEKDAY_MODIFIER: TextPattern = {
  kind: 'a possessive before a weekday that modifies the noun after it',
  regex: /\b(?:its|his|her|their|our)\s+$/u,
  matches: 'The Harbour Gazette wrote in its ',
  misses: 'The Harbour Gazette wrote on ',
};

/**
 * Date words counted from the report's own day that name one day ("last Friday", "Sunday",
 * "yesterday"): set as a possessive ("last Friday's vote") they date the noun after them, and the
 * digest writes the calendar day in their place ("the May 29 vote"), since a reader would count
 * them from the digest's day.
 */
export const COUNTED_DAY: TextPattern = {
  kind: 'date words counted from the report\u2019s day that name one day',
  regex: unicodePattern(
    String.raw`^(?:(?:last|this|past)\s+)?${WEEKDAY_NAMES}(?:\s+${PARTS_OF_DAY})?$|^(?:yesterday|today|tonight|last\s+night)$`,
    'i',
  ),
  matches: 'last Sunday',
  misses: 'last season',
};

/**
 * Words after a month that tie it to a year the sentence named earlier ("in 1991, … in December of
 * that year"): the month is that year's, not one counted from the report, so no year is written.
 */
export const YEAR_NAMED_BEFORE: TextPattern = {
  kind: 'words after a month that tie it to a year named earlier in the sentence',
  regex: /^,?\s+of\s+(?:that|the\s+same|the\s+following|the\s+previous|the\s+next)\s+year\b/u,
  matches: ' of that year, the pier reopened.',
  misses: ' the pier reopened that year.',
};

/**
 * A weekday joined to another ("Thursday and Friday days of prayer", "from Monday to Wednesday"):
 * the words name a set of days, the object of the verb, not the day the sentence's event took place.
 */
export const JOINED_WEEKDAYS: TextPattern = {
  kind: 'a weekday joined to another weekday: a set of days, not an occasion',
  regex:
    /^\s+(?:and|or|to|through|till|until)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/u,
  matches: ' and Friday days of mourning for the crew.',
  misses: ' and the crews went back to work.',
};

/**
 * Date words named as the day set for something ("an order fixing June 28 as the day of the harbour
 * board vote", "named Friday as polling day"): the object of the verb, not the day its event took place,
 * so no "on <weekday>, <date>" is written for them ("fixing on Sunday, June 28, as the day" says
 * the order was signed that day).
 */
export const DAY_SET_AS: TextPattern = {
  kind: 'date words named as the day set for something: an object, not an occasion',
  regex: /^,?\s+as\s+(?:the\s+)?(?:(?:\p{Lowercase}+\s+)?(?:date|day|deadline)s?)\b/u,
  matches: ' as the date for the harbour board vote.',
  misses: ' as the crews went back to work.',
};
