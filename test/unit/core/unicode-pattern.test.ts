import { describe, expect, it } from 'vitest';
import { unicodePattern } from '../../../lambdas/core/unicode-pattern';

interface Disagreements {
  letter: number[];
  capital: number[];
  small: number[];
}

/**
 * Code points where `\p{Alphabetic}`, `\p{Uppercase}` and `\p{Lowercase}` disagree with `\p{L}`, `\p{Lu}`
 * and `\p{Ll}`, in [from, to].
 */
function disagreements(from: number, to: number): Disagreements {
  const found: Disagreements = { letter: [], capital: [], small: [] };
  for (let code = from; code <= to; code++) {
    const char = String.fromCodePoint(code);
    if (/\p{Alphabetic}/u.test(char) !== /\p{L}/u.test(char)) found.letter.push(code);
    if (/\p{Uppercase}/u.test(char) !== /\p{Lu}/u.test(char)) found.capital.push(code);
    if (/\p{Lowercase}/u.test(char) !== /\p{Ll}/u.test(char)) found.small.push(code);
  }
  return found;
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
      // Ordinal indicators (1ª, nº), modifier letters (ʰ, ˀ, ˠ) and the iota subscript marks.
      small: [0xaa, 0xba, ...range(0x2b0, 0x2b8), 0x2c0, 0x2c1, ...range(0x2e0, 0x2e4), 0x345, 0x37a],
    },
    {
      block: 'Latin Extended Additional and Greek Extended',
      from: 0x1e00,
      to: 0x1fff,
      letter: [],
      capital: [],
      small: [],
    },
    {
      block: 'General Punctuation to Letterlike Symbols',
      from: 0x2000,
      to: 0x214f,
      letter: [],
      capital: [],
      // Superscript and subscript letters (xⁿ, aₐ).
      small: [0x2071, 0x207f, ...range(0x2090, 0x209c)],
    },
    {
      block: 'Number Forms (Roman numerals)',
      from: 0x2150,
      to: 0x218f,
      letter: [...range(0x2160, 0x2182), ...range(0x2185, 0x2188)],
      capital: range(0x2160, 0x216f),
      small: range(0x2170, 0x217f),
    },
    {
      block: 'Arrows to Enclosed Alphanumerics (circled letters)',
      from: 0x2190,
      to: 0x24ff,
      letter: range(0x24b6, 0x24e9),
      capital: range(0x24b6, 0x24cf),
      small: range(0x24d0, 0x24e9),
    },
  ])('$block: Alphabetic, Uppercase and Lowercase read as L, Lu and Ll but for the listed code points', ({
    from,
    to,
    letter,
    capital,
    small,
  }) => {
    expect(disagreements(from, to)).toEqual({ letter, capital, small });
  });
  // unicode-pattern.ts joins two property sets by an alternation: it must take the same characters.
  it.each([
    { brackets: String.raw`[\p{Alphabetic}\p{N}]`, alternation: String.raw`(?:\p{Alphabetic}|\p{N})` },
    {
      brackets: String.raw`[\p{Alphabetic}\p{N}\p{M}]`,
      alternation: String.raw`(?:\p{Alphabetic}|\p{N}|\p{M})`,
    },
    { brackets: String.raw`[\p{Uppercase}\p{N}]`, alternation: String.raw`(?:\p{Uppercase}|\p{N})` },
    {
      brackets: String.raw`[\p{Alphabetic}\p{N}'\u2019]`,
      alternation: String.raw`(?:\p{Alphabetic}|\p{N}|['\u2019])`,
    },
  ])('$alternation takes the characters $brackets takes, in every plane of text', ({
    brackets,
    alternation,
  }) => {
    const inBrackets = new RegExp(`^${brackets}$`, 'u');
    const inAlternation = new RegExp(`^${alternation}$`, 'u');
    const differing: number[] = [];
    for (let code = 0; code <= 0x3ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      if (inBrackets.test(char) !== inAlternation.test(char)) differing.push(code);
    }
    expect(differing).toEqual([]);
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
