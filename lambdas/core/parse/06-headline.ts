/**
 * Step 6: a first line repeating a known headline leaves the body. In plain text, a leading
 * section word ("International", "Politics") followed by a short line is a headline; so is a
 * short first line set off by a blank line. Both leave the body.
 */

import { unicodePattern } from '../unicode-pattern';
import { addCandidate, type Draft } from './draft';

/** A line opening with a capital, a digit or a quotation mark. */
const OPENS_LIKE_A_HEADLINE = unicodePattern(String.raw`^(?:\p{Uppercase}|\p{N}|["'\u201C\u2018])`);

/** Runs of letters and digits. */
const LETTERS_OR_DIGITS = /(?:\p{Alphabetic}|\p{N})+/gu;

const SECTION = unicodePattern(
  String.raw`^[\p{Uppercase}][\p{Alphabetic}.&'\u2019-]*(?: [\p{Uppercase}&][\p{Alphabetic}.&'\u2019-]*)?$`,
);

/** Moves a plain-text headline line (after an optional section word) into the candidates. */
export function takeHeadline(draft: Draft): Draft {
  const lines = draft.body.split('\n');
  const first = nextFilled(lines, 0);
  if (first < 0) return draft;
  const firstLine = (lines[first] as string).trim();
  // Newsletters and pages often repeat the headline as the body's first line.
  const known = draft.meta.headline.map((h) => comparable(h.value));
  if (readsAsOneOf(firstLine, known)) return { ...draft, body: lines.slice(first + 1).join('\n') };
  if (draft.format !== 'text') return draft;
  const second = nextFilled(lines, first + 1);
  if (second >= 0 && isSection(firstLine) && isHeadlineLike((lines[second] as string).trim())) {
    addCandidate(draft.meta.headline, (lines[second] as string).trim(), 'headline-line');
    return { ...draft, body: lines.slice(second + 1).join('\n') };
  }
  const setOff = (lines[first + 1] ?? '').trim() === '' && second >= 0;
  if (setOff && isHeadlineLike(firstLine) && firstLine.split(/\s+/).length >= 3) {
    addCandidate(draft.meta.headline, firstLine, 'headline-line');
    return { ...draft, body: lines.slice(first + 1).join('\n') };
  }
  return draft;
}

function comparable(text: string): string {
  return (text.toLowerCase().match(LETTERS_OR_DIGITS) ?? []).join(' ');
}

/** Runs of letters and digits, read one by one by `readsAsOneOf`. */
const WORD_RUN = /(?:\p{Alphabetic}|\p{N})+/gu;

/**
 * Whether `comparable(line)` is one of `known`, its words compared as they come: a first line that is a long
 * paragraph is given up at the first word no known headline goes on with, not read and joined whole.
 */
function readsAsOneOf(line: string, known: readonly string[]): boolean {
  if (known.length === 0) return false;
  const lower = line.toLowerCase();
  let read = '';
  WORD_RUN.lastIndex = 0;
  for (let m = WORD_RUN.exec(lower); m !== null; m = WORD_RUN.exec(lower)) {
    read = read === '' ? m[0] : `${read} ${m[0]}`;
    if (!known.some((k) => k.startsWith(read))) return false;
  }
  return known.includes(read);
}

function nextFilled(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length; i++) if ((lines[i] as string).trim() !== '') return i;
  return -1;
}

function isSection(line: string): boolean {
  return line.length <= 30 && SECTION.test(line) && !/[.:]$/.test(line);
}

/** A sentence's closing stop, a quotation's closing mark allowed after it ('... the sequel "New Moon."'). */
const SENTENCE_END = /[.:;,]["'\u201D\u2019]?$/u;

/** Short, capitalized, no sentence-final period or colon: how headlines look. */
function isHeadlineLike(line: string): boolean {
  const words = line.split(/\s+/).length;
  return (
    words >= 2 &&
    words < 20 &&
    line.length <= 200 &&
    !SENTENCE_END.test(line) &&
    OPENS_LIKE_A_HEADLINE.test(line)
  );
}
