/** Word-count vectors for comparing the wording of two reports. */

/** Runs of letters and digits: the words of a text. */
const LETTERS_OR_DIGITS = /(?:\p{Alphabetic}|\p{N})+/gu;

/** Function words and newsroom filler that say nothing about which event is reported. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being ' +
    'between both but by can could did do does doing down during each few for from further had has have ' +
    'having he her here hers him his how i if in into is it its itself just me more most my no nor not ' +
    'now of off on once only or other our out over own said same says she should so some such than that ' +
    'the their them then there these they this those through to too under until up very was we were what ' +
    'when where which while who whom why will with would you your amid new news report reports reported ' +
    'according told tell week weekend monday tuesday wednesday thursday friday saturday sunday today ' +
    'yesterday year years month day days time first last latest top official officials people'
  ).split(' '),
);

/** A light suffix fold, so "postponed", "postpones" and "postponing" meet. */
function fold(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && (word.endsWith('ed') || word.endsWith('es'))) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Lower-cased content words of a text, with inflections folded. */
export function contentWords(text: string): string[] {
  const words = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().match(LETTERS_OR_DIGITS) ?? [];
  return words.filter((w) => w.length > 2 && !STOPWORDS.has(w) && !/^\d+$/.test(w)).map(fold);
}

/** Term counts of a text. */
export function termVector(text: string): Map<string, number> {
  const vector = new Map<string, number>();
  for (const word of contentWords(text)) vector.set(word, (vector.get(word) ?? 0) + 1);
  return vector;
}

/** Cosine similarity of two term vectors, 0 when either is empty. */
export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [word, count] of a) {
    normA += count * count;
    dot += count * (b.get(word) ?? 0);
  }
  for (const count of b.values()) normB += count * count;
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

/** The vector scaled to unit length; empty stays empty. */
export function unitVector(vector: Map<string, number>): Map<string, number> {
  let norm = 0;
  for (const x of vector.values()) norm += x * x;
  if (norm === 0) return new Map();
  const scale = 1 / Math.sqrt(norm);
  return new Map([...vector].map(([word, x]) => [word, x * scale]));
}

/** The `limit` heaviest terms of a vector, heaviest first, ties by word so the cut is deterministic. */
export function heaviest(vector: Map<string, number>, limit: number): Map<string, number> {
  const sorted = [...vector].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return new Map(sorted.slice(0, limit));
}

/**
 * A report's unit TF-IDF vector: each content word's count, damped (1 + ln tf) so that one
 * repeated word cannot dominate, times how rare the word is in general English.
 */
export function weightedTerms(text: string, idf: (word: string) => number): Map<string, number> {
  const weighted = new Map<string, number>();
  for (const [word, count] of termVector(text)) weighted.set(word, (1 + Math.log(count)) * idf(word));
  return unitVector(weighted);
}
