/** Calendar arithmetic on ISO dates, in UTC so results do not depend on the machine. */
import type { DatePrecision, ResolvedDate } from '../model';

const DAY_MS = 86_400_000;

/** The `YYYY-MM-DD` part of an ISO date or date-time. */
export function isoDay(value: string): string {
  return value.slice(0, 10);
}

/** Days since the epoch of an ISO day. */
export function dayNumber(day: string): number {
  return Math.floor(Date.parse(`${isoDay(day)}T00:00:00Z`) / DAY_MS);
}

/** The ISO day `days` after (or before, when negative) the given day. */
export function addDays(day: string, days: number): string {
  return new Date((dayNumber(day) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** A span of days with how exactly it is known. */
export interface Period {
  start: string;
  end: string;
  precision: DatePrecision | 'inferred';
}

/** How many days apart two periods are reported without being different events, by precision. */
const TOLERANCE_DAYS: Record<Period['precision'], number> = {
  day: 1,
  range: 1,
  week: 3,
  month: 0,
  year: 0,
  inferred: 4,
};

/** How far around an event a candidate story is looked for, by precision. */
const SEARCH_PAD_DAYS: Record<Period['precision'], number> = {
  day: 3,
  range: 3,
  week: 7,
  month: 3,
  year: 3,
  inferred: 7,
};

/** The period of a resolved date, or — without one — the week before publication, when news usually happened. */
export function eventPeriod(date: ResolvedDate | undefined, published: string): Period {
  if (date && Number.isFinite(dayNumber(date.start))) {
    const end = Number.isFinite(dayNumber(date.end)) ? date.end : date.start;
    return { start: isoDay(date.start), end: isoDay(end), precision: date.precision };
  }
  const day = isoDay(published);
  return { start: addDays(day, -3), end: day, precision: 'inferred' };
}

/**
 * The period a report's own event covers. A report tells of something that just happened or is
 * about to: a date known only as a year, or as a month other than the publication's, names the
 * subject's period ("2025 results", "the June vote") or an earlier event the report recalls,
 * not the occurrence, so the publication week stands in.
 */
export function reportPeriod(date: ResolvedDate | undefined, published: string): Period {
  const period = eventPeriod(date, published);
  const day = isoDay(published);
  const otherMonth = period.precision === 'month' && (period.start > day || period.end < day);
  if (period.precision === 'year' || otherMonth) return eventPeriod(undefined, published);
  return period;
}

/** Days between two periods; 0 when they overlap. */
export function gapDays(a: Period, b: Period): number {
  const gap = Math.max(dayNumber(a.start) - dayNumber(b.end), dayNumber(b.start) - dayNumber(a.end));
  return Math.max(0, gap);
}

/** Whether two periods are too far apart to be one event. */
export function periodsConflict(a: Period, b: Period): boolean {
  return gapDays(a, b) > Math.max(TOLERANCE_DAYS[a.precision], TOLERANCE_DAYS[b.precision]);
}

/** The inclusive window in which stories about this period are searched. */
export function searchWindow(period: Period): { from: string; to: string } {
  const pad = SEARCH_PAD_DAYS[period.precision];
  return { from: addDays(period.start, -pad), to: addDays(period.end, pad) };
}

/** Longest period indexed along its whole length; longer ones (a year) only at their start. */
const ANCHORED_SPAN_DAYS = 62;
/** Every search window spans at least this many days, so anchors this far apart are always hit. */
const ANCHOR_STEP_DAYS = 7;

/**
 * The days a period is indexed at: its start, then every week until one on or past its end, so
 * that every search window (a week at least) overlapping the period holds one, wherever inside a
 * month ("in March") it falls. The days depend on the start alone, not the end: a story whose
 * period grows by a day (a later report) keeps its index entries.
 */
export function indexDays(period: Period): string[] {
  const span = dayNumber(period.end) - dayNumber(period.start);
  if (!(span > 0) || span > ANCHORED_SPAN_DAYS) return [period.start];
  const days: string[] = [];
  for (let offset = 0; offset < span + ANCHOR_STEP_DAYS; offset += ANCHOR_STEP_DAYS)
    days.push(addDays(period.start, offset));
  return days;
}

const PRECISION_RANK: Record<Period['precision'], number> = {
  day: 0,
  range: 1,
  week: 2,
  month: 3,
  year: 4,
  inferred: 5,
};

/** Orders precisions from most to least exact. */
export function precisionRank(precision: Period['precision']): number {
  return PRECISION_RANK[precision];
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
const WEEKDAY_WORD = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/iu;

/** The weekday (0 = Sunday) a date's words name ("late Tuesday night"), if any. */
export function namedWeekday(words: string | undefined): number | undefined {
  const match = words?.match(WEEKDAY_WORD);
  if (!match) return undefined;
  return WEEKDAYS.indexOf(match[1]?.toLowerCase() as (typeof WEEKDAYS)[number]);
}

/** Days between two weekdays (0 = Sunday), either way round the week. */
export function weekdayDistance(a: number, b: number): number {
  const forward = (((a - b) % 7) + 7) % 7;
  return Math.min(forward, 7 - forward);
}

/** The weekday (0 = Sunday) of an ISO day. */
export function weekdayOf(day: string): number {
  // The epoch, 1970-01-01, was a Thursday.
  return (((dayNumber(day) + 4) % 7) + 7) % 7;
}
