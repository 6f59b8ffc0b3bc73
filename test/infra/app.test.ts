/** bin/app.ts's own checks; the full synth (cdk-nag, bundling, the validator) is synth.test.ts's. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../lib/function';
import { CDK_JSON_CONTEXT } from './build';

const outdirs: string[] = [];
afterAll(() => {
  for (const dir of outdirs) rmSync(dir, { recursive: true, force: true });
});

/** Runs bin/app.ts the way the CLI does (context and outdir through env), bundling skipped. */
function runApp(context: Record<string, unknown>) {
  const outdir = mkdtempSync(join(tmpdir(), 'news-digest-app-'));
  outdirs.push(outdir);
  const run = spawnSync('npx', ['tsx', 'bin/app.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      CDK_OUTDIR: outdir,
      CDK_CONTEXT_JSON: JSON.stringify({ ...CDK_JSON_CONTEXT, 'aws:cdk:bundling-stacks': [], ...context }),
    },
    encoding: 'utf8',
    timeout: 110_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('Function: bin/app.ts', () => {
  it('stops synth with a message naming the context value to fix', () => {
    const { status, output } = runApp({ senderEmail: 'news-at-example' });

    expect(status).not.toBe(0);
    expect(output).toMatch(/Context "senderEmail" must be an email address/);
  }, 120_000);
});
