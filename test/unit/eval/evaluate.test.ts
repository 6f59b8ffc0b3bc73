import { describe, expect, it } from 'vitest';
import type { Article, RawObject, Rejection } from '../../../lambdas/core/model';
import { type EvalCorpus, type Gold, loadCorpus } from '../../../test/eval/corpus';
import { type Analyze, type Cluster, evaluate, loadAnalyze, loadCluster } from '../../../test/eval/evaluate';

const gold = (story: string, people: string[]): Gold => ({
  outlet: 'Valley Courier',
  published: '2026-07-01',
  headline: null,
  people,
  credits: [],
  quotes: [],
  mainEvent: { type: 'ruling', date: '2026-06-30', location: null, actors: [] },
  background: [],
  story,
});

const raw = (key: string): RawObject => ({
  key,
  bytes: new TextEncoder().encode(`${key} body`),
  metadata: {},
  lastModified: '2026-07-01T00:00:00Z',
});

const corpus: EvalCorpus = {
  cases: [
    { raw: raw('a.txt'), gold: gold('verdict', ['Ines Paredes']) },
    { raw: raw('b.txt'), gold: gold('verdict', ['Ines Paredes']) },
    { raw: raw('c.txt'), gold: gold('flood', []) },
  ],
  links: { verdict: [], flood: [] },
};

/** A pipeline that reads every article as naming Ines Paredes, and cannot read c.txt at all. */
const analyze: Analyze = async (object) => {
  if (object.key === 'c.txt') {
    const rejection: Rejection = {
      key: object.key,
      contentHash: 'h',
      code: 'empty',
      reason: 'nothing to read',
    };
    return rejection;
  }
  const article: Article = {
    key: object.key,
    format: 'text',
    contentHash: 'h',
    outlet: { value: 'Valley Courier', source: 'object-metadata' },
    headline: null,
    published: { value: '2026-07-01', source: 'object-metadata' },
    url: null,
    credits: [],
    text: '',
    sentences: [],
    people: [{ name: 'Ines Paredes', aliases: [], mentions: [] }],
    organizations: [],
    places: [],
    quotes: [],
    mainEvent: null,
    background: [],
  };
  return article;
};

describe('Function: evaluate', () => {
  it('does score every case, rejections included, and cluster only what was read', async () => {
    const clustered: string[][] = [];
    const cluster: Cluster = async (articles) => {
      clustered.push(articles.map((a) => a.key));
      return { storyOf: Object.fromEntries(articles.map((a) => [a.key, 's1'])), links: {} };
    };
    const { summary, perArticle } = await evaluate(corpus, analyze, cluster);
    expect(summary.articles).toBe(3);
    expect(summary.rejected).toBe(1);
    expect(clustered).toEqual([['a.txt', 'b.txt']]);
    expect(summary.rows.find((r) => r.field === 'people')).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(summary.clustering).toMatchObject({
      goldStories: 2,
      predictedStories: 2,
      bCubed: { precision: 1, recall: 1 },
    });
    expect(perArticle.map((a) => a.key)).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });

  it('does report clustering as not measured when the clusterer is missing or throws', async () => {
    const missing = await evaluate(corpus, analyze, 'no clusterer here');
    expect(missing.summary.clustering).toEqual({ error: 'no clusterer here' });
    const failing: Cluster = async () => {
      throw new Error('store exploded');
    };
    const failed = await evaluate(corpus, analyze, failing);
    expect(failed.summary.clustering).toEqual({ error: 'clustering failed: store exploded' });
  });
});

describe('Function: evaluate (the real pipeline on the in-house corpus)', () => {
  it('does produce a figure for every field, each between 0 and 1', async () => {
    const { summary } = await evaluate(await loadCorpus(), await loadAnalyze(), await loadCluster());
    expect(summary.articles).toBeGreaterThanOrEqual(36);
    expect(summary.rows.map((r) => r.field)).toContain('background: date period');
    for (const row of summary.rows) {
      const figures = row.kind === 'accuracy' ? [row.accuracy] : [row.precision, row.recall, row.f1];
      for (const figure of figures) expect(figure).toBeGreaterThanOrEqual(0);
      for (const figure of figures) expect(figure).toBeLessThanOrEqual(1);
    }
    expect('error' in summary.clustering ? summary.clustering.error : 'measured').toBe('measured');
  });
});
