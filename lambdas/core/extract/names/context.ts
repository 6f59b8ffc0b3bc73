/** The tokens of a body and the lookups every name sub-step shares. */
import type { Sentence } from '../../model';
import { type CompiledLexicon, matchPhrase, type PhraseIndex } from '../compile';
import { packedMap, spaceGap, type Token, tokenize } from '../text';

/** The body, its tokens and their sentences, read once and passed to each sub-step. */
export interface NameContext {
  body: string;
  tokens: Token[];
  words: string[];
  /** The words lowercased, once for every sub-step that looks a word up in a lowercase table. */
  lower: string[];
  /** Sentence index of each token. */
  sentenceOf: number[];
  /** Tokens inside a title phrase ("Vice Foreign Minister"). */
  titled: boolean[];
  lex: CompiledLexicon;
}

/** Tokenizes the body and marks sentences and title phrases. */
export function nameContext(body: string, sentences: readonly Sentence[], lex: CompiledLexicon): NameContext {
  const tokens = tokenize(body, lex.abbreviations);
  const words = packedMap(tokens, (t) => t.text);
  const lower = packedMap(words, (w) => w.toLowerCase());
  return {
    body,
    tokens,
    words,
    lower,
    sentenceOf: assignSentences(tokens, sentences),
    titled: titleCoverage(lower, lex),
    lex,
  };
}

/** Whether token i and the next are joined by a space on one line, with no possessive between. */
export function gapOk(ctx: NameContext, i: number): boolean {
  const a = ctx.tokens[i];
  const b = ctx.tokens[i + 1];
  return a !== undefined && b !== undefined && !a.possessive && spaceGap(ctx.body, a.end, b.start);
}

/** Length of the known phrase starting at token i, or 0; its words must be joined by spaces. */
export function phraseLen(ctx: NameContext, index: PhraseIndex, i: number): number {
  const n = matchPhrase(index, ctx.words, i);
  for (let k = 0; k < n - 1; k++) if (!gapOk(ctx, i + k)) return 0;
  return n;
}

function assignSentences(tokens: readonly Token[], sentences: readonly Sentence[]): number[] {
  const out: number[] = [];
  let s = 0;
  for (const t of tokens) {
    while (s + 1 < sentences.length && (sentences[s + 1] as Sentence).start <= t.start) s++;
    out.push(s);
  }
  return out;
}

function titleCoverage(lower: readonly string[], lex: CompiledLexicon): boolean[] {
  const covered = new Array<boolean>(lower.length).fill(false);
  for (let i = 0; i < lower.length; i++) {
    const n = matchPhrase(lex.titles, lower, i);
    for (let k = 0; k < n; k++) covered[i + k] = true;
  }
  return covered;
}
