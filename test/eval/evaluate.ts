/** Runs the real extraction pipeline and story clustering over a corpus and scores both. */
import { DEFAULT_MAX_ARTICLE_BYTES } from '../../lambdas/config';
import type { Article, RawObject, Rejection } from '../../lambdas/core/model';
import { normalizeDate } from '../../lambdas/core/parse/dates';
import type { EvalCorpus } from './corpus';
import {
  type ClusteringSummary,
  clusteringSummary,
  type EvalSummary,
  extractionRows,
  formatFigures,
} from './report';
import { type ArticleScore, addScores, emptyScores, scoreArticle } from './score';

export type Analyze = (raw: RawObject, options: { maxBytes: number }) => Promise<Article | Rejection>;
export type Cluster = (
  articles: Article[],
) => Promise<{ storyOf: Record<string, string>; links: Record<string, string[]> }>;

/** Why something could not be loaded or run, in one line. */
export function reason(cause: unknown): string {
  return cause instanceof Error ? (cause.message.split('\n')[0] ?? cause.name) : String(cause);
}

/** The pipeline's one entry point, or an error that names what is missing. */
export async function loadAnalyze(): Promise<Analyze> {
  try {
    const { analyzeDocument } = await import('../../lambdas/core/analyze');
    const { LOCAL_REFERENCE_DATA } = await import('../../lambdas/local/cli/reference-data');
    return (raw, options) => analyzeDocument(raw, { ...options, reference: LOCAL_REFERENCE_DATA });
  } catch (cause) {
    throw new Error(
      `The extraction pipeline cannot be loaded (lambdas/core/analyze.ts and the parse and extract steps it imports): ${reason(cause)}`,
    );
  }
}

/** The in-memory clustering of the real story use-case, or why it cannot be loaded. */
export async function loadCluster(): Promise<Cluster | string> {
  try {
    return (await import('../support/cluster-in-memory')).clusterInMemory;
  } catch (cause) {
    return `test/support/cluster-in-memory.ts cannot be loaded: ${reason(cause)}`;
  }
}

/** Articles in the order they would have arrived: by publication date, then key. */
export function arrivalOrder(articles: Article[]): Article[] {
  return [...articles].sort(
    (a, b) => arrivalDay(a).localeCompare(arrivalDay(b)) || a.key.localeCompare(b.key),
  );
}

/**
 * When an article arrives in the eval's orders: its publication, but its upload when only its page's
 * address gave a day. Reading a date from addresses then leaves every arrival order (and the seeded
 * shuffles of it) the sequence it was, so what the date changes is measured on the same sequences; such
 * a report arrives as a backfill would, after the reports published with it.
 */
function arrivalDay(article: Article): string {
  if (article.published.source !== 'url-path' || article.received === undefined)
    return article.published.value;
  return normalizeDate(article.received) ?? article.received;
}

async function clusterScores(
  corpus: EvalCorpus,
  articles: Article[],
  cluster: Cluster | string,
): Promise<ClusteringSummary | { error: string }> {
  if (typeof cluster === 'string') return { error: cluster };
  const goldOf = Object.fromEntries(corpus.cases.map((c) => [c.raw.key, c.gold.story]));
  try {
    const predicted = await cluster(arrivalOrder(articles));
    return clusteringSummary(goldOf, predicted.storyOf, predicted.links, corpus.links);
  } catch (cause) {
    return { error: `clustering failed: ${reason(cause)}` };
  }
}

/** Extracts and clusters every article of the corpus and scores the results against its gold. */
export async function evaluate(
  corpus: EvalCorpus,
  analyze: Analyze,
  cluster: Cluster | string,
): Promise<{ summary: EvalSummary; perArticle: ArticleScore[] }> {
  const perArticle: ArticleScore[] = [];
  const articles: Article[] = [];
  for (const c of corpus.cases) {
    const result = await analyze(c.raw, { maxBytes: DEFAULT_MAX_ARTICLE_BYTES });
    if (!('code' in result)) articles.push(result);
    perArticle.push(scoreArticle(c.raw.key, c.gold, result));
  }
  const total = perArticle.reduce((sum, a) => addScores(sum, a.scores), emptyScores());
  return {
    summary: {
      articles: corpus.cases.length,
      rejected: total.rejected,
      creditViolations: total.creditViolations,
      rows: extractionRows(
        total,
        corpus.cases.some((c) => c.gold.background !== null),
      ),
      byFormat: formatFigures(perArticle),
      clustering: await clusterScores(corpus, articles, cluster),
    },
    perArticle,
  };
}
