/** Small text helpers shared by the steps: tokens, sentence lookup, case tests. */
import type { Sentence, Span } from '../model';
import { unicodePattern } from '../unicode-pattern';

/** A word of the body with its offsets; `possessive` when an "'s" was cut off its end. */
export interface Token {
  text: string;
  start: number;
  end: number;
  possessive: boolean;
}

const WORD = unicodePattern(
  String.raw`(?:\p{Alphabetic}|\p{N})(?:\p{Alphabetic}|\p{N}|\p{M})*(?:[.'\u2019\-&](?:\p{Alphabetic}|\p{N}|\p{M})+)*`,
  'g',
);
const UPPER = /^\p{Uppercase}/u;
const SPACE = /\s/;
const PARTICLE_HYPHEN = /^(?:al|el|ad|as|ash|at|az|an|ar|ibn|bin|abu|d)-\p{Uppercase}/u;

/** Splits text into word tokens, keeping periods of initials and abbreviations. */
export function tokenize(
  text: string,
  from = 0,
  to = text.length,
  abbreviations?: ReadonlySet<string>,
): Token[] {
  const tokens: Token[] = [];
  // The module's global regex, from `from`: nothing in the loop runs it again (no re-entry).
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m !== null && m.index < to; m = WORD.exec(text)) {
    let value = m[0];
    let end = m.index + value.length;
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
      WORD.lastIndex = end;
    }
    tokens.push({ text: value, start: m.index, end, possessive });
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
