/** Calendar arithmetic on whole days (days since 1970-01-01, UTC), with no clock access. */

const DAY_MS = 86_400_000;

/** Day number of a calendar date; month is 1-12. */
export function toDay(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** `YYYY-MM-DD` of a day number. */
export function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Year, month (1-12) and day of a day number. */
export function partsOf(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
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
