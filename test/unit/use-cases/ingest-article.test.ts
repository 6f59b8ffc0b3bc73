import { describe, expect, it } from 'vitest';
import type { Article, RawObject, Rejection } from '../../../lambdas/core/model';
import { contentHash } from '../../../lambdas/core/parse/hash';
import type { StoryCandidateQuery } from '../../../lambdas/core/story';
import type { ArticleRecord, ArticleSource } from '../../../lambdas/ports';
import { ingestChange, isStale } from '../../../lambdas/use-cases/ingest-article';
import { buildArticle } from '../../support/article-builder';
import { InMemoryArticleStore, InMemoryStoryStore } from '../../support/in-memory-stores';
import { fares, ferries, storyOf } from '../../support/stray-reports';
import { WEIGHTS } from '../../support/term-weights';

/** A bucket in a Map, counting reads so tests can tell whether a body was downloaded. */
class FakeBucket implements ArticleSource {
  readonly objects = new Map<string, { body: string; metadata: Record<string, string> }>();
  gets = 0;

  async head(key: string) {
    const o = this.objects.get(key);
    return o
      ? { size: Buffer.byteLength(o.body), metadata: o.metadata, lastModified: '2026-04-15T10:00:00.000Z' }
      : null;
  }

  async get(key: string): Promise<RawObject | null> {
    this.gets += 1;
    const o = this.objects.get(key);
    return o
      ? {
          key,
          bytes: new TextEncoder().encode(o.body),
          metadata: o.metadata,
          lastModified: '2026-04-15T10:00:00.000Z',
        }
      : null;
  }
}

/** Stands in for the extractor: the body names the event, so tests control which story an article joins. */
async function analyze(raw: RawObject): Promise<Article | Rejection> {
  const body = new TextDecoder().decode(raw.bytes);
  if (body.startsWith('BINARY')) {
    return {
      key: raw.key,
      contentHash: contentHash(raw.bytes),
      code: 'binary',
      reason: 'The file is a PNG image, not text.',
    };
  }
  const summit = body.includes('summit');
  const article = buildArticle({
    key: raw.key,
    outlet: raw.metadata.outlet ?? 'Meridian Wire',
    published: '2026-04-15',
    lead: body,
    type: summit ? 'summit' : 'ruling',
    action: summit ? 'met at a summit' : 'ruled',
    people: summit ? ['Ellen Vermeulen', 'Daniel Mwangi'] : ['Teresa Villanueva', 'Marisol Okonkwo-Reyes'],
    location: summit ? 'Rotterdam' : 'Sacramento',
    date: '2026-04-14',
  });
  const failure = body.includes('RULES FAIL')
    ? { analysisError: 'The extraction rules failed: TypeError: x' }
    : {};
  return { ...article, contentHash: contentHash(raw.bytes), ...failure };
}

function setup(maxArticleBytes = 10_000) {
  const bucket = new FakeBucket();
  const articles = new InMemoryArticleStore();
  const stories = new InMemoryStoryStore();
  const deps = {
    source: bucket,
    articles,
    stories,
    clock: { now: () => new Date('2026-04-15T10:00:05.000Z') },
    weights: WEIGHTS,
    analyze,
    maxArticleBytes,
  };
  return { bucket, articles, stories, deps };
}

const SUMMIT = 'Ministers met at a summit in Rotterdam on Tuesday.';
const RULING = 'The appeals court ruled on Tuesday in Sacramento.';

describe('Function: ingestChange', () => {
  it('extracts a new object and files it into a new story', async () => {
    const { bucket, articles, deps } = setup();
    bucket.objects.set('a.txt', { body: SUMMIT, metadata: {} });
    const outcome = await ingestChange(deps, { kind: 'created', key: 'a.txt', sequencer: '01' });
    expect(outcome).toMatchObject({ status: 'extracted', createdStory: true });
    expect((await articles.get('a.txt'))?.storyId).toBe(
      outcome.status === 'extracted' ? outcome.storyId : '',
    );
  });

  it('keeps an article whose rules failed, with the reason in its record and in the outcome', async () => {
    const { bucket, articles, deps } = setup();
    bucket.objects.set('a.txt', { body: `${SUMMIT} RULES FAIL`, metadata: {} });
    const outcome = await ingestChange(deps, { kind: 'created', key: 'a.txt', sequencer: '01' });
    expect(outcome).toMatchObject({
      status: 'extracted',
      analysisError: 'The extraction rules failed: TypeError: x',
    });
    const record = await articles.get('a.txt');
    expect(record?.article?.analysisError).toMatch(/TypeError/u);
  });

  it('does not download or change anything when the same bytes are delivered again', async () => {
    const { bucket, stories, deps } = setup();
    bucket.objects.set('a.txt', { body: SUMMIT, metadata: {} });
    await ingestChange(deps, { kind: 'created', key: 'a.txt', sequencer: '01' });
    const before = structuredClone([...stories.stories.values()]);
    const again = await ingestChange(deps, { kind: 'created', key: 'a.txt', sequencer: '01' });
    expect(again.status).toBe('unchanged');
    expect([...stories.stories.values()]).toEqual(before);
  });

  it('ignores a notification older than the stored one (S3 does not deliver in order)', async () => {
    const { bucket, deps } = setup();
    bucket.objects.set('a.txt', { body: SUMMIT, metadata: {} });
    await ingestChange(deps, { kind: 'created', key: 'a.txt', sequencer: '0A' });
    expect((await ingestChange(deps, { kind: 'created', key: 'a.txt', sequencer: '09' })).status).toBe(
      'stale',
    );
    expect((await ingestChange(deps, { kind: 'removed', key: 'a.txt', sequencer: '09' })).status).toBe(
      'stale',
    );
  });

  it('moves an overwritten article to the story its new content reports, and drops the emptied one', async () => {
    const { bucket, stories, deps } = setup();
    bucket.objects.set('a.txt', { body: SUMMIT, metadata: {} });
    const first = await ingestChange(deps, { kind: 'created', key: 'a.txt', sequencer: '01' });
    bucket.objects.set('a.txt', { body: RULING, metadata: {} });
    const second = await ingestChange(deps, { kind: 'created', key: 'a.txt', sequencer: '02' });
    expect(first.status === 'extracted' && second.status === 'extracted').toBe(true);
    // Story ids derive from the first article's event and key, so the id may repeat: what matters is the content.
    const remaining = [...stories.stories.values()];
    expect(remaining).toHaveLength(1);
    expect(remaining[0]?.event.type).toBe('ruling');
    expect(remaining[0]?.sources.map((s) => s.key)).toEqual(['a.txt']);
  });

  it('rejects an oversized object by its size, without downloading it', async () => {
    const { bucket, articles, deps } = setup(20);
    bucket.objects.set('big.txt', { body: SUMMIT, metadata: {} });
    const outcome = await ingestChange(deps, { kind: 'created', key: 'big.txt' });
    expect(outcome.status).toBe('rejected');
    expect(bucket.gets).toBe(0);
    expect((await articles.get('big.txt'))?.rejection?.reason).toMatch(
      /over the limit of 20 bytes.*--max-bytes with the CLI, the maxArticleBytes setting of the stack/,
    );
  });

  it('records a rejection and withdraws the article when a good file is overwritten by a bad one', async () => {
    const { bucket, articles, stories, deps } = setup();
    bucket.objects.set('a.txt', { body: SUMMIT, metadata: {} });
    const first = await ingestChange(deps, { kind: 'created', key: 'a.txt', sequencer: '01' });
    bucket.objects.set('a.txt', { body: 'BINARY', metadata: {} });
    const second = await ingestChange(deps, { kind: 'created', key: 'a.txt', sequencer: '02' });
    expect(second).toMatchObject({ status: 'rejected', reason: 'The file is a PNG image, not text.' });
    expect((await articles.get('a.txt'))?.status).toBe('rejected');
    expect(await stories.get(first.status === 'extracted' ? first.storyId : '')).toBeNull();
  });

  it('removes a deleted article from its story, but not when the object exists again', async () => {
    const { bucket, articles, stories, deps } = setup();
    bucket.objects.set('a.txt', { body: SUMMIT, metadata: {} });
    const first = await ingestChange(deps, { kind: 'created', key: 'a.txt', sequencer: '01' });
    expect((await ingestChange(deps, { kind: 'removed', key: 'a.txt', sequencer: '02' })).status).toBe(
      'stale',
    );
    bucket.objects.delete('a.txt');
    expect((await ingestChange(deps, { kind: 'removed', key: 'a.txt', sequencer: '03' })).status).toBe(
      'removed',
    );
    expect(await articles.get('a.txt')).toBeNull();
    expect(await stories.get(first.status === 'extracted' ? first.storyId : '')).toBeNull();
    expect((await ingestChange(deps, { kind: 'removed', key: 'a.txt', sequencer: '04' })).status).toBe(
      'unchanged',
    );
  });

  /**
   * Two racing reports of one event: a.txt opens st_a; b.txt, whose candidate search ran before that
   * story was saved, opens st_b and then finds st_a as its twin, into which it merges (as large, and
   * its index report, a.txt, is the earlier).
   */
  async function racingOpeners() {
    const env = setup();
    const ids = (article: Article) => (article.key === 'a.txt' ? 'st_a' : 'st_b');
    env.bucket.objects.set('a.txt', { body: SUMMIT, metadata: {} });
    env.bucket.objects.set('b.txt', { body: SUMMIT, metadata: { outlet: 'Harbor Ledger' } });
    await ingestChange({ ...env.deps, ids }, { kind: 'created', key: 'a.txt', sequencer: '01' });
    let searches = 0;
    const late = Object.assign(Object.create(env.stories) as InMemoryStoryStore, {
      candidates: async (query: StoryCandidateQuery) =>
        searches++ === 0 ? [] : env.stories.candidates(query),
    });
    const second = await ingestChange(
      { ...env.deps, ids, stories: late },
      { kind: 'created', key: 'b.txt', sequencer: '01' },
    );
    return { ...env, second };
  }

  it('points the records of a merged story’s articles at the story they were merged into', async () => {
    const { articles, stories, second } = await racingOpeners();

    expect(second).toMatchObject({ status: 'extracted', storyId: 'st_a' });
    expect((await stories.get('st_b'))?.id).toBe('st_a');
    expect((await articles.getMany(['a.txt', 'b.txt'])).map((r) => r.storyId)).toEqual(['st_a', 'st_a']);
  });

  it.each([
    ['deleted', { kind: 'removed', key: 'b.txt', sequencer: '02' } as const],
    ['overwritten by a bad file', { kind: 'created', key: 'b.txt', sequencer: '02' } as const],
  ])('withdraws an article %s from the story it was merged into, though its record names the old one', async (_case, change) => {
    // Prepare: a crash between the merge and the record's update left the old id in it.
    const { bucket, articles, stories, deps } = await racingOpeners();
    const record = await articles.get('b.txt');
    await articles.put({ ...(record as ArticleRecord), storyId: 'st_b' });
    if (change.kind === 'removed') bucket.objects.delete('b.txt');
    else bucket.objects.set('b.txt', { body: 'BINARY', metadata: {} });

    // Act
    await ingestChange(deps, change);

    // Assess
    expect((await stories.get('st_a'))?.sources.map((source) => source.key)).toEqual(['a.txt']);
  });

  it('points the record of a report that moved to another story on its own there, saying why', async () => {
    // Prepare: a fare report sits in the strike's story (an early join); its own event's story holds one report
    const { bucket, articles, stories, deps } = setup();
    const [stray, joined, joining] = fares as [Article, Article, Article];
    const now = deps.clock.now();
    await stories.save(storyOf('st_ferry', [ferries[0] as Article, ferries[1] as Article, stray], now), 0);
    await stories.save(storyOf('st_fare', [joined], now), 0);
    for (const [article, storyId] of [
      [stray, 'st_ferry'],
      [joined, 'st_fare'],
    ] as const)
      await articles.put({
        key: article.key,
        status: 'extracted',
        contentHash: article.contentHash,
        article,
        storyId,
        updatedAt: now.toISOString(),
      });
    bucket.objects.set(joining.key, { body: joining.text, metadata: {} });

    // Act
    await ingestChange({ ...deps, analyze: async () => joining }, { kind: 'created', key: joining.key });

    // Assess
    const moved = await articles.get(stray.key);
    expect(moved?.storyId).toBe('st_fare');
    expect(moved?.storyMove).toMatchObject({ kind: 'reassigned', from: 'st_ferry', by: joining.key });
    expect(moved?.storyMove?.similarity).toBeGreaterThan(moved?.storyMove?.ownSimilarity ?? 1);
  });

  it('keeps an article overwritten with more of the same report in the story it was merged into, though its record names the old one', async () => {
    // Prepare: the old id now leads to the story the new content is filed in
    const { bucket, articles, stories, deps } = await racingOpeners();
    const record = await articles.get('b.txt');
    await articles.put({ ...(record as ArticleRecord), storyId: 'st_b' });
    bucket.objects.set('b.txt', { body: `${SUMMIT} They spoke for two hours.`, metadata: {} });

    // Act
    const outcome = await ingestChange(deps, { kind: 'created', key: 'b.txt', sequencer: '02' });

    // Assess
    expect(outcome).toMatchObject({ status: 'extracted', storyId: 'st_a' });
    expect((await stories.get('st_a'))?.sources.map((source) => source.key).sort()).toEqual([
      'a.txt',
      'b.txt',
    ]);
  });

  it('reports an object deleted before its creation event was processed as missing', async () => {
    const { deps } = setup();
    expect((await ingestChange(deps, { kind: 'created', key: 'gone.txt' })).status).toBe('missing');
  });
});

describe('Function: isStale', () => {
  it.each([
    ['09', '0A', true],
    ['0A', '09', false],
    ['0A', '0A', false],
    ['FF', '0100', true],
    ['0100', 'ff', false],
    [undefined, '01', false],
    ['01', undefined, false],
  ])('isStale(%s, %s) is %s', (incoming, stored, expected) => {
    expect(isStale(incoming, stored)).toBe(expected);
  });
});
