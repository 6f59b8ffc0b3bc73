import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The Lambda entry points, bundled as the stack bundles them. */
export const HANDLERS = {
  extract: 'lambdas/extract/handler.ts',
  digest: 'lambdas/digest/handler.ts',
  unsubscribe: 'lambdas/unsubscribe/handler.ts',
} as const;

export interface BundleFigures {
  name: string;
  bytes: number;
  /** Median milliseconds to import the bundle in a fresh Node process. */
  coldImportMs: number;
  samples: number[];
}

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Bundles each handler with esbuild (minified ESM, SDK included) and times a cold import of each. */
export async function measureBundles(runs = 5): Promise<BundleFigures[]> {
  const out = await mkdtemp(join(tmpdir(), 'nd-bundles-'));
  try {
    const figures: BundleFigures[] = [];
    for (const [name, entry] of Object.entries(HANDLERS)) {
      const outfile = join(out, `${name}.mjs`);
      await build({
        entryPoints: [join(ROOT, entry)],
        outfile,
        bundle: true,
        minify: true,
        platform: 'node',
        target: 'node22',
        format: 'esm',
        // Some bundled CommonJS dependencies call require(); ESM bundles need it defined.
        banner: {
          js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
        },
        logLevel: 'silent',
      });
      const samples = Array.from({ length: runs }, () => coldImport(outfile));
      figures.push({ name, bytes: (await stat(outfile)).size, coldImportMs: median(samples), samples });
    }
    return figures;
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

/** Imports a module in a new process, with the env a Lambda would have, and returns the milliseconds taken. */
function coldImport(file: string): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(file)}); process.stdout.write(String(performance.now() - t));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      AWS_REGION: 'us-east-1',
      TABLE_NAME: 'bench',
      SENDER_EMAIL: 'digest@example.com',
      UNSUBSCRIBE_URL: 'https://example.com/unsubscribe',
      UNSUBSCRIBE_KEY_SECRET: 'arn:aws:secretsmanager:us-east-1:000000000000:secret:bench',
      POWERTOOLS_LOG_LEVEL: 'ERROR',
    },
  });
  if (result.status !== 0) throw new Error(`Importing ${file} failed: ${result.stderr}`);
  return Number(result.stdout);
}

/** The middle value of a non-empty list. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
