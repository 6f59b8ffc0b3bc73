/**
 * Which capitalized names and numbers a rendered text uses that its sources do not contain.
 * Names are compared as whole runs of words ("Wang Yi" must appear as such), ignoring case,
 * possessives and quotation contents (quotations are checked verbatim elsewhere).
 */

import { typeset } from './typeset';

/** Words that start sentences and clauses in our own phrasing, not names taken from a source. */
const FUNCTION_WORDS = new Set([
  'a',
  'according',
  'after',
  'also',
  'an',
  'and',
  'as',
  'at',
  'before',
  'by',
  'during',
  'earlier',
  'for',
  'from',
  'in',
  'it',
  'later',
  'on',
  'the',
  'their',
  'they',
  'this',
  'those',
  'to',
  'with',
]);

const QUOTED = /\u201C[^\u201D]*\u201D|"[^"]*"/g;
/**
 * Breaks between runs: punctuation that ends a phrase; a period only when a space or the end follows
 * and it does not close an abbreviation ("U.S.", "Gen.") or a middle initial ("Karen B. Olson").
 */
const PHRASE_BREAK =
  /[,;:!?()[\]{}\u201C\u201D"\u2026\u2014\u2013]|(?<!\b(?:\p{Uppercase}\.)+\p{Uppercase}|\b(?:Mr|Mrs|Ms|Dr|Gen|Brig|Sen|Rep|St|Lt|Col|Gov)|\p{Uppercase}\p{Lowercase}+\s\p{Uppercase})\.(?=\s|$)/u;
const WORD = /[\p{Alphabetic}\p{N}][\p{Alphabetic}\p{N}.'\u2019&-]*/gu;

function normalizeToken(raw: string): string {
  let t = raw.replace(/['\u2019]s?$/u, '');
  // Keep the dots of abbreviations such as "U.S."; drop a trailing sentence period otherwise.
  if (!/^(\p{Alphabetic}\.)+$/u.test(t)) t = t.replace(/\.+$/, '');
  return t.toLowerCase();
}

function tokens(text: string): string[] {
  return (text.match(WORD) ?? []).map(normalizeToken).filter((t) => t !== '');
}

/** A searchable form of a source text: its tokens joined by single spaces, padded. */
export function corpusOf(texts: string[]): string {
  return ` ${texts.map((t) => tokens(typeset(t)).join(' ')).join(' | ')} `;
}

function isNameToken(raw: string): boolean {
  return /^[\p{Uppercase}\p{N}]/u.test(raw);
}

/** Runs of capitalized or numeric words in the text outside quotations, each as its raw words. */
export function nameRuns(text: string): string[][] {
  const runs: string[][] = [];
  for (const segment of text.replace(QUOTED, ' | ').split(PHRASE_BREAK)) {
    let run: string[] = [];
    for (const raw of segment.match(WORD) ?? []) {
      if (isNameToken(raw)) {
        run.push(raw);
        if (/['\u2019]s$/u.test(raw)) {
          runs.push(run);
          run = [];
        }
      } else if (run.length > 0) {
        runs.push(run);
        run = [];
      }
    }
    if (run.length > 0) runs.push(run);
  }
  return runs;
}

function found(run: string[], corpus: string): boolean {
  const phrase = run.map(normalizeToken).join(' ');
  return phrase === '' || corpus.includes(` ${phrase} `);
}

/** The name runs of `text` that appear in none of the sources (nor in `extra`, e.g. dates and outlets). */
export function unsupportedNames(text: string, corpus: string): string[] {
  const missing: string[] = [];
  for (const run of nameRuns(text)) {
    if (found(run, corpus)) continue;
    let start = 0;
    while (start < run.length && FUNCTION_WORDS.has(normalizeToken(run[start] ?? ''))) start += 1;
    if (found(run.slice(start), corpus)) continue;
    missing.push(run.join(' '));
  }
  return missing;
}
