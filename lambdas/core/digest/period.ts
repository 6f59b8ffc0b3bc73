/** Digest periods: a day (`YYYY-MM-DD`) for daily readers, an ISO week (`YYYY-Www`) for weekly ones. */
import type { DigestFrequency } from '../model';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const WEEK = /^(\d{4})-W(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function utcDay(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** The day `n` days after (or before, when negative) the given one. */
export function addDays(day: string, n: number): string {
  return new Date(utcDay(day).getTime() + n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The ISO-8601 week of a day, e.g. "2026-W15". */
export function isoWeek(day: string): string {
  const date = utcDay(day);
  const weekday = date.getUTCDay() || 7;
  // The Thursday of the same week decides the week's year.
  const thursday = new Date(date.getTime() + (4 - weekday) * MS_PER_DAY);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((thursday.getTime() - yearStart) / MS_PER_DAY + 1) / 7);
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The Sunday that ends an ISO week. */
function weekEnd(year: number, week: number): string {
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Weekday = new Date(jan4).getUTCDay() || 7;
  const monday = jan4 - (jan4Weekday - 1) * MS_PER_DAY + (week - 1) * 7 * MS_PER_DAY;
  return new Date(monday + 6 * MS_PER_DAY).toISOString().slice(0, 10);
}

const RUN_LABEL = /^run-[\w:.+-]{1,64}$/;

export interface RequestedPeriod {
  /** The day the digest is composed as of. */
  day: string;
  /** Set when a week was asked for: only weekly readers are due. */
  weekOnly: boolean;
  /** An on-demand run's own label (`run-...`), used as every reader's ledger period instead of day or week. */
  label?: string;
}

/**
 * Reads a requested period: a day, an ISO week, or an on-demand label `run-<id>` (composed as of `today`);
 * null when it is none of these.
 */
export function parsePeriod(period: string, today: string): RequestedPeriod | null {
  if (RUN_LABEL.test(period)) return { day: today, weekOnly: false, label: period };
  if (DAY.test(period) && !Number.isNaN(utcDay(period).getTime()) && addDays(period, 0) === period) {
    return { day: period, weekOnly: false };
  }
  const week = WEEK.exec(period);
  if (!week) return null;
  const [year, n] = [Number(week[1]), Number(week[2])];
  if (n < 1 || n > 53 || isoWeek(weekEnd(year, n)) !== period) return null;
  return { day: weekEnd(year, n), weekOnly: true };
}

/** The ledger period of a reader with this frequency on this day. */
export function periodFor(frequency: DigestFrequency, day: string): string {
  return frequency === 'daily' ? day : isoWeek(day);
}
