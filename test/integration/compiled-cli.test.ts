/**
 * The CLI as installed: bin/news-digest.mjs runs the compiled bundle (bin/build-cli.mjs, run by
 * npm ci), not TypeScript compiled on the fly, so help and small commands start at once.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../lib/function';

const BIN = join(REPO_ROOT, 'bin', 'news-digest.mjs');
const BUNDLE = join(REPO_ROOT, 'lambdas', 'local', 'cli', 'main.generated.mjs');

function cli(args: string[]) {
  return promisify(execFile)(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
}

describe('Command: news-digest, compiled', () => {
  let store: string;
  beforeAll(async () => {
    store = await mkdtemp(join(tmpdir(), 'nd-compiled-'));
  });
  afterAll(() => rm(store, { recursive: true, force: true }));

  it('runs the compiled bundle, never the TypeScript loader', async () => {
    const { stdout } = await cli(['--help']);

    expect(stdout).toMatch(/Commands:/);
    expect(existsSync(BUNDLE)).toBe(true);
    expect(readFileSync(BIN, 'utf8')).not.toMatch(/tsx/);
    expect(readFileSync(BUNDLE, 'utf8')).not.toMatch(/from ['"]tsx/);
  }, 60_000);

  it('answers a small command through the compiled handlers', async () => {
    const { stdout } = await cli(['subscribers', 'list', '--store', store, '--quiet']);

    expect(stdout).toMatch(/No subscribers|reader@example\.com/);
  }, 60_000);
});
