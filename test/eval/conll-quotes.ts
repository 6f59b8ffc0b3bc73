/**
 * Quotes with the right speaker on CoNLL-2003 Reuters prose: the training file's documents rebuilt as prose
 * (conll.ts), against our hand annotation in test/fixtures/real/conll2003-train.quotes.json. The annotation
 * holds no words of the texts: each quotation is the offset of its first word in the rebuilt prose and a hash
 * of its first four words, checked here so a changed file or rebuild fails loudly instead of scoring other
 * words. A quotation whose text names no speaker is annotated with none: giving it one is a false credit.
 */
import { readFile } from 'node:fs/promises';
import type { Quote } from '../../lambdas/core/model';
import { type ConllDocument, loadSplit, proseDocument } from './conll';
import { quoteTextMatches, speakerMatches } from './metrics';
import type { Split } from './real';
import { type GoldQuote, type QuoteTally, quoteKey, quoteSplit, scoreQuotes } from './real-quotes';

/** The picks of documents, each annotated in its own file: every seventh from position 0, from 3 and from 5. */
export const CONLL_QUOTE_PICKS = ['first', 'second', 'third'] as const;
export type ConllPick = (typeof CONLL_QUOTE_PICKS)[number];
const QUOTE_FILES: Record<ConllPick, URL> = {
  first: new URL('../fixtures/real/conll2003-train.quotes.json', import.meta.url),
  second: new URL('../fixtures/real/conll2003-train.quotes-2.json', import.meta.url),
  third: new URL('../fixtures/real/conll2003-train.quotes-3.json', import.meta.url),
};

/** One annotated quotation: where its first word is, a hash of its first four words, who said it (null: no one named). */
interface ConllQuoteMark {
  at: number;
  key: string;
  speaker: string | null;
}

/** A quotation of the rebuilt prose with the speaker the annotation gives it, or null when the text names none. */
export interface ConllGoldQuote {
  at: number;
  text: string;
  speaker: string | null;
}

export interface ConllQuoteCase {
  id: string;
  split: Split;
  pick: ConllPick;
  body: string;
  published: string;
  quotes: ConllGoldQuote[];
}

/** Named quotations scored as on ECB+; quotations with no named speaker counted when the pipeline credits someone. */
export interface ConllQuoteTally {
  named: QuoteTally;
  unnamed: { total: number; credited: number };
}

/** The quotation opening at `at` in the rebuilt prose: up to the next straight quote mark (the rebuild pairs them). */
export function conllQuotationAt(body: string, at: number): string {
  const close = body.indexOf('"', at);
  return body.slice(at, close === -1 ? body.length : close);
}

/** The annotated documents, each rebuilt from the training file and checked against the annotation. */
export function conllQuoteCases(
  docs: readonly ConllDocument[],
  annotation: Record<string, readonly ConllQuoteMark[]>,
  pick: ConllPick = 'first',
): ConllQuoteCase[] {
  const byIndex = new Map(docs.map((d) => [d.index, d]));
  return Object.entries(annotation).map(([id, marks]) => {
    const doc = byIndex.get(Number(id.replace(/^train-/u, '')));
    const prose = doc === undefined ? null : proseDocument(doc);
    if (prose === null) throw new Error(`CoNLL quotes ${id}: no prose document of that index in eng.train`);
    const quotes = marks.map((m) => {
      if (quoteKey(prose.body, m.at) !== m.key)
        throw new Error(`CoNLL quotes ${id}@${m.at}: the rebuilt text there is not the annotated quotation`);
      return { at: m.at, text: conllQuotationAt(prose.body, m.at), speaker: m.speaker };
    });
    // The same rule as the ECB+ quotes' second round: a quarter of the ids held aside by a hash of the id.
    return {
      id,
      split: quoteSplit(id, new Map()),
      pick,
      body: prose.body,
      published: prose.published,
      quotes,
    };
  });
}

/** Reads every pick's annotation and the training file it was made on, from the CoNLL folder. */
export async function loadConllQuoteCases(dir: string): Promise<ConllQuoteCase[]> {
  const docs = await loadSplit(dir, 'train');
  const cases: ConllQuoteCase[] = [];
  for (const pick of CONLL_QUOTE_PICKS) {
    const { documents } = JSON.parse(await readFile(QUOTE_FILES[pick], 'utf8')) as {
      documents: Record<string, ConllQuoteMark[]>;
    };
    cases.push(...conllQuoteCases(docs, documents, pick));
  }
  return cases;
}

/** Scores one document: named quotations by words then speaker, unnamed ones by whether anyone was credited. */
export function scoreConllQuotes(gold: readonly ConllGoldQuote[], found: readonly Quote[]): ConllQuoteTally {
  const named = gold.filter((g): g is GoldQuote => g.speaker !== null);
  const unnamed = gold.filter((g) => g.speaker === null);
  const credited = unnamed.filter((g) =>
    found.some((q) => q.speakerKind !== 'unknown' && quoteTextMatches(g.text, q.text)),
  ).length;
  return { named: scoreQuotes(named, found), unnamed: { total: unnamed.length, credited } };
}

/** A gold quotation the pipeline missed or credited wrongly, for `--details`. */
export interface ConllQuoteMiss {
  id: string;
  at: number;
  speaker: string | null;
  found: string | null;
}

function wrong(g: ConllGoldQuote, found: readonly Quote[]): ConllQuoteMiss['found'] | undefined {
  const same = found.filter((q) => quoteTextMatches(g.text, q.text));
  if (g.speaker === null) return same.find((q) => q.speakerKind !== 'unknown')?.speaker;
  const speaker = g.speaker;
  return same.some((q) => speakerMatches(speaker, q.speaker)) ? undefined : (same[0]?.speaker ?? null);
}

export type FindQuotes = (body: string, published: string) => readonly Quote[];

/** Runs the extractor over the documents of one split (of one pick, or all) and scores their quotations. */
export function evaluateConllQuotes(
  cases: readonly ConllQuoteCase[],
  find: FindQuotes,
  split: Split,
  pick?: ConllPick,
): { tally: ConllQuoteTally; misses: ConllQuoteMiss[] } {
  let tally: ConllQuoteTally = {
    named: { total: 0, found: 0, rightSpeaker: 0 },
    unnamed: { total: 0, credited: 0 },
  };
  const misses: ConllQuoteMiss[] = [];
  for (const c of cases) {
    if (c.split !== split || (pick !== undefined && c.pick !== pick)) continue;
    const found = find(c.body, c.published);
    const t = scoreConllQuotes(c.quotes, found);
    tally = {
      named: {
        total: tally.named.total + t.named.total,
        found: tally.named.found + t.named.found,
        rightSpeaker: tally.named.rightSpeaker + t.named.rightSpeaker,
      },
      unnamed: {
        total: tally.unnamed.total + t.unnamed.total,
        credited: tally.unnamed.credited + t.unnamed.credited,
      },
    };
    for (const g of c.quotes) {
      const got = wrong(g, found);
      if (got !== undefined) misses.push({ id: c.id, at: g.at, speaker: g.speaker, found: got });
    }
  }
  return { tally, misses };
}
