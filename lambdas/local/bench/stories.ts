/**
 * Story scaling: what it costs to file an article into its story must not grow with the
 * table. Preloads real-shaped stories (reports of the bench corpus, re-dated over two years, so
 * every event recurs: the hot keys of a real table) into dynalite through the real
 * DynamoDbStoryStore, then files new reports: half of them of a preloaded event a day later,
 * half of the table's last week (today's news, which may join a story of those days),
 * counting time, CPU, DynamoDB calls and the capacity units the table reports. The preload
 * files each report as ingestion would (into a matching story of its days, or a new one), so
 * the table holds stories of several reports and no two stories of one event. A table larger
 * than BASE_STORIES repeats such a table's stories under later dates (filing 100,000 stories
 * one report at a time took longer than writing them). Every table is written straight into
 * the emulator's store, a base table at a time: the items `save` writes for a new story, without
 * a request each (through the SDK, 100,000 stories took most of an hour).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDocumentClient } from '../../adapters/dynamodb/client';
import { DynamoDbStoryStore, newStoryItems } from '../../adapters/dynamodb/story-store';
import type { Article, ResolvedDate, Story, StorySource } from '../../core/model';
import type { StoryCandidateQuery } from '../../core/story';
import {
  addSource,
  candidateQuery,
  chooseStory,
  mergeStories,
  mergeSurvivor,
  newStory,
  pickCandidates,
  storiesMatch,
  storyIdFor,
  storyIndexEntries,
  storyQuery,
} from '../../core/story';
import { addDays, dayNumber } from '../../core/story/dates';
import { type TermWeights, termWeightsFrom } from '../../core/story/term-weights';
import { attachArticle, type StoryAssignmentDeps } from '../../use-cases/story-assignment';
import { LOCAL_REFERENCE_DATA } from '../cli/reference-data';
import { startDynamoDb } from '../dynamodb-emulator';
import { type CapacityTally, countCapacity } from './capacity';

const WEIGHTS = termWeightsFrom(LOCAL_REFERENCE_DATA);

/** One row of `stories` in `npm run bench -- --json`. */
export interface StoryScalingRow {
  stored: number;
  msPerArticle: number;
  cpuMsPerArticle: number;
  callsPerArticle: number;
  rruPerArticle: number;
  wruPerArticle: number;
  /**
   * The standard error of `wruPerArticle`: a report that merges two grown stories costs ten
   * times one that joins, so a few such reports more or less move the mean.
   */
  wruStdError: number;
  /** Write units per article by operation and item kind ("put term index"), largest first. */
  wruByKind: Record<string, number>;
  /** Timed reports of a preloaded event that joined a story rather than opening one. */
  joined: number;
  /** Timed reports of a preloaded event. */
  ofPreloaded: number;
  preloadSeconds: number;
}

/** Stored-story counts measured by default (issue 8's rows); `--stored` chooses others. */
export const STORED_STORIES = [100, 10_000, 100_000] as const;
/** Stories filed report by report; a larger table repeats them under later dates. */
const BASE_STORIES = 1_000;
/**
 * Reports timed per table: enough that the mean write units move by well under one when a
 * report more or less merges stories (40 let one merge move it by 3). The tables grow by the
 * stories these open (the 100-story table to about 150).
 */
const TIMED_ARTICLES = 200;
const WARM_UP_ARTICLES = 10;
const FIRST_DAY = '2025-01-01';
/**
 * New stories a day: a table grows by adding days at a steady rate, not by crowding more
 * stories into the same days. Two a day is about what the bench reports' 36 events allow
 * without most of a day's reports joining one of its stories.
 */
const STORIES_PER_DAY = 2;

/** A small seeded generator (mulberry32), so every run loads the same stories. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * The report re-dated to `day` under a new key, its event dated that day too, and received
 * that day: a live table receives reports as they are published, not as a backfill.
 */
function redated(article: Article, key: string, day: string): Article {
  const date = { start: day, end: day, precision: 'day' as const, text: day };
  return {
    ...article,
    key,
    contentHash: `${article.contentHash}:${key}`,
    published: { value: `${day}T12:00:00Z`, source: 'object-metadata' },
    received: `${day}T12:00:00Z`,
    mainEvent: article.mainEvent ? { ...article.mainEvent, date } : null,
  };
}

/** An ISO day or date-time `days` later; other text (a date's words) as it is. */
function shiftIso(value: string, days: number): string {
  return /^\d{4}-\d{2}-\d{2}/u.test(value) ? `${addDays(value, days)}${value.slice(10)}` : value;
}

function shiftDate(date: ResolvedDate, days: number): ResolvedDate {
  const [start, end, text] = [date.start, date.end, date.text].map((v) => shiftIso(v, days));
  return { ...date, start: start as string, end: end as string, text: text as string };
}

/**
 * A preloaded story as its reports would have made it `days` later: what `redated` moves (each
 * report's publication and event day) moved, under ids and keys of its own (`copy`).
 */
export function shiftedStory(story: Story, days: number, copy: number): Story {
  const id = (value: string) => `${value}@${copy}`;
  const source = (s: StorySource): StorySource => ({
    ...s,
    key: id(s.key),
    published: shiftIso(s.published, days),
    ...(s.contentHash ? { contentHash: id(s.contentHash) } : {}),
    ...(s.event?.date ? { event: { ...s.event, date: shiftDate(s.event.date, days) } } : {}),
  });
  const { date } = story.event;
  return {
    ...story,
    id: id(story.id),
    event: { ...story.event, ...(date ? { date: shiftDate(date, days) } : {}) },
    sources: story.sources.map(source),
    views: story.views.map((v) => ({ ...v, key: id(v.key) })),
    backgroundStoryIds: story.backgroundStoryIds.map(id),
    ...(story.indexedBy ? { indexedBy: id(story.indexedBy) } : {}),
  };
}

/** Index entries the preload reads per key, as the store's own cap does. */
const PRELOAD_KEY_CAP = 50;

/** An in-memory stand-in for the table's term index: entries by key and week, found as the store's capped Query finds them. */
class PreloadIndex {
  private readonly entries = new Map<string, { date: string; id: string }[]>();

  private static bucket(key: string, day: string): string {
    return `${key} ${Math.floor(dayNumber(day) / 7)}`;
  }

  /** The ids the query's search finds, as `pickCandidates` orders them. */
  find(query: StoryCandidateQuery): string[] {
    const hits = new Map<string, number>();
    for (const key of query.entityKeys) {
      const found: { date: string; id: string }[] = [];
      for (let day = query.from; day <= addDays(query.to, 7); day = addDays(day, 7))
        found.push(...(this.entries.get(PreloadIndex.bucket(key, day)) ?? []));
      const inWindow = found
        .filter((e) => e.date >= query.from && e.date <= query.to)
        .sort((a, b) => b.date.localeCompare(a.date));
      for (const id of new Set(inWindow.slice(0, PRELOAD_KEY_CAP).map((e) => e.id)))
        hits.set(id, (hits.get(id) ?? 0) + 1);
    }
    return pickCandidates(hits, query);
  }

  add(story: Story): void {
    for (const entry of storyIndexEntries(story).entities) {
      const bucket = PreloadIndex.bucket(entry.key, entry.date);
      const entries = this.entries.get(bucket) ?? [];
      if (!entries.some((e) => e.id === story.id && e.date === entry.date))
        entries.push({ date: entry.date, id: story.id });
      this.entries.set(bucket, entries);
    }
  }
}

/**
 * `count` stories built from reports the way story assignment files them, in memory: each
 * report joins the story its search finds and matches or opens its own, and a story that then
 * matches another (as reconciliation checks) absorbs it, so the table holds no two stories of
 * one event.
 */
function preloadStories(count: number, next: () => Article, now: Date, weights: TermWeights): Story[] {
  const stories = new Map<string, Story>();
  const index = new PreloadIndex();
  const found = (query: StoryCandidateQuery) => index.find(query).flatMap((id) => stories.get(id) ?? []);
  let reports = 0;
  while (stories.size < count) {
    const article = next();
    reports += 1;
    const chosen = chooseStory(article, found(candidateQuery(article, weights)), weights).story;
    let story = chosen
      ? addSource(chosen, article, now, weights)
      : newStory(article, storyIdFor(article), now, weights);
    const twins = found(storyQuery(story)).filter((s) => s.id !== story.id && storiesMatch(story, s));
    for (const twin of twins) {
      const winner = mergeSurvivor(story, twin);
      const loser = winner === story ? twin : story;
      stories.delete(loser.id);
      story = mergeStories(winner, loser, now);
    }
    stories.set(story.id, story);
    index.add(story);
    if (reports > count * 50)
      throw new Error(`preload: ${reports} reports made only ${stories.size} stories`);
  }
  return [...stories.values()];
}

/** A table preloaded with `count` stories, and the articles to file into it. */
interface PreparedTable {
  count: number;
  preloadSeconds: number;
  incoming: { joins: boolean; article: Article }[];
  deps: StoryAssignmentDeps;
  tally: CapacityTally;
  stop(): Promise<void>;
}

/** The days a table of `count` stories spans, at STORIES_PER_DAY. */
const spanOf = (count: number) => Math.ceil(count / STORIES_PER_DAY);

/**
 * A base table of up to BASE_STORIES stories filed report by report, the reports it was filed
 * from, and how many spans a table of `count` stories repeats it over.
 */
function baseTable(
  count: number,
  reports: Article[],
  random: () => number,
  now: Date,
): { first: Story[]; preloaded: Article[]; count: number; copies: number; baseSpan: number } {
  const base = Math.min(count, BASE_STORIES);
  const baseSpan = spanOf(base);
  const report = () => reports[Math.floor(random() * reports.length)] as Article;
  const preloaded: Article[] = [];
  const day = () => addDays(FIRST_DAY, Math.floor(random() * baseSpan));
  const next = () => {
    const article = redated(report(), `preload-${preloaded.length}.txt`, day());
    preloaded.push(article);
    return article;
  };
  const first = preloadStories(base, next, now, WEIGHTS);
  return { first, preloaded, count, copies: Math.ceil(count / base), baseSpan };
}

/**
 * A table's stories a base table at a time: the base table, then, for a larger count, its
 * stories again under later dates, one base span after another, so the table grows by days at
 * the same rate. One chunk is held at a time, never the whole table.
 */
export function* tableChunks(table: { first: Story[]; count: number; baseSpan: number }): Generator<Story[]> {
  yield table.first;
  let stored = table.first.length;
  for (let copy = 1; stored < table.count; copy += 1) {
    const wanted = Math.min(table.first.length, table.count - stored);
    yield table.first.slice(0, wanted).map((story) => shiftedStory(story, copy * table.baseSpan, copy));
    stored += wanted;
  }
}

/**
 * `count` stories of a table like the rows' (reports filed into stories, repeated under later dates), held in
 * memory: the digest's window of a busy run.
 */
export function storiesInMemory(count: number, reports: Article[]): Story[] {
  const now = new Date(`${addDays(FIRST_DAY, spanOf(count) + 7)}T00:00:00Z`);
  return [...tableChunks(baseTable(count, reports, seeded(count), now))].flat();
}

async function prepareTable(count: number, reports: Article[]): Promise<PreparedTable> {
  const random = seeded(count);
  const spanDays = spanOf(count);
  const report = () => reports[Math.floor(random() * reports.length)] as Article;
  // On disk (LevelDB), not in the JavaScript heap: millions of items there made garbage
  // collection most of the preload, and ran out of heap at 100,000 stories. Every table alike.
  const dir = await mkdtemp(join(tmpdir(), 'news-digest-bench-'));
  const dynamodb = await startDynamoDb({ path: dir });
  const tableName = 'news-digest-bench';
  const client = createDocumentClient({
    endpoint: dynamodb.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const stop = async () => {
    client.destroy();
    await dynamodb.stop();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await dynamodb.ensureTable(tableName);
    const now = new Date(`${addDays(FIRST_DAY, spanDays + 7)}T00:00:00Z`);
    const preloadStart = performance.now();
    const table = baseTable(count, reports, random, now);
    for (const chunk of tableChunks(table))
      await dynamodb.putNewItems(tableName, chunk.flatMap(newStoryItems));
    const preloadSeconds = (performance.now() - preloadStart) / 1000;
    // Today's news: reports of the table's last week, as a live table receives them.
    const recentDay = () => addDays(FIRST_DAY, spanDays - 1 - Math.floor(random() * 7));
    // A report of a preloaded event a day later, in any of the spans the event repeats in.
    const ofPreloaded = () => {
      const pick = table.preloaded[Math.floor(random() * table.preloaded.length)] as Article;
      const span = table.copies > 1 ? Math.floor(random() * table.copies) : 0;
      return { pick, days: span * table.baseSpan + 1 };
    };
    const incoming = Array.from({ length: WARM_UP_ARTICLES + TIMED_ARTICLES }, (_, i) => {
      const joins = i % 2 === 0;
      const { pick, days } = joins ? ofPreloaded() : { pick: redated(report(), 'x', recentDay()), days: 0 };
      const published = addDays(pick.published.value.slice(0, 10), days);
      return { joins, article: redated(pick, `incoming-${i}.txt`, published) };
    });
    // Counted from here: the preload is setup, not the work per article.
    const tally = countCapacity(client);
    const deps = {
      stories: new DynamoDbStoryStore(client, tableName),
      clock: { now: () => now },
      weights: WEIGHTS,
    };
    return { count, preloadSeconds, incoming, deps, tally, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

interface Totals {
  ms: number;
  cpuMs: number;
  calls: number;
  readUnits: number;
  /** Each timed article's write units. */
  writes: number[];
  joined: number;
  /** Write units by kind when timing began. */
  kindsBefore: Map<string, number>;
}

/** The write units of a tally by kind, kinds that wrote nothing left out. */
function writesByKind(tally: CapacityTally): Map<string, number> {
  return new Map([...tally.byKind].flatMap(([kind, c]) => (c.writeUnits > 0 ? [[kind, c.writeUnits]] : [])));
}

/** Files one article and adds what it cost to the totals. */
async function fileOne(table: PreparedTable, i: number, totals: Totals): Promise<void> {
  const { joins, article } = table.incoming[i] as PreparedTable['incoming'][number];
  if (i === WARM_UP_ARTICLES) totals.kindsBefore = writesByKind(table.tally);
  const before = { ...table.tally };
  const cpu = process.cpuUsage();
  const start = performance.now();
  const outcome = await attachArticle(table.deps, article);
  if (i < WARM_UP_ARTICLES) return;
  totals.ms += performance.now() - start;
  const used = process.cpuUsage(cpu);
  totals.cpuMs += (used.user + used.system) / 1000;
  totals.calls += table.tally.calls - before.calls;
  totals.readUnits += table.tally.readUnits - before.readUnits;
  totals.writes.push(table.tally.writeUnits - before.writeUnits);
  if (joins && !outcome.created) totals.joined += 1;
}

/** The standard error of the mean of a sample. */
function standardError(sample: number[]): number {
  const mean = sample.reduce((sum, x) => sum + x, 0) / sample.length;
  const variance = sample.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (sample.length - 1);
  return Math.sqrt(variance / sample.length);
}

/** Write units per timed article by kind, largest first. */
function perArticleByKind(table: PreparedTable, totals: Totals): Record<string, number> {
  const kinds = [...writesByKind(table.tally)].map(([kind, units]): [string, number] => [
    kind,
    (units - (totals.kindsBefore.get(kind) ?? 0)) / TIMED_ARTICLES,
  ]);
  return Object.fromEntries(kinds.filter(([, units]) => units > 0).sort((a, b) => b[1] - a[1]));
}

/**
 * Files the same kinds of report into tables of each size, the tables taking turns article by
 * article so that warming of the JIT and the SDK favours none.
 */
export async function measureStoryScaling(
  reports: Article[],
  sizes: readonly number[] = STORED_STORIES,
  onTable: (stored: number) => void = () => {},
): Promise<StoryScalingRow[]> {
  const tables: PreparedTable[] = [];
  try {
    for (const size of sizes) {
      onTable(size);
      tables.push(await prepareTable(size, reports));
    }
    const totals = tables.map(
      (): Totals => ({
        ms: 0,
        cpuMs: 0,
        calls: 0,
        readUnits: 0,
        writes: [],
        joined: 0,
        kindsBefore: new Map(),
      }),
    );
    for (let i = 0; i < WARM_UP_ARTICLES + TIMED_ARTICLES; i += 1) {
      for (const [t, table] of tables.entries()) await fileOne(table, i, totals[t] as Totals);
    }
    const per = (x: number) => x / TIMED_ARTICLES;
    return tables.map((table, t) => {
      const total = totals[t] as Totals;
      return {
        stored: table.count,
        msPerArticle: per(total.ms),
        cpuMsPerArticle: per(total.cpuMs),
        callsPerArticle: per(total.calls),
        rruPerArticle: per(total.readUnits),
        wruPerArticle: per(total.writes.reduce((sum, x) => sum + x, 0)),
        wruStdError: standardError(total.writes),
        wruByKind: perArticleByKind(table, total),
        joined: total.joined,
        ofPreloaded: TIMED_ARTICLES / 2,
        preloadSeconds: table.preloadSeconds,
      };
    });
  } finally {
    for (const table of tables) await table.stop();
  }
}
