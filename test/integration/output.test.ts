/**
 * What a user sees: ordinary CLI output carries progress and the report, never the handlers' JSON
 * log lines, the SDK's socket warnings or build warnings; `--verbose` shows the log lines on
 * stderr, and stdout still holds exactly the report.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../lib/function';

const BIN = join(REPO_ROOT, 'bin', 'news-digest.mjs');

/** Lines no ordinary run may print: a JSON log line, the SDK's socket warning, a build or SDK warning. */
const NOISE = [/^\s*[{}]/u, /"level"/u, /socket usage at capacity/iu, /\bwarn(?:ing)?\b/iu];

const ARTICLES: [string, string][] = [
  [
    'ferry.txt',
    'Harbor City ferry resumes winter timetable\n\nThe river ferry resumed its winter timetable on Monday after a week of repairs, the operator said.\n',
  ],
  ['empty.txt', ''],
];

describe('Command: news-digest run, what it prints', () => {
  let work: string;
  // The spawned CLI gets a user's environment, not the test runner's log level.
  const { LOG_LEVEL: _level, ...env } = process.env;
  const run = (args: string[]) =>
    promisify(execFile)(
      process.execPath,
      [
        BIN,
        'run',
        join(work, 'in'),
        '--store',
        join(work, 'store'),
        '--outbox',
        join(work, 'outbox'),
        ...args,
      ],
      { cwd: REPO_ROOT, encoding: 'utf8', env },
    );

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'nd-output-'));
    await mkdir(join(work, 'in'));
    for (const [name, text] of ARTICLES) await writeFile(join(work, 'in', name), text);
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('prints progress and the report, and no log line or warning', async () => {
    const { stdout, stderr } = await run(['--json']);

    const noisy = stderr.split('\n').filter((line) => NOISE.some((pattern) => pattern.test(line)));
    expect(noisy).toEqual([]);
    expect(JSON.parse(stdout).articles).toHaveLength(ARTICLES.length);
  }, 120_000);

  it('shows the handlers’ log lines on stderr with --verbose, stdout keeping only the report', async () => {
    const { stdout, stderr } = await run(['--json', '--verbose']);

    expect(stderr).toMatch(/"message": ?"ingested"/u);
    expect(JSON.parse(stdout).articles).toHaveLength(ARTICLES.length);
  }, 120_000);
});
