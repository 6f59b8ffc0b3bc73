import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codePointClass,
  isCapitalized,
  isSpaceChar,
  packedMap,
  spaceSeparated,
  squash,
  startsUppercase,
  tokenize,
} from '../../../../lambdas/core/extract/text';

describe('Function: packedMap', () => {
  it.each([
    [
      ['Harbour', 'Council', 'met'],
      ['harbour', 'council', 'met'],
    ],
    [['Tuesday'], ['tuesday']],
    [[], []],
  ])('maps %j as Array.prototype.map does', (items, expected) => {
    const lower = (w: string): string => w.toLowerCase();
    expect(packedMap(items, lower)).toEqual(expected);
    expect(packedMap(items, lower)).toEqual(items.map(lower));
  });
});

/** Words and characters of every kind the fast paths tell apart, for the property tests. */
const piece = fc.oneof(
  fc.constantFrom('Harbour', 'met', 'al-Sisi', 'el-', 'x-Ray', '9am', '-', 'Émile', 'émile', 'Ωmega', '𝐀bc'),
  fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', 'a', 'Z', '(', '“', ''),
  fc.string({ maxLength: 3 }),
);

describe('Function: isCapitalized', () => {
  it.each([
    ['Harbour', true],
    ['harbour', false],
    ['al-Sisi', true],
    ['x-Ray', false],
    ['Émile', true],
    ['émile', false],
    ['9am', false],
    ['', false],
  ])('reads %j as %s', (word, expected) => {
    expect(isCapitalized(word)).toBe(expected);
  });

  it('agrees with its two patterns on any word', () => {
    const patterns = (w: string): boolean =>
      /^\p{Uppercase}/u.test(w) || /^(?:al|el|ad|as|ash|at|az|an|ar|ibn|bin|abu|d)-\p{Uppercase}/u.test(w);
    fc.assert(
      fc.property(piece, (w) => {
        expect(isCapitalized(w)).toBe(patterns(w));
      }),
    );
  });
});

describe('Function: startsUppercase', () => {
  it.each([
    ['Harbour', true],
    ['met', false],
    ['Ωmega', true],
    ['(Harbour', false],
    ['', false],
  ])('reads %j as %s', (text, expected) => {
    expect(startsUppercase(text)).toBe(expected);
  });

  it('agrees with the pattern on any text', () => {
    fc.assert(
      fc.property(piece, (t) => {
        expect(startsUppercase(t)).toBe(/^\p{Uppercase}/u.test(t));
      }),
    );
  });
});

describe('Function: isSpaceChar', () => {
  it.each([
    [' ', true],
    ['\n', true],
    ['\u00a0', true],
    ['\u3000', true],
    ['x', false],
    ['', false],
  ])('reads %j as %s', (c, expected) => {
    expect(isSpaceChar(c)).toBe(expected);
  });

  it('agrees with the pattern on every character of the Basic Multilingual Plane', () => {
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      if (isSpaceChar(c) !== /\s/.test(c)) expect(code).toBe(-1);
    }
  });
});

describe('Function: squash', () => {
  it.each([
    ['Ana  Ruiz', 'Ana Ruiz'],
    [' Ana Ruiz\n', 'Ana Ruiz'],
    ['Ana\u00a0Ruiz', 'Ana Ruiz'],
    ['Ana Ruiz', 'Ana Ruiz'],
    [' ', ''],
    ['', ''],
  ])('squashes %j to %j', (text, expected) => {
    expect(squash(text)).toBe(expected);
  });

  it('agrees with the replace and trim it stands for on any text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(squash(text)).toBe(text.replace(/\s+/g, ' ').trim());
      }),
    );
  });
});

describe('Function: spaceSeparated', () => {
  it.each([
    ['Ana  Ruiz', ['Ana', 'Ruiz']],
    [' story-body lead\tbox\n', ['story-body', 'lead', 'box']],
    ['Ana\u00a0Ruiz', ['Ana', 'Ruiz']],
    [' ', []],
    ['', []],
  ])('splits %j into %j', (text, expected) => {
    expect(spaceSeparated(text)).toEqual(expected);
  });

  it('agrees with the split and filter it stands for on any text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(spaceSeparated(text)).toEqual(text.split(/\s+/).filter(Boolean));
      }),
    );
  });
});

/** The word pattern the tokenizer reads by code point: its reference in the property test. */
const WORD =
  /(?:\p{Alphabetic}|\p{N})(?:\p{Alphabetic}|\p{N}|\p{M})*(?:[.'\u2019\-&](?:\p{Alphabetic}|\p{N}|\p{M})+)*/gu;

/** `tokenize` as it read words with the pattern, for the property test. */
function tokenizeByPattern(text: string, abbreviations: ReadonlySet<string>) {
  const tokens: Array<{ text: string; start: number; end: number; possessive: boolean }> = [];
  const re = new RegExp(WORD.source, WORD.flags);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let value = m[0];
    let end = m.index + value.length;
    let possessive = false;
    if (value.length > 2 && (value.endsWith("'s") || value.endsWith('\u2019s'))) {
      value = value.slice(0, -2);
      end -= 2;
      possessive = true;
    } else if (
      text[end] === '.' &&
      (value.includes('.') ||
        (value.length === 1 && /^\p{Uppercase}/u.test(value)) ||
        abbreviations.has(`${value}.`))
    ) {
      value += '.';
      end += 1;
      re.lastIndex = end;
    }
    tokens.push({ text: value, start: m.index, end, possessive });
  }
  return tokens;
}

describe('Function: tokenize', () => {
  it.each([
    ['Dr. Ana Ruiz met U.S. envoys.', ['Dr.', 'Ana', 'Ruiz', 'met', 'U.S.', 'envoys']],
    ["O'Neill's al-Sisi AT&T 3.5", ["O'Neill", 'al-Sisi', 'AT&T', '3.5']],
    ['Ana\u2019s co- op -x', ['Ana', 'co', 'op', 'x']],
    ['Zoë Ωmega 𝐀bc e\u0301cole', ['Zoë', 'Ωmega', '𝐀bc', 'e\u0301cole']],
    ['\u0301x ... ?', ['x']],
    ['', []],
  ])('reads %j as the words %j', (text, expected) => {
    expect(tokenize(text, new Set(['Dr.'])).map((t) => t.text)).toEqual(expected);
  });

  it('agrees with the word pattern on any text', () => {
    const abbreviations = new Set(['Dr.', 'St.']);
    const joiners = fc.constantFrom(
      '.',
      "'",
      '\u2019',
      '-',
      '&',
      "'s",
      '\u2019s',
      '\u0301',
      '\u0663',
      'Dr',
      'St',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, joiners), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(tokenize(text, abbreviations)).toEqual(tokenizeByPattern(text, abbreviations));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('Function: codePointClass', () => {
  it('agrees with its pattern on every code point of the Basic Multilingual Plane and a few beyond', () => {
    const pattern = /^(?:\p{Alphabetic}|\p{N}|\p{M})$/u;
    const test = codePointClass(pattern, (code) => pattern.test(String.fromCharCode(code)));
    for (const code of [...Array.from({ length: 0x10000 }, (_, c) => c), 0x1d400, 0x1f600]) {
      // Read twice: the second answer comes from what the first remembered.
      for (let round = 0; round < 2; round++) {
        if (test(code) !== pattern.test(String.fromCodePoint(code))) expect(code).toBe(-1);
      }
    }
  });
});
