import { describe, expect, it } from 'vitest';
import { datePhrase, longDay } from '../../../../lambdas/core/digest';
import type { ResolvedDate } from '../../../../lambdas/core/model';

const date = (start: string, end: string, precision: ResolvedDate['precision']): ResolvedDate => ({
  start,
  end,
  precision,
  text: 'x',
});

describe('Function: datePhrase', () => {
  it.each([
    [date('2023-06-05', '2023-06-05', 'day'), '2023-06-06', 'on Monday, June 5'],
    [date('2022-11-15', '2022-11-15', 'day'), '2023-06-06', 'on Tuesday, November 15, 2022'],
    [date('2023-05-01', '2023-05-31', 'month'), '2023-06-06', 'in May'],
    [date('2022-11-01', '2022-11-30', 'month'), '2023-06-06', 'in November 2022'],
    [date('2021-01-01', '2021-12-31', 'year'), '2023-06-06', 'in 2021'],
    [date('2023-05-29', '2023-06-04', 'week'), '2023-06-06', 'in the week of May 29'],
    [date('2023-06-02', '2023-06-04', 'range'), '2023-06-06', 'from June 2 to 4'],
    [date('2023-05-30', '2023-06-02', 'range'), '2023-06-06', 'from May 30 to June 2'],
    // A span over years ("over the last eight years") is written in years, never as a day it ends before
    [date('2015-06-07', '2023-06-05', 'range'), '2023-06-06', 'from 2015 to 2023'],
    [date('2022-12-30', '2023-01-02', 'range'), '2023-06-06', 'from December 30, 2022, to January 2, 2023'],
    // Days counted back from the report ("in the last five days"): its bounds would be a guess.
    [{ ...date('2023-06-01', '2023-06-05', 'range'), text: 'in the last five days' }, '2023-06-06', null],
    // Months counted back ("in the past two months") have no day bounds a source states either.
    [{ ...date('2023-04-06', '2023-06-05', 'range'), text: 'In the past two months' }, '2023-06-06', null],
    [{ ...date('2023-05-06', '2023-06-05', 'month'), text: 'over the past month' }, '2023-06-06', null],
    // "The past week" is the seven days to the report, not the calendar week before it ("last week").
    [{ ...date('2023-05-29', '2023-06-04', 'week'), text: 'In the past week' }, '2023-06-06', null],
    [
      { ...date('2023-05-29', '2023-06-04', 'week'), text: 'last week' },
      '2023-06-06',
      'in the week of May 29',
    ],
    [
      { ...date('2023-06-03', '2023-06-04', 'range'), text: 'over the weekend' },
      '2023-06-06',
      'over the weekend of June 3 and 4',
    ],
    [
      { ...date('2022-04-30', '2022-05-01', 'range'), text: 'last weekend' },
      '2023-06-06',
      'over the weekend of April 30 and May 1, 2022',
    ],
    [date('not a date', 'not a date', 'day'), '2023-06-06', null],
  ])('writes %j as of %s', (d, reference, expected) => {
    expect(datePhrase(d, reference)).toBe(expected);
  });

  it.each([
    'a couple of months after',
    'two weeks ago',
    'about a year ago',
    'several days earlier',
  ])('writes no date for the approximate "%s": the resolved day is a guess no source states', (text) => {
    expect(
      datePhrase({ start: '2023-04-01', end: '2023-04-30', precision: 'month', text }, '2023-06-06'),
    ).toBeNull();
  });

  it('writes a full day for subject lines', () => {
    expect(longDay('2023-06-06')).toBe('Tuesday, June 6, 2023');
  });
});
