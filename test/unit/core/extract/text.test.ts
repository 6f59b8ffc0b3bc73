import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isCapitalized,
  isSpaceChar,
  packedMap,
  squash,
  startsUppercase,
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
