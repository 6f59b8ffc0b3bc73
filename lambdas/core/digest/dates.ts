/** Writes resolved dates in words, the way a news brief does ("on Monday, June 5", "in November 2022"). */
import type { ResolvedDate } from '../model';

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

interface DayParts {
  year: number;
  month: string;
  day: number;
  weekday: string;
}

function parts(iso: string): DayParts | null {
  const m = ISO_DAY.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const monthName = MONTHS[month - 1];
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  if (!monthName || !weekday || day < 1 || day > 31) return null;
  return { year, month: monthName, day, weekday };
}

function yearSuffix(p: DayParts, refYear: number | undefined, sep: string): string {
  return p.year === refYear ? '' : `${sep}${p.year}`;
}

const WEEKEND = /\bweekend\b/iu;
/** A span longer than two months is told in years when it crosses one. */
const LONG_SPAN_MS = 62 * 86_400_000;

const APPROXIMATE = /\b(?:ago|couple|few|several|some|about|around|roughly|nearly|almost)\b/i;
/**
 * A span of days, weeks or months counted back from the report ("in the last five days"; "the past
 * week", seven days to the report's, not the calendar week before it as "last week" is; "in the past two
 * months"): whether it ends on the report's day or the day before is a guess, and a span's written
 * bounds would state it. Years are written as years ("from 2015 to 2023"), which no day bound states.
 */
const COUNTED_BACK =
  /\b(?:last|past|previous)\s+(?:[\w-]+\s+)?(?:days|weeks|months)\b|\bpast\s+(?:week|month)\b/i;

/** The preposition a date phrase opens with; the verifier looks for the words after it. */
export const PHRASE_PREPOSITION = /^(?:on|in|from|over) /u;

/** A calendar day (`YYYY-MM-DD`) in words, as the digest writes one: "on Tuesday, March 10". */
export function dayPhrase(day: string, reference: string): string | null {
  return datePhrase({ start: day, end: day, precision: 'day', text: day }, reference);
}

/**
 * A date as an adverbial phrase ("on Monday, June 5", "in May", "from June 2 to 4", "over the weekend
 * of June 3 and 4"), with the year
 * only when it differs from the reference date's year; null when the date cannot be read.
 */
export function datePhrase(date: ResolvedDate, reference: string): string | null {
  // "A couple of months ago" resolves to a guessed month; writing that month would state a date no source gives.
  if (APPROXIMATE.test(date.text) || COUNTED_BACK.test(date.text)) return null;
  const start = parts(date.start);
  const end = parts(date.end) ?? start;
  if (!start || !end) return null;
  const refYear = parts(reference)?.year;
  switch (date.precision) {
    case 'day':
      return `on ${start.weekday}, ${start.month} ${start.day}${yearSuffix(start, refYear, ', ')}`;
    case 'week':
      return `in the week of ${start.month} ${start.day}${yearSuffix(start, refYear, ', ')}`;
    case 'month':
      return `in ${start.month}${yearSuffix(start, refYear, ' ')}`;
    case 'year':
      return `in ${start.year}`;
    case 'range': {
      if (date.start === date.end) return `on ${start.weekday}, ${start.month} ${start.day}`;
      if (start.year !== end.year) {
        // "Over the last eight years": days counted back from the report are more exact than its words.
        if (Date.parse(date.end) - Date.parse(date.start) > LONG_SPAN_MS)
          return `from ${start.year} to ${end.year}`;
        return `from ${start.month} ${start.day}, ${start.year}, to ${end.month} ${end.day}, ${end.year}`;
      }
      const endWords = start.month === end.month ? `${end.day}` : `${end.month} ${end.day}`;
      // "From May 1 to 2" reads as a stretch of time; a weekend is named as one.
      if (WEEKEND.test(date.text)) {
        return `over the weekend of ${start.month} ${start.day} and ${endWords}${yearSuffix(end, refYear, ', ')}`;
      }
      return `from ${start.month} ${start.day} to ${endWords}${yearSuffix(end, refYear, ', ')}`;
    }
  }
}

/**
 * A day's date as a modifier writes it, without its weekday: "May 29" ("the May 29 vote"), with the
 * year when it differs from the reference date's; null for a date not of one day.
 */
export function calendarDay(date: ResolvedDate, reference: string): string | null {
  const p = parts(date.start);
  if (!p || date.precision !== 'day' || date.start !== date.end) return null;
  return `${p.month} ${p.day}${yearSuffix(p, parts(reference)?.year, ', ')}`;
}

/** A day written out for a subject line: "Tuesday, June 6, 2023". */
export function longDay(iso: string): string {
  const p = parts(iso);
  return p ? `${p.weekday}, ${p.month} ${p.day}, ${p.year}` : iso;
}
