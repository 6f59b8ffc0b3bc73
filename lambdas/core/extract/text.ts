/** Small text helpers shared by the steps: tokens, sentence lookup, case tests. */
import type { Sentence, Span } from '../model';

/** A word of the body with its offsets; `possessive` when an "'s" was cut off its end. */
export interface Token {
  text: string;
  start: number;
  end: number;
  possessive: boolean;
}

const UPPER = /^\p{Uppercase}/u;
const SPACE = /\s/;
const PARTICLE_HYPHEN = /^(?:al|el|ad|as|ash|at|az|an|ar|ibn|bin|abu|d)-\p{Uppercase}/u;

/** An ASCII letter or digit. */
function asciiAlphanumeric(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/**
 * A test of one code point against a one-character class pattern (`^...$`, `u` flag), for the scanners that read a
 * text one code point at a time instead of running a regex a word (each exec makes a match array): ASCII by
 * `ascii`, any other by the pattern, remembered for the Basic Multilingual Plane as the texts meet it.
 */
export function codePointClass(pattern: RegExp, ascii: (code: number) => boolean): (code: number) => boolean {
  // 0: not read yet, 1: outside the class, 2: inside.
  const known = new Uint8Array(0x10000);
  return (code) => {
    if (code < 128) return ascii(code);
    const seen = code < 0x10000 ? (known[code] as number) : 0;
    if (seen !== 0) return seen === 2;
    const inside = pattern.test(String.fromCodePoint(code));
    if (code < 0x10000) known[code] = inside ? 2 : 1;
    return inside;
  };
}

/*
 * A word of `tokenize` is what `(?:L|N)(?:L|N|M)*(?:[.'\u2019\-&](?:L|N|M)+)*` matches (L `\p{Alphabetic}`, N
 * `\p{N}`, M `\p{M}`): it opens with a letter or digit, and marks count only inside it.
 */
const opensWord = codePointClass(/^(?:\p{Alphabetic}|\p{N})$/u, asciiAlphanumeric);
const inWord = codePointClass(/^(?:\p{Alphabetic}|\p{N}|\p{M})$/u, asciiAlphanumeric);

/** The characters that join two parts of one word ("U.S", "O'Neill", "al-Sisi", "AT&T"). */
function joinsWord(code: number): boolean {
  return code === 46 || code === 39 || code === 0x2019 || code === 45 || code === 38;
}

/** The offset just past the letters, digits and marks from `at`. */
function wordPartEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const code = text.codePointAt(i) as number;
    if (!inWord(code)) break;
    i += code > 0xffff ? 2 : 1;
  }
  return i;
}

/** The word opening at `start` (a letter or digit) ends here: parts joined by one of `joinsWord` each. */
function wordEnd(text: string, start: number): number {
  let end = wordPartEnd(text, start);
  while (
    end + 1 < text.length &&
    joinsWord(text.charCodeAt(end)) &&
    inWord(text.codePointAt(end + 1) as number)
  )
    end = wordPartEnd(text, end + 1);
  return end;
}

/** The offset of the first letter or digit at or after `from`, or -1. */
function nextWordStart(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const code = text.codePointAt(i) as number;
    if (opensWord(code)) return i;
    i += code > 0xffff ? 2 : 1;
  }
  return -1;
}

/** Splits text into word tokens, keeping periods of initials and abbreviations. */
export function tokenize(text: string, abbreviations?: ReadonlySet<string>): Token[] {
  const tokens: Token[] = [];
  for (let start = nextWordStart(text, 0); start >= 0; ) {
    const wordEndsAt = wordEnd(text, start);
    let value = text.slice(start, wordEndsAt);
    let end = wordEndsAt;
    let next = wordEndsAt;
    let possessive = false;
    if (value.length > 2 && (value.endsWith("'s") || value.endsWith('’s'))) {
      value = value.slice(0, -2);
      end -= 2;
      possessive = true;
    } else if (
      text[end] === '.' &&
      (value.includes('.') ||
        (value.length === 1 && startsUppercase(value)) ||
        abbreviations?.has(`${value}.`))
    ) {
      value += '.';
      end += 1;
      next = end;
    }
    tokens.push({ text: value, start, end, possessive });
    start = nextWordStart(text, next);
  }
  return tokens;
}

/** True when a word starts with a capital letter or is an Arabic-style particle name ("al-Sisi"). */
export function isCapitalized(word: string): boolean {
  // The steps ask this of every word: a plain ASCII first letter decides without a regex, and only a lowercase
  // one with a hyphen after it may open a particle name.
  const first = word.charCodeAt(0);
  if (first < 128)
    return (first >= 65 && first <= 90) || (first >= 97 && first <= 122 && hyphenedParticle(word));
  return UPPER.test(word) || PARTICLE_HYPHEN.test(word);
}

function hyphenedParticle(word: string): boolean {
  return word.includes('-') && PARTICLE_HYPHEN.test(word);
}

/** `/^\p{Uppercase}/u.test(text)`, with a plain ASCII first letter read without the regex (asked of every word). */
export function startsUppercase(text: string): boolean {
  const first = text.charCodeAt(0);
  return first < 128 ? first >= 65 && first <= 90 : UPPER.test(text);
}

/** `/\s/.test(c)` for one character of a text (or ''), with an ASCII one read without the regex. */
export function isSpaceChar(c: string): boolean {
  const code = c.charCodeAt(0);
  return code < 128 ? code === 32 || (code >= 9 && code <= 13) : SPACE.test(c);
}

/**
 * The runs of non-space characters of a text, as `text.split(/\s+/).filter(Boolean)` gives them, without a regex:
 * a split by a regex copies the regex at every call, and the callers split short phrases hundreds of times a pass.
 */
export function spaceSeparated(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (!isSpaceChar(text[i] ?? '')) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(text.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) out.push(text.slice(start));
  return out;
}

/** Index of the sentence that holds a body offset (the nearest before it when between sentences). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (s === undefined) break;
    if (s.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** A span for a body range, with the index of its sentence. */
export function spanOf(sentences: readonly Sentence[], start: number, end: number): Span {
  return { sentence: sentenceAt(sentences, start), start, end };
}

/** Escapes a string for use inside a regular expression. */
export function escapeRegex(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Collapses whitespace runs to single spaces and trims. */
export function squash(value: string): string {
  // The names and titles the steps squash are mostly single-spaced already: they come back without the regex.
  return singleSpaced(value) ? value : value.replace(/\s+/g, ' ').trim();
}

/** True when a text has no whitespace but single spaces between other characters. */
function singleSpaced(value: string): boolean {
  let afterSpace = true;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 32) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if (isSpaceChar(value[i] ?? '')) return false;
    else afterSpace = false;
  }
  return value === '' || !afterSpace;
}

/** True when only one or two spaces or tabs separate two offsets (words joined on one line). */
export function spaceGap(text: string, from: number, to: number): boolean {
  const n = to - from;
  if (n < 1 || n > 2) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 160) return false;
  }
  return true;
}

/** Index of the first item whose `start` is at or after `offset` in a list sorted by start. */
export function firstAtOrAfter(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `items.map(f)` as a packed array however V8 runs the caller: optimized code's inlined `map` returns a holey
 * array where the builtin returns a packed one, so each time a step that maps was optimized, the functions
 * reading its arrays threw their compiled code away ("wrong map") and ran unoptimized for many articles. Used
 * for the arrays every later step reads (the body's words, the people); on the bench's first 60 passes it
 * removed the two storms of such deopts (57 -> 35).
 */
export function packedMap<T, U>(items: readonly T[], f: (item: T) => U): U[] {
  const out: U[] = [];
  for (const item of items) out.push(f(item));
  return out;
}
