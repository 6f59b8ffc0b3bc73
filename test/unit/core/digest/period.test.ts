import { describe, expect, it } from 'vitest';
import { addDays, isoWeek, parsePeriod, periodFor } from '../../../../lambdas/core/digest';

describe('Function: isoWeek', () => {
  it.each([
    ['2026-04-08', '2026-W15'],
    ['2021-01-03', '2020-W53'],
    ['2024-12-30', '2025-W01'],
    ['2023-06-05', '2023-W23'],
  ])('puts %s in %s', (day, week) => {
    expect(isoWeek(day)).toBe(week);
  });
});

describe('Function: parsePeriod', () => {
  it.each([
    ['2026-04-08', { day: '2026-04-08', weekOnly: false }],
    ['2026-W15', { day: '2026-04-12', weekOnly: true }],
    ['2020-W53', { day: '2021-01-03', weekOnly: true }],
    ['2026-02-30', null],
    ['2026-W54', null],
    ['2025-W53', null],
    ['today', null],
    [
      'run-2026-04-08T07:00:00.000Z',
      { day: '2026-04-01', weekOnly: false, label: 'run-2026-04-08T07:00:00.000Z' },
    ],
    ['run-', null],
  ])('reads %s', (period, expected) => {
    expect(parsePeriod(period, '2026-04-01')).toEqual(expected);
  });

  it('derives each frequency’s period and steps days across months', () => {
    expect(periodFor('daily', '2026-04-08')).toBe('2026-04-08');
    expect(periodFor('weekly', '2026-04-08')).toBe('2026-W15');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
