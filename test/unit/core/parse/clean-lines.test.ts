import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinedRows } from '../../../../lambdas/core/parse/05-clean-lines';
import { BOILERPLATE_LINES, FURNITURE_LINES } from '../../../../lambdas/core/parse/patterns';

const ROWS = [...BOILERPLATE_LINES, ...FURNITURE_LINES.map((f) => f.re)];
const JOINED = joinedRows(ROWS);
const anyRow = (line: string): boolean => ROWS.some((re) => re.test(line));
const anyJoined = (line: string): boolean => JOINED.some((re) => re.test(line));

describe('Function: joinedRows', () => {
  it.each([
    ['Advertisement', true],
    ['Sign up for our free morning newsletter', true],
    ['We use cookies to improve your visit.', true],
    ['Harbour Ledger logo', true],
    ['The council unveiled a new logo for the harbour festival.', false],
    ['The mayor said the budget would be cut.', false],
    ['', false],
  ])('drops %j exactly when a row matches it (%s)', (line, expected) => {
    expect(anyJoined(line)).toBe(expected);
    expect(anyRow(line)).toBe(expected);
  });

  it('joins rows of one flags and anchoring into one regex', () => {
    expect(joinedRows([/^a/i, /^b/i, /c/i, /d/iu])).toHaveLength(3);
  });

  it('keeps a row with a backreference or a global flag alone', () => {
    expect(joinedRows([/(a)\1/i, /b/i, /c/gi])).toHaveLength(3);
  });

  it('agrees with the rows on lines made of their words', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        'Sign up',
        'subscribe',
        ' our ',
        'newsletter',
        'cookies',
        'we use ',
        'logo',
        'Share',
        ' | ',
      ),
      fc.constantFrom(
        'Read more',
        'advertisement',
        'all rights reserved',
        '©',
        '2024',
        'the',
        ' ',
        '.',
        'Updated: ',
      ),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const line = parts.join('');
        expect(anyJoined(line)).toBe(anyRow(line));
      }),
      { numRuns: 500 },
    );
  });
});
