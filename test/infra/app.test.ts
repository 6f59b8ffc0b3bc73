import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
  return { outdir, status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('Function: bin/app.ts', () => {
  it('synthesizes offline with cdk-nag registered and passing', () => {
    const { outdir, status, output } = runApp({
      senderEmail: 'news@example.org',
      recipients: 'a@example.org',
    });

    expect(status, output).toBe(0);
    const template = JSON.parse(readFileSync(join(outdir, 'NewsDigest.template.json'), 'utf8'));
    expect(Object.keys(template.Resources).length).toBeGreaterThan(20);
    const report = join(outdir, 'validation-report.json');
    if (existsSync(report)) {
      const { pluginReports } = JSON.parse(readFileSync(report, 'utf8')) as {
        pluginReports: { conclusion: string }[];
      };
      expect(pluginReports.filter((plugin) => plugin.conclusion !== 'success')).toEqual([]);
    }
    // A synth with the CloudFormation validator took 33 s on the 2-core machine under load.
  }, 120_000);

  it('stops synth with a message naming the context value to fix', () => {
    const { status, output } = runApp({ senderEmail: 'news-at-example' });

    expect(status).not.toBe(0);
    expect(output).toMatch(/Context "senderEmail" must be an email address/);
  }, 120_000);
});
