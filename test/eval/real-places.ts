/**
 * The main event's place and actors on wider rounds of hand gold: ECB+ development reports outside the
 * first hand gold (test/fixtures/real/ecbplus-dev.places-2.json to .places-6.json), picked by their position
 * in the sorted docs/ list or by a seeded shuffle before any output was looked at. The gold holds place and person names only; the
 * texts are read from ../shared at run time, and every name is checked to occur in its text, so a changed
 * corpus fails instead of scoring other reports.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Analyze } from './evaluate';
import { addCounts, type Counts, prf, zeroCounts } from './metrics';
import { placeRight, type RealCase, realCorpusDir, type Split, scoreActors, type Tally } from './real';
import { corpusRaw, loadCorpusIndex, quoteSplit } from './real-quotes';

/**
 * The rounds of place gold, each in its own file (the third: topics 1-15 only, the rules' development topics;
 * the fourth: every report of those topics no earlier round or gold file holds; the fifth: the reports of topics
 * 1-15 the quotes' rounds held and no place round did; the sixth: every report of topics 16-20 no gold file held,
 * all held aside, labelled blind to judge rules against a learned ranker on reports neither was fitted on).
 */
export const PLACE_ROUNDS = {
  second: new URL('../fixtures/real/ecbplus-dev.places-2.json', import.meta.url),
  third: new URL('../fixtures/real/ecbplus-dev.places-3.json', import.meta.url),
  fourth: new URL('../fixtures/real/ecbplus-dev.places-4.json', import.meta.url),
  fifth: new URL('../fixtures/real/ecbplus-dev.places-5.json', import.meta.url),
  sixth: new URL('../fixtures/real/ecbplus-dev.places-6.json', import.meta.url),
} as const;

export type PlaceRound = keyof typeof PLACE_ROUNDS;

/**
 * One report's gold: the main event's place (null when the text gives none) and its actors (null: not annotated).
 * `split` is given where the round drew its own (the fourth: every fourth report of a seeded shuffle held aside; the
 * sixth: every report held aside).
 */
export interface PlaceGold {
  split?: Split;
  place: string | null;
  placeAlso?: string[];
  actors: string[] | null;
}

export interface PlaceCase {
  id: string;
  round: PlaceRound;
  split: Split;
  raw: RealCase['raw'];
  gold: PlaceGold;
}

export interface PlaceScores {
  documents: number;
  place: Tally;
  actors: Counts;
}

/** Every name the gold gives for a report, each of which must occur in its text. */
function namesOf(gold: PlaceGold): string[] {
  return [...(gold.place === null ? [] : [gold.place]), ...(gold.placeAlso ?? []), ...(gold.actors ?? [])];
}

/** A report's split: the one its round gives, else the quotes' second round's hash of the id, fixed before any result was seen. */
export function placeSplit(id: string, gold: PlaceGold, handSplits: ReadonlyMap<string, Split>): Split {
  if (gold.split === undefined) return quoteSplit(id, handSplits);
  if (gold.split !== 'tuning' && gold.split !== 'held-aside') throw new Error(`${id}: split unknown`);
  return gold.split;
}

/** Reads every round's gold and the texts it names, or says why it cannot run. */
export async function loadPlaceCases(dir: string = realCorpusDir()): Promise<PlaceCase[] | string> {
  const index = await loadCorpusIndex(dir);
  if (typeof index === 'string') return index;
  const { handSplits, dateLines } = index;
  const cases: PlaceCase[] = [];
  for (const [round, file] of Object.entries(PLACE_ROUNDS) as [PlaceRound, URL][]) {
    const data = JSON.parse(await readFile(file, 'utf8')) as { documents: Record<string, PlaceGold> };
    for (const [id, gold] of Object.entries(data.documents)) {
      const problem = (what: string) => new Error(`ecbplus-dev places (${round} round) ${id}: ${what}`);
      if (!(id in dateLines)) throw problem('no such document in the corpus');
      if (handSplits.has(id)) throw problem('already in the first hand gold');
      if (cases.some((c) => c.id === id)) throw problem('already in an earlier round');
      const text = (await readFile(join(dir, 'docs', `${id}.txt`), 'utf8')).toLowerCase();
      const absent = namesOf(gold).find((name) => !text.includes(name.toLowerCase()));
      if (absent !== undefined) throw problem(`"${absent}" does not occur in the text`);
      const split = placeSplit(id, gold, handSplits);
      cases.push({ id, round, split, raw: await corpusRaw(dir, id, dateLines), gold });
    }
  }
  return cases;
}

/** No reports scored yet. */
export function emptyPlaceScores(): PlaceScores {
  return { documents: 0, place: { correct: 0, total: 0 }, actors: zeroCounts() };
}

/** Two sets of reports' scores taken together. */
export function addPlaceScores(a: PlaceScores, b: PlaceScores): PlaceScores {
  return {
    documents: a.documents + b.documents,
    place: { correct: a.place.correct + b.place.correct, total: a.place.total + b.place.total },
    actors: addCounts(a.actors, b.actors),
  };
}

/** Runs the pipeline over the reports of one split (of one round, or all) and scores place and actors, with what each got wrong. */
export async function evaluatePlaces(
  cases: readonly PlaceCase[],
  analyze: Analyze,
  split: Split,
  round?: PlaceRound,
): Promise<{ total: PlaceScores; misses: string[] }> {
  let total = emptyPlaceScores();
  const misses: string[] = [];
  for (const c of cases) {
    if (c.split !== split || (round !== undefined && c.round !== round)) continue;
    const result = await analyze(c.raw, { maxBytes: 5_000_000 });
    const main = 'code' in result ? null : result.mainEvent;
    const found = main?.location ?? '';
    const placeOk = c.gold.place === null || placeRight(c.gold.place, c.gold.placeAlso, found);
    const actors = c.gold.actors === null ? { counts: zeroCounts() } : scoreActors(c.gold.actors, main);
    total = {
      documents: total.documents + 1,
      place: {
        correct: total.place.correct + (c.gold.place !== null && placeOk ? 1 : 0),
        total: total.place.total + (c.gold.place === null ? 0 : 1),
      },
      actors: addCounts(total.actors, actors.counts),
    };
    if (!placeOk) misses.push(`${c.id} place: "${found}" != "${c.gold.place}"`);
    if (actors.miss) misses.push(`${c.id} ${actors.miss}`);
  }
  return { total, misses };
}

/** The headline figures: place accuracy and actors F1, between 0 and 1. */
export function placeFigures(s: PlaceScores): { place: number; actorsF1: number } {
  return { place: s.place.total === 0 ? 1 : s.place.correct / s.place.total, actorsF1: prf(s.actors).f1 };
}
