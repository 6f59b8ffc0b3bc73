import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../lambdas/local/cli/run';
import { invokeCli as invoke } from '../support/cli';

const FIXTURES = fileURLToPath(new URL('../fixtures/pipeline/', import.meta.url));

describe('Command: news-digest', () => {
  it.each([
    [['--help'], 0, /Commands:/],
    [['run', '--help'], 0, /Usage: news-digest run/],
    [['demo', '--help'], 0, /Usage: news-digest demo/],
    [['watch', '--help'], 0, /Usage: news-digest watch/],
  ])('prints help for %j', async (argv, code, pattern) => {
    const result = await invoke(argv);
    expect(result.code).toBe(code);
    expect(result.stdout).toMatch(pattern);
  });

  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [['run'], /needs at least one file or folder/],
    [['run', 'x', '--concurrency', 'zero'], /positive whole number/],
    [['run', '--bogus'], /Unknown option/],
  ])('exits 2 with a usage message for %j', async (argv, pattern) => {
    const result = await invoke(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(pattern);
  });

  it('exits 1 naming a missing input', async () => {
    const result = await invoke(['run', '/nonexistent/articles', '--quiet']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/\/nonexistent\/articles/);
  });
});

describe('Command: news-digest run --json', () => {
  let store: string;
  let outbox: string;
  beforeAll(async () => {
    store = await mkdtemp(join(tmpdir(), 'nd-cli-store-'));
    outbox = await mkdtemp(join(tmpdir(), 'nd-cli-outbox-'));
  });
  afterAll(() => Promise.all([store, outbox].map((d) => rm(d, { recursive: true, force: true }))));

  it('prints exactly one JSON document on stdout and progress on stderr', async () => {
    // Act
    const result = await invoke(['run', FIXTURES, '--json', '--store', store, '--outbox', outbox]);

    // Assess
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as RunReport;
    expect(report.articles.map((a) => [a.key, a.status])).toEqual([
      ['coastal-gazette-flood.html', 'extracted'],
      ['harbor-ledger-ports.txt', 'extracted'],
      ['meridian-wire-ports.md', 'extracted'],
      ['not-an-article.txt', 'rejected'],
    ]);
    expect(report.articles[3]?.reason).toBeTruthy();
    expect(report.stories).toHaveLength(2);
    for (const story of report.stories) {
      expect(story).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          headline: expect.any(String),
          sources: expect.any(Array),
        }),
      );
    }
    expect(report.digest?.text).toContain("What's new:");
    expect(report.digest?.items.length).toBe(2);
    expect(result.stderr).toMatch(/extracted 4\/4/);
    expect((await readdir(outbox)).some((f) => f.endsWith('.eml'))).toBe(true);
  });

  it('keeps state between runs: a second run of the same files changes no story', async () => {
    const first = JSON.parse(
      (await invoke(['run', FIXTURES, '--json', '--quiet', '--store', store, '--outbox', outbox])).stdout,
    ) as RunReport;
    const second = JSON.parse(
      (await invoke(['run', FIXTURES, '--json', '--quiet', '--store', store, '--outbox', outbox])).stdout,
    ) as RunReport;
    expect(second.stories.map((s) => [s.id, s.sources.length])).toEqual(
      first.stories.map((s) => [s.id, s.sources.length]),
    );
    expect(second.articles.map((a) => a.storyId)).toEqual(first.articles.map((a) => a.storyId));
  });
});
