import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { ExtractiveComposer } from '../../../lambdas/adapters/composers/extractive';
import { DEFAULT_DIGEST_MAX_STORIES } from '../../../lambdas/config';
import { verifyToken } from '../../../lambdas/core/email';
import type { Story, Subscriber } from '../../../lambdas/core/model';
import type { ArticleRecord } from '../../../lambdas/ports';
import { CLAIM_LEASE_MS, type SendDigestDeps, sendDigests } from '../../../lambdas/use-cases/send-digest';
import { buildStory } from '../core/digest/builders';
import { ledger as ledgerArticle, tradeStory, wire } from '../core/digest/fixtures';
import { MemoryArticles, MemoryLedger, MemoryStories, MemorySubscribers, RecordingMailer } from './fakes';

const KEY = 'unit-test-hmac-key';
const records: ArticleRecord[] = [ledgerArticle, wire].map((article) => ({
  key: article.key,
  status: 'extracted',
  contentHash: article.contentHash,
  article,
  updatedAt: '2026-04-08T06:00:00Z',
}));

function setup(
  options: { stories?: Story[]; subscribers?: Partial<Subscriber>[]; failOn?: number[]; now?: string } = {},
) {
  const subscribers = new MemorySubscribers();
  for (const s of options.subscribers ?? []) {
    subscribers.items.set(
      s.email as string,
      {
        frequency: 'daily',
        status: 'active',
        subscribedAt: '2026-01-01T00:00:00Z',
        ...s,
      } as Subscriber,
    );
  }
  let now = new Date(options.now ?? '2026-04-08T07:00:00Z');
  const deps: SendDigestDeps = {
    stories: new MemoryStories(options.stories ?? [tradeStory]),
    articles: new MemoryArticles(records),
    subscribers,
    ledger: new MemoryLedger(),
    mailer: new RecordingMailer(options.failOn),
    clock: { now: () => now },
    composer: new ExtractiveComposer(),
    unsubscribeKey: async () => KEY,
    config: {
      senderEmail: 'digest@news-digest.example',
      recipients: [],
      unsubscribeUrl: 'https://unsub.example/',
      unsubscribeMailto: 'unsubscribe@news-digest.example',
      digestWindowDays: 7,
      digestMaxStories: DEFAULT_DIGEST_MAX_STORIES,
    },
  };
  return {
    deps,
    mailer: deps.mailer as RecordingMailer,
    subscribers,
    advance: (iso: string) => {
      now = new Date(iso);
    },
  };
}

const readers = ['a@example.com', 'b@example.com', 'c@example.com', 'd@example.com'].map((email) => ({
  email,
}));
const recipients = (m: RecordingMailer) => m.sent.map((e) => e.to).sort();

describe('Function: sendDigests', () => {
  it('sends each active subscriber one digest with a working unsubscribe link', async () => {
    // Prepare
    const { deps, mailer } = setup({
      subscribers: [...readers, { email: 'gone@example.com', status: 'unsubscribed' }],
    });

    // Act
    const summary = await sendDigests(deps);

    // Assess
    expect(recipients(mailer)).toEqual(readers.map((r) => r.email));
    expect(summary.sent).toHaveLength(4);
    const parsed = await PostalMime.parse(mailer.sent[0]?.raw ?? '');
    expect(parsed.subject).toMatch(/^News digest for Wednesday, April 8, 2026/);
    expect(parsed.html).toContain("What's new:");
    const header = parsed.headers.find((h) => h.key === 'list-unsubscribe')?.value ?? '';
    const token =
      new URL(/<(https:[^>]+)>/.exec(header)?.[1] ?? 'https://x/').searchParams.get('token') ?? '';
    expect(verifyToken(token, KEY)).toBe(mailer.sent[0]?.to);
  });

  it('sends nothing more when the whole run is repeated', async () => {
    const { deps, mailer } = setup({ subscribers: readers });
    await sendDigests(deps);

    const again = await sendDigests(deps);

    expect(mailer.sent).toHaveLength(4);
    expect(again.sent).toEqual([]);
    expect(again.skipped.map((s) => s.reason)).toEqual(Array(4).fill('already-sent'));
  });

  it('gives everyone exactly one digest when the mailer fails on the third subscriber and the run is retried', async () => {
    const { deps, mailer } = setup({ subscribers: readers, failOn: [3] });

    const first = await sendDigests(deps);
    const retry = await sendDigests(deps);

    expect(first.failed.map((f) => f.email)).toEqual(['c@example.com']);
    expect(retry.sent.map((s) => s.email)).toEqual(['c@example.com']);
    expect(recipients(mailer)).toEqual(readers.map((r) => r.email));
  });

  it('takes over a claim whose run died, once its lease has run out', async () => {
    const { deps, mailer, advance } = setup({ subscribers: [readers[0] as Subscriber] });
    await deps.ledger.claim('a@example.com', '2026-04-08', {
      claimId: 'crashed-run',
      now: new Date('2026-04-08T07:00:00Z'),
      leaseMs: 15 * 60 * 1000,
    });

    const during = await sendDigests(deps);
    advance('2026-04-08T07:16:00Z');
    const after = await sendDigests(deps);

    expect(during.skipped).toEqual([
      { email: 'a@example.com', reason: 'in-progress', retryAfter: '2026-04-08T07:15:00.000Z' },
    ]);
    expect(after.sent.map((s) => s.email)).toEqual(['a@example.com']);
    expect(mailer.sent).toHaveLength(1);
  });

  it('reports a reader whose send was cut off as pending, with when a rerun sends it, and a retry minutes later does', async () => {
    // Prepare: a run crashed after claiming a's digest with the use-case's own lease
    const { deps, mailer, advance } = setup({ subscribers: [readers[0] as Subscriber] });
    await deps.ledger.claim('a@example.com', '2026-04-08', {
      claimId: 'crashed-run',
      now: new Date('2026-04-08T07:00:00Z'),
      leaseMs: CLAIM_LEASE_MS,
    });

    // Act: the immediate rerun, then the scheduler's retry a few minutes later
    advance('2026-04-08T07:00:20Z');
    const immediate = await sendDigests(deps);
    advance('2026-04-08T07:04:00Z');
    const retry = await sendDigests(deps);

    // Assess
    expect(immediate.skipped).toEqual([
      { email: 'a@example.com', reason: 'in-progress', retryAfter: expect.any(String) },
    ]);
    const retryAfter = Date.parse(immediate.skipped[0]?.retryAfter ?? '');
    expect(retryAfter).toBeLessThanOrEqual(Date.parse('2026-04-08T07:04:00Z'));
    expect(retry.sent.map((s) => s.email)).toEqual(['a@example.com']);
    expect(mailer.sent).toHaveLength(1);
  });

  it('carries only new or updated stories into the next day’s digest, marking updates', async () => {
    const other = buildStory('story-wire', [wire], { headline: 'Ottawa hosts Finnish minister' });
    const stories = [tradeStory, other];
    const { deps, mailer, advance } = setup({ subscribers: [readers[0] as Subscriber], stories });
    await sendDigests(deps);
    stories[0] = { ...tradeStory, version: 2, lastSeen: '2026-04-09' };
    advance('2026-04-09T07:00:00Z');

    const next = await sendDigests(deps);

    expect(next.sent).toEqual([expect.objectContaining({ items: 1, period: '2026-04-09' })]);
    const parsed = await PostalMime.parse(mailer.sent[1]?.raw ?? '');
    expect(parsed.text).toContain('UPDATE: Finland and Canada reopen trade channel');
    expect(parsed.text).not.toContain('Ottawa hosts Finnish minister');
  });

  it('tells a reader whose filters match none of the stories so, not that nothing is new', async () => {
    const picky = { email: 'a@example.com', filters: { places: ['Atlantis'] } };
    const { deps, mailer } = setup({ subscribers: [picky] });

    const summary = await sendDigests(deps);

    expect(summary.skipped).toEqual([{ email: 'a@example.com', reason: 'no-match' }]);
    expect(mailer.sent).toEqual([]);
  });

  it('skips a reader with nothing new, without spending the period', async () => {
    const { deps, mailer } = setup({ subscribers: [readers[0] as Subscriber], stories: [] });

    const summary = await sendDigests(deps);

    expect(summary.skipped).toEqual([{ email: 'a@example.com', reason: 'nothing-new' }]);
    expect(mailer.sent).toEqual([]);
    expect(await deps.ledger.get('a@example.com', '2026-04-08')).toBeNull();
  });

  it.each([
    ['a matching person', { people: ['Virtanen'] }, 1],
    ['another person', { people: ['Olli Rehn'] }, 0],
    ['a matching place', { places: ['ottawa'] }, 1],
    ['a matching topic', { topics: ['meeting' as const] }, 1],
    ['another topic', { topics: ['earnings' as const] }, 0],
  ])('applies a filter on %s', async (_name, filters, expected) => {
    const { deps, mailer } = setup({ subscribers: [{ email: 'f@example.com', filters }] });

    await sendDigests(deps);

    expect(mailer.sent).toHaveLength(expected);
  });

  it('sends weekly readers once per ISO week', async () => {
    const { deps, mailer, advance } = setup({
      subscribers: [{ email: 'w@example.com', frequency: 'weekly' }],
    });

    const monday = await sendDigests(deps);
    advance('2026-04-09T07:00:00Z');
    const tuesday = await sendDigests(deps);

    expect(monday.sent.map((s) => s.period)).toEqual(['2026-W15']);
    expect(tuesday.skipped).toEqual([{ email: 'w@example.com', reason: 'already-sent' }]);
    expect(mailer.sent).toHaveLength(1);
  });

  it('seeds configured recipients as daily subscribers but never re-subscribes one who left', async () => {
    const { deps, subscribers } = setup({
      subscribers: [{ email: 'left@example.com', status: 'unsubscribed' }],
    });
    deps.config.recipients = ['new@example.com', 'left@example.com'];

    await sendDigests(deps);

    expect((await subscribers.get('new@example.com'))?.status).toBe('active');
    expect((await subscribers.get('left@example.com'))?.status).toBe('unsubscribed');
  });

  it('sends the whole window again on a forced run, once', async () => {
    const { deps, mailer } = setup({ subscribers: [readers[0] as Subscriber] });
    await sendDigests(deps);

    await sendDigests(deps, { force: true });
    await sendDigests(deps, { force: true });

    expect(mailer.sent).toHaveLength(2);
  });

  it('rejects a malformed period', async () => {
    const { deps } = setup();

    await expect(sendDigests(deps, { period: 'yesterday' })).rejects.toThrow(
      /YYYY-MM-DD, YYYY-Www or run-<id>/,
    );
  });

  it('sends an on-demand digest of chosen stories once per run label', async () => {
    const other = buildStory('story-wire', [wire], { headline: 'Ottawa hosts Finnish minister' });
    const { deps, mailer } = setup({ subscribers: [readers[0] as Subscriber], stories: [tradeStory, other] });
    const request = { period: 'run-cli-1', storyIds: ['story-wire', 'missing'] };

    const first = await sendDigests(deps, request);
    const again = await sendDigests(deps, request);

    expect(first.sent).toEqual([expect.objectContaining({ period: 'run-cli-1', items: 1 })]);
    expect(again.sent).toEqual([]);
    const parsed = await PostalMime.parse(mailer.sent[0]?.raw ?? '');
    expect(parsed.subject).toContain('Ottawa hosts Finnish minister');
  });

  it('caps a digest of thousands of stories at the configured number and counts the rest', async () => {
    const stories = Array.from({ length: 2_000 }, (_, i) => ({ ...tradeStory, id: `story-${i}` }));
    const { deps, mailer } = setup({ stories, subscribers: [readers[0] as Subscriber] });

    const summary = await sendDigests(deps);

    expect(DEFAULT_DIGEST_MAX_STORIES).toBe(50);
    expect(summary.sent[0]?.items).toBe(50);
    const parsed = await PostalMime.parse(mailer.sent[0]?.raw ?? '');
    expect(parsed.text).toContain('and 1950 more stories');
    expect(parsed.subject).toMatch(/\(\+1999 more\)$/u);
    expect(mailer.sent[0]?.raw.length).toBeLessThan(1_000_000);
  });

  it("logs each digest's composer and tokens, and shows them in the preview", async () => {
    // Prepare: a composer that reports a model's spend on the extractive digest.
    const { deps } = setup({ subscribers: [readers[0] as Subscriber] });
    const logged: [string, Record<string, unknown> | undefined][] = [];
    const extractive = new ExtractiveComposer();
    deps.logger = { info: (m, e) => logged.push([m, e]), warn: () => undefined, error: () => undefined };
    deps.composer = {
      compose: async (...args) => {
        const composed = await extractive.compose(...args);
        const usage = {
          composer: 'bedrock' as const,
          model: 'm',
          calls: 1,
          tokensIn: 900,
          tokensOut: 120,
          budgetExhausted: false,
        };
        return { ...composed, usage };
      },
    };

    // Act
    const summary = await sendDigests(deps);

    // Assess
    expect(logged).toContainEqual([
      'Digest composed',
      expect.objectContaining({ composer: 'bedrock', calls: 1, tokensIn: 900, tokensOut: 120, items: 1 }),
    ]);
    expect(summary.preview?.composer).toMatchObject({ tokensIn: 900, tokensOut: 120 });
    expect(summary.preview?.items[0]).toMatchObject({ composer: 'extractive', dropped: [] });
  });

  it('reads the stories of a large on-demand digest a few at a time, never all at once', async () => {
    const ids = Array.from({ length: 200 }, (_, i) => `story-${i}`);
    const { deps } = setup({
      stories: ids.map((id) => ({ ...tradeStory, id })),
      subscribers: [readers[0] as Subscriber],
    });
    let inFlight = 0;
    let most = 0;
    const get = deps.stories.get.bind(deps.stories);
    deps.stories.get = async (id) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight -= 1;
      return get(id);
    };

    await sendDigests(deps, { period: 'run-many', storyIds: ids });

    // The SDK warns of "socket usage at capacity" past 50 sockets in use and 100 requests queued.
    expect(most).toBeLessThanOrEqual(16);
  });
});
