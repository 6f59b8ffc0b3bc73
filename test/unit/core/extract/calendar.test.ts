import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDayNumber } from '../../../../lambdas/core/extract/calendar';

/** What `isoDayNumber` stands for: the parser on the day and midnight UTC, in days. */
const byParser = (value: string): number => Date.parse(`${value.slice(0, 10)}T00:00:00Z`) / 86_400_000;

describe('Function: isoDayNumber', () => {
  it.each([
    ['1970-01-02', 1],
    ['2024-03-01T09:30:00+01:00', 19783],
    // The parser rolls a day past the month's end over, and so does the reading by digits.
    ['2024-02-30', 19783],
    ['0050-06-01', byParser('0050-06-01')],
    ['2024-13-01', Number.NaN],
    ['2024-1-01', Number.NaN],
    ['', Number.NaN],
  ])('reads %j as day %d', (value, expected) => {
    expect(isoDayNumber(value)).toBe(expected);
  });

  it('agrees with the parser on any day written with four, two and two digits, and on other text', () => {
    const digits = (n: number) =>
      fc.integer({ min: 0, max: 10 ** n - 1 }).map((v) => String(v).padStart(n, '0'));
    const day = fc
      .tuple(digits(4), digits(2), digits(2), fc.constantFrom('', 'T12:00:00Z', 'x'))
      .map(([y, m, d, rest]) => `${y}-${m}-${d}${rest}`);
    fc.assert(
      fc.property(fc.oneof(day, fc.string({ maxLength: 12 })), (value) => {
        expect(isoDayNumber(value)).toBe(byParser(value));
      }),
      { numRuns: 5000 },
    );
  });
});
