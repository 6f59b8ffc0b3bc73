/** Which source sentences may go into a digest: English prose of the article body that reads alone. */
import type { Article } from '../model';
import {
  CHRONOLOGY_ENTRY,
  ENGLISH_FUNCTION_WORDS,
  FACT_SHEET,
  NOT_PROSE,
  PRESS_REVIEW,
} from './input-lexicon';

const MIN_WORDS = 6;
/** Below one function word in this many words, a sentence is a list, a label or another language. */
const WORDS_PER_FUNCTION_WORD = 9;

/** Why the sentence is no prose a digest may reuse on its own, or null when it is. */
export function unfitReason(sentence: string): string | null {
  const text = sentence.trim();
  const words = text.split(/\s+/u).filter(Boolean);
  if (words.length < MIN_WORDS) return 'too short to be prose';
  // Behind an opening bracket or quote too: "(halftime 2-0) in a friendly ..." is the end of a sentence.
  if (/^[(["'\u2018\u201C]*\p{Lowercase}/u.test(text)) return 'starts mid-sentence';
  const row = NOT_PROSE.find((p) => p.regex.test(text));
  if (row) return row.kind;
  const english = words.filter((w) =>
    ENGLISH_FUNCTION_WORDS.has(w.toLowerCase().replace(/[^\p{Alphabetic}]/gu, '')),
  );
  if (english.length * WORDS_PER_FUNCTION_WORD < words.length) return 'not English prose';
  return null;
}

/** From this many entries a report is a chronology (a this-day-in-history list), not a report of news. */
const CHRONOLOGY_ENTRIES = 3;

/**
 * Whether a report states nothing the digest may repeat as news: a press review (its outlet says it has
 * not verified what it relays), a fact sheet's fields, or a chronology of past years' events.
 */
export function relaysNoNews(article: Article): boolean {
  if (PRESS_REVIEW.regex.test(article.text) || FACT_SHEET.regex.test(article.text)) return true;
  const entries = article.sentences.filter((s) => CHRONOLOGY_ENTRY.regex.test(s.text.trim())).length;
  return entries >= CHRONOLOGY_ENTRIES;
}
