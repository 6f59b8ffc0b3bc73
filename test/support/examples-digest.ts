/** The digest of the bundled examples, composed in memory as the digest Lambda would. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeDocument } from '../../lambdas/core/analyze';
import type { Digest } from '../../lambdas/core/digest';
import type { Article } from '../../lambdas/core/model';
import { LOCAL_REFERENCE_DATA } from '../../lambdas/local/cli/reference-data';
import { attachArticle } from '../../lambdas/use-cases/story-assignment';
import { composeChecked } from './digest-check';
import { InMemoryStoryStore } from './in-memory-stores';
import { WEIGHTS } from './term-weights';

export const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

async function extracted(file: string): Promise<Article> {
  const sidecar = `${EXAMPLES}${file}.meta.json`;
  const metadata = existsSync(sidecar)
    ? (JSON.parse(readFileSync(sidecar, 'utf8')) as Record<string, string>)
    : {};
  const result = await analyzeDocument(
    { key: file, bytes: readFileSync(`${EXAMPLES}${file}`), metadata, lastModified: '2026-06-05T06:00:00Z' },
    { maxBytes: 5 * 1024 * 1024, reference: LOCAL_REFERENCE_DATA },
  );
  if ('code' in result) throw new Error(`example ${file} rejected: ${result.reason}`);
  return result;
}

/** The bundled examples as the extractor reads them, in file-name order. */
export async function exampleArticles(): Promise<Article[]> {
  const files = readdirSync(EXAMPLES).filter((f) => !f.endsWith('.meta.json') && f !== 'README.md');
  return Promise.all(files.sort().map(extracted));
}

/** The examples' digest as a reader would get it on the day after the last of them. */
export async function exampleDigest(): Promise<{ digest: Digest; articles: Map<string, Article> }> {
  const articles = await exampleArticles();
  const stories = new InMemoryStoryStore();
  const deps = { stories, clock: { now: () => new Date('2026-06-05T06:00:00Z') }, weights: WEIGHTS };
  for (const article of articles) await attachArticle(deps, article);
  const all = [...stories.stories.values()];
  const [updated] = all.filter((s) => s.sources.length > 1);
  // The reader's check runs on it: every test that renders it would fail on a sentence that fails.
  const digest = composeChecked(all, new Map(articles.map((a) => [a.key, a])), {
    date: '2026-06-05',
    related: new Map(all.map((s) => [s.id, s])),
    ...(updated ? { previouslySent: { [updated.id]: updated.version - 1 } } : {}),
  });
  return { digest, articles: new Map(articles.map((a) => [a.key, a])) };
}
