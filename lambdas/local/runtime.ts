import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { ENV } from '../config';
import { NewsDigestError } from '../errors';
import { type LocalDynamoDb, startDynamoDb } from './dynamodb-emulator';
import { LocalQueue } from './queue';
import { type LocalS3, startS3 } from './s3-emulator';
import { type LocalSes, startSes } from './ses-emulator';
import { lockStore } from './store-lock';

/** Settings of the embedded local stack. */
export interface LocalStackOptions {
  /** Folder holding the emulators' state between runs. @default '.news-digest' */
  storeDir: string;
  /** Folder the digest emails are copied to as .eml files. @default 'outbox' */
  outboxDir: string;
  /** Digest recipients seeded as daily subscribers. */
  recipients: string[];
  senderEmail: string;
  maxArticleBytes: number;
  /** Concurrent extractor invocations, like Lambda's concurrency. @default 2 */
  concurrency: number;
  /** The handlers' log lines on stderr; otherwise only LOG_LEVEL, if set, shows any. @default false */
  verbose: boolean;
  /** Who writes the digest. @default extractive */
  composer: LocalComposer;
  /** Told each time the queue settles a message, for progress reports. */
  onSettled?: (outcome: 'consumed' | 'dead-lettered', record: SQSRecord) => void;
}

/** The composers a local run may use: Bedrock needs an AWS account, which the local stack does without. */
export type LocalComposer =
  | { kind: 'extractive' }
  | { kind: 'openai-compatible'; url: string; model?: string; tokenBudget?: number };

export const DEFAULT_LOCAL_OPTIONS: LocalStackOptions = {
  storeDir: '.news-digest',
  outboxDir: 'outbox',
  recipients: ['reader@example.com'],
  senderEmail: 'digest@news-digest.local',
  maxArticleBytes: 5 * 1024 * 1024,
  concurrency: 2,
  verbose: false,
  composer: { kind: 'extractive' },
};

export const LOCAL_BUCKET = 'news-digest-ingest';
export const LOCAL_TABLE = 'news-digest';

let stacksStarted = 0;

/**
 * The handlers log JSON lines for CloudWatch; a CLI user wants the report, so they are silent
 * unless asked for (or LOG_LEVEL is set), and write to stderr: stdout keeps only the report (one
 * JSON document with --json).
 */
function handlerLogSettings(verbose: boolean): Record<string, string> {
  return {
    [ENV.logLevel]: process.env[ENV.logLevel] ?? (verbose ? 'INFO' : 'SILENT'),
    [ENV.logStream]: 'stderr',
  };
}

/**
 * The handler modules beside this one: their TypeScript sources under tsx and vitest, their
 * bundles when this module runs inside the compiled CLI (bin/build-cli.mjs).
 */
const HANDLERS = import.meta.url.endsWith('.ts')
  ? { extract: '../extract/handler', digest: '../digest/handler' }
  : { extract: './extract-handler.generated.mjs', digest: './digest-handler.generated.mjs' };

/** A dynamic import the bundler leaves as written, resolved against this module. */
function loadModule<T>(specifier: string): Promise<T> {
  return import(/* @vite-ignore */ new URL(specifier, import.meta.url).href) as Promise<T>;
}

/** The emulators could not start, e.g. the store is not a writable folder. */
export class LocalStackError extends NewsDigestError {}

type DigestHandler = (event: Record<string, unknown>, context: Context) => Promise<unknown>;

export interface LocalStack {
  bucket: string;
  tableName: string;
  endpoints: { s3: string; dynamodb: string; sesv2: string };
  queue: LocalQueue;
  invokeDigest(request: Record<string, unknown>): Promise<unknown>;
  stop(): Promise<void>;
}

/**
 * Starts the S3, DynamoDB and SES v2 emulators in-process on loopback ports and wires the
 * real handlers to them. The handlers only see environment variables, exactly as on Lambda:
 * the SDK's endpoint variables point them at the emulators.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const storeDir = resolve(options.storeDir);
  const release = await lockStore(storeDir);
  const started = await Promise.allSettled([
    startS3({ directory: join(storeDir, 's3'), bucket: LOCAL_BUCKET }),
    startDynamoDb({ path: join(storeDir, 'dynamodb') }),
    startSes(),
  ]);
  const running = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  // Every exit path stops what started: a listening emulator would keep the process alive.
  const stopAll = async () => {
    await Promise.allSettled(running.map((e) => e.stop()));
    await release();
  };
  const [s3, dynamodb, ses] = started;
  if (s3.status === 'rejected' || dynamodb.status === 'rejected' || ses.status === 'rejected') {
    await stopAll();
    const failure = started.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    throw new LocalStackError(
      `The local stack could not start on ${storeDir}: ${messageOf(failure.reason)}`,
      {
        cause: failure.reason,
      },
    );
  }
  try {
    return await wire(options, storeDir, s3.value, dynamodb.value, ses.value, stopAll);
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** Points the SDK at the emulators, loads the handlers and connects the bucket to the extractor. */
async function wire(
  options: LocalStackOptions,
  storeDir: string,
  s3: LocalS3,
  dynamodb: LocalDynamoDb,
  ses: LocalSes,
  stopAll: () => Promise<void>,
): Promise<LocalStack> {
  Object.assign(process.env, {
    AWS_REGION: 'us-east-1',
    // s3rver accepts only these credentials; the other emulators accept any.
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    AWS_ENDPOINT_URL_S3: s3.endpoint,
    AWS_ENDPOINT_URL_DYNAMODB: dynamodb.endpoint,
    AWS_ENDPOINT_URL_SESV2: ses.endpoint,
    // Without these the SDK streams uploads with checksum framing s3rver stores verbatim.
    AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
    AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
    ...handlerLogSettings(options.verbose),
    [ENV.tableName]: LOCAL_TABLE,
    [ENV.maxArticleBytes]: String(options.maxArticleBytes),
    [ENV.senderEmail]: options.senderEmail,
    [ENV.digestRecipients]: options.recipients.join(','),
    [ENV.unsubscribeUrl]: 'https://news-digest.invalid/unsubscribe',
    [ENV.unsubscribeKey]: await localUnsubscribeKey(storeDir),
    [ENV.outboxDir]: resolve(options.outboxDir),
    ...composerEnv(options.composer),
  });
  await dynamodb.ensureTable(LOCAL_TABLE);

  // Imported only now, and afresh for each stack: the handlers read their configuration at module
  // load, as on a Lambda cold start, so each local stack gets its own "container".
  const instance = `?stack=${++stacksStarted}`;
  const extract: typeof import('../extract/handler') = await loadModule(`${HANDLERS.extract}${instance}`);
  const digest: { handler: DigestHandler } = await loadModule(`${HANDLERS.digest}${instance}`);

  const queue = new LocalQueue(
    (event: SQSEvent) =>
      extract.handler(event, localContext('news-digest-extractor')) as Promise<SQSBatchResponse>,
    {
      concurrency: options.concurrency,
      maxReceiveCount: 3,
      queueArn: 'arn:aws:sqs:us-east-1:000000000000:news-digest-ingest',
      ...(options.onSettled ? { onSettled: options.onSettled } : {}),
    },
  );
  s3.onEvent((event) => queue.sendS3Event(event));

  return {
    bucket: LOCAL_BUCKET,
    tableName: LOCAL_TABLE,
    endpoints: { s3: s3.endpoint, dynamodb: dynamodb.endpoint, sesv2: ses.endpoint },
    queue,
    invokeDigest: (request) => digest.handler(request, localContext('news-digest-digest')),
    async stop() {
      await queue.idle();
      await stopAll();
    },
  };
}

/** Every composer variable is set, blank when unused, so one run's choice never leaks into the next stack. */
function composerEnv(composer: LocalComposer): Record<string, string> {
  const model = composer.kind === 'openai-compatible' ? composer : undefined;
  return {
    [ENV.composer]: composer.kind,
    [ENV.composerUrl]: model?.url ?? '',
    [ENV.composerModel]: model?.model ?? '',
    [ENV.composerTokenBudget]: model?.tokenBudget ? String(model.tokenBudget) : '',
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The local stand-in for the Secrets Manager key: random once, then kept with the store. */
async function localUnsubscribeKey(storeDir: string): Promise<string> {
  const path = join(storeDir, 'unsubscribe.key');
  const existing = await readFile(path, 'utf8').catch(() => '');
  if (existing.trim()) return existing.trim();
  const key = randomBytes(32).toString('hex');
  await mkdir(storeDir, { recursive: true });
  await writeFile(path, key, { mode: 0o600 });
  return key;
}

/** A Lambda context with the fields a handler may read. */
function localContext(functionName: string): Context {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId: crypto.randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => 60_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
