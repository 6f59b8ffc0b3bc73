import { describe, expect, it } from 'vitest';
import { unicodePattern } from '../../../lambdas/core/unicode-pattern';

/** Code points where `\p{Alphabetic}` and `\p{Uppercase}` disagree with `\p{L}` and `\p{Lu}`, in [from, to]. */
function disagreements(from: number, to: number): { letter: number[]; capital: number[] } {
  const letter: number[] = [];
  const capital: number[] = [];
  for (let code = from; code <= to; code++) {
    const char = String.fromCodePoint(code);
    if (/\p{Alphabetic}/u.test(char) !== /\p{L}/u.test(char)) letter.push(code);
    if (/\p{Uppercase}/u.test(char) !== /\p{Lu}/u.test(char)) capital.push(code);
  }
  return { letter, capital };
}

describe('unicodePattern', () => {
  it.each([
    { source: String.raw`^[\p{Alphabetic}'’-]+$`, flags: undefined, text: 'O’Neill-Ruiz', expected: true },
    { source: String.raw`^[\p{Alphabetic}'’-]+$`, flags: undefined, text: 'Ruiz,', expected: false },
    { source: String.raw`(?:^|[^\p{Alphabetic}])the\s+$`, flags: 'i', text: 'At THE ', expected: true },
    { source: String.raw`[^\p{Alphabetic}]`, flags: 'g', text: 'São-Tomé 2', expected: true },
  ])('builds $source with the u flag and $flags, matching "$text": $expected', ({
    source,
    flags,
    text,
    expected,
  }) => {
    const pattern = unicodePattern(source, flags);
    expect(pattern.unicode).toBe(true);
    expect(pattern.flags).toBe(`${flags ?? ''}u`.split('').sort().join(''));
    expect(pattern.test(text)).toBe(expected);
  });

  // The classes the patterns use instead of the general categories read the same in the scripts of the
  // text we handle; the doc comment of unicode-pattern.ts names the few marks where they do not.
  it.each([
    {
      block: 'Basic Latin to Cyrillic Supplement',
      from: 0x0000,
      to: 0x052f,
      letter: [0x345, ...range(0x363, 0x36f)],
      capital: [],
    },
    {
      block: 'Latin Extended Additional and Greek Extended',
      from: 0x1e00,
      to: 0x1fff,
      letter: [],
      capital: [],
    },
    { block: 'General Punctuation to Letterlike Symbols', from: 0x2000, to: 0x214f, letter: [], capital: [] },
    {
      block: 'Number Forms (Roman numerals)',
      from: 0x2150,
      to: 0x218f,
      letter: [...range(0x2160, 0x2182), ...range(0x2185, 0x2188)],
      capital: range(0x2160, 0x216f),
    },
  ])('$block: Alphabetic and Uppercase read as L and Lu but for the listed marks', ({
    from,
    to,
    letter,
    capital,
  }) => {
    expect(disagreements(from, to)).toEqual({ letter, capital });
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
