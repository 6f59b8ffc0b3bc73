import { describe, expect, it } from 'vitest';
import { FURNITURE_LINES } from '../../../../lambdas/core/parse/patterns';
import { parseText } from '../../../support/parse-text';

describe('page-furniture rows: each drops its example and keeps its counter-example', () => {
  it.each(FURNITURE_LINES.map((row) => [row.handles, row] as const))('%s', (_, row) => {
    expect(row.re.flags).toContain('u');
    expect(row.re.test(row.example)).toBe(true);
    expect(row.re.test(row.counter)).toBe(false);
  });
});

describe('furniture never reaches the body', () => {
  it('drops a sign-up form, a logo, a share bar and a "By NAME • date" byline', async () => {
    const text = [
      'Harbour Ledger logo',
      'Harbour pool reopens after storm repairs',
      'By Ana Ruiz • June 7, 2013',
      'Share',
      'The town pool reopened on Thursday after weeks of repairs, the council said.',
      'Invalid Email',
    ].join('\n\n');
    const parsed = await parseText(text);
    expect(parsed.body.trim()).toBe(
      'The town pool reopened on Thursday after weeks of repairs, the council said.',
    );
    expect(parsed.meta.credits).toContain('Ana Ruiz');
  });
});
