import { describe, expect, it } from 'vitest';
import type { ResolvedDate } from '../../../../lambdas/core/model';
import {
  addDays,
  dayNumber,
  indexDays,
  namedWeekday,
  type Period,
  reportPeriod,
  weekdayDistance,
  weekdayOf,
} from '../../../../lambdas/core/story/dates';

const day = (start: string, end = start, precision: ResolvedDate['precision'] = 'day'): ResolvedDate => ({
  start,
  end,
  precision,
  text: 'x',
});

describe('Function: reportPeriod', () => {
  it.each<[string, ResolvedDate | undefined, Period]>([
    ['a day stays a day', day('2025-03-17'), { start: '2025-03-17', end: '2025-03-17', precision: 'day' }],
    [
      'the month of publication stays the month',
      day('2025-03-01', '2025-03-31', 'month'),
      { start: '2025-03-01', end: '2025-03-31', precision: 'month' },
    ],
    [
      'a month ahead is the subject, not the report: the publication week',
      day('2025-06-01', '2025-06-30', 'month'),
      { start: '2025-03-15', end: '2025-03-18', precision: 'inferred' },
    ],
    [
      'an earlier month is a recalled event: the publication week',
      day('2025-01-01', '2025-01-31', 'month'),
      { start: '2025-03-15', end: '2025-03-18', precision: 'inferred' },
    ],
    [
      'a year only: the publication week',
      day('2025-01-01', '2025-12-31', 'year'),
      { start: '2025-03-15', end: '2025-03-18', precision: 'inferred' },
    ],
    [
      'no date: the publication week',
      undefined,
      { start: '2025-03-15', end: '2025-03-18', precision: 'inferred' },
    ],
  ])('%s', (_case, date, expected) => {
    // Act + Assess
    expect(reportPeriod(date, '2025-03-18T09:00:00Z')).toEqual(expected);
  });
});

describe('Function: indexDays', () => {
  it.each<[string, Period, string[]]>([
    ['a day: itself', { start: '2025-03-17', end: '2025-03-17', precision: 'day' }, ['2025-03-17']],
    [
      'a month: every week until one past its end',
      { start: '2025-03-01', end: '2025-03-31', precision: 'month' },
      ['2025-03-01', '2025-03-08', '2025-03-15', '2025-03-22', '2025-03-29', '2025-04-05'],
    ],
    [
      'two days: the start and a week on',
      { start: '2025-03-17', end: '2025-03-18', precision: 'range' },
      ['2025-03-17', '2025-03-24'],
    ],
    [
      'a week on from the start while the end moves within it',
      { start: '2025-03-17', end: '2025-03-23', precision: 'range' },
      ['2025-03-17', '2025-03-24'],
    ],
    ['a year: its start only', { start: '2025-01-01', end: '2025-12-31', precision: 'year' }, ['2025-01-01']],
  ])('%s', (_case, period, expected) => {
    // Act + Assess
    expect(indexDays(period)).toEqual(expected);
  });

  it.each<[string, Period]>([
    ['a month', { start: '2025-03-01', end: '2025-03-31', precision: 'month' }],
    ['two days', { start: '2025-03-17', end: '2025-03-18', precision: 'range' }],
    ['ten days', { start: '2025-03-17', end: '2025-03-26', precision: 'range' }],
  ])('puts an anchor inside every 7-day window that overlaps %s', (_case, period) => {
    // Prepare
    const days = indexDays(period);
    const start = dayNumber(period.start);

    // Act + Assess
    for (let first = start - 6; first <= dayNumber(period.end); first += 1) {
      const from = addDays(period.start, first - start);
      const to = addDays(from, 6);
      expect(days.some((d) => d >= from && d <= to)).toBe(true);
    }
  });
});

describe('Function: namedWeekday', () => {
  it.each<[string, string | undefined, number | undefined]>([
    ['a weekday after "on"', 'on Tuesday', 2],
    ['a weekday with a time of day', 'late Friday night', 5],
    ['a weekday in capitals', 'SUNDAY MORNING', 0],
    ['a relative day', 'yesterday', undefined],
    ['a word that holds a weekday', 'Sundays', undefined],
    ['no words', undefined, undefined],
  ])('%s', (_case, words, expected) => {
    // Act + Assess
    expect(namedWeekday(words)).toBe(expected);
  });
});

describe('Function: weekdayOf', () => {
  it.each<[string, number]>([
    ['1970-01-01', 4],
    ['2025-06-01', 0],
    ['2025-05-29', 4],
    ['1969-12-31', 3],
  ])('%s is weekday %s', (isoDay, expected) => {
    // Act + Assess
    expect(weekdayOf(isoDay)).toBe(expected);
  });
});

describe('Function: weekdayDistance', () => {
  it.each<[string, number, number, number]>([
    ['the same day', 3, 3, 0],
    ['Saturday and Sunday, round the week end', 6, 0, 1],
    ['Tuesday and Thursday', 2, 4, 2],
    ['Friday and Tuesday, the shorter way', 5, 2, 3],
  ])('%s', (_case, a, b, expected) => {
    // Act + Assess
    expect(weekdayDistance(a, b)).toBe(expected);
    expect(weekdayDistance(b, a)).toBe(expected);
  });
});
