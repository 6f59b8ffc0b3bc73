import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, build } from 'esbuild';
import { HANDLER_BUNDLING } from '../../../lib/bundling';

/**
 * The Lambda entry points and the AWS SDK clients each one creates: the SDK-only bundle of the same
 * clients is what a handler's own code and data are measured against.
 */
export const HANDLERS = {
  extract: {
    entry: 'lambdas/extract/handler.ts',
    clients: {
      '@aws-sdk/client-s3': 'S3Client',
      '@aws-sdk/client-dynamodb': 'DynamoDBClient',
      '@aws-sdk/lib-dynamodb': 'DynamoDBDocumentClient',
    },
  },
  digest: {
    entry: 'lambdas/digest/handler.ts',
    clients: {
      '@aws-sdk/client-dynamodb': 'DynamoDBClient',
      '@aws-sdk/lib-dynamodb': 'DynamoDBDocumentClient',
      '@aws-sdk/client-sesv2': 'SESv2Client',
      '@aws-sdk/client-secrets-manager': 'SecretsManagerClient',
      '@aws-sdk/client-bedrock-runtime': 'BedrockRuntimeClient',
    },
  },
  unsubscribe: {
    entry: 'lambdas/unsubscribe/handler.ts',
    clients: {
      '@aws-sdk/client-dynamodb': 'DynamoDBClient',
      '@aws-sdk/lib-dynamodb': 'DynamoDBDocumentClient',
      '@aws-sdk/client-secrets-manager': 'SecretsManagerClient',
    },
  },
} as const;

export interface BundleFigures {
  name: string;
  bytes: number;
  /** The bundle of the same SDK clients alone, built the same way. */
  sdkBytes: number;
  /** Median CPU milliseconds to import the bundle in a fresh Node process, as Lambda starts it. */
  coldImportMs: number;
  sdkColdImportMs: number;
  samples: number[];
}

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** esbuild options equal to the stack's NodejsFunction bundling (lib/bundling.ts). */
export function deployedBuildOptions(): BuildOptions {
  return {
    bundle: true,
    platform: 'node',
    format: HANDLER_BUNDLING.format,
    target: HANDLER_BUNDLING.target,
    mainFields: [...HANDLER_BUNDLING.mainFields],
    banner: { js: HANDLER_BUNDLING.banner },
    minify: HANDLER_BUNDLING.minify,
    sourcemap: HANDLER_BUNDLING.sourceMap,
    sourcesContent: HANDLER_BUNDLING.sourcesContent,
    logLevel: 'silent',
  };
}

/** A module that creates each client once, as a handler does, and nothing else. */
export function sdkOnlySource(clients: Readonly<Record<string, string>>): string {
  const lines = Object.entries(clients).map(([pkg, name], i) => `import { ${name} as C${i} } from '${pkg}';`);
  return `${lines.join('\n')}\nexport const clients = [${Object.keys(clients)
    .map((_, i) => `C${i}`)
    .join(', ')}];\n`;
}

/**
 * Bundles each handler as the stack deploys it and an SDK-only bundle of its clients, and times a
 * cold import of each in a fresh process with the functions' environment.
 */
export async function measureBundles(runs = 7): Promise<BundleFigures[]> {
  const out = await mkdtemp(join(tmpdir(), 'nd-bundles-'));
  try {
    const figures: BundleFigures[] = [];
    for (const [name, handler] of Object.entries(HANDLERS)) {
      const outfile = join(out, name, 'index.mjs');
      const sdkFile = join(out, `${name}-sdk`, 'index.mjs');
      await build({ ...deployedBuildOptions(), entryPoints: [join(ROOT, handler.entry)], outfile });
      await build({
        ...deployedBuildOptions(),
        stdin: { contents: sdkOnlySource(handler.clients), resolveDir: ROOT, loader: 'js' },
        outfile: sdkFile,
      });
      // Alternating the two keeps a busy machine's slow moments from landing on one side only.
      const samples: number[] = [];
      const sdkSamples: number[] = [];
      for (let i = 0; i < runs; i++) {
        samples.push(coldImport(outfile));
        sdkSamples.push(coldImport(sdkFile));
      }
      figures.push({
        name,
        bytes: (await stat(outfile)).size,
        sdkBytes: (await stat(sdkFile)).size,
        coldImportMs: median(samples),
        sdkColdImportMs: median(sdkSamples),
        samples,
      });
    }
    return figures;
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

/**
 * Imports a module in a new process with the env a Lambda function would have (the stack sets no
 * NODE_OPTIONS: lib/bundling.ts says why) and returns the CPU milliseconds taken, which a shared
 * machine's other work disturbs far less than wall time.
 */
function coldImport(file: string): number {
  const script = `const c = process.cpuUsage(); await import(${JSON.stringify(file)}); const u = process.cpuUsage(c); process.stdout.write(String((u.user + u.system) / 1000));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      NODE_OPTIONS: '',
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
