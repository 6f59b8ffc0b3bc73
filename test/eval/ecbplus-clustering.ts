/**
 * Story merging on real reports: the ECB+ development split, all reports in one store, scored
 * against the corpus's own event grouping. Topics 16-20 are kept aside from tuning and
 * reported on their own.
 */
import { DEFAULT_MAX_ARTICLE_BYTES } from '../../lambdas/config';
import type { Article } from '../../lambdas/core/model';
import { type DateSetting, type EcbDocument, loadEcbplus } from './ecbplus';
import type { Analyze, Cluster } from './evaluate';
import { bCubed, type Counts, type Prf, pairwiseCounts, prf } from './metrics';

/** Topics whose figures are reported apart and never tuned on. */
export const ASIDE_TOPICS: ReadonlySet<number> = new Set([16, 17, 18, 19, 20]);

export interface RealClusteringRow {
  setting: DateSetting;
  part: 'tuning topics 1-15' | 'aside topics 16-20' | 'all 20 topics';
  documents: number;
  goldStories: number;
  predictedStories: number;
  pairwise: Prf & Counts;
  bCubed: Prf;
}

export interface RealClustering {
  setting: DateSetting;
  rejected: number;
  rows: RealClusteringRow[];
}

/** Articles in the order they would have arrived: by publication date, then key. */
function arrivalOrder(articles: Article[]): Article[] {
  return [...articles].sort(
    (a, b) => a.published.value.localeCompare(b.published.value) || a.key.localeCompare(b.key),
  );
}

function scorePart(
  part: RealClusteringRow['part'],
  setting: DateSetting,
  docs: EcbDocument[],
  storyOf: Record<string, string>,
): RealClusteringRow {
  const goldOf = Object.fromEntries(docs.map((d) => [d.raw.key, d.story]));
  const predictedOf = Object.fromEntries(docs.map((d) => [d.raw.key, storyOf[d.raw.key] ?? `alone:${d.id}`]));
  const pairs = pairwiseCounts(goldOf, predictedOf);
  return {
    setting,
    part,
    documents: docs.length,
    goldStories: new Set(Object.values(goldOf)).size,
    predictedStories: new Set(Object.values(predictedOf)).size,
    pairwise: { ...pairs, ...prf(pairs) },
    bCubed: bCubed(goldOf, predictedOf),
  };
}

/** Extracts every report of the split, files all of them into one store, and scores the stories. */
export async function clusterEcbplus(
  setting: DateSetting,
  analyze: Analyze,
  cluster: Cluster,
  docs?: EcbDocument[],
): Promise<RealClustering> {
  const all = docs ?? (await loadEcbplus(setting));
  const articles: Article[] = [];
  for (const doc of all) {
    const result = await analyze(doc.raw, { maxBytes: DEFAULT_MAX_ARTICLE_BYTES });
    if (!('code' in result)) articles.push(result);
  }
  // One store for all topics: stories of one topic must also keep out of every other topic.
  const { storyOf } = await cluster(arrivalOrder(articles));
  const tuning = all.filter((d) => !ASIDE_TOPICS.has(d.topic));
  const aside = all.filter((d) => ASIDE_TOPICS.has(d.topic));
  return {
    setting,
    rejected: all.length - articles.length,
    rows: [
      scorePart('tuning topics 1-15', setting, tuning, storyOf),
      scorePart('aside topics 16-20', setting, aside, storyOf),
      scorePart('all 20 topics', setting, all, storyOf),
    ],
  };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);

/** The real-text clustering figures as the terminal shows them. */
export function formatRealClustering(results: RealClustering[]): string {
  const lines = [
    'real reports: ECB+ development split (../shared/corpora/ecbplus-dev), all reports in one store',
    '',
    `${'dates'.padEnd(9)} ${'part'.padEnd(20)} ${'docs'.padStart(5)} ${'stories'.padStart(8)}  ${'B3 P'.padStart(7)} ${'B3 R'.padStart(7)} ${'B3 F1'.padStart(7)}  ${'pair P'.padStart(7)} ${'pair R'.padStart(7)} ${'pair F1'.padStart(7)}`,
  ];
  for (const result of results) {
    for (const r of result.rows) {
      lines.push(
        `${r.setting.padEnd(9)} ${r.part.padEnd(20)} ${String(r.documents).padStart(5)} ${`${r.predictedStories}/${r.goldStories}`.padStart(8)}  ${pct(r.bCubed.precision)} ${pct(r.bCubed.recall)} ${pct(r.bCubed.f1)}  ${pct(r.pairwise.precision)} ${pct(r.pairwise.recall)} ${pct(r.pairwise.f1)}`,
      );
    }
  }
  const rejected = results.map((r) => `${r.setting}: ${r.rejected}`).join(', ');
  lines.push(
    '',
    `rejected reports (${rejected}); 'dated' gives each report the date line it carries, 'undated' withholds every date`,
  );
  return `${lines.join('\n')}\n`;
}
