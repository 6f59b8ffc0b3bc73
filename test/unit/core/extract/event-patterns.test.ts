import { describe, expect, it } from 'vitest';
import { compileLexicon, possibleEvents } from '../../../../lambdas/core/extract/compile';
import { DEFAULT_LEXICON } from '../../../../lambdas/core/extract/lexicon';

const lex = compileLexicon(DEFAULT_LEXICON);
const rows = DEFAULT_LEXICON.eventPatterns.map((row, i) => [row.handles, row, i] as const);

describe('event pattern rows: each matches its example and not its counter-example', () => {
  it.each(rows)('%s', (_, row, i) => {
    const compiled = lex.events[i];
    expect(compiled?.type).toBe(row.type);
    const matches = (text: string): boolean => {
      if (compiled === undefined) return false;
      compiled.re.lastIndex = 0;
      return compiled.re.test(text);
    };
    expect(matches(row.example), row.example).toBe(true);
    // The screen on lead words and prefixes must let the example through, or the row never runs on it.
    expect(possibleEvents(lex, row.example)[i]).toBe(true);
    expect(matches(row.counter), row.counter).toBe(false);
  });

  it.each(
    rows.filter(([, row]) => row.needs !== undefined),
  )('%s: its example holds a word that opens with one of the needed letters', (_, row) => {
    const words = row.example.toLowerCase().split(/[^a-z0-9_]+/u);
    expect(words.some((w) => row.needs?.some((needed) => w.startsWith(needed)))).toBe(true);
  });

  it('gives needed letters to the rows whose openings screen nothing, and only as lowercase word letters', () => {
    const needing = DEFAULT_LEXICON.eventPatterns.filter((row) => row.needs !== undefined);
    expect(needing.length).toBeGreaterThan(0);
    for (const row of needing) {
      // In Unicode mode "s" and "k" also match "ſ" and "K", which split the text's ASCII words the screen reads.
      expect(row.pattern.includes('\\p{'), row.handles).toBe(false);
      for (const needed of row.needs ?? []) expect(needed).toMatch(/^[a-z0-9_]+$/u);
    }
    // A row nothing screens runs on every text: one whose openings screen nothing takes `needs`.
    const unscreened = DEFAULT_LEXICON.eventPatterns.filter(
      (_, i) => lex.events[i]?.leads === undefined && lex.events[i]?.prefixes === undefined,
    );
    expect(unscreened.map((row) => row.handles)).toEqual([]);
  });

  it('compiles in Unicode mode every row with a property class, which matches nothing otherwise', () => {
    DEFAULT_LEXICON.eventPatterns.forEach((row, i) => {
      expect(lex.events[i]?.re.unicode, row.handles).toBe(row.pattern.includes('\\p{'));
    });
    expect(DEFAULT_LEXICON.eventPatterns.some((row) => row.pattern.includes('\\p{'))).toBe(true);
  });

  it('names a distinct kind of text in every row', () => {
    const kinds = DEFAULT_LEXICON.eventPatterns.map((row) => row.handles);
    expect(new Set(kinds).size).toBe(kinds.length);
  });
});
