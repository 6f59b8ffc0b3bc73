/** What the event readers share about sentences: clauses of earlier events, the action phrase, a plain date. */
import type { ResolvedDate } from '../model';
import { unicodePattern } from '../unicode-pattern';
import { isSpaceChar } from './text';

// Compiled once: a regex literal inside a loop builds a new RegExp object at every pass.
/** The characters that end a clause for `actionAt`, which reads the body one character at a time. */
const CLAUSE_MARKS = new Set([',', ';', ':', '(', ')', '\u2014', '\u2013']);
const INITIAL_BEFORE = /\b\p{Uppercase}$/u;
/** Date words that put a sentence before the news ("earlier", "last", "in March 2019"). */
export const PAST_DATE_WORDS = /earlier|ago|last|previous|in \w+ \d{4}/i;
/** A sentence that tells what was said or done before the news ("said at the time that ..."). */
export const PAST_CLAUSE =
  /\b(?:at the time|back then|had (?:said|told|warned|announced))\b|^\s*(?:the\s+)?(?:background|context|catch up)\s*:/i;
/** How many sentences after the first prose one may still tell the main event or name its parties. */
export const EVENT_WINDOW = 6;

/** A date without the internal fields of a mention. */
export function plainDate(d: ResolvedDate): ResolvedDate {
  const out: ResolvedDate = { start: d.start, end: d.end, precision: d.precision, text: d.text };
  if (d.span !== undefined) out.span = d.span;
  return out;
}

/** The verb phrase from the event word to the end of its clause (quotes kept whole), at most 14 words. */
export function actionAt(body: string, start: number, limit: number): string {
  let inQuote = false;
  let words = 0;
  let end = start;
  for (let i = start; i < limit; i++) {
    const ch = body[i] ?? '';
    if (ch === '“' || ch === '„' || ch === '«') inQuote = true;
    else if (ch === '”' || ch === '»') inQuote = false;
    else if (ch === '"') inQuote = !inQuote;
    if (!inQuote && CLAUSE_MARKS.has(ch)) break;
    if (
      !inQuote &&
      ch === '.' &&
      isSpaceChar(body[i + 1] ?? ' ') &&
      !INITIAL_BEFORE.test(body.slice(i - 2, i))
    )
      break;
    if (isSpaceChar(ch) && !isSpaceChar(body[i - 1] ?? '')) {
      words++;
      if (words >= 14) break;
    }
    end = i + 1;
  }
  return body.slice(start, end).trimEnd();
}

/** A round-up's next game, opening on its ground or town ("In Boston, ...", "At Minnesota, ..."). */
export const OTHER_GAME = unicodePattern(
  String.raw`^(?:In|At)\s\p{Uppercase}[\p{Alphabetic}.'\u2019-]*(?:\s\p{Uppercase}[\p{Alphabetic}.'\u2019-]*){0,2},\s`,
);
