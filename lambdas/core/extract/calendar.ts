/** Calendar arithmetic on whole days (days since 1970-01-01, UTC), with no clock access. */

const DAY_MS = 86_400_000;

/** Day number of a calendar date; month is 1-12. */
export function toDay(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** `YYYY-MM-DD` of a day number. */
export function isoOf(day: number): string {
  const p = partsOf(day);
  if (p.year < 0 || p.year > 9999) return new Date(day * DAY_MS).toISOString().slice(0, 10);
  return `${String(p.year).padStart(4, '0')}-${p.month < 10 ? '0' : ''}${p.month}-${p.day < 10 ? '0' : ''}${p.day}`;
}

/** Year, month (1-12) and day of a day number. */
export function partsOf(day: number): { year: number; month: number; day: number } {
  // Civil-from-days (proleptic Gregorian), without allocating a Date.
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d };
}

/** Weekday of a day number, Sunday = 0. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Monday of the week holding a day. */
export function mondayOf(day: number): number {
  return day - ((weekdayOf(day) + 6) % 7);
}

/** First and last day of a month (1-12). */
export function monthBounds(year: number, month: number): [number, number] {
  return [toDay(year, month, 1), toDay(year, month + 1, 1) - 1];
}

/** Parses the date part of an ISO date or date-time; null when it is not a real date. */
export function parseIsoDay(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (m === null) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const day = toDay(y, mo, d);
  const back = partsOf(day);
  return back.month === mo && back.day === d ? day : null;
}

/** A valid day number for year/month/day, or null for impossible dates such as 31 February. */
export function validDay(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000 || year > 9999) return null;
  const d = toDay(year, month, day);
  const p = partsOf(d);
  return p.month === month && p.day === day ? d : null;
}

/** Four digits, a hyphen, two digits, a hyphen, two digits: a plain ISO day. */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * `Date.parse(\`${value.slice(0, 10)}T00:00:00Z\`)` in days (NaN where that is NaN), for the event step, which asks it
 * of every date of a report: a plain ISO day is read by its digits (month 1-12, day 1-31 rolling over as the parser
 * does: "02-30" is 1 March); anything else goes to the parser.
 */
export function isoDayNumber(value: string): number {
  const text = value.slice(0, 10);
  const m = ISO_DAY.exec(text);
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  const day = Number(m?.[3]);
  // Date.UTC reads the years 0-99 as 1900-1999: those go to the parser too.
  if (m === null || year < 100 || month < 1 || month > 12 || day < 1 || day > 31)
    return Date.parse(`${text}T00:00:00Z`) / DAY_MS;
  return Date.UTC(year, month - 1, day) / DAY_MS;
}
