/**
 * The ECB+ development split (../shared/corpora/ecbplus-dev) read through the real pipeline: each
 * report analysed as an uploaded text file, clustered by the story use-case, and the digest composed.
 * The texts are third-party: they are read at run time and never stored in the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeDocument } from '../../lambdas/core/analyze';
import type { Digest } from '../../lambdas/core/digest';
import type { Article, Story } from '../../lambdas/core/model';
import { LOCAL_REFERENCE_DATA } from '../../lambdas/local/cli/reference-data';
import { publicationDay } from '../eval/ecbplus';
import { digestOfArticles } from './digest-run';

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

function readGold(): Record<string, GoldRow> {
  return JSON.parse(readFileSync(`${ECBPLUS_DEV}/gold.json`, 'utf8')) as Record<string, GoldRow>;
}

/** The real event each report tells, by the report's key (its file name): the corpus's `story`. */
export function ecbplusGoldStories(): Map<string, string> {
  return new Map(Object.entries(readGold()).map(([id, row]) => [`${id}.txt`, row.story]));
}

/** The split's reports as the extractor reads them: the URL and the date line (where it is a publication day) as object metadata. */
export async function ecbplusArticles(): Promise<Article[]> {
  const gold = readGold();
  const files = readdirSync(`${ECBPLUS_DEV}/docs`).sort();
  const articles: Article[] = [];
  for (const file of files) {
    const row = gold[file.replace(/\.txt$/, '')];
    const metadata: Record<string, string> = {};
    if (row?.url) metadata.url = row.url;
    const bytes = readFileSync(`${ECBPLUS_DEV}/docs/${file}`);
    const published = publicationDay(row?.dateLine, bytes.toString('utf8'));
    if (published) metadata.published = published;
    const result = await analyzeDocument(
      {
        key: file,
        bytes,
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
  return digestOfArticles(await ecbplusArticles(), UPLOADED);
}

/** ECB+ topics the digest was tuned on; topics 16-20 were kept aside and read only at the end. */
const LAST_TUNING_TOPIC = 15;

/** Which part of the split a story belongs to: the topic of its first report. */
export function ecbplusPart(story: Story): 'tuning' | 'aside' {
  const topic = Number(story.sources[0]?.key.split('_')[0]);
  return topic <= LAST_TUNING_TOPIC ? 'tuning' : 'aside';
}
