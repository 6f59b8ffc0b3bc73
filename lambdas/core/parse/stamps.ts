/**
 * Page furniture made of dates: a line that is only a publication or update stamp ("Posted on
 * Wed Oct 22, 2014 07:15 AM PDT", "11/30/09 05:40 PM ET", "Friday, June 7, 2013 | 5:00 PM") and a
 * crawler's date glued before the headline ("27/09/2013-Ministers meet"). Neither is story text.
 */
import { normalizeDate } from './dates';

/**
 * One word of a stamp: labels, weekdays, months, numbers, clock times and zones, and the parts of
 * a day written with dots as European pages write it ("13.12.2008", "13. 12. 2008").
 */
const STAMP_WORD =
  /^(?:(?:posted|published|updated):?|last|originally|first|at|on|and|m\.?|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\.|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|\d{1,4}(?:st|nd|rd|th)?|\d{1,2}[.:]\d{2}(?::\d{2})?(?:[ap]\.?m?\.?)?|[ap]\.?(?:m\.?)?|et|[ecmp][sd]t|gmt(?:[+-]\d{2}(?::?\d{2})?)?|utc|bst|cet|cest|ist|aest|aedt|hkt|sgt|jst|[+-]\d{2})$/iu;
/** Day, month and year written with dots: always day first ("13.12.2008" is 13 December). */
const DOTTED_DAY = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/u;
const SEPARATORS = /[\s,|\u2022\u00B7/\u2013\u2014()-]+/u;
/** A numeric date first on a line, glued to the text by a dash: the crawler's prefix. */
const DATE_PREFIX = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})\s*[-\u2013\u2014]\s*(?=\p{Uppercase})/u;
// Compiled once: a regex literal with \p{...} is built as a new RegExp at every call in the bundles.
const THREE_LETTERS = /\p{Alphabetic}{3}/u;

/** A numeric day: month/day/year as US pages write it, unless the first number cannot be a month. */
function numericDay(first: string, second: string, year: string): string | null {
  const [month, day] = Number(first) > 12 ? [second, first] : [first, second];
  const fullYear = year.length === 2 ? `20${year}` : year;
  return normalizeDate(`${fullYear}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`);
}

/** True when a short line holds nothing but a date stamp (at least a number and a month or a clock time). */
export function isDateStamp(line: string): boolean {
  // Most lines of story text hold no digit: they are told apart before they are split into words.
  if (line.length > 120 || !/\d/u.test(line)) return false;
  const words = line.split(SEPARATORS).filter((w) => w !== '' && w !== '.');
  if (words.length === 0 || !words.every((w) => STAMP_WORD.test(w))) return false;
  return THREE_LETTERS.test(line) || DOTTED_DAY.test(line) || /\d[/.:]\d|\d{4}-\d{2}-\d{2}/u.test(line);
}

/** The day a stamp line names, ISO, when it names one with its year. */
export function stampDate(line: string): string | null {
  const slashed = /\b(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\b/u.exec(line);
  if (slashed !== null) return numericDay(slashed[1] as string, slashed[2] as string, slashed[3] as string);
  const dotted = DOTTED_DAY.exec(line);
  if (dotted !== null) {
    const [, day = '', month = '', year = ''] = dotted;
    return normalizeDate(`${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`);
  }
  const plain = line
    .replace(/(?<!\w)(?:posted|published|updated|last|originally|first)\b:?/giu, ' ')
    .replace(/\|.*$/u, '');
  return normalizeDate(plain.replace(/\s+/gu, ' '));
}

/** A line without the crawler's date prefix, and the day it named; null when the line has none. */
export function takeDatePrefix(line: string): { rest: string; date: string | null } | null {
  // Asked of every line of a report: one that does not open with a digit has no such prefix.
  const first = line.charCodeAt(0);
  if (!(first >= 48 && first <= 57)) return null;
  const m = DATE_PREFIX.exec(line);
  if (m === null) return null;
  return { rest: line.slice(m[0].length), date: numericDay(m[1] as string, m[2] as string, m[3] as string) };
}
