/** Loads the evaluation corpus: each article's raw bytes as an S3 object would hold them, and its gold facts. */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVENT_TYPES, type EventType, type RawObject } from '../../lambdas/core/model';

/** What a careful human reads from one article; see test/fixtures/eval/README.md. */
export interface Gold {
  outlet: string;
  published: string;
  headline: string | null;
  people: string[];
  credits: string[];
  quotes: { speaker: string; text: string }[];
  mainEvent: { type: EventType; date: string; location: string | null; actors: string[] };
  /** Null where the source gold only lists background for the story as a whole: not scored. */
  background: { date: string; location?: string; people?: string[] }[] | null;
  story: string;
}

export interface EvalCase {
  raw: RawObject;
  gold: Gold;
}

export interface EvalCorpus {
  cases: EvalCase[];
  /** Story label to the labels of the earlier stories it grows from. */
  links: Record<string, string[]>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.txt': 'text/plain',
  '.html': 'text/html',
  '.md': 'text/markdown',
  '.eml': 'message/rfc822',
};
const SIDECAR = '.meta.json';
const GOLD = '.gold.json';

/**
 * A fixed upload time long after every publication date: an article whose date the pipeline
 * cannot find falls back to it and is scored wrong, as it should be.
 */
export const UPLOAD_TIME = '2026-11-01T00:00:00.000Z';

/** The corpus folder in this repository. */
export const CORPUS_DIR = new URL('../fixtures/eval/', import.meta.url);

/** Reads every article with a gold file from the folder; sidecars become object metadata, as on upload. */
export async function loadCorpus(dir: URL = CORPUS_DIR): Promise<EvalCorpus> {
  const path = fileURLToPath(dir);
  const names = (await readdir(path)).sort();
  const cases: EvalCase[] = [];
  for (const name of names) {
    const ext = extname(name);
    const contentType = CONTENT_TYPES[ext];
    if (!contentType || name.endsWith(SIDECAR) || /^readme\./i.test(name)) continue;
    const goldPath = join(path, `${name.slice(0, -ext.length)}${GOLD}`);
    if (!existsSync(goldPath)) throw new Error(`${name} has no gold file ${goldPath}`);
    const gold = checkGold(name, JSON.parse(await readFile(goldPath, 'utf8')) as Gold);
    const sidecar = join(path, `${name}${SIDECAR}`);
    const metadata = existsSync(sidecar) ? readMetadata(await readFile(sidecar, 'utf8')) : {};
    const bytes = new Uint8Array(await readFile(join(path, name)));
    cases.push({ raw: { key: name, bytes, contentType, metadata, lastModified: UPLOAD_TIME }, gold });
  }
  const links = readLinks(await readFile(join(path, 'stories.json'), 'utf8'));
  const labels = new Set(cases.map((c) => c.gold.story));
  for (const label of [...Object.keys(links), ...Object.values(links).flat()]) {
    if (!labels.has(label)) throw new Error(`stories.json names "${label}", which no gold file uses`);
  }
  return { cases, links };
}

function readMetadata(text: string): Record<string, string> {
  const data = JSON.parse(text) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(data).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

function readLinks(text: string): Record<string, string[]> {
  const data = JSON.parse(text) as Record<string, { backgroundOf?: string[] }>;
  return Object.fromEntries(Object.entries(data).map(([label, story]) => [label, story.backgroundOf ?? []]));
}

/** Fails loudly on a malformed gold file, so a typo cannot silently lower a score. */
function checkGold(name: string, gold: Gold): Gold {
  const problem = (what: string) => new Error(`${name}: gold ${what}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(gold.published)) throw problem('published must be YYYY-MM-DD');
  if (!(EVENT_TYPES as readonly string[]).includes(gold.mainEvent.type))
    throw problem('mainEvent.type unknown');
  const dates = [gold.mainEvent.date, ...(gold.background ?? []).map((b) => b.date)];
  if (dates.some((d) => !/^\d{4}-\d{2}(-\d{2})?$/.test(d)))
    throw problem('dates must be YYYY-MM or YYYY-MM-DD');
  if (!gold.story) throw problem('story label missing');
  return gold;
}

/** The shared seed articles beside the repository (third-party text, never copied in). */
export const SEEDS_DIR = new URL('../../../shared/seeds/', import.meta.url);

interface SeedGold {
  publishedGiven: string;
  articles: {
    file: string;
    outlet: string;
    outletEvidence: string;
    headline: string | null;
    people: string[];
    staff?: string[];
    quotes: { speaker: string; text: string }[];
  }[];
  story: {
    mainEvent: { type: EventType; date: string; location: string; actorsUS: string[]; actorsChina: string[] };
  };
}

/**
 * Reads the seed articles and their gold when the folder exists, else null. The publication date
 * is given as object metadata (the texts carry none), and the outlet too where only metadata can
 * say it. Their gold lists background per story, not per article, so background is not scored.
 */
export async function loadSeeds(dir: URL = SEEDS_DIR): Promise<EvalCorpus | null> {
  const path = fileURLToPath(dir);
  if (!existsSync(join(path, 'gold.json'))) return null;
  const seed = JSON.parse(await readFile(join(path, 'gold.json'), 'utf8')) as SeedGold;
  const event = seed.story.mainEvent;
  const cases: EvalCase[] = [];
  for (const a of seed.articles) {
    const metadata: Record<string, string> = { published: seed.publishedGiven };
    if (a.outletEvidence.startsWith('none in the text')) metadata.outlet = a.outlet;
    const bytes = new Uint8Array(await readFile(join(path, a.file)));
    const gold: Gold = {
      outlet: a.outlet,
      published: seed.publishedGiven,
      headline: a.headline,
      people: a.people,
      credits: a.staff ?? [],
      quotes: a.quotes,
      mainEvent: {
        type: event.type,
        date: event.date,
        location: event.location,
        actors: [...event.actorsUS, ...event.actorsChina],
      },
      background: null,
      story: 'seed-story',
    };
    cases.push({
      raw: { key: a.file, bytes, contentType: 'text/plain', metadata, lastModified: UPLOAD_TIME },
      gold: checkGold(a.file, gold),
    });
  }
  return { cases, links: { 'seed-story': [] } };
}
