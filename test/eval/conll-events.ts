/**
 * The main event's place, day and actors on CoNLL-2003 Reuters prose (issue 9): news reports of the training file
 * (tuning, and a held-aside quarter of its second and third picks) and of the development file (held aside) picked by rules fixed
 * before any extractor output was looked at, labelled by hand in test/fixtures/real/conll2003.events.json. The gold holds ids and labels only; the prose is
 * rebuilt from the CoNLL folder at run time (conll.ts), and every name is checked to occur in it, so a changed file
 * or rebuild fails instead of scoring other text. The test file is never read.
 */
import { readFile } from 'node:fs/promises';
import type { EventMention } from '../../lambdas/core/model';
import {
  type ConllDocument,
  type ConllSplit,
  detokenize,
  isProse,
  loadSplit,
  proseDocument,
  proseParagraphs,
} from './conll';
import { addCounts, type Counts, prf, zeroCounts } from './metrics';
import { placeRight, type Split, scoreActors, type Tally } from './real';

export const CONLL_EVENTS_FILE = new URL('../fixtures/real/conll2003.events.json', import.meta.url);

/** One report's gold: place (null: the body gives none), placeAlso, the ISO day (null: none given), actors (null: not scored). */
export interface ConllEventGold {
  split: Split;
  place: string | null;
  placeAlso?: string[];
  date: string | null;
  actors: string[] | null;
}

export interface ConllEventCase {
  id: string;
  /** The CoNLL file the report comes from. */
  file: ConllSplit;
  split: Split;
  pick: ConllEventPick['pick'];
  body: string;
  published: string;
  /**
   * The report as an upload carries it (`uploadedReport`): the headline apart, the body after the dateline. The rows
   * the floors hold read `body`, the prose rebuild the gold was labelled on.
   */
  uploaded: { headline?: string; body: string };
  gold: ConllEventGold;
}

/** How the documents were picked: every `step`-th qualifying report of the file, from the first. */
export const CONLL_EVENT_PICK: Record<ConllSplit, { step: number; prefix: string; split: Split }> = {
  train: { step: 5, prefix: 'train', split: 'tuning' },
  dev: { step: 3, prefix: 'dev', split: 'held-aside' },
};

/**
 * The second train pick (session 22), drawn to enlarge the tuning set: of the qualifying train reports the first pick
 * left, every `step`-th from the first; every `asideStep`-th of those, from the first, is held aside.
 */
export const CONLL_EVENT_SECOND_PICK = { step: 9, asideStep: 4 } as const;

/**
 * The third train pick (session 23), drawn so the held-aside part has enough placed reports to hold a floor: of the
 * qualifying train reports neither earlier pick took, every `step`-th from the first; every `asideStep`-th of those,
 * from the first, is held aside.
 */
export const CONLL_EVENT_THIRD_PICK = { step: 3, asideStep: 4 } as const;

/** One picked report: its id, the split the pick gives it, and which train pick it came from (testa: the first). */
export interface ConllEventPick {
  id: string;
  split: Split;
  pick: 'first' | 'second' | 'third';
}

const DATELINE = /^[A-Z][A-Z .'-]*\s+\d{4}-\d{2}-\d{2}$/u;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/u;

/**
 * Whether a document is a dated news report rather than a results table: a dateline in its first three sentences
 * (so its day can be resolved), at least three prose sentences, and prose at least half of its sentences.
 */
export function isDatedReport(doc: ConllDocument): boolean {
  const dated = doc.sentences.slice(0, 3).some((s) => DATELINE.test(detokenize(s.map((t) => t.text))));
  const prose = doc.sentences.filter(isProse).length;
  return dated && prose >= 3 && prose / doc.sentences.length >= 0.5;
}

/**
 * A report as an upload carries it: the line above the dateline is the headline (its closing stop dropped, as a
 * headline line has none), the body the prose after the dateline. A report whose dateline opens it has no headline.
 */
export function uploadedReport(doc: ConllDocument): { headline?: string; body: string } {
  const lines = doc.sentences.slice(0, 3).map((s) => detokenize(s.map((t) => t.text)));
  const at = lines.findIndex((l) => DATELINE.test(l));
  const body = proseParagraphs(doc.sentences.slice(at + 1)).join('\n\n');
  if (at <= 0) return { body };
  return { headline: (lines[0] ?? '').replace(/\s*\.$/u, ''), body };
}

/** Every `step`-th of `docs` from the first, as picks of `pick`, every `asideStep`-th of them held aside. */
function laterPick(
  docs: readonly ConllDocument[],
  prefix: string,
  pick: 'second' | 'third',
  { step, asideStep }: { step: number; asideStep: number },
): Map<ConllDocument, ConllEventPick> {
  const taken = docs.filter((_, i) => i % step === 0);
  return new Map(
    taken.map((d, i) => [
      d,
      { id: `${prefix}-${d.index}`, split: i % asideStep === 0 ? 'held-aside' : 'tuning', pick },
    ]),
  );
}

/** The reports the pick rules give for one file, in file order. */
export function conllEventPicks(docs: readonly ConllDocument[], file: ConllSplit): ConllEventPick[] {
  const { step, prefix, split } = CONLL_EVENT_PICK[file];
  const dated = docs.filter(isDatedReport);
  const picks = new Map<ConllDocument, ConllEventPick>(
    dated
      .filter((_, i) => i % step === 0)
      .map((d) => [d, { id: `${prefix}-${d.index}`, split, pick: 'first' }]),
  );
  if (file === 'train') {
    const left = (): ConllDocument[] => dated.filter((d) => !picks.has(d));
    for (const [d, p] of laterPick(left(), prefix, 'second', CONLL_EVENT_SECOND_PICK)) picks.set(d, p);
    for (const [d, p] of laterPick(left(), prefix, 'third', CONLL_EVENT_THIRD_PICK)) picks.set(d, p);
  }
  return dated.flatMap((d) => picks.get(d) ?? []);
}

/** The ids the pick rules give for one file, in file order. */
export function conllEventIds(docs: readonly ConllDocument[], file: ConllSplit): string[] {
  return conllEventPicks(docs, file).map((p) => p.id);
}

/** The gold's cases of one file, rebuilt and checked: the ids are the pick rule's, and every name occurs in its prose. */
export function conllEventCases(
  docs: readonly ConllDocument[],
  file: ConllSplit,
  gold: Record<string, ConllEventGold>,
): ConllEventCase[] {
  const { prefix } = CONLL_EVENT_PICK[file];
  const mine = Object.keys(gold).filter((id) => id.startsWith(`${prefix}-`));
  const picked = conllEventPicks(docs, file);
  const inOrder = (ids: string[]) =>
    [...ids].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).join();
  if (inOrder(mine) !== inOrder(picked.map((p) => p.id)))
    throw new Error(`CoNLL events: the ${prefix} ids are not those the pick rules give (${picked.length})`);
  const byIndex = new Map(docs.map((d) => [d.index, d]));
  return picked.map(({ id, split, pick }) => {
    const g = gold[id] as ConllEventGold;
    const problem = (what: string) => new Error(`CoNLL events ${id}: ${what}`);
    const doc = byIndex.get(Number(id.slice(prefix.length + 1)));
    const prose = doc === undefined ? null : proseDocument(doc);
    if (doc === undefined || prose === null) throw problem('no prose document of that index');
    if (g.split !== split) throw problem(`split must be ${split}`);
    if (g.date !== null && !ISO_DAY.test(g.date)) throw problem(`"${g.date}" is not an ISO day`);
    const text = prose.body.toLowerCase();
    const names = [...(g.place === null ? [] : [g.place]), ...(g.placeAlso ?? []), ...(g.actors ?? [])];
    const absent = names.find((n) => !text.includes(n.toLowerCase()));
    if (absent !== undefined) throw problem(`"${absent}" does not occur in the rebuilt prose`);
    const uploaded = uploadedReport(doc);
    return { id, file, split, pick, body: prose.body, published: prose.published, uploaded, gold: g };
  });
}

/** Reads the gold and rebuilds the documents of the given files from the CoNLL folder. */
export async function loadConllEventCases(
  dir: string,
  splits: readonly ConllSplit[],
): Promise<ConllEventCase[]> {
  const { documents } = JSON.parse(await readFile(CONLL_EVENTS_FILE, 'utf8')) as {
    documents: Record<string, ConllEventGold>;
  };
  const cases: ConllEventCase[] = [];
  for (const split of splits) cases.push(...conllEventCases(await loadSplit(dir, split), split, documents));
  return cases;
}

export interface ConllEventScores {
  documents: number;
  place: Tally;
  /** Reports with no gold place that were given one (not in `place`). */
  placedWithoutGold: number;
  date: Tally;
  actors: Counts;
}

/** The main event of a report's body, its publication day and, where the report has one, its headline. */
export type FindMainEvent = (body: string, published: string, headline?: string) => EventMention | null;

/** Runs the extractor over one file's reports of one split (of the given picks) and scores place, day and actors, with what each got wrong. */
export function evaluateConllEvents(
  cases: readonly ConllEventCase[],
  find: FindMainEvent,
  file: ConllSplit,
  split: Split,
  picks: readonly ConllEventPick['pick'][] = ['first', 'second', 'third'],
  asUploaded = false,
): { scores: ConllEventScores; misses: string[] } {
  const s: ConllEventScores = {
    documents: 0,
    place: { correct: 0, total: 0 },
    placedWithoutGold: 0,
    date: { correct: 0, total: 0 },
    actors: zeroCounts(),
  };
  const misses: string[] = [];
  for (const c of cases) {
    if (c.file !== file || c.split !== split || !picks.includes(c.pick)) continue;
    const main = asUploaded
      ? find(c.uploaded.body, c.published, c.uploaded.headline)
      : find(c.body, c.published);
    const { place, placeAlso, date, actors } = c.gold;
    const found = main?.location ?? '';
    s.documents += 1;
    if (place === null && found !== '') {
      s.placedWithoutGold += 1;
      misses.push(`${c.id} place: "${found}" given, the text gives none`);
    } else if (place !== null) {
      const ok = placeRight(place, placeAlso, found);
      s.place = { correct: s.place.correct + (ok ? 1 : 0), total: s.place.total + 1 };
      if (!ok) misses.push(`${c.id} place: "${found}" != "${place}"`);
    }
    if (date !== null) {
      const d = main?.date;
      const ok = d?.precision === 'day' && d.start === date;
      s.date = { correct: s.date.correct + (ok ? 1 : 0), total: s.date.total + 1 };
      if (!ok)
        misses.push(`${c.id} date: ${d?.start ?? 'none'}..${d?.end ?? ''} (${d?.text ?? ''}) != ${date}`);
    }
    if (actors !== null) {
      const scored = scoreActors(actors, main);
      s.actors = addCounts(s.actors, scored.counts);
      if (scored.miss) misses.push(`${c.id} ${scored.miss}`);
    }
  }
  return { scores: s, misses };
}

/** The headline figures: place and day accuracy, actors F1, between 0 and 1. */
export function conllEventFigures(s: ConllEventScores): { place: number; date: number; actorsF1: number } {
  const acc = (t: Tally): number => (t.total === 0 ? 1 : t.correct / t.total);
  return { place: acc(s.place), date: acc(s.date), actorsF1: prf(s.actors).f1 };
}
