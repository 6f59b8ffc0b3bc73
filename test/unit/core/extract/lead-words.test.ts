import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileLexicon,
  leadPrefixes,
  leadWords,
  possibleEvents,
} from '../../../../lambdas/core/extract/compile';
import { DEFAULT_LEXICON } from '../../../../lambdas/core/extract/lexicon';

const EVAL = new URL('../../../fixtures/eval/', import.meta.url);

describe('Function: leadPrefixes', () => {
  it.each([
    [String.raw`\b(?:floods?|storm)\b`, ['flood', 'storm']],
    [String.raw`\b(?:quit|quits)`, ['quit', 'quits']],
    [String.raw`\b(?:(?:peace|trade) talks|negotiators?)\b`, ['peace', 'trade', 'negotiator']],
    [String.raw`\b(?:air strikes?|cease-fire)\b`, ['air', 'cease']],
    [String.raw`\bsummit\b`, ['summit']],
    [String.raw`\b(?<!news )(?:forum)\b`, ['forum']],
    [String.raw`\b(?:polls|(?<!\b(?:was|were)\s)voted)\b`, ['polls', 'voted']],
  ])('gives the openings of %s', (pattern, expected) => {
    expect(leadPrefixes(pattern)).toEqual(expected);
  });

  it.each([
    [String.raw`\bsummit\b|walkout`],
    [String.raw`\b(?!news )?(?:forum)\b`],
    [String.raw`\b(?:\d+-hour strike|strikers)\b`],
    [String.raw`\b(?:(?:the|a)\s+)?strike\b`],
    [String.raw`\b(?:(?:the|a)?strike)\b`],
  ])('gives none for %s, which can open with something else', (pattern) => {
    expect(leadPrefixes(pattern)).toBeUndefined();
  });
});

describe('Function: leadWords', () => {
  it.each([
    [String.raw`\b(?:met|meet)\b`, ['met', 'meet']],
    [String.raw`\b(?:walked out|re-elected|MPs)\b`, ['walked', 're', 'mps']],
    [String.raw`\b(?:sat down with|in attendance)`, ['sat', 'in']],
  ])('gives the lead words of %s', (pattern, expected) => {
    expect(leadWords(pattern) ?? []).toEqual(expected);
  });

  it.each([
    [String.raw`\b(?:quit|quits)`],
    [String.raw`\b(?:floods?|storm)\b`],
    [String.raw`\bsummit\b`],
    [String.raw`\b(?<!news )(?:forum)\b`],
    [String.raw`\b(?:(?:open|opens)\s+talks)\b`],
  ])('gives none for %s, whose matches a word set cannot bound', (pattern) => {
    expect(leadWords(pattern)).toBeUndefined();
  });

  it('never rules out a pattern for a text it matches (fixture sentences and random text)', () => {
    const texts = readdirSync(EVAL)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(new URL(f, EVAL), 'utf8').split(/(?<=[.!?])\s+/));
    const words = [
      'Met',
      'MEETS',
      're-elected',
      'walked out',
      'sat down with',
      'held talks',
      'in attendance',
      'x',
      // The two letters whose lowercase is an ASCII word letter: a dotted capital I and the Kelvin sign.
      'MEETİNG',
      '\u212Aicked off',
      'airstrikes',
      'Floods',
      'cease-fire talks',
      'semi-final',
      'round of talks',
      'fired at',
      'went on strike',
      'teachers strikes',
      '24-hour strike',
      'clashed with police',
      'parted ways with',
      'was out as',
      'agreed to sell',
      'club-record fee',
      'in a statement',
      'in attendance',
      'will co-host the awards',
      'run-off',
      'was handed a sentence',
      'has a new coach',
      'resumed talks',
    ];
    const random = fc.sample(
      fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 })), { maxLength: 12 }),
      { numRuns: 300, seed: 7 },
    );
    expect(texts.length).toBeGreaterThan(50);
    const lex = compileLexicon(DEFAULT_LEXICON);
    let ruledOut = 0;
    for (const text of [...texts, ...random.map((ws) => ws.join(' '))]) {
      const possible = possibleEvents(lex, text);
      DEFAULT_LEXICON.eventPatterns.forEach((p, i) => {
        if (new RegExp(p.pattern, lex.events[i]?.re.unicode ? 'iu' : 'i').test(text))
          expect(possible[i], `${p.pattern} on ${text}`).toBe(true);
        else if (possible[i] === false) ruledOut++;
      });
    }
    // The pre-check must also skip something, or it only costs time.
    expect(ruledOut).toBeGreaterThan(0);
  });
});
