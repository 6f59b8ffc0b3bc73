import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { App, Stack } from 'aws-cdk-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { NewsFunction, repoPath } from '../../lib/function';
import { CDK_JSON_CONTEXT } from './build';

const outdirs: string[] = [];
afterAll(() => {
  for (const dir of outdirs) rmSync(dir, { recursive: true, force: true });
});

function tempOutdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'news-digest-cdk-'));
  outdirs.push(dir);
  return dir;
}

describe('Function: NewsFunction bundling', () => {
  it('bundles with local esbuild (no Docker) into an ESM file that loads and runs', async () => {
    // Prepare
    const outdir = tempOutdir();
    const app = new App({ outdir, context: CDK_JSON_CONTEXT });
    const stack = new Stack(app, 'Probe');
    new NewsFunction(stack, 'Probe', {
      entry: repoPath('test/infra/fixtures/bundle-probe.ts'),
      description: 'bundling probe',
    });

    // Act
    app.synth();
    const assetDir = readdirSync(outdir).find((name) => name.startsWith('asset.'));
    expect(assetDir).toBeDefined();
    const bundle = join(outdir, String(assetDir), 'index.mjs');
    const { handler } = (await import(pathToFileURL(bundle).href)) as { handler: () => Promise<unknown> };

    // Assess
    expect(existsSync(`${bundle}.map`)).toBe(true);
    await expect(handler()).resolves.toEqual({
      clientReady: true,
      htmlNodes: 1,
      subject: 'Tide tables',
      yaml: { outlet: 'Harbor Ledger' },
    });
    // Bundling with esbuild takes 10-35 s on the 2-core machine when other tests share it.
  }, 120_000);
});
