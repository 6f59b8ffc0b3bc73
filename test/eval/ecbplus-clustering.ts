/**
 * Story merging on real reports: the ECB+ development split, all reports in one store, scored
 * against the corpus's own event grouping. Topics 16-20 are kept aside from tuning and
 * reported on their own.
 */
import { DEFAULT_MAX_ARTICLE_BYTES } from '../../lambdas/config';
import type { Article } from '../../lambdas/core/model';
import { type DateSetting, type EcbDocument, loadEcbplus } from './ecbplus';
import { type Analyze, arrivalOrder, type Cluster } from './evaluate';
import { bCubed, type Counts, type Prf, pairwiseCounts, prf } from './metrics';
import type { TopicPart } from './options';

/** Topics whose figures are reported apart and never tuned on. */
export const ASIDE_TOPICS: ReadonlySet<number> = new Set([16, 17, 18, 19, 20]);

export interface RealClusteringRow {
  setting: DateSetting;
  /** The parts every run scores, and the topic sets asked for with `--topics`. */
  part: 'tuning topics 1-15' | 'aside topics 16-20' | 'all 20 topics' | `topics ${string}`;
  documents: number;
  goldStories: number;
  predictedStories: number;
  pairwise: Prf & Counts;
  bCubed: Prf;
}

/**
 * The order reports arrive in: by publication date, as a live feed would bring them (the eval's own
 * figures), reversed, or shuffled by a seed. Stories should not depend on which report came first.
 */
export type ArrivalOrder = 'publication' | 'reversed' | `shuffle ${number}`;

/** The orders `--orders` adds to publication order. */
export const OTHER_ORDERS: readonly ArrivalOrder[] = ['reversed', 'shuffle 1', 'shuffle 2', 'shuffle 3'];

export interface RealClustering {
  setting: DateSetting;
  order: ArrivalOrder;
  rejected: number;
  rows: RealClusteringRow[];
}

/** A Fisher-Yates shuffle driven by a linear congruential generator: one seed, one order, on every machine. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  const next = (): number => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The articles in an arrival order. */
export function inOrder(articles: Article[], order: ArrivalOrder): Article[] {
  const byPublication = arrivalOrder(articles);
  if (order === 'publication') return byPublication;
  if (order === 'reversed') return byPublication.reverse();
  return shuffled(byPublication, Number(order.slice('shuffle '.length)));
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

/**
 * Extracts every report of the split, files all of them into one store, and scores the stories:
 * tuning and aside topics, all of them, and each of `topicParts` alone.
 */
export async function clusterEcbplus(
  setting: DateSetting,
  analyze: Analyze,
  cluster: Cluster,
  docs?: EcbDocument[],
  order: ArrivalOrder = 'publication',
  topicParts: readonly TopicPart[] = [],
): Promise<RealClustering> {
  const all = docs ?? (await loadEcbplus(setting));
  const articles: Article[] = [];
  for (const doc of all) {
    const result = await analyze(doc.raw, { maxBytes: DEFAULT_MAX_ARTICLE_BYTES });
    if (!('code' in result)) articles.push(result);
  }
  // One store for all topics: stories of one topic must also keep out of every other topic.
  const { storyOf } = await cluster(inOrder(articles, order));
  const tuning = all.filter((d) => !ASIDE_TOPICS.has(d.topic));
  const aside = all.filter((d) => ASIDE_TOPICS.has(d.topic));
  return {
    setting,
    order,
    rejected: all.length - articles.length,
    rows: [
      scorePart('tuning topics 1-15', setting, tuning, storyOf),
      scorePart('aside topics 16-20', setting, aside, storyOf),
      scorePart('all 20 topics', setting, all, storyOf),
      ...topicParts.map((p) =>
        scorePart(
          `topics ${p.label}`,
          setting,
          all.filter((d) => p.topics.includes(d.topic)),
          storyOf,
        ),
      ),
    ],
  };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);

/** The real-text clustering figures as the terminal shows them. */
export function formatRealClustering(results: RealClustering[]): string {
  const orders = results.some((r) => r.order !== 'publication');
  const orderCell = (order: string): string => (orders ? `${order.padEnd(12)} ` : '');
  const partWidth = Math.max(20, ...results.flatMap((r) => r.rows.map((row) => row.part.length)));
  const lines = [
    'real reports: ECB+ development split (../shared/corpora/ecbplus-dev), all reports in one store',
    '',
    `${'dates'.padEnd(9)} ${orderCell('order')}${'part'.padEnd(partWidth)} ${'docs'.padStart(5)} ${'stories'.padStart(8)}  ${'B3 P'.padStart(7)} ${'B3 R'.padStart(7)} ${'B3 F1'.padStart(7)}  ${'pair P'.padStart(7)} ${'pair R'.padStart(7)} ${'pair F1'.padStart(7)}`,
  ];
  for (const result of results) {
    for (const r of result.rows) {
      lines.push(
        `${r.setting.padEnd(9)} ${orderCell(result.order)}${r.part.padEnd(partWidth)} ${String(r.documents).padStart(5)} ${`${r.predictedStories}/${r.goldStories}`.padStart(8)}  ${pct(r.bCubed.precision)} ${pct(r.bCubed.recall)} ${pct(r.bCubed.f1)}  ${pct(r.pairwise.precision)} ${pct(r.pairwise.recall)} ${pct(r.pairwise.f1)}`,
      );
    }
  }
  // Every order extracts the same reports: one count a setting.
  const rejected = results
    .filter((r) => r.order === 'publication')
    .map((r) => `${r.setting}: ${r.rejected}`)
    .join(', ');
  lines.push(
    '',
    `rejected reports (${rejected}); 'dated' gives each report the date line it carries, 'undated' withholds every date`,
  );
  return `${lines.join('\n')}\n`;
}
