/**
 * Pure scoring functions for the evaluation: set matching, precision/recall/F1, date-period
 * matching, and clustering scores (pairwise and B-cubed). No I/O.
 */
import type { ResolvedDate } from '../../lambdas/core/model';

/** True positives, false positives and false negatives of one field, summable across articles. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** An empty tally. */
export function zeroCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

/** The sum of two tallies. */
export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

/**
 * Precision, recall and F1 of a tally. Nothing claimed means no false claim (precision 1);
 * nothing to find means nothing missed (recall 1); F1 is 0 when either is 0.
 */
export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Counts a one-to-one matching of gold items to predicted ones, each gold item taking its first free match. */
export function matchSets<G, P>(gold: G[], predicted: P[], isMatch: (g: G, p: P) => boolean): Counts {
  const used = new Set<number>();
  let tp = 0;
  for (const g of gold) {
    const index = predicted.findIndex((p, i) => !used.has(i) && isMatch(g, p));
    if (index >= 0) {
      used.add(index);
      tp += 1;
    }
  }
  return { tp, fp: predicted.length - tp, fn: gold.length - tp };
}

const QUOTE_MARKS = /[\u2018\u2019\u201a\u201b\u2032`\u00b4]/g;
const DOUBLE_MARKS = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;

/** Lower-cases, unifies quote marks and dashes, folds accents and collapses whitespace. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(QUOTE_MARKS, "'")
    .replace(DOUBLE_MARKS, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A quotation reduced for comparison: normalized, without the punctuation around it. */
export function normalizeQuote(text: string): string {
  return normalizeText(text)
    .replace(/^[\s"'.,;:!?\u2026-]+/, '')
    .replace(/[\s"'.,;:!?\u2026-]+$/, '');
}

/** Whether two quotations are the same words; one may contain the other (a fragment or a joined quote). */
export function quoteTextMatches(gold: string, predicted: string): boolean {
  const g = normalizeQuote(gold);
  const p = normalizeQuote(predicted);
  if (g === '' || p === '') return false;
  return g === p || g.includes(p) || p.includes(g);
}

/** Whether two person names are the same after normalization. */
export function sameName(a: string, b: string): boolean {
  return normalizeText(a) === normalizeText(b);
}

const SPEAKER_FILLER = new Set(['the', 'of', 'and', "'s", 's', 'mr', 'ms', 'mrs', 'dr']);

function speakerTokens(name: string): string[] {
  return normalizeText(name)
    .replace(/'s\b/g, '')
    .split(/[^a-z0-9'-]+/)
    .filter((t) => t !== '' && !SPEAKER_FILLER.has(t));
}

/**
 * Whether a predicted speaker names the gold one: equal names, or one's words all within the
 * other's ("Fisheries Agency" and "Japan's Fisheries Agency"; "Rahmawati" and "Siti Rahmawati").
 */
export function speakerMatches(gold: string, predicted: string): boolean {
  const g = speakerTokens(gold);
  const p = speakerTokens(predicted);
  if (g.length === 0 || p.length === 0) return false;
  const gs = new Set(g);
  const ps = new Set(p);
  return p.every((t) => gs.has(t)) || g.every((t) => ps.has(t));
}

/** Whether two places are the same after normalization. */
export function samePlace(gold: string, predicted: string): boolean {
  return normalizeText(gold) === normalizeText(predicted);
}

/** The first and last day a gold date covers: a day (`YYYY-MM-DD`) or a month (`YYYY-MM`). */
export function goldPeriod(date: string): { start: string; end: string } {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return { start: date, end: date };
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  if (!month) throw new RangeError(`Gold date must be YYYY-MM-DD or YYYY-MM, got "${date}"`);
  const lastDay = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
  return { start: `${date}-01`, end: `${date}-${String(lastDay).padStart(2, '0')}` };
}

/** Whether a resolved date is exactly the gold date: the same day, or the same whole month. */
export function dateExact(gold: string, predicted: ResolvedDate | undefined): boolean {
  if (!predicted) return false;
  const period = goldPeriod(gold);
  return predicted.start === period.start && predicted.end === period.end;
}

const MAX_COVERING_DAYS = 31;

function daysBetween(start: string, end: string): number {
  return (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000;
}

/**
 * Whether a resolved date names the gold period: it lies within it (a day inside a gold month),
 * or it covers it without being vaguer than a month (a month around a gold day).
 */
export function periodMatches(gold: string, predicted: ResolvedDate | undefined): boolean {
  if (!predicted) return false;
  const g = goldPeriod(gold);
  const within = predicted.start >= g.start && predicted.end <= g.end;
  const covers =
    predicted.start <= g.start &&
    predicted.end >= g.end &&
    daysBetween(predicted.start, predicted.end) < MAX_COVERING_DAYS;
  return within || covers;
}

/** Items grouped by their cluster label. */
function clustersOf(labelOf: Record<string, string>): Map<string, string[]> {
  const clusters = new Map<string, string[]>();
  for (const [item, label] of Object.entries(labelOf)) {
    clusters.set(label, [...(clusters.get(label) ?? []), item]);
  }
  return clusters;
}

/**
 * Pairwise clustering tally over the gold items: a pair put together by both is a true positive,
 * together only in the prediction a false positive, together only in gold a false negative.
 * An item the prediction lacks is alone in its own cluster.
 */
export function pairwiseCounts(goldOf: Record<string, string>, predictedOf: Record<string, string>): Counts {
  const items = Object.keys(goldOf).sort();
  const counts = zeroCounts();
  for (let i = 0; i < items.length; i += 1) {
    for (let j = i + 1; j < items.length; j += 1) {
      const a = items[i] as string;
      const b = items[j] as string;
      const sameGold = goldOf[a] === goldOf[b];
      const pa = predictedOf[a];
      const samePredicted = pa !== undefined && pa === predictedOf[b];
      if (sameGold && samePredicted) counts.tp += 1;
      else if (samePredicted) counts.fp += 1;
      else if (sameGold) counts.fn += 1;
    }
  }
  return counts;
}

/**
 * B-cubed precision and recall (Bagga and Baldwin): for each gold item, the share of its predicted
 * cluster that shares its gold label, and the share of its gold cluster found in its predicted
 * cluster, averaged over items. An item the prediction lacks is alone in its own cluster.
 */
export function bCubed(goldOf: Record<string, string>, predictedOf: Record<string, string>): Prf {
  const items = Object.keys(goldOf);
  if (items.length === 0) return { precision: 1, recall: 1, f1: 1 };
  const known = Object.fromEntries(items.map((item) => [item, predictedOf[item] ?? `\u0000alone:${item}`]));
  const gold = clustersOf(goldOf);
  const predicted = clustersOf(known);
  let precision = 0;
  let recall = 0;
  for (const item of items) {
    const goldCluster = gold.get(goldOf[item] as string) ?? [];
    const predictedCluster = predicted.get(known[item] as string) ?? [];
    const both = predictedCluster.filter((other) => goldOf[other] === goldOf[item]).length;
    precision += both / predictedCluster.length;
    recall += both / goldCluster.length;
  }
  precision /= items.length;
  recall /= items.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** The gold label most of a predicted cluster's items carry (ties to the alphabetically first). */
export function majorityLabel(items: string[], goldOf: Record<string, string>): string | undefined {
  const tally = new Map<string, number>();
  for (const item of items) {
    const label = goldOf[item];
    if (label !== undefined) tally.set(label, (tally.get(label) ?? 0) + 1);
  }
  return [...tally.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

/**
 * Background links scored at story level: each predicted story stands for its majority gold
 * story, and each predicted link "story -> earlier story" is compared with the gold links.
 */
export function linkCounts(
  goldOf: Record<string, string>,
  predictedOf: Record<string, string>,
  predictedLinks: Record<string, string[]>,
  goldLinks: Record<string, string[]>,
): Counts {
  const members = clustersOf(Object.fromEntries(Object.entries(predictedOf).filter(([k]) => k in goldOf)));
  const labelOfStory = new Map<string, string>();
  for (const [story, items] of members) {
    const label = majorityLabel(items, goldOf);
    if (label !== undefined) labelOfStory.set(story, label);
  }
  const predicted = new Set<string>();
  for (const [story, earlier] of Object.entries(predictedLinks)) {
    const from = labelOfStory.get(story);
    if (from === undefined) continue;
    for (const target of earlier) {
      const to = labelOfStory.get(target);
      if (to !== undefined && to !== from) predicted.add(`${from}\u0000${to}`);
    }
  }
  const gold = new Set(
    Object.entries(goldLinks).flatMap(([from, tos]) => tos.map((to) => `${from}\u0000${to}`)),
  );
  const tp = [...predicted].filter((link) => gold.has(link)).length;
  return { tp, fp: predicted.size - tp, fn: gold.size - tp };
}
