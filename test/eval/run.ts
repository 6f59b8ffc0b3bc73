/**
 * `npm run eval`: runs the real extraction pipeline and story clustering over the in-house
 * corpus in test/fixtures/eval and prints how close they come to the gold facts.
 * Prints figures, never judges them: exits 0 whatever the scores.
 *
 *   npm run eval                 the table
 *   npm run eval -- --json       the same as JSON
 *   npm run eval -- --details    the table, then what each article got wrong
 */
import { DEFAULT_MAX_ARTICLE_BYTES } from '../../lambdas/config';
import type { Article, RawObject, Rejection } from '../../lambdas/core/model';
import { type EvalCase, loadCorpus } from './corpus';
import {
  type ClusteringSummary,
  clusteringSummary,
  type EvalSummary,
  extractionRows,
  formatTable,
} from './report';
import { type ArticleScore, addScores, emptyScores, scoreArticle } from './score';

type Analyze = (raw: RawObject, options: { maxBytes: number }) => Promise<Article | Rejection>;
type Cluster = (
  articles: Article[],
) => Promise<{ storyOf: Record<string, string>; links: Record<string, string[]> }>;

/** Why a module could not be loaded, in one line. */
function reason(cause: unknown): string {
  return cause instanceof Error ? (cause.message.split('\n')[0] ?? cause.name) : String(cause);
}

async function loadAnalyze(): Promise<Analyze> {
  try {
    return (await import('../../lambdas/core/analyze')).analyzeDocument;
  } catch (cause) {
    throw new Error(
      `The extraction pipeline cannot be loaded (lambdas/core/analyze.ts and the parse and extract steps it imports): ${reason(cause)}`,
    );
  }
}

async function loadCluster(): Promise<Cluster | string> {
  try {
    return (await import('../support/cluster-in-memory')).clusterInMemory;
  } catch (cause) {
    return `test/support/cluster-in-memory.ts cannot be loaded: ${reason(cause)}`;
  }
}

/** Articles in the order they would have arrived: by publication date, then key. */
function arrivalOrder(articles: Article[]): Article[] {
  return [...articles].sort(
    (a, b) => a.published.value.localeCompare(b.published.value) || a.key.localeCompare(b.key),
  );
}

async function clusterScores(cases: EvalCase[], articles: Article[], links: Record<string, string[]>) {
  const cluster = await loadCluster();
  if (typeof cluster === 'string') return { error: cluster };
  const goldOf = Object.fromEntries(cases.map((c) => [c.raw.key, c.gold.story]));
  try {
    const predicted = await cluster(arrivalOrder(articles));
    return clusteringSummary(goldOf, predicted.storyOf, predicted.links, links);
  } catch (cause) {
    return { error: `clustering failed: ${reason(cause)}` };
  }
}

/** Extracts and clusters the whole corpus and scores it. */
export async function evaluate(): Promise<{ summary: EvalSummary; perArticle: ArticleScore[] }> {
  const analyze = await loadAnalyze();
  const { cases, links } = await loadCorpus();
  const perArticle: ArticleScore[] = [];
  const articles: Article[] = [];
  for (const c of cases) {
    const result = await analyze(c.raw, { maxBytes: DEFAULT_MAX_ARTICLE_BYTES });
    if (!('code' in result)) articles.push(result);
    perArticle.push(scoreArticle(c.raw.key, c.gold, result));
  }
  const total = perArticle.reduce((sum, a) => addScores(sum, a.scores), emptyScores());
  const clustering: ClusteringSummary | { error: string } = await clusterScores(cases, articles, links);
  return {
    summary: {
      articles: cases.length,
      rejected: total.rejected,
      creditViolations: total.creditViolations,
      rows: extractionRows(total),
      clustering,
    },
    perArticle,
  };
}

async function main(args: string[]): Promise<void> {
  const { summary, perArticle } = await evaluate();
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    return;
  }
  process.stdout.write(formatTable(summary));
  if (args.includes('--details')) {
    for (const article of perArticle.filter((a) => a.misses.length > 0)) {
      process.stdout.write(`\n${article.key}\n${article.misses.map((m) => `  - ${m}`).join('\n')}\n`);
    }
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`eval: ${reason(error)}\n`);
  process.exitCode = 1;
});
