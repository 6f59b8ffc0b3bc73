import { execFile } from 'node:child_process';
import { copyFile, cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { type BuildOptions, build } from 'esbuild';
import {
  HANDLER_BUNDLING,
  HANDLER_DATA_FILES,
  HANDLER_LAZY_MODULES,
  LAZY_MODULES_DIR,
} from '../../../lib/bundling';
import { type LocalDynamoDb, startDynamoDb } from '../dynamodb-emulator';
import { type LocalS3, startS3 } from '../s3-emulator';

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
    /**
     * The first article's I/O that any extractor does, with the SDK-only bundle's clients (C0 S3, C1 and
     * C2 DynamoDB): read the object named in the SQS message and write one item.
     */
    sdkHandler: [
      "import { GetObjectCommand } from '@aws-sdk/client-s3';",
      "import { PutCommand } from '@aws-sdk/lib-dynamodb';",
      'export async function handler(event) {',
      '  const { bucket, object } = JSON.parse(event.Records[0].body).Records[0].s3;',
      '  const got = await new C0({}).send(new GetObjectCommand({ Bucket: bucket.name, Key: object.key }));',
      '  const text = await got.Body.transformToString();',
      "  const item = { PK: 'BENCH#' + object.key, SK: 'ARTICLE', length: text.length };",
      '  await C2.from(new C1({})).send(new PutCommand({ TableName: process.env.TABLE_NAME, Item: item }));',
      '  return { batchItemFailures: [] };',
      '}',
    ].join('\n'),
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
  /** The data files shipped beside the bundle (lib/bundling.ts), read on first use. */
  dataBytes: number;
  /** The packages shipped pre-bundled beside it (lib/bundling.ts), imported only when an article needs one. */
  lazyBytes: number;
  /** The bundle of the same SDK clients alone, built the same way. */
  sdkBytes: number;
  /** Median CPU milliseconds to import the bundle in a fresh Node process, as Lambda starts it (init). */
  coldImportMs: number;
  sdkColdImportMs: number;
  samples: number[];
  /**
   * The extractor only: median CPU milliseconds of the import plus the first invocation on one article in
   * the same fresh process (reading it from the S3 emulator, the analysis, the data files' first read,
   * the DynamoDB writes), and the SDK-only bundle's import plus the same read and one write.
   */
  firstArticle?: { ms: number; sdkMs: number; samples: number[] };
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

/** A module that creates each client once, as a handler does, and nothing else but the given handler. */
export function sdkOnlySource(clients: Readonly<Record<string, string>>, handler = ''): string {
  const lines = Object.entries(clients).map(([pkg, name], i) => `import { ${name} as C${i} } from '${pkg}';`);
  return `${lines.join('\n')}\nexport const clients = [${Object.keys(clients)
    .map((_, i) => `C${i}`)
    .join(', ')}];\n${handler}`;
}

/**
 * Bundles each handler as the stack deploys it (its data files beside it) and an SDK-only bundle of its
 * clients, and times a cold import of each in a fresh process with the functions' environment; for the
 * extractor also the import plus its first article, on S3 and DynamoDB emulators.
 */
export async function measureBundles(runs = 7): Promise<BundleFigures[]> {
  const out = await mkdtemp(join(tmpdir(), 'nd-bundles-'));
  const articles = await startArticleStore(out);
  try {
    const figures: BundleFigures[] = [];
    for (const [name, handler] of Object.entries(HANDLERS)) {
      const outfile = join(out, name, 'index.mjs');
      const sdkFile = join(out, `${name}-sdk`, 'index.mjs');
      const lazy = HANDLER_LAZY_MODULES[name as keyof typeof HANDLERS];
      await build({
        ...deployedBuildOptions(),
        entryPoints: [join(ROOT, handler.entry)],
        outfile,
        external: [...lazy],
      });
      const dataFiles = HANDLER_DATA_FILES[name as keyof typeof HANDLERS];
      let dataBytes = 0;
      for (const file of dataFiles) {
        await copyFile(join(ROOT, file), join(out, name, basename(file)));
        dataBytes += (await stat(join(ROOT, file))).size;
      }
      let lazyBytes = 0;
      for (const pkg of lazy) {
        await cp(join(ROOT, LAZY_MODULES_DIR, pkg), join(out, name, 'node_modules', pkg), {
          recursive: true,
        });
        lazyBytes += (await stat(join(ROOT, LAZY_MODULES_DIR, pkg, 'index.mjs'))).size;
      }
      await build({
        ...deployedBuildOptions(),
        stdin: {
          contents: sdkOnlySource(handler.clients, 'sdkHandler' in handler ? handler.sdkHandler : ''),
          resolveDir: ROOT,
          loader: 'js',
        },
        outfile: sdkFile,
      });
      // Alternating the two keeps a busy machine's slow moments from landing on one side only.
      const samples: number[] = [];
      const sdkSamples: number[] = [];
      const first: number[] = [];
      const sdkFirst: number[] = [];
      for (let i = 0; i < runs; i++) {
        samples.push((await coldRun(outfile)).initMs);
        sdkSamples.push((await coldRun(sdkFile)).initMs);
        if ('sdkHandler' in handler) {
          first.push((await coldRun(outfile, await articles.next())).firstMs);
          sdkFirst.push((await coldRun(sdkFile, await articles.next())).firstMs);
        }
      }
      figures.push({
        name,
        bytes: (await stat(outfile)).size,
        dataBytes,
        lazyBytes,
        sdkBytes: (await stat(sdkFile)).size,
        coldImportMs: median(samples),
        sdkColdImportMs: median(sdkSamples),
        samples,
        ...(first.length > 0
          ? { firstArticle: { ms: median(first), sdkMs: median(sdkFirst), samples: first } }
          : {}),
      });
    }
    return figures;
  } finally {
    await articles.stop();
    await rm(out, { recursive: true, force: true });
  }
}

/** The article of every first-article run: an in-house example report. */
const FIRST_ARTICLE = join(ROOT, 'examples', '2026-04-08-meridian-wire-maine-storm.txt');
const BUCKET = 'bench-articles';

interface FirstRun {
  /** The SDK's endpoint variables and credentials for the emulators, and the run's own table. */
  env: Record<string, string>;
  /** The SQS message the extractor would receive for the run's object. */
  event: unknown;
}

/**
 * S3 and DynamoDB emulators for the first-article runs: each run gets its own copy of the article (a
 * new key and content, so nothing is skipped as seen before) and its own empty table, so every run
 * does the same work.
 */
async function startArticleStore(dir: string): Promise<{ next(): Promise<FirstRun>; stop(): Promise<void> }> {
  const text = await readFile(FIRST_ARTICLE, 'utf8');
  const s3: LocalS3 = await startS3({ directory: join(dir, 's3'), bucket: BUCKET });
  const dynamodb: LocalDynamoDb = await startDynamoDb();
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  const client = new S3Client({
    endpoint: s3.endpoint,
    region: 'us-east-1',
    credentials,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  let run = 0;
  return {
    async next() {
      run += 1;
      const key = `cold/run-${run}.txt`;
      const table = `bench-${run}`;
      await client.send(
        new PutObjectCommand({
          Bucket: BUCKET,
          Key: key,
          Body: `${text}\n(Bench copy ${run}.)\n`,
          ContentType: 'text/plain',
        }),
      );
      await dynamodb.ensureTable(table);
      const record = {
        eventName: 'ObjectCreated:Put',
        s3: { bucket: { name: BUCKET }, object: { key, sequencer: `${run}` } },
      };
      return {
        env: {
          AWS_ACCESS_KEY_ID: credentials.accessKeyId,
          AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
          AWS_ENDPOINT_URL_S3: s3.endpoint,
          AWS_ENDPOINT_URL_DYNAMODB: dynamodb.endpoint,
          AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
          AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
          TABLE_NAME: table,
        },
        event: { Records: [{ messageId: `bench-${run}`, body: JSON.stringify({ Records: [record] }) }] },
      };
    },
    async stop() {
      client.destroy();
      await Promise.allSettled([s3.stop(), dynamodb.stop()]);
    },
  };
}

/**
 * Imports a module in a new process with the env a Lambda function would have (the stack sets no
 * NODE_OPTIONS: lib/bundling.ts says why) and, given a first run, invokes its handler once; returns
 * the CPU milliseconds taken by the import (init) and by the import plus the invocation, which a
 * shared machine's other work disturbs far less than wall time.
 */
async function coldRun(file: string, first?: FirstRun): Promise<{ initMs: number; firstMs: number }> {
  const script = [
    'const cpu = (c) => { const u = process.cpuUsage(c); return (u.user + u.system) / 1000; };',
    'const c = process.cpuUsage();',
    `const m = await import(${JSON.stringify(file)});`,
    'const initMs = cpu(c);',
    first === undefined
      ? 'const firstMs = initMs;'
      : [
          "const context = { awsRequestId: 'bench', functionName: 'bench', getRemainingTimeInMillis: () => 60000 };",
          `const out = await m.handler(${JSON.stringify(first.event)}, context);`,
          "if (out.batchItemFailures.length > 0) throw new Error('the first article failed');",
          'const firstMs = cpu(c);',
        ].join('\n'),
    // The SDK's keep-alive sockets would hold the process open.
    'process.stdout.write(JSON.stringify({ initMs, firstMs }), () => process.exit(0));',
  ].join('\n');
  // Not spawnSync: the emulators answering the first article run in this process's event loop.
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    timeout: 120_000,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_OPTIONS: '',
      AWS_REGION: 'us-east-1',
      TABLE_NAME: 'bench',
      SENDER_EMAIL: 'digest@example.com',
      UNSUBSCRIBE_URL: 'https://example.com/unsubscribe',
      UNSUBSCRIBE_KEY_SECRET: 'arn:aws:secretsmanager:us-east-1:000000000000:secret:bench',
      LOG_LEVEL: 'ERROR',
      // The SDK warns once, when a client is built, on Node before 22 (this machine), never on the
      // functions' Node 22 runtime; the warning (a stack, a line on stderr) cost the extractor's
      // cold import about 5 M instructions that no Lambda start pays.
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      ...first?.env,
    },
  });
  return JSON.parse(stdout) as { initMs: number; firstMs: number };
}

/** The middle value of a non-empty list. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
