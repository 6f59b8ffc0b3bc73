/** Calendar words: months (with abbreviations) and weekdays. */

/** Month names in order, January first; abbreviations after `|`. */
export const MONTH_ROWS: readonly string[] = [
  'January|Jan.,Jan',
  'February|Feb.,Feb',
  'March|Mar.',
  'April|Apr.,Apr',
  'May|',
  'June|Jun.,Jun',
  'July|Jul.,Jul',
  'August|Aug.,Aug',
  'September|Sept.,Sep.,Sept,Sep',
  'October|Oct.,Oct',
  'November|Nov.,Nov',
  'December|Dec.,Dec',
];

/** Weekday names in order, Sunday first (as `Date.getUTCDay`). */
export const WEEKDAYS: readonly string[] = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

/** Number words for "two weeks ago", "a couple of months ago". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  'a couple of': 2,
  'a couple': 2,
  'a few': 3,
  several: 3,
  'a handful of': 3,
};
