/** The `digest` and `subscribers` commands on a persistent local store, through main() as a shell would call it. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Subscriber } from '../../../lambdas/core/model';
import { type DigestCommandReport, printDigestReport } from '../../../lambdas/local/cli/digest';
import { summarizeRejection } from '../../../lambdas/local/cli/output';
import { printReport } from '../../../lambdas/local/cli/print';
import { invokeCli as invoke } from '../../support/cli';

const FIXTURES = fileURLToPath(new URL('../../fixtures/pipeline/', import.meta.url));
const PORTS_DAY = '2026-04-14';

describe('Command: news-digest digest and subscribers', () => {
  let store: string;
  let outbox: string;
  const local = () => ['--quiet', '--store', store, '--outbox', outbox];

  beforeAll(async () => {
    store = await mkdtemp(join(tmpdir(), 'nd-digest-cli-store-'));
    outbox = await mkdtemp(join(tmpdir(), 'nd-digest-cli-outbox-'));
    const run = await invoke(['run', FIXTURES, ...local()]);
    if (run.code !== 0) throw new Error(`fixture run failed: ${run.stderr}`);
  }, 60_000);
  afterAll(() => Promise.all([store, outbox].map((d) => rm(d, { recursive: true, force: true }))));

  it.each([
    [['digest', '--help'], /--period P .*\n.*\n.*--force/],
    [['subscribers', '--help'], /subscribers add <email> \[--weekly\]/],
  ])('prints help for %j', async (argv, pattern) => {
    const result = await invoke(argv);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(pattern);
  });

  it.each([
    [['subscribers', 'add', 'not-an-address'], /is not an email address/],
    [['subscribers', 'add', 'a@example.org', '--topics', 'gossip'], /unknown topic "gossip"/],
    [['subscribers', 'frobnicate'], /unknown verb "frobnicate"/],
    [['subscribers', 'remove'], /exactly one email address/],
    [['digest', 'now'], /digest takes no arguments/],
  ])('exits 2 with a usage message for %j', async (argv, pattern) => {
    const result = await invoke(argv);

    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(pattern);
  });

  it('adds a subscriber with filters, case-folded, and refuses the same inbox twice', async () => {
    const added = await invoke([
      'subscribers',
      'add',
      'Ana@Example.org',
      '--weekly',
      '--topics',
      'Meeting,agreement',
      '--places',
      'Rotterdam',
      ...local(),
    ]);
    const again = await invoke(['subscribers', 'add', 'ana@example.org', ...local()]);

    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(
      /added ana@example\.org \(weekly, places: Rotterdam; topics: meeting, agreement\)/,
    );
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(/already subscribed/);
  }, 30_000);

  it('lists subscribers as JSON, with the reader the run seeded', async () => {
    await invoke(['subscribers', 'add', 'bo@example.org', ...local()]);

    const result = await invoke(['subscribers', 'list', '--json', ...local()]);

    expect(result.code).toBe(0);
    const list = JSON.parse(result.stdout) as Subscriber[];
    expect(list.map((s) => s.email)).toEqual(['ana@example.org', 'bo@example.org', 'reader@example.com']);
    expect(list[0]).toEqual(
      expect.objectContaining({
        frequency: 'weekly',
        status: 'active',
        filters: { places: ['Rotterdam'], topics: ['meeting', 'agreement'] },
      }),
    );
  }, 30_000);

  it('sends the period’s digest to each reader by their filters, and prints the first one', async () => {
    const result = await invoke(['digest', '--json', '--period', PORTS_DAY, ...local()]);

    expect(result.code).toBe(0);
    const { summary, outbox: files } = JSON.parse(result.stdout) as DigestCommandReport;
    const sent = new Map(summary.sent.map((s) => [s.email, s]));
    // Ana wants meetings in Rotterdam: the ports story only, in her weekly period.
    expect(sent.get('ana@example.org')).toEqual(expect.objectContaining({ items: 1, period: '2026-W16' }));
    expect(sent.get('bo@example.org')).toEqual(expect.objectContaining({ items: 2, period: PORTS_DAY }));
    expect(summary.preview?.text).toContain("What's new:");
    expect(files.length).toBe(summary.sent.length);
    expect(files.every((f) => f.startsWith(outbox) && f.endsWith('.eml'))).toBe(true);
  }, 30_000);

  it('sends a period once: a second run only reports who was skipped and why', async () => {
    const result = await invoke(['digest', '--period', PORTS_DAY, ...local()]);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Digest for 2026-04-14: 0 sent/);
    expect(result.stdout).toMatch(/skipped {2}ana@example\.org: already sent for this period/);
    expect(result.stdout).not.toMatch(/Emails written to the outbox/);
  }, 30_000);

  it('removes a subscriber, and says so when the address is not one', async () => {
    const removed = await invoke(['subscribers', 'remove', 'ANA@example.org', ...local()]);
    const missing = await invoke(['subscribers', 'remove', 'ana@example.org', ...local()]);
    const list = await invoke(['subscribers', 'list', ...local()]);

    expect(removed.code).toBe(0);
    expect(removed.stdout).toBe('removed ana@example.org\n');
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/not a subscriber/);
    expect(list.stdout).not.toContain('ana@example.org');
    expect(list.stdout).toMatch(/^bo@example\.org {2}daily {2}active {2}everything/m);
  }, 30_000);

  it('keeps the default recipient removed: the next digest does not seed it back', async () => {
    const removed = await invoke(['subscribers', 'remove', 'reader@example.com', ...local()]);
    const digest = await invoke(['digest', '--json', '--force', '--period', PORTS_DAY, ...local()]);
    const list = await invoke(['subscribers', 'list', '--json', ...local()]);
    const back = await invoke(['subscribers', 'add', 'reader@example.com', ...local()]);

    expect(removed.code).toBe(0);
    expect(removed.stdout).toMatch(/removed reader@example\.com/);
    const { summary } = JSON.parse(digest.stdout) as DigestCommandReport;
    expect(summary.sent.map((s) => s.email)).not.toContain('reader@example.com');
    const reader = (JSON.parse(list.stdout) as Subscriber[]).find((s) => s.email === 'reader@example.com');
    expect(reader?.status).toBe('unsubscribed');
    expect(back.code).toBe(0);
    expect(back.stdout).toMatch(/added reader@example\.com/);
  }, 60_000);
});

describe('Function: printDigestReport and printReport', () => {
  it('says "1 story", not "1 stories"', () => {
    const out = capture();
    printDigestReport(
      {
        summary: {
          day: PORTS_DAY,
          sent: [{ email: 'a@example.org', period: PORTS_DAY, messageId: 'm', items: 1 }],
          skipped: [{ email: 'b@example.org', reason: 'no-match' }],
          failed: [],
        },
        outbox: [],
      },
      out.stream,
    );
    printReport(
      {
        articles: [{ ...REJECTED, key: 'a.txt' }],
        stories: [],
        digest: null,
        deadLetters: 0,
        skipped: [],
      },
      out.stream,
    );

    expect(out.text()).toMatch(/sent {5}a@example\.org \(1 story, period/);
    expect(out.text()).toMatch(/b@example\.org: no story matches your filters/);
    expect(out.text()).toMatch(/^0 of 1 article extracted into 0 stories$/m);
  });
});

const REJECTED = summarizeRejection('a.txt', 'empty');

function capture(): { stream: NodeJS.WritableStream; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (b: Buffer) => chunks.push(b));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}
