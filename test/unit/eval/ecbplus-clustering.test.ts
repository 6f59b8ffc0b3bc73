import { describe, expect, it } from 'vitest';
import {
  formatRealClustering,
  inOrder,
  type RealClustering,
  shuffled,
} from '../../../test/eval/ecbplus-clustering';
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
