import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../lambdas/local/cli/run';
import { invokeCli as invoke } from '../support/cli';

const FIXTURES = fileURLToPath(new URL('../fixtures/pipeline/', import.meta.url));

/** Listening servers in this process: an emulator left running keeps the CLI from exiting. */
function openServers(): number {
  return process.getActiveResourcesInfo().filter((r) => r === 'TCPServerWrap').length;
}

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
    [['demo', '--stored', '100'], /--stored is not an option of demo/],
    [['bench', '--outbox', 'out'], /--outbox is not an option of bench/],
    [['bench', '--only', 'core,speed'], /--only takes one or more of core, end-to-end, .*got "speed"/],
  ])('exits 2 with a usage message for %j', async (argv, pattern) => {
    const result = await invoke(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(pattern);
  });

  it.each([
    [['run', FIXTURES, '--to', 'not-an-address'], /--to "not-an-address"/],
    [['run', FIXTURES, '--to', 'a..b@example.org'], /--to "a\.\.b@example\.org"/],
    [['demo', '--to', 'reader@example'], /--to "reader@example"/],
    [['digest', '--to', 'two@@example.org'], /--to "two@@example\.org"/],
    [['subscribers', 'add', 'a"b@example.org'], /"a"b@example\.org" is not an email address/],
    [['run', FIXTURES, '--max-bytes', '0'], /--max-bytes/],
    [['run', FIXTURES, '--max-bytes', String(2 ** 40)], /--max-bytes .*at most/],
    [['run', FIXTURES, '--max-bytes', String(20 * 1024 * 1024)], /--max-bytes is at most 10485760/],
    [['bench', '--stored', '100,lots'], /--stored takes a positive whole number, got "lots"/],
  ])('exits 2 naming the flag, not an internal setting, for %j', async (argv, pattern) => {
    const servers = openServers();
    const result = await invoke([...argv, '--quiet']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(pattern);
    expect(result.stderr).not.toMatch(/DIGEST_RECIPIENTS|MAX_ARTICLE_BYTES/);
    expect(openServers()).toBe(servers);
  });

  it.each([
    ['run', FIXTURES],
    ['digest'],
    ['demo'],
    ['subscribers', 'list'],
  ])('exits 2 naming --store when it is a file, and leaves no emulator running (%j)', async (...argv) => {
    const dir = await mkdtemp(join(tmpdir(), 'nd-cli-file-store-'));
    try {
      const file = join(dir, 'a-file');
      await writeFile(file, 'not a folder');
      const servers = openServers();
      const result = await invoke([...argv, '--store', file, '--quiet']);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/--store .*a-file.* is a file, not a folder/);
      expect(openServers()).toBe(servers);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
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
    // Every sentence sent carries the verifier's verdict in the JSON document.
    for (const item of report.digest?.items ?? []) {
      expect(item.verdicts.some((v) => v.ok && item.whatsNew.includes(v.text))).toBe(true);
    }
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

describe('Command: news-digest run with bad input among good', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nd-cli-bad-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('rejects each bad file with its reason, ingests the rest, and keeps same-named files apart', async () => {
    // Prepare: two reports of the same name in two folders, a broken sidecar, a dangling link, a cycle
    const articles = join(dir, 'articles');
    await mkdir(join(articles, 'monday'), { recursive: true });
    await mkdir(join(articles, 'tuesday'));
    await writeFile(join(articles, 'monday', 'ports.md'), await readFixture('meridian-wire-ports.md'));
    await writeFile(join(articles, 'tuesday', 'ports.md'), await readFixture('coastal-gazette-flood.html'));
    await writeFile(join(articles, 'broken.txt'), await readFixture('harbor-ledger-ports.txt'));
    await writeFile(join(articles, 'broken.txt.meta.json'), '[1, 2]');
    await symlink(join(articles, 'gone.txt'), join(articles, 'dangling.txt'));
    await symlink(articles, join(articles, 'tuesday', 'again'));
    await writeFile(join(articles, '.DS_Store'), 'x');

    // Act
    const result = await invoke([
      'run',
      articles,
      '--json',
      '--quiet',
      '--store',
      join(dir, 'store'),
      '--outbox',
      join(dir, 'outbox'),
    ]);

    // Assess
    const report = JSON.parse(result.stdout) as RunReport;
    const outcome = Object.fromEntries(report.articles.map((a) => [a.key, [a.status, a.reason]]));
    expect(outcome['monday/ports.md']?.[0]).toBe('extracted');
    expect(outcome['tuesday/ports.md']?.[0]).toBe('extracted');
    expect(outcome['broken.txt']).toEqual(['rejected', expect.stringMatching(/JSON object/)]);
    expect(outcome['dangling.txt']).toEqual(['rejected', expect.stringMatching(/points to nothing/)]);
    expect(Object.entries(outcome).some(([k, [, r]]) => /again/.test(k) && /cycle/.test(String(r)))).toBe(
      true,
    );
    expect(report.skipped.map((s) => s.path)).toEqual([join(articles, '.DS_Store')]);
    expect(report.stories.flatMap((s) => s.sources.map((src) => src.key)).sort()).toEqual([
      'monday/ports.md',
      'tuesday/ports.md',
    ]);
  });
});

function readFixture(name: string): Promise<Buffer> {
  return readFile(join(FIXTURES, name));
}
