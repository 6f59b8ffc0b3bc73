/**
 * The ECB+ development split (../shared/corpora/ecbplus-dev) read through the real pipeline: each
 * report analysed as an uploaded text file, clustered by the story use-case, and the digest composed.
 * The texts are third-party: they are read at run time and never stored in the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeDocument } from '../../lambdas/core/analyze';
import { composeDigest, type Digest } from '../../lambdas/core/digest';
import { MONTHS } from '../../lambdas/core/digest/dates';
import type { Article, ResolvedDate, Story } from '../../lambdas/core/model';
import { LOCAL_REFERENCE_DATA } from '../../lambdas/local/cli/reference-data';
import { attachArticle } from '../../lambdas/use-cases/story-assignment';
import { InMemoryStoryStore } from './in-memory-stores';
import { WEIGHTS } from './term-weights';

/** Where the split lives; `ECBPLUS_DEV` overrides it. */
export const ECBPLUS_DEV =
  process.env.ECBPLUS_DEV ?? fileURLToPath(new URL('../../../shared/corpora/ecbplus-dev/', import.meta.url));

/** Whether the split is present (it is not in CI, where only ../shared exists when mounted). */
export const ecbplusPresent = existsSync(`${ECBPLUS_DEV}/gold.json`);

interface GoldRow {
  story: string;
  url?: string;
  dateLine?: string;
}

/** An upload time far from every report: a date resolved against it is wrong, and must show as such. */
const UPLOADED = '2026-01-15T09:00:00Z';

/** The split's reports as the extractor reads them: the URL and the date line as object metadata. */
export async function ecbplusArticles(): Promise<Article[]> {
  const gold = JSON.parse(readFileSync(`${ECBPLUS_DEV}/gold.json`, 'utf8')) as Record<string, GoldRow>;
  const files = readdirSync(`${ECBPLUS_DEV}/docs`).sort();
  const articles: Article[] = [];
  for (const file of files) {
    const row = gold[file.replace(/\.txt$/, '')];
    const metadata: Record<string, string> = {};
    if (row?.url) metadata.url = row.url;
    if (row?.dateLine) metadata.published = row.dateLine;
    const result = await analyzeDocument(
      {
        key: file,
        bytes: readFileSync(`${ECBPLUS_DEV}/docs/${file}`),
        contentType: 'text/plain',
        metadata,
        lastModified: UPLOADED,
      },
      { maxBytes: 5 * 1024 * 1024, reference: LOCAL_REFERENCE_DATA },
    );
    if ('sentences' in result) articles.push(result);
  }
  return articles;
}

/** The digest of the whole split: every story the story use-case forms, composed as of the upload day. */
export async function ecbplusDigest(): Promise<{
  digest: Digest;
  articles: Map<string, Article>;
  stories: Story[];
}> {
  const list = await ecbplusArticles();
  const store = new InMemoryStoryStore();
  const deps = { stories: store, clock: { now: () => new Date(UPLOADED) }, weights: WEIGHTS };
  for (const article of list) await attachArticle(deps, article);
  const stories = [...store.stories.values()];
  const articles = new Map(list.map((a) => [a.key, a]));
  const related = new Map(stories.map((s) => [s.id, s]));
  const digest = composeDigest(stories, articles, { date: UPLOADED.slice(0, 10), related });
  return { digest, articles, stories };
}

/** ECB+ topics the digest was tuned on; topics 16-20 were kept aside and read only at the end. */
const LAST_TUNING_TOPIC = 15;

/** Which part of the split a story belongs to: the topic of its first report. */
export function ecbplusPart(story: Story): 'tuning' | 'aside' {
  const topic = Number(story.sources[0]?.key.split('_')[0]);
  return topic <= LAST_TUNING_TOPIC ? 'tuning' : 'aside';
}

/** How many items' first two sentences carry the main event's who, where and when, of those where it is known. */
export interface LeadFigures {
  stories: number;
  items: number;
  who: [number, number];
  where: [number, number];
  when: [number, number];
  /** Background sentences dated within the story's own event (the event date of the story or of a source). */
  backgroundRestating: number;
}

/** Whether a sentence writes the date out itself: its month and day, or its month and year. */
function writesDay(text: string, date: ResolvedDate): boolean {
  const [year, month, day] = date.start.split('-').map(Number);
  const name = MONTHS[(month ?? 0) - 1] ?? '';
  return date.precision === 'day'
    ? new RegExp(`\\b${name}\\s+${day}\\b`, 'u').test(text)
    : text.includes(name) && text.includes(String(year));
}

function overlapsDay(d: ResolvedDate, o: ResolvedDate): boolean {
  return d.start <= o.end && o.start <= d.end;
}

/** The who/where/when of each item's first two sentences, and background that restates the event. */
export function leadFigures(digest: Digest, stories: Story[], articles: Map<string, Article>): LeadFigures {
  const byId = new Map(stories.map((s) => [s.id, s]));
  const figures: LeadFigures = {
    stories: stories.length,
    items: 0,
    who: [0, 0],
    where: [0, 0],
    when: [0, 0],
    backgroundRestating: 0,
  };
  const count = (pair: [number, number], hit: boolean) => {
    pair[0] += hit ? 1 : 0;
    pair[1] += 1;
  };
  for (const item of digest.items) {
    const story = byId.get(item.storyId);
    if (!story) continue;
    figures.items += 1;
    const two = item.whatsNewClauses.slice(0, 2);
    const text = two.map((c) => c.text).join(' ');
    const { date, location, participants } = story.event;
    const who = participants.filter((p) => p.kind !== 'place');
    if (who.length > 0)
      count(
        figures.who,
        who.some((p) => text.includes(p.kind === 'person' ? (p.name.split(' ').at(-1) ?? p.name) : p.name)),
      );
    if (location) count(figures.where, text.includes(location));
    // A date counts as known when a report with its own publication date gives it for its event.
    const dated = story.sources.some((s) => {
      const article = articles.get(s.key);
      const own = article?.mainEvent?.date;
      return article?.published.source !== 'upload-time' && !!own && !!date && overlapsDay(own, date);
    });
    if (date && dated)
      count(
        figures.when,
        two.some((c) => c.dates.some((d) => overlapsDay(d, date)) || writesDay(c.text, date)),
      );
    const own = [date, ...story.sources.map((s) => articles.get(s.key)?.mainEvent?.date)].filter(
      (d): d is ResolvedDate => d !== undefined,
    );
    figures.backgroundRestating += item.backgroundClauses.filter((c) =>
      c.dates.some((d) => own.some((o) => overlapsDay(d, o))),
    ).length;
  }
  return figures;
}
