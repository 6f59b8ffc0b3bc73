/**
 * Quotes with the right speaker on real reports: the ECB+ development texts (read from ../shared at run time)
 * against our hand annotation in test/fixtures/real/ecbplus-dev.quotes*.json (two rounds of annotation). The
 * annotation holds no words of the texts: each quotation is the offset of its first word and a hash of its
 * first four words, checked here against the text so a changed corpus fails loudly instead of scoring the
 * wrong words.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Quote } from '../../lambdas/core/model';
import { UPLOAD_TIME } from './corpus';
import { publicationDay } from './ecbplus';
import type { Analyze } from './evaluate';
import { quoteTextMatches, speakerMatches } from './metrics';
import { loadRealCorpus, type RealCase, realCorpusDir, type Split } from './real';

/** The rounds of annotation: the first (14 reports of the hand gold) and the second (42 picked by rule). */
export const QUOTE_SETS = ['first', 'second'] as const;
export type QuoteSet = (typeof QUOTE_SETS)[number];

const QUOTE_FILES: Record<QuoteSet, URL> = {
  first: new URL('../fixtures/real/ecbplus-dev.quotes.json', import.meta.url),
  second: new URL('../fixtures/real/ecbplus-dev.quotes-2.json', import.meta.url),
};

/** One annotated quotation: where its first word is, a hash of its first four words, who said it. */
export interface QuoteMark {
  at: number;
  key: string;
  speaker: string;
}

/** A quotation of the text with the speaker the annotation gives it. */
export interface GoldQuote {
  at: number;
  text: string;
  speaker: string;
}

export interface QuoteCase {
  id: string;
  set: QuoteSet;
  split: Split;
  raw: RealCase['raw'];
  quotes: GoldQuote[];
}

/** Of the gold quotations: how many the pipeline found (same words) and how many of those with the right speaker. */
export interface QuoteTally {
  total: number;
  found: number;
  rightSpeaker: number;
}

/** The first four words of a passage, lowercased letters and digits, hashed as the annotation stores them. */
export function quoteKey(text: string, at: number): string {
  const words =
    text
      .slice(at, at + 200)
      .toLowerCase()
      .match(/[a-z0-9]+/gu) ?? [];
  return createHash('sha256').update(words.slice(0, 4).join(' ')).digest('hex').slice(0, 12);
}

const CLOSING = /["\u201d]|[\u2019'](?=[\s,.;:]|$)/u;

/** The quotation opening at `at`: up to its closing mark (or the end of the text). */
export function quotationAt(text: string, at: number): string {
  const close = CLOSING.exec(text.slice(at));
  return text.slice(at, close === null ? text.length : at + close.index);
}

/**
 * A document's split: the hand gold's where it has one (its held-aside ids stay aside for every field);
 * otherwise a quarter of the ids, by a hash of the id fixed before any result was seen, are held aside.
 */
export function quoteSplit(id: string, handGold: ReadonlyMap<string, Split>): Split {
  const given = handGold.get(id);
  if (given !== undefined) return given;
  return '0123'.includes(createHash('sha256').update(id).digest('hex').charAt(0)) ? 'held-aside' : 'tuning';
}

/** The raw object of a report outside the hand gold, with the date line the corpus records as metadata. */
export async function corpusRaw(
  dir: string,
  id: string,
  dateLines: Record<string, { dateLine: string | null }>,
): Promise<RealCase['raw']> {
  const bytes = new Uint8Array(await readFile(join(dir, 'docs', `${id}.txt`)));
  const published = publicationDay(dateLines[id]?.dateLine, new TextDecoder().decode(bytes));
  return {
    key: `${id}.txt`,
    bytes,
    contentType: 'text/plain',
    metadata: published ? { published } : {},
    lastModified: UPLOAD_TIME,
  };
}

/** The annotated quotations of one document, each checked against the text at its offset. */
function goldQuotes(id: string, text: string, marks: readonly QuoteMark[]): GoldQuote[] {
  return marks.map((m) => {
    if (quoteKey(text, m.at) !== m.key)
      throw new Error(`ecbplus-dev quotes ${id}@${m.at}: the text there is not the annotated quotation`);
    return { at: m.at, text: quotationAt(text, m.at), speaker: m.speaker };
  });
}

/** What every later round of gold is read against: the first hand gold's reports, their splits, the corpus's date lines. */
export interface CorpusIndex {
  real: RealCase[];
  handSplits: ReadonlyMap<string, Split>;
  dateLines: Record<string, { dateLine: string | null }>;
}

/** Reads the first hand gold and the corpus's date lines, or says why they cannot be read. */
export async function loadCorpusIndex(dir: string): Promise<CorpusIndex | string> {
  const real = await loadRealCorpus(dir);
  if (typeof real === 'string') return real;
  return {
    real,
    handSplits: new Map(real.map((c) => [c.id, c.gold.split])),
    dateLines: JSON.parse(await readFile(join(dir, 'gold.json'), 'utf8')),
  };
}

/** Reads the annotation of every round and the texts it names, or says why the measurement cannot run. */
export async function loadQuoteCases(dir: string = realCorpusDir()): Promise<QuoteCase[] | string> {
  const index = await loadCorpusIndex(dir);
  if (typeof index === 'string') return index;
  const { real, handSplits, dateLines } = index;
  const byId = new Map(real.map((c) => [c.id, c]));
  const cases: QuoteCase[] = [];
  for (const set of QUOTE_SETS) {
    const data = JSON.parse(await readFile(QUOTE_FILES[set], 'utf8')) as {
      documents: Record<string, QuoteMark[]>;
    };
    for (const [id, marks] of Object.entries(data.documents)) {
      if (cases.some((c) => c.id === id)) throw new Error(`ecbplus-dev quotes ${id}: annotated twice`);
      if (!(id in dateLines)) throw new Error(`ecbplus-dev quotes ${id}: no such document in the corpus`);
      const text = await readFile(join(dir, 'docs', `${id}.txt`), 'utf8');
      const raw = byId.get(id)?.raw ?? (await corpusRaw(dir, id, dateLines));
      cases.push({ id, set, split: quoteSplit(id, handSplits), raw, quotes: goldQuotes(id, text, marks) });
    }
  }
  return cases;
}

/** Scores one document: each gold quotation found by its words, then its speaker. */
export function scoreQuotes(gold: readonly GoldQuote[], found: readonly Quote[]): QuoteTally {
  let tally: QuoteTally = { total: gold.length, found: 0, rightSpeaker: 0 };
  for (const g of gold) {
    const same = found.filter((q) => quoteTextMatches(g.text, q.text));
    if (same.length === 0) continue;
    const right = same.some((q) => speakerMatches(g.speaker, q.speaker));
    tally = { ...tally, found: tally.found + 1, rightSpeaker: tally.rightSpeaker + (right ? 1 : 0) };
  }
  return tally;
}

/** Gold quotations the pipeline missed or gave to someone else, for `--details`. */
export interface QuoteMiss {
  id: string;
  at: number;
  speaker: string;
  found: string | null;
}

/** Runs the pipeline over the documents of one split (of one round, or all) and scores their quotations. */
export async function evaluateQuotes(
  cases: readonly QuoteCase[],
  analyze: Analyze,
  split: Split,
  set?: QuoteSet,
): Promise<{ tally: QuoteTally; misses: QuoteMiss[] }> {
  let tally: QuoteTally = { total: 0, found: 0, rightSpeaker: 0 };
  const misses: QuoteMiss[] = [];
  for (const c of cases) {
    if (c.split !== split || (set !== undefined && c.set !== set)) continue;
    const result = await analyze(c.raw, { maxBytes: 5_000_000 });
    const found = 'code' in result ? [] : result.quotes;
    const t = scoreQuotes(c.quotes, found);
    tally = {
      total: tally.total + t.total,
      found: tally.found + t.found,
      rightSpeaker: tally.rightSpeaker + t.rightSpeaker,
    };
    for (const g of c.quotes) {
      // Scored as in scoreQuotes: right when any quote with the same words has the right speaker.
      const same = found.filter((q) => quoteTextMatches(g.text, q.text));
      if (!same.some((q) => speakerMatches(g.speaker, q.speaker)))
        misses.push({ id: c.id, at: g.at, speaker: g.speaker, found: same[0]?.speaker ?? null });
    }
  }
  return { tally, misses };
}

/** The share of gold quotations found with the right speaker (the bar), 1 when none. */
export function rightSpeakerShare(t: QuoteTally): number {
  return t.total === 0 ? 1 : t.rightSpeaker / t.total;
}
