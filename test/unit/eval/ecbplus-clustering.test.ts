import { describe, expect, it } from 'vitest';
import type { Article } from '../../../lambdas/core/model';
import type { EcbDocument } from '../../../test/eval/ecbplus';
import {
  clusterEcbplus,
  formatRealClustering,
  inOrder,
  type RealClustering,
  shuffled,
} from '../../../test/eval/ecbplus-clustering';
import type { Analyze, Cluster } from '../../../test/eval/evaluate';
import { type ArticleSpec, buildArticle } from '../../support/article-builder';

describe('Function: shuffled', () => {
  const items = Array.from({ length: 20 }, (_, i) => i);

  it('gives one order for one seed, another for another, each a permutation', () => {
    // Act
    const first = shuffled(items, 1);
    const again = shuffled(items, 1);
    const other = shuffled(items, 2);

    // Assess
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
    expect([...first].sort((a, b) => a - b)).toEqual(items);
    expect(items[0]).toBe(0);
  });
});

describe('Function: inOrder', () => {
  const report: ArticleSpec = {
    key: 'a.txt',
    outlet: 'Harbour Post',
    published: '2024-05-06T09:00:00Z',
    type: 'protest',
    action: 'walked out',
    lead: 'Ferry crews at Kestrel Bay walked out on Monday.',
  };
  const early = buildArticle(report);
  const late = buildArticle({ ...report, key: 'b.txt', published: '2024-05-07T09:00:00Z' });

  it.each([
    ['publication', ['a.txt', 'b.txt']],
    ['reversed', ['b.txt', 'a.txt']],
  ] as const)('files articles in %s order', (order, keys) => {
    expect(inOrder([late, early], order).map((a) => a.key)).toEqual(keys);
  });

  it("files a report dated only by its page's address when it was uploaded, as one without a date", () => {
    // Prepare: an earlier day read from the address; uploaded after both others were published
    const byAddress: Article = {
      ...buildArticle({ ...report, key: 'c.txt' }),
      published: { value: '2024-05-01', source: 'url-path' },
      received: '2024-05-08T00:00:00.000Z',
    };

    // Act
    const keys = inOrder([byAddress, late, early], 'publication').map((a) => a.key);

    // Assess
    expect(keys).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });
});

describe('Function: formatRealClustering', () => {
  const result = (order: RealClustering['order']): RealClustering => ({
    setting: 'dated',
    order,
    rejected: 0,
    rows: [
      {
        setting: 'dated',
        part: 'tuning topics 1-15',
        documents: 4,
        goldStories: 2,
        predictedStories: 2,
        pairwise: { tp: 2, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 },
        bCubed: { precision: 1, recall: 1, f1: 1 },
      },
    ],
  });

  it('prints an order column only when another order than publication is shown', () => {
    // Act
    const plain = formatRealClustering([result('publication')]);
    const orders = formatRealClustering([result('publication'), result('reversed')]);

    // Assess
    expect(plain).not.toContain('order');
    expect(orders).toMatch(/dates\s+order\s+part/);
    expect(orders).toMatch(/dated\s+reversed\s+tuning topics 1-15/);
    expect(orders).toContain('rejected reports (dated: 0)');
  });
});

describe('Function: clusterEcbplus', () => {
  // Prepare: two topics of two reports each; the clustering puts all four in one story.
  const doc = (id: string, topic: number, story: string): EcbDocument => ({
    id,
    story,
    topic,
    raw: {
      key: `${id}.txt`,
      bytes: new Uint8Array(),
      contentType: 'text/plain',
      metadata: {},
      lastModified: '2024-05-06T09:00:00Z',
    },
  });
  const docs = [doc('1_1', 1, '1_a'), doc('1_2', 1, '1_a'), doc('2_1', 2, '2_a'), doc('2_2', 2, '2_b')];
  const analyze: Analyze = async (raw) =>
    buildArticle({
      key: raw.key,
      outlet: 'Harbour Post',
      published: '2024-05-06T09:00:00Z',
      type: 'protest',
      action: 'walked out',
      lead: 'Ferry crews walked out on Monday.',
    });
  const oneStory: Cluster = async (articles) => ({
    storyOf: Object.fromEntries(articles.map((a) => [a.key, 'st_one'])),
    links: {},
  });

  it('scores each topic set asked for on its own, after the usual parts', async () => {
    // Act
    const result = await clusterEcbplus('dated', analyze, oneStory, docs, 'publication', [
      { label: '1', topics: [1] },
      { label: '2', topics: [2] },
    ]);

    // Assess
    const [first, second] = result.rows.slice(-2);
    expect(result.rows.map((r) => r.part)).toEqual([
      'tuning topics 1-15',
      'aside topics 16-20',
      'all 20 topics',
      'topics 1',
      'topics 2',
    ]);
    expect([first?.documents, first?.bCubed.f1, first?.pairwise.precision]).toEqual([2, 1, 1]);
    expect([second?.documents, second?.goldStories, second?.pairwise.precision]).toEqual([2, 2, 0]);
  });
});
