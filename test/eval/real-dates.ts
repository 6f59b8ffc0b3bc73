/**
 * The main event's day on a round of date gold (test/fixtures/real/ecbplus-dev.dates.json): every report of
 * the places' second and third rounds that carries a date line, annotated before any output on them was
 * looked at. The gold holds ISO days only; the texts are read from ../shared at run time.
 */
import { readFile } from 'node:fs/promises';
import type { Analyze } from './evaluate';
import { type RealCase, realCorpusDir, type Split, type Tally } from './real';
import { corpusRaw, loadCorpusIndex, quoteSplit } from './real-quotes';

export const DATE_GOLD = new URL('../fixtures/real/ecbplus-dev.dates.json', import.meta.url);

export interface DateCase {
  id: string;
  split: Split;
  raw: RealCase['raw'];
  /** The main event's ISO day, or null when the text does not let a reader know it (not scored). */
  date: string | null;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/u;

/** Reads the date gold and the texts it names, or says why it cannot run. */
export async function loadDateCases(dir: string = realCorpusDir()): Promise<DateCase[] | string> {
  const index = await loadCorpusIndex(dir);
  if (typeof index === 'string') return index;
  const { handSplits, dateLines } = index;
  const data = JSON.parse(await readFile(DATE_GOLD, 'utf8')) as {
    documents: Record<string, { date: string | null }>;
  };
  const cases: DateCase[] = [];
  for (const [id, { date }] of Object.entries(data.documents)) {
    const problem = (what: string) => new Error(`ecbplus-dev dates ${id}: ${what}`);
    if (!(id in dateLines)) throw problem('no such document in the corpus');
    if (handSplits.has(id)) throw problem('already in the first hand gold');
    if (!dateLines[id]?.dateLine) throw problem('the corpus gives it no date line');
    if (date !== null && !ISO_DAY.test(date)) throw problem(`"${date}" is not an ISO day`);
    // The split rule of the quotes' and places' later rounds: a hash of the id, fixed before any result was seen.
    cases.push({ id, split: quoteSplit(id, handSplits), raw: await corpusRaw(dir, id, dateLines), date });
  }
  return cases;
}

/** Runs the pipeline over one split's reports and counts the main events dated to the gold's day. */
export async function evaluateDates(
  cases: readonly DateCase[],
  analyze: Analyze,
  split: Split,
): Promise<{ tally: Tally; misses: string[] }> {
  const tally: Tally = { correct: 0, total: 0 };
  const misses: string[] = [];
  for (const c of cases) {
    if (c.split !== split || c.date === null) continue;
    const result = await analyze(c.raw, { maxBytes: 5_000_000 });
    const date = 'code' in result ? undefined : result.mainEvent?.date;
    tally.total += 1;
    if (date?.precision === 'day' && date.start === c.date) tally.correct += 1;
    else
      misses.push(
        `${c.id} date: ${date?.start ?? 'none'}..${date?.end ?? ''} (${date?.text ?? ''}) != ${c.date}`,
      );
  }
  return { tally, misses };
}
