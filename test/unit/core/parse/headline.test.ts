import { describe, expect, it } from 'vitest';
import { parseText } from '../../../support/parse-text';

describe('Function: takeHeadline (plain text)', () => {
  it.each([
    [
      'a short first line set off by a blank line is the headline',
      'Harbour pool reopens after storm repairs\n\nThe town pool reopened on Thursday, the council said.',
      'Harbour pool reopens after storm repairs',
    ],
    [
      'a first line ending in a stop inside closing quotes is a sentence of the body',
      'It is settled: Ivo Brandt will direct the sequel "Salt Roads."\n\nThe author confirmed the news on Saturday.',
      undefined,
    ],
    [
      'a headline ending in a quoted title keeps its quotes',
      'Ivo Brandt to direct "Salt Roads"\n\nThe author confirmed the news on Saturday.',
      'Ivo Brandt to direct "Salt Roads"',
    ],
  ])('%s', async (_, text, headline) => {
    const parsed = await parseText(text);
    expect(parsed.meta.headline.find((h) => h.source === 'headline-line')?.value).toBe(headline);
    if (headline === undefined) expect(parsed.body).toContain(text.split('\n')[0]);
  });
});
