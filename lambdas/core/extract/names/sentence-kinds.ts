/** Sentences whose capitalized words are not names of the story: credit lines and title-case headlines. */
import type { Sentence } from '../../model';
import type { CompiledLexicon } from '../compile';
import { startsUppercase, type Token } from '../text';

// Compiled once: a regex literal with \p{...} is built as a new RegExp at every call in the bundles.
const CLOSED = /[.!?\u2026"\u201D\u2019)]$/u;

/** Credit lines ("Reporting by ..."): their names are staff, never people of the story. */
export function creditSentences(sentences: readonly Sentence[], lex: CompiledLexicon): Set<number> {
  const out = new Set<number>();
  for (const s of sentences) {
    const lower = s.text.slice(0, 40).toLowerCase();
    if (lex.creditPrefixes.some((p) => lower.startsWith(p))) out.add(s.index);
  }
  return out;
}

/** Headlines in title case: mostly capitalized words and no closing punctuation. */
export function titleCaseSentences(
  tokens: readonly Token[],
  sentenceOf: readonly number[],
  sentences: readonly Sentence[],
): Set<number> {
  const count = sentences.length;
  const caps = new Array<number>(count).fill(0);
  const all = new Array<number>(count).fill(0);
  tokens.forEach((t, i) => {
    const s = sentenceOf[i] ?? 0;
    all[s] = (all[s] ?? 0) + 1;
    if (startsUppercase(t.text)) caps[s] = (caps[s] ?? 0) + 1;
  });
  const out = new Set<number>();
  for (const s of sentences) {
    const n = all[s.index] ?? 0;
    if (n >= 4 && (caps[s.index] ?? 0) / n > 0.6 && !CLOSED.test(s.text)) out.add(s.index);
  }
  return out;
}
