/**
 * One `cdk synth` of the whole app, shared by every check that needs it: the real CLI with
 * cdk.json, offline, bundling on, cdk-nag and the CloudFormation validator running. Synthesizing
 * the app takes 20-50 s on the 2-core machine, so it is done once here rather than once a test.
 */
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LEXICON, type Lexicon } from '../../lambdas/core/extract/lexicon';
import { HANDLER_DATA_FILES, HANDLER_LAZY_MODULES } from '../../lib/bundling';
import { REPO_ROOT, repoPath } from '../../lib/function';

const entries = ['lambdas/extract/handler.ts', 'lambdas/digest/handler.ts', 'lambdas/unsubscribe/handler.ts'];
const missing = entries.filter((entry) => !existsSync(repoPath(entry)));

describe.skipIf(missing.length > 0)(
  'Function: cdk synth of bin/app.ts (the CLI, offline, bundling on)',
  () => {
    let outdir: string;
    let run: SpawnSyncReturns<string>;

    beforeAll(() => {
      outdir = mkdtempSync(join(tmpdir(), 'news-digest-cdk-'));
      // The real CLI with cdk.json; no AWS credentials or region needed.
      run = spawnSync(
        'npx',
        [
          'cdk',
          'synth',
          '--quiet',
          '--output',
          outdir,
          '-c',
          'senderEmail=news@example.org',
          '-c',
          'recipients=a@example.org',
        ],
        {
          cwd: REPO_ROOT,
          env: {
            ...process.env,
            AWS_ACCESS_KEY_ID: '',
            AWS_SECRET_ACCESS_KEY: '',
            AWS_PROFILE: '',
            CDK_DISABLE_VERSION_CHECK: '1',
          },
          encoding: 'utf8',
          timeout: 170_000,
        },
      );
      // A synth with bundling and the validator took 33-50 s on the 2-core machine under load.
    }, 180_000);

    afterAll(() => rmSync(outdir, { recursive: true, force: true }));

    it('exits 0 with cdk-nag registered and passing', () => {
      const errors = `${run.stdout}\n${run.stderr}`
        .split('\n')
        .filter((line) => /error|violation|AwsSolutions-/i.test(line));
      expect(run.status, errors.slice(0, 20).join('\n')).toBe(0);
      const report = join(outdir, 'validation-report.json');
      if (existsSync(report)) {
        const { pluginReports } = JSON.parse(readFileSync(report, 'utf8')) as {
          pluginReports: { conclusion: string }[];
        };
        expect(pluginReports.filter((plugin) => plugin.conclusion !== 'success')).toEqual([]);
      }
    });

    it('writes the whole template', () => {
      const template = JSON.parse(readFileSync(join(outdir, 'NewsDigest.template.json'), 'utf8'));
      expect(Object.keys(template.Resources).length).toBeGreaterThan(20);
    });

    it('bundles all three handlers', () => {
      const bundles = readdirSync(outdir).filter((name) => existsSync(join(outdir, name, 'index.mjs')));
      expect(bundles).toHaveLength(entries.length);
    });

    // One non-ASCII character makes V8 decode the whole bundle to two-byte text and scan it as such at
    // every cold start; esbuild escapes strings but prints regex literals and String.raw as written
    // (sources write such characters in patterns as \uXXXX escapes).
    it('writes every handler bundle in ASCII', () => {
      const assets = readdirSync(outdir).filter((name) => existsSync(join(outdir, name, 'index.mjs')));
      expect(assets).toHaveLength(entries.length);
      for (const asset of assets) {
        const bundle = readFileSync(join(outdir, asset, 'index.mjs'), 'utf8');
        expect(bundle.match(/\P{ASCII}.{0,40}/u)?.[0], asset).toBeUndefined();
      }
    });

    it.each(
      HANDLER_DATA_FILES.extract.map((file) => basename(file)),
    )('ships %s beside the extractor bundle, and in no other asset', (file) => {
      const withFile = handlerAssets(outdir)
        .filter(([, asset]) => existsSync(join(asset, file)))
        .map(([id]) => id);

      expect(withFile).toHaveLength(1);
      expect(withFile[0]).toMatch(/^Extract/u);
    });

    it('leaves the lexicon rows out of the extractor bundle: they ship beside it as data', () => {
      const [, asset = ''] = handlerAssets(outdir).find(([id]) => id.startsWith('Extract')) ?? [];
      const bundle = readFileSync(join(asset, 'index.mjs'), 'utf8');
      const rows = JSON.parse(readFileSync(join(asset, 'lexicon.generated.json'), 'utf8')) as Lexicon;

      expect(rows).toEqual(JSON.parse(JSON.stringify(DEFAULT_LEXICON)));
      for (const phrase of DEFAULT_LEXICON.titlePhrases.filter((title) => title.includes(' '))) {
        expect(bundle, phrase).not.toContain(`"${phrase}"`);
      }
    });

    it('ships each lazy package beside the extractor bundle, importable there and absent from the bundle', () => {
      const [, asset = ''] = handlerAssets(outdir).find(([id]) => id.startsWith('Extract')) ?? [];
      const bundle = readFileSync(join(asset, 'index.mjs'), 'utf8');
      const probe = HANDLER_LAZY_MODULES.extract
        .map((name) => `await import(${JSON.stringify(name)});`)
        .join('\n');
      const imported = spawnSync(process.execPath, ['--input-type=module', '-e', probe], {
        cwd: asset,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
      });

      expect(HANDLER_LAZY_MODULES.extract.length).toBeGreaterThan(0);
      for (const name of HANDLER_LAZY_MODULES.extract) {
        expect(existsSync(join(asset, 'node_modules', name, 'index.mjs')), name).toBe(true);
        // Left as an import of the package's name, resolved in the asset's node_modules at run time.
        expect(bundle).toContain(`import("${name}")`);
      }
      expect(imported.status, imported.stderr).toBe(0);
    });
  },
);

/** Each handler function's logical id and the folder of its code asset in the synth output. */
function handlerAssets(outdir: string): [string, string][] {
  const template = JSON.parse(readFileSync(join(outdir, 'NewsDigest.template.json'), 'utf8')) as {
    Resources: Record<string, { Type: string; Properties: { Handler?: string; Code?: { S3Key?: string } } }>;
  };
  return Object.entries(template.Resources)
    .filter(([, r]) => r.Type === 'AWS::Lambda::Function' && r.Properties.Handler === 'index.handler')
    .map(([id, r]) => [id, join(outdir, `asset.${String(r.Properties.Code?.S3Key).replace(/\.zip$/u, '')}`)]);
}
