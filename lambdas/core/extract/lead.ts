/** The lead of a report: its first prose sentences, where the news and its place are told. */
import type { Sentence } from '../model';

const LEAD_SENTENCES = 3;

/**
 * The lead of each analysis's sentences, by count: steps 6 and 7 ask for it about six times a report (a memo keyed
 * by the sentence list, so it goes with the analysis).
 */
const leadCache = new WeakMap<readonly Sentence[], Map<number, readonly Sentence[]>>();

/** The sentences of the lead: the first few that are prose, not a section label or a time stamp left by the page. */
export function leadSentences(sentences: readonly Sentence[], count = LEAD_SENTENCES): readonly Sentence[] {
  let byCount = leadCache.get(sentences);
  if (byCount === undefined) {
    byCount = new Map();
    leadCache.set(sentences, byCount);
  }
  const known = byCount.get(count);
  if (known !== undefined) return known;
  const lead = proseLead(sentences, count);
  byCount.set(count, lead);
  return lead;
}

function proseLead(sentences: readonly Sentence[], count: number): readonly Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    if (out.length >= count || s.index >= count + 6) break;
    if (isProse(s.text)) out.push(s);
  }
  return out.length > 0 ? out : sentences.slice(0, count);
}

const LOWER_WORD = /(?:^|\s)\p{Lowercase}{3,}/gu;

/** True for a sentence with at least three lower-case words of three letters or more. */
export function isProse(text: string): boolean {
  LOWER_WORD.lastIndex = 0;
  let n = 0;
  while (LOWER_WORD.exec(text) !== null && n < 3) n++;
  return n >= 3;
}
