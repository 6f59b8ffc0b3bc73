/**
 * The real-text section of `npm run eval`: the pipeline on reports nobody here wrote (the ECB+
 * development split in ../shared), scored against facts annotated by hand in
 * test/fixtures/real/ecbplus-dev.gold.json. The texts are read at run time, never copied in.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../../lambdas/config';
import { EVENT_TYPES, type EventMention, type EventType, type RawObject } from '../../lambdas/core/model';
import { UPLOAD_TIME } from './corpus';
import type { Analyze } from './evaluate';
import { addCounts, type Counts, matchSets, prf, sameName, samePlace, zeroCounts } from './metrics';

export type Split = 'tuning' | 'held-aside';

export interface RealGold {
  split: Split;
  published: string | null;
  mainEvent: {
    type: EventType;
    date: string | null;
    place: string | null;
    placeAlso?: string[];
    actors: string[];
  };
  people: string[];
}

export interface RealCase {
  id: string;
  raw: RawObject;
  gold: RealGold;
}

/** Right answers out of the documents a field was scored on. */
export interface Tally {
  correct: number;
  total: number;
}

export interface RealScores {
  documents: number;
  rejected: number;
  type: Tally;
  date: Tally;
  place: Tally;
  actors: Counts;
  people: Counts;
}

export interface RealDocScore {
  id: string;
  scores: RealScores;
  misses: string[];
}

/** The corpus folder beside the repository; `NEWS_DIGEST_ECBPLUS_DIR` points elsewhere. */
export function realCorpusDir(env: Record<string, string | undefined> = process.env): string {
  return (
    env.NEWS_DIGEST_ECBPLUS_DIR ??
    fileURLToPath(new URL('../../../shared/corpora/ecbplus-dev/', import.meta.url))
  );
}

export const REAL_GOLD_FILE = new URL('../fixtures/real/ecbplus-dev.gold.json', import.meta.url);

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/u;

function checkRealGold(id: string, gold: RealGold): RealGold {
  const problem = (what: string) => new Error(`ecbplus-dev gold ${id}: ${what}`);
  if (gold.split !== 'tuning' && gold.split !== 'held-aside') throw problem('split unknown');
  if (!(EVENT_TYPES as readonly string[]).includes(gold.mainEvent.type)) throw problem('type unknown');
  for (const day of [gold.published, gold.mainEvent.date]) {
    if (day !== null && !ISO_DAY.test(day)) throw problem(`"${day}" is not YYYY-MM-DD`);
  }
  return gold;
}

/** Reads the gold and the texts it names, or says why the section cannot run. */
export async function loadRealCorpus(dir: string = realCorpusDir()): Promise<RealCase[] | string> {
  if (!existsSync(join(dir, 'docs'))) {
    return `${dir} not found (the ECB+ development split lives in ../shared beside the repository)`;
  }
  const data = JSON.parse(await readFile(REAL_GOLD_FILE, 'utf8')) as { documents: Record<string, RealGold> };
  const cases: RealCase[] = [];
  for (const [id, entry] of Object.entries(data.documents)) {
    const gold = checkRealGold(id, entry);
    const bytes = new Uint8Array(await readFile(join(dir, 'docs', `${id}.txt`)));
    const metadata: Record<string, string> = gold.published ? { published: gold.published } : {};
    cases.push({
      id,
      gold,
      raw: { key: `${id}.txt`, bytes, contentType: 'text/plain', metadata, lastModified: UPLOAD_TIME },
    });
  }
  return cases;
}

function emptyReal(): RealScores {
  return {
    documents: 0,
    rejected: 0,
    type: { correct: 0, total: 0 },
    date: { correct: 0, total: 0 },
    place: { correct: 0, total: 0 },
    actors: zeroCounts(),
    people: zeroCounts(),
  };
}

/** The field-by-field sum of two tallies. */
export function addReal(a: RealScores, b: RealScores): RealScores {
  const t = (x: Tally, y: Tally): Tally => ({ correct: x.correct + y.correct, total: x.total + y.total });
  return {
    documents: a.documents + b.documents,
    rejected: a.rejected + b.rejected,
    type: t(a.type, b.type),
    date: t(a.date, b.date),
    place: t(a.place, b.place),
    actors: addCounts(a.actors, b.actors),
    people: addCounts(a.people, b.people),
  };
}

type Result = Awaited<ReturnType<Analyze>>;

/** Whether the place found is the gold place or one the gold also accepts (the town a venue stands in). */
export function placeRight(place: string, also: readonly string[] | undefined, found: string): boolean {
  return [place, ...(also ?? [])].some((p) => samePlace(p, found));
}

/** The main event's people against the gold actors, and what went wrong when anything did. */
export function scoreActors(gold: string[], main: EventMention | null): { counts: Counts; miss?: string } {
  const actors = (main?.participants ?? []).filter((p) => p.kind === 'person');
  const counts = matchSets(gold, actors, (name, p) => sameName(name, p.name));
  if (counts.fp + counts.fn === 0) return { counts };
  return {
    counts,
    miss: `actors: found [${actors.map((a) => a.name).join(', ')}] gold [${gold.join(', ')}]`,
  };
}

/** Scores one pipeline result against one document's gold; a rejection scores as nothing found. */
export function scoreReal(id: string, gold: RealGold, result: Result): RealDocScore {
  const s = emptyReal();
  s.documents = 1;
  const misses: string[] = [];
  const judge = (field: string, ok: boolean, detail: string): Tally => {
    if (!ok) misses.push(`${field}: ${detail}`);
    return { correct: ok ? 1 : 0, total: 1 };
  };
  const article = 'code' in result ? null : result;
  if (!article) {
    s.rejected = 1;
    misses.push(`rejected: ${'code' in result ? result.reason : ''}`);
  }
  const main = article?.mainEvent ?? null;
  const g = gold.mainEvent;
  s.type = judge('type', main?.type === g.type, `${main?.type} != ${g.type}`);
  if (g.date !== null) {
    const d = main?.date;
    const ok = d?.precision === 'day' && d.start === g.date;
    s.date = judge('date', ok, `${d?.start}..${d?.end} (${d?.text}) != ${g.date}`);
  }
  if (g.place !== null) {
    const found = main?.location ?? '';
    s.place = judge('place', placeRight(g.place, g.placeAlso, found), `"${found}" != "${g.place}"`);
  }
  const actors = scoreActors(g.actors, main);
  s.actors = actors.counts;
  if (actors.miss) misses.push(actors.miss);
  const people = article?.people ?? [];
  s.people = matchSets(
    gold.people,
    people,
    (name, p) => sameName(name, p.name) || p.aliases.some((alias) => sameName(name, alias)),
  );
  if (s.people.fp + s.people.fn > 0) {
    misses.push(`people: found [${people.map((p) => p.name).join(', ')}] gold [${gold.people.join(', ')}]`);
  }
  return { id, scores: s, misses };
}

/** Runs the pipeline over the cases of one split (or all) and scores them. */
export async function evaluateReal(
  cases: RealCase[],
  analyze: Analyze,
  split?: Split,
): Promise<{ total: RealScores; perDocument: RealDocScore[] }> {
  const perDocument: RealDocScore[] = [];
  for (const c of cases) {
    if (split !== undefined && c.gold.split !== split) continue;
    const result = await analyze(c.raw, { maxBytes: DEFAULT_MAX_ARTICLE_BYTES });
    perDocument.push(scoreReal(c.id, c.gold, result));
  }
  return { total: perDocument.reduce((sum, d) => addReal(sum, d.scores), emptyReal()), perDocument };
}

/** The headline figures of a tally: accuracies and F1s between 0 and 1. */
export function realFigures(
  s: RealScores,
): Record<'type' | 'date' | 'place' | 'actorsF1' | 'peopleF1', number> {
  const acc = (t: Tally): number => (t.total === 0 ? 1 : t.correct / t.total);
  return {
    type: acc(s.type),
    date: acc(s.date),
    place: acc(s.place),
    actorsF1: prf(s.actors).f1,
    peopleF1: prf(s.people).f1,
  };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);

/** The real-text table for one split. */
export function formatReal(title: string, s: RealScores): string {
  const a = prf(s.actors);
  const p = prf(s.people);
  const acc = (t: Tally): string =>
    `${pct(t.total === 0 ? 1 : t.correct / t.total)}   ${t.correct}/${t.total}`;
  return [
    `${title}: ${s.documents} documents, ${s.rejected} rejected`,
    '',
    `${'field'.padEnd(28)} ${'P'.padStart(7)} ${'R'.padStart(7)} ${'F1/acc'.padStart(7)}   counts`,
    `${'main event: type'.padEnd(28)} ${''.padStart(15)} ${acc(s.type)}`,
    `${'main event: date (day)'.padEnd(28)} ${''.padStart(15)} ${acc(s.date)}`,
    `${'main event: place'.padEnd(28)} ${''.padStart(15)} ${acc(s.place)}`,
    `${'main event: actors'.padEnd(28)} ${pct(a.precision)} ${pct(a.recall)} ${pct(a.f1)}   tp ${s.actors.tp} fp ${s.actors.fp} fn ${s.actors.fn}`,
    `${'people'.padEnd(28)} ${pct(p.precision)} ${pct(p.recall)} ${pct(p.f1)}   tp ${s.people.tp} fp ${s.people.fp} fn ${s.people.fn}`,
    '',
  ].join('\n');
}
