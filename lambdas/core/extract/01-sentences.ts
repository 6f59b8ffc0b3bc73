/** Step 1: split the body into sentences, with offsets into the body. */
import type { Sentence } from '../model';
import { unicodePattern } from '../unicode-pattern';
import type { CompiledLexicon } from './compile';
import { isSpaceChar } from './text';

// Compiled once: a regex literal inside a loop builds a new RegExp object at every pass.
const BLANK_AHEAD = /^[ \t]*(?:\r?\n|$)/;
const LINE_FINISHED = /[.!?\u2026:"\u201D\u2019)\]]$/u;
/** Besides a space, the characters a word may open after; the splitter reads them one at a time. */
const WORD_OPENERS = new Set(['(', '"', '\u201C', '\u2018', "'", '\u00AB', '[', '\u2014', '\u2013']);
const NEXT_WORD = unicodePattern(String.raw`^(?:\p{Alphabetic}|\p{N}|['\u2019])+`);
const INITIAL = /^\p{Uppercase}\.$/u;
const INITIALS = /^(?:\p{Uppercase}\.){2,}$/u;
const OPENING_QUOTE = /^["\u201C]/u;

const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»', '“']);
const OPENERS = unicodePattern(
  String.raw`^(?:\p{Uppercase}|\p{N}|["\u201C\u2018'\u00AB\u201E([\u00BF\u00A1\u2014\u2013-])`,
);
const LOWER_START = /^\p{Lowercase}/u;

/** Splits a body into sentences: paragraph breaks always end one; abbreviations, initials and decimals do not. */
export function splitSentences(body: string, lex: CompiledLexicon): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (from: number, to: number): void => {
    let s = from;
    let e = to;
    while (s < e && isSpaceChar(body[s] ?? '')) s++;
    while (e > s && isSpaceChar(body[e - 1] ?? '')) e--;
    if (e > s) sentences.push({ index: sentences.length, start: s, end: e, text: body.slice(s, e) });
  };
  for (const [from, to] of lines(body)) splitBlock(body, from, to, lex, push);
  return sentences;
}

/** Ranges of lines that are separate blocks: blank lines always split, single newlines when the line looks finished. */
function lines(body: string): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  let start = 0;
  let i = body.indexOf('\n');
  while (i !== -1) {
    const line = body.slice(start, i).trimEnd();
    const rest = body.slice(i + 1, i + 80).trimStart();
    const nextBlank = BLANK_AHEAD.test(body.slice(i + 1, i + 80));
    const ended = line.length === 0 || LINE_FINISHED.test(line);
    if (nextBlank || ended || OPENERS.test(rest) || line.length === 0) {
      blocks.push([start, i]);
      start = i + 1;
    }
    i = body.indexOf('\n', i + 1);
  }
  blocks.push([start, body.length]);
  return blocks;
}

function splitBlock(
  body: string,
  from: number,
  to: number,
  lex: CompiledLexicon,
  push: (from: number, to: number) => void,
): void {
  let sentenceStart = from;
  const terminal = /[.!?\u2026]/g;
  terminal.lastIndex = from;
  for (let t = terminal.exec(body); t !== null && t.index < to; t = terminal.exec(body)) {
    const i = t.index;
    const ch = t[0];
    let end = i + 1;
    while (end < to && (TERMINAL.has(body[end] ?? '') || CLOSERS.has(body[end] ?? ''))) end++;
    if (end >= to) break;
    if (!isSpaceChar(body[end] ?? '')) continue;
    let next = end;
    while (next < to && isSpaceChar(body[next] ?? '')) next++;
    if (next >= to) break;
    const following = body.slice(next, Math.min(to, next + 40));
    if (!OPENERS.test(following) || LOWER_START.test(following)) continue;
    if (ch === '.' && end === i + 1 && !endsSentence(body, i, following, lex)) continue;
    push(sentenceStart, end);
    sentenceStart = next;
    terminal.lastIndex = next;
  }
  push(sentenceStart, to);
}

/** Decides whether the period at `dot` (not inside closing quotes) ends the sentence. */
function endsSentence(body: string, dot: number, following: string, lex: CompiledLexicon): boolean {
  let wordStart = dot;
  while (wordStart > 0 && !opensWord(body[wordStart - 1] ?? '') && dot - wordStart < 20) wordStart--;
  const word = body.slice(wordStart, dot + 1);
  const nextWord = NEXT_WORD.exec(following)?.[0] ?? '';
  if (lex.nonTerminal.has(word)) {
    // "Jan. 5" or "No. 3" never end; a title abbreviation never ends before a capital name.
    return false;
  }
  if (INITIAL.test(word) || INITIALS.test(word) || lex.ambiguous.has(word)) {
    // Initials ("John F. Kennedy") and "U.S." end a sentence only before a typical opener.
    return lex.openers.has(nextWord) || OPENING_QUOTE.test(following);
  }
  return true;
}

/** True when a word may open after the character `c` (a space, a bracket, a quotation mark or a dash). */
function opensWord(c: string): boolean {
  return isSpaceChar(c) || WORD_OPENERS.has(c);
}
