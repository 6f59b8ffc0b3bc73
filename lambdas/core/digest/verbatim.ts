/**
 * Reuses a source sentence whole, the way a careful editor quotes a report: its label and dateline
 * dropped, its relative date words ("Monday", "last week") written as a date in words, and a
 * leading clause cut only at a clause boundary. A whole sentence is never cut mid-phrase.
 */

import { withoutDateline } from '../dateline';
import { CITY_ROWS, COUNTRY_ROWS, REGION_ADJECTIVES, REGIONS } from '../extract/lexicon/places';
import type { ResolvedDate } from '../model';
import {
  APPOSED_CALENDAR_DATE,
  COMPARED_DATE,
  COUNTED_DAY,
  DAY_SET_AS,
  INNER_DEICTIC_DAY,
  INNER_WEEKDAY,
  JOINED_WEEKDAYS,
  MODIFIER_DEICTIC_DAY,
  MODIFIER_WEEKDAY,
  OF_DATE,
  OPENING_DEICTIC_DAY,
  OPENING_WEEKDAY,
  SHIFTABLE_PERIOD,
  SPAN_BOUND,
  WEEKDAY_MODIFIER,
  YEAR_NAMED_BEFORE,
} from './date-lexicon';
import { calendarDay, datePhrase, MONTHS, PHRASE_PREPOSITION } from './dates';
import { unfitReason } from './input';
import { ENGLISH_FUNCTION_WORDS } from './input-lexicon';
import { QUANTITY_OPENERS, TITLE_MODIFIERS } from './lexicon';
import type { TextPattern } from './patterns';
import { capitalize } from './text';

/** A section label a brief opens a paragraph with ("What’s new:", "The background:", "Analysis:"). */
const LABEL =
  /^(?:\p{Uppercase}[\p{Lowercase}\u2019']*)(?:\s+[\p{Alphabetic}\u2019']+){0,2}:\s+(?=[\p{Uppercase}\u201C"])/u;
/** Adverbs and a preposition that only lead up to date words at the start of a sentence. */
const DATE_LEAD_IN = /^\s*(?:(?:also|earlier|later|then|and|but)\s+)*(?:in|on|during)?\s*$/i;
/** Words after which date words are a modifier or keep their own preposition ("since", "until"). */
const MODIFIER_LEAD =
  /(?:^|\s)(?:a|an|the|its|his|her|their|our|into|until|till|by|of|to|for|from|through|since|between)\s+$/i;
/** Date words that name their date without the publication date ("January 2024", "2019"). */
export const ABSOLUTE =
  /\d{4}|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
/** A month named from the report's own time ("last December", "this May"): no date without resolving it. */
const COUNTED_FROM_REPORT =
  /\b(?:last|next|this|past|coming)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/iu;
/** Date words that end in a conjunction introduce the clause that holds the event ("a month after X did Y"). */
/** Date words that open with their own preposition ("on Thursday", "in May"). */
const OWN_PREPOSITION = /^(?:on|in|during|at|over)\s/i;
const SUBORDINATOR = /\b(?:after|before|since|when)$/i;
const LEADING_SUBORDINATOR = /^\s*(?:after|before|since|when)\s+/i;
/** Date words of the main clause's own: a relative date after them counts from them. */
const OWN_DATE =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|January|February|March|April|May|June|July|August|September|October|November|December)\b/u;
const DETERMINERS = /^(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|Some|Several|Two|Three)\b/;
/** The reporter's own gloss of the date words in brackets ("this morning (June 8)"): the written date says it. */
const BRACKETED_DATE =
  /^\s*\((?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\)/u;
const MIN_CLAUSE_WORDS = 5;
const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;

/** Whether every quotation the sentence opens it also closes: a sentence split inside a quote does not. */
export function balancedQuotes(text: string): boolean {
  const opens = (text.match(/\u201C/g) ?? []).length;
  const closes = (text.match(/\u201D/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  return opens === closes && straight % 2 === 0;
}

function withoutLabel(sentence: string): string {
  return withoutDateline(withoutDateline(sentence).replace(LABEL, '')).trim();
}

const QUOTED_SPAN = /(\u201C[^\u201D]*\u201D|"[^"]*")/u;

/** How a period counted from the report is retold from the story's own time. */
const SHIFTED: Record<string, string> = {
  this: 'that',
  last: 'the previous',
  next: 'the following',
  past: 'the preceding',
  coming: 'the following',
};

/** A retold period keeps the capital of the words it replaces ("Last year, ..." -> "The previous year, ..."). */
function sameCase(words: string, like: string): string {
  return /^\p{Uppercase}/u.test(like) ? capitalize(words) : words;
}

/**
 * The text with its periods counted from the report's own time retold from the story's ("this season"
 * -> "that season", "three weeks ago" -> "three weeks earlier"): a reader would count them from the
 * digest's day. Quotations keep the speaker's words.
 */
export function backshifted(text: string): string {
  return text
    .split(QUOTED_SPAN)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            SHIFTABLE_PERIOD.regex,
            (all, which?: string, unit?: string, side?: string, sideUnit?: string, counted?: string) => {
              if (which && unit) return sameCase(`${SHIFTED[which.toLowerCase()] ?? which} ${unit}`, all);
              if (side && sideUnit) return `${side} that ${sideUnit}`;
              return `${counted} earlier`;
            },
          ),
    )
    .join('');
}

/**
 * The sentence without the days it names from the report's own day ("today", "yesterday") as its
 * adverb, and with "the" for one as a modifier ("yesterday's vote"), and its periods counted from the
 * report retold (`backshifted`): the reader would count them from the digest's day. Quotations keep
 * the speaker's words.
 */
export function withoutDeicticDay(text: string): string {
  const opened = text.replace(OPENING_DEICTIC_DAY.regex, '');
  const parts = (opened === text ? text : capitalize(opened)).split(QUOTED_SPAN);
  const cleaned = parts
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            // Set off by commas, the words go with both; a comma after them alone goes on the clause.
            .replace(INNER_DEICTIC_DAY.regex, (_all, before: string, after: string) => (before ? '' : after))
            .replace(MODIFIER_DEICTIC_DAY.regex, (word) => (/^\p{Uppercase}/u.test(word) ? 'The' : 'the')),
    )
    .join('');
  return backshifted(cleaned);
}

/**
 * The sentence without the weekdays it names as its adverb ("on Saturday", "Friday night"), and with
 * "the" for one as a modifier ("Friday's vote"): for a report with no publication date, no reader
 * can tell which week they name. Quotations keep the speaker's words.
 */
export function withoutWeekday(text: string): string {
  const opened = text.replace(OPENING_WEEKDAY.regex, '');
  const parts = (opened === text ? text : capitalize(opened)).split(QUOTED_SPAN);
  return parts
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(INNER_WEEKDAY.regex, (_all, before: string, after: string) => (before ? '' : after))
            // A weekday is always capitalized: only one opening the sentence gives "The".
            .replace(MODIFIER_WEEKDAY.regex, (_day: string, at: number) =>
              i === 0 && at === 0 ? 'The' : 'the',
            ),
    )
    .join('');
}

/**
 * A sentence without its dateline and section label, and without days named from the report's own
 * day; for a report with no publication date (`undated`), without its weekdays too.
 */
export function bareSentence(sentence: string, undated = false): string {
  const bare = withoutDeicticDay(withoutLabel(sentence));
  // A caption ("Smoke rises Tuesday in Port Ellis.") keeps its weekday so that it still reads as one.
  return undated && unfitReason(bare) === null ? withoutWeekday(bare) : bare;
}

/** Words after a capital that make it the start of a name: more capitals. */
const OPENS_NAME = /^\s+\p{Uppercase}/u;
/** Or "of" and a capital after a singular ("University of X", "Bank of X"; "Shares of X" opens none). */
const OPENS_OF_NAME = /^\s+(?:of|for|de)\s+(?:the\s+)?\p{Uppercase}/u;
/** A weekday or month right after the first word: "On Monday" opens a date, not a name. */
const DATE_NEXT =
  /^\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/u;

/**
 * A word shaped like an ordinary English word rather than a name: a participle, an adjective or a
 * plural of a noun of people ("Torrential rains", "Unidentified gunmen", "Saboteurs blew up").
 */
export const COMMON_WORD_SHAPE: TextPattern = {
  kind: 'a capital on an ordinary word: a participle, an adjective or a plural',
  regex:
    /^\p{Uppercase}\p{Lowercase}{2,}(?:ed|ing|ial|al|ant|ent|ous|ive|ful|less|ers|ors|ies|ists|ants|ents)$/u,
  matches: 'Unidentified',
  misses: 'Velmora',
};

/** Every word of the places lexicon's names and adjectives ("Egyptian", "Midwest", "Western"): a name's capital. */
const PLACE_WORDS = new Set(
  [...COUNTRY_ROWS, ...CITY_ROWS, ...REGIONS, ...REGION_ADJECTIVES].flatMap((row) =>
    row.split(/[|,\s]+/u).filter(Boolean),
  ),
);

/** Whether the source writes the word with its capital inside a sentence, where only a name keeps one. */
function writtenCapitalInside(word: string, source: string): boolean {
  return new RegExp(`(?<=[\\p{Lowercase},;]\\s+)${word}(?![\\p{Alphabetic}])`, 'u').test(source);
}

/** Whether the source writes a word, or the singular of a plural ("Shares" by "a share"), in lower case. */
function writtenLower(lower: string, source: string): boolean {
  const forms = [lower, ...(lower.length > 4 && lower.endsWith('s') ? [lower.slice(0, -1)] : [])];
  return forms.some((w) => new RegExp(`(?<![\\p{Alphabetic}])${w}(?![\\p{Alphabetic}])`, 'u').test(source));
}

/**
 * Lower-cases the first word when it is an ordinary word rather than a name: a determiner, a word
 * that dates a title ("Former"), a function word or quantity before a date ("On Monday") or before
 * no capital, or a word the source itself writes in lower case. Null when it must keep its capital.
 */
export function lowerFirst(
  text: string,
  source: string,
  names: ReadonlySet<string> = new Set(),
): string | null {
  const first = text.match(/^[\p{Alphabetic}\u2019'-]+/u)?.[0] ?? '';
  if (first === '') return null;
  if (first.length > 1 && first === first.toUpperCase()) return null;
  const lower = first.toLowerCase();
  const rest = text.slice(first.length);
  // "Secretary of State Antony Blinken", "University of X": a capital followed by more is a title or a name.
  const opensName = OPENS_NAME.test(rest) || (!lower.endsWith('s') && OPENS_OF_NAME.test(rest));
  // A function word or a quantity ("At least", "No closures", "Ten people") is no name either.
  const common = ENGLISH_FUNCTION_WORDS.has(lower) || QUANTITY_OPENERS.has(lower);
  // An ordinary word's shape that is no place, no word of the report's names and never capitalized inside a sentence.
  const shaped =
    COMMON_WORD_SHAPE.regex.test(first) &&
    !PLACE_WORDS.has(first) &&
    !names.has(first) &&
    !writtenCapitalInside(first, source);
  const ordinary =
    DETERMINERS.test(first) ||
    TITLE_MODIFIERS.has(lower) ||
    (common && DATE_NEXT.test(rest)) ||
    (!opensName && (common || shaped || writtenLower(lower, source)));
  return ordinary ? `${lower}${rest}` : null;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** "on Monday, June 5" inside a sentence takes a comma after it when the sentence goes on. */
function closeAppositive(phrase: string, after: string): string {
  return /(?:,\s\p{Alphabetic}+\s\d+|\d,\s\d{4})$/u.test(phrase) && /^\s+\p{Alphabetic}/u.test(after)
    ? `${phrase},`
    : phrase;
}

/** A date phrase opening a sentence, followed by the rest of it. */
function opened(phrase: string, rest: string): string | null {
  const trimmed = rest.replace(/^\s*,?\s*/, '');
  if (words(trimmed) < MIN_CLAUSE_WORDS) return null;
  // Only a determiner is surely no name or title ("Secretary of State X" keeps its capital).
  const body = trimmed.replace(DETERMINERS, (d) => d.toLowerCase());
  return `${capitalize(phrase)}, ${body}`;
}

/**
 * The source sentence with its event's date written in words (relative to `reference`); null when
 * the words of the date are not in the sentence, or are not the sentence's own adverb of time.
 */
export function datedSentence(
  sentence: string,
  date: ResolvedDate | undefined,
  reference: string,
): string | null {
  const text = withoutLabel(sentence);
  if (!date) return withoutDeicticDay(text);
  const phrase = datePhrase(date, reference);
  const at = date.text ? text.indexOf(date.text) : -1;
  if (!phrase || at < 0) return null;
  const dated = datedText(text, at, date, phrase, calendarDay(date, reference));
  return dated === null ? null : withoutDeicticDay(dated);
}

/**
 * A calendar day as a modifier after "the": "the May 29 by-election", "the May 29, 2025, by-election";
 * a capital when it opens the sentence.
 */
function calendarModifier(before: string, day: string, after: string): string {
  const the = before.trim() === '' ? 'The' : 'the';
  return `${before}${the} ${/\d{4}$/u.test(day) ? `${day},` : day}${after}`;
}

/** Whether a bracketed gloss names the resolved date's own month and day (then the written date says it). */
function glossesDay(gloss: string, date: ResolvedDate): boolean {
  const [, month, day] = date.start.split('-').map(Number);
  const name = MONTHS[(month ?? 0) - 1];
  return (
    date.precision === 'day' &&
    !!name &&
    gloss.includes(name) &&
    new RegExp(`(?<!\\d)${day}(?!\\d)`, 'u').test(gloss)
  );
}

/** The sentence with the date words found at `at` written as `phrase`, or null when they may not be. */
function datedText(
  text: string,
  at: number,
  date: ResolvedDate,
  phrase: string,
  calendar: string | null,
): string | null {
  const before = text.slice(0, at);
  const written = text.slice(at + date.text.length);
  const gloss = written.match(BRACKETED_DATE)?.[0] ?? '';
  // A gloss naming another day than the one resolved: the resolution is in doubt, so no date is written.
  if (gloss !== '' && !glossesDay(gloss, date)) return null;
  const rest = written.slice(gloss.length);
  // "on Thursday, May 2": the written date says the day the reporter set beside the weekday; another
  // day beside it puts the resolution in doubt.
  const apposed = rest.match(APPOSED_CALENDAR_DATE.regex)?.[0] ?? '';
  if (apposed !== '' && !glossesDay(apposed, date)) return null;
  const after = rest.slice(apposed.length);
  // "declared Thursday and Friday days of prayer": the weekdays name the days declared, not when.
  if (
    JOINED_WEEKDAYS.regex.test(after) ||
    /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:and|or)\s+$/u.test(before)
  )
    return null;
  // "an order fixing June 28 as the day of the vote": the day set is the object, not when; the reporter's
  // words stay.
  if (DAY_SET_AS.regex.test(after))
    return ABSOLUTE.test(date.text) && !COUNTED_FROM_REPORT.test(date.text) ? text : null;
  // "in 1991, … in December of that year": the month is the year's the sentence named, and writing
  // the year the extractor counted from the report would state another.
  if (YEAR_NAMED_BEFORE.regex.test(after)) return null;
  // "in its Tuesday editions": the weekday dates the thing it modifies, and the calendar day goes
  // beside it ("in its Tuesday, December 16, editions"); the reporter's words stay around it.
  if (
    date.precision === 'day' &&
    WEEKDAY.test(date.text) &&
    WEEKDAY_MODIFIER.regex.test(before) &&
    /^\s+\p{Lowercase}/u.test(after)
  )
    return `${before}${phrase.replace(PHRASE_PREPOSITION, '')},${after}`;
  // "last Friday's by-election": the day counted from the report dates the noun after it, and its
  // calendar day takes its place ("the May 29 by-election"); a reader would count from the digest's day.
  if (calendar && COUNTED_DAY.regex.test(date.text) && /^['\u2019]s\s/u.test(after))
    return calendarModifier(before, calendar, after.slice(2));
  // "Monday's meeting", "last year's campaign", "a January 2024 storm", "since May": date words used as
  // a modifier, after another preposition ("payment of June wages"), compared with ("up 6 percent over
  // May 2024") or bounding a span take no adverbial phrase; the reporter's words stay.
  if (
    /^['\u2019]s\b/.test(after) ||
    MODIFIER_LEAD.test(before) ||
    COMPARED_DATE.regex.test(before) ||
    SPAN_BOUND.regex.test(date.text) ||
    OF_DATE.regex.test(date.text)
  )
    return ABSOLUTE.test(date.text) && !COUNTED_FROM_REPORT.test(date.text) ? text : null;
  // "Three weeks after the season ended, the owner fired the coach": date words ending in a
  // conjunction date the clause they open; when the sentence opens with them or goes on after that
  // clause's comma, the main clause is another, and no date can be written for it.
  if (SUBORDINATOR.test(date.text) && (words(before) <= 1 || /,\s/u.test(after))) return null;
  if (DATE_LEAD_IN.test(before)) return opened(phrase, after);
  // "… on Tuesday, a day after the walkout stopped …": the words before date their own event, and
  // "a day after" counts from it, not from the report; no date can be written for the clause after.
  if (OWN_DATE.test(before) && (SUBORDINATOR.test(date.text) || LEADING_SUBORDINATOR.test(after)))
    return null;
  if (SUBORDINATOR.test(date.text)) return opened(phrase, after);
  if (LEADING_SUBORDINATOR.test(after) && /\b(?:ago|earlier|later)$/i.test(date.text)) {
    return opened(phrase, after.replace(LEADING_SUBORDINATOR, ''));
  }
  // Inside the sentence: the phrase brings its own preposition ("met on Monday, June 5"). When the date words hold
  // their own ("took over on Thursday"), the word before them belongs to the verb and stays.
  const head =
    PHRASE_PREPOSITION.test(phrase) && !OWN_PREPOSITION.test(date.text)
      ? before.replace(/\b(?:on|in|during|this|last|at|over)\s+$/i, '')
      : before;
  return `${head}${closeAppositive(phrase, after)}${after}`;
}
