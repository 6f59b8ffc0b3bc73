import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { MAX_ARTICLE_BYTES_LIMIT } from '../../config';
import { isEmailAddress } from '../../core/email/address';
import { NewsDigestError } from '../../errors';
import type { LocalComposer } from '../runtime';
import { COMMANDS, type Command, HELP } from './help';
import { printReport } from './print';
import { Progress } from './progress';
import type { RunReport } from './run';
import { UsageError } from './usage';

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  json: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  verbose: { type: 'boolean', short: 'v' },
  outbox: { type: 'string' },
  store: { type: 'string' },
  to: { type: 'string', multiple: true },
  concurrency: { type: 'string' },
  'max-bytes': { type: 'string' },
  period: { type: 'string' },
  force: { type: 'boolean' },
  weekly: { type: 'boolean' },
  people: { type: 'string' },
  places: { type: 'string' },
  topics: { type: 'string' },
  composer: { type: 'string' },
  'llm-url': { type: 'string' },
  'llm-model': { type: 'string' },
  'token-budget': { type: 'string' },
  stored: { type: 'string' },
  only: { type: 'string' },
} as const;

type Flag = keyof typeof OPTIONS;
const COMMON_FLAGS: readonly Flag[] = ['store', 'outbox', 'to', 'quiet', 'verbose', 'help'];
const COMPOSER_FLAGS: readonly Flag[] = ['composer', 'llm-url', 'llm-model', 'token-budget'];

/** The flags each command reads: any other is refused, never silently ignored. */
const COMMAND_FLAGS: Record<Command, readonly Flag[]> = {
  demo: ['json', ...COMPOSER_FLAGS, ...COMMON_FLAGS],
  run: ['json', 'concurrency', 'max-bytes', ...COMPOSER_FLAGS, ...COMMON_FLAGS],
  watch: ['concurrency', 'max-bytes', ...COMMON_FLAGS],
  digest: ['json', 'period', 'force', ...COMPOSER_FLAGS, ...COMMON_FLAGS],
  subscribers: ['json', 'weekly', 'people', 'places', 'topics', ...COMMON_FLAGS],
  bench: ['json', 'stored', 'only', 'quiet', 'verbose', 'help'],
};

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/**
 * Entry point of the `news-digest` command; returns the process exit code. Each command's module
 * (and with it the emulators and the AWS SDK) is loaded only when that command runs, so help and
 * usage errors answer at once.
 */
export async function main(
  argv: string[],
  io: CliIo = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.stdout.write(HELP.main);
    return first === undefined ? 1 : 0;
  }
  if (first === '--version') {
    io.stdout.write('news-digest 0.1.0\n');
    return 0;
  }
  if (!isCommand(first)) {
    io.stderr.write(`news-digest: unknown command "${first}"\n\n${HELP.main}`);
    return 2;
  }
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true });
  } catch (error) {
    io.stderr.write(`news-digest ${first}: ${(error as Error).message}\n\n${HELP[first]}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const foreign = Object.keys(values).find((flag) => !COMMAND_FLAGS[first].includes(flag as Flag));
  if (foreign) {
    io.stderr.write(`news-digest ${first}: --${foreign} is not an option of ${first}\n\n${HELP[first]}`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(HELP[first]);
    return 0;
  }
  const progress = new Progress(io.stderr, values.quiet === true);
  try {
    const local = await localOptions(values);
    switch (first) {
      case 'demo':
        return await demo(local, progress, io.stdout);
      case 'run':
        if (positionals.length === 0) throw new UsageError('run needs at least one file or folder');
        return finish(
          await (await import('./run')).runFiles(positionals, local, progress),
          local.json,
          io.stdout,
        );
      case 'watch': {
        const [folder, ...extra] = positionals;
        if (!folder || extra.length > 0) throw new UsageError('watch takes exactly one folder');
        const stop = new AbortController();
        process.once('SIGINT', () => stop.abort());
        process.once('SIGTERM', () => stop.abort());
        await (await import('./watch')).watchFolderIntoBucket(folder, local, progress, stop.signal);
        return 0;
      }
      case 'digest': {
        if (positionals.length > 0) throw new UsageError('digest takes no arguments');
        const { json, ...stack } = local;
        const { printDigestReport, sendDigestNow } = await import('./digest');
        const report = await sendDigestNow(
          { ...stack, ...(values.period ? { period: values.period } : {}), force: values.force === true },
          progress,
        );
        if (json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        else printDigestReport(report, io.stdout);
        return report.summary.failed.length > 0 ? 1 : 0;
      }
      case 'subscribers':
        return await (await import('./subscribers')).runSubscribers(
          positionals,
          {
            ...local,
            weekly: values.weekly === true,
            people: values.people,
            places: values.places,
            topics: values.topics,
          },
          io.stdout,
        );
      case 'bench': {
        const { BENCH_PARTS, formatBench, runBench } = await import('../bench/index');
        const stored = values.stored?.split(',').map((count) => positiveInt('--stored', count.trim()));
        const only = values.only?.split(',').map((part) => oneOf('--only', part.trim(), BENCH_PARTS));
        const report = await runBench(progress, { ...(stored ? { stored } : {}), ...(only ? { only } : {}) });
        io.stdout.write(local.json ? `${JSON.stringify(report, null, 2)}\n` : formatBench(report));
        return 0;
      }
      default:
        throw new UsageError(`"${first}" is not available yet`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`news-digest ${first}: ${error.message}\n\n${HELP[first]}`);
      return 2;
    }
    const message =
      error instanceof NewsDigestError ? error.message : String((error as Error).message ?? error);
    io.stderr.write(`news-digest ${first}: ${message}\n`);
    return 1;
  }
}

/** Runs the bundled examples on a fresh store, so the demo shows the same thing every time. */
async function demo(
  local: { json: boolean; storeDir?: string },
  progress: Progress,
  stdout: NodeJS.WritableStream,
): Promise<number> {
  const storeDir = local.storeDir ?? (await mkdtemp(join(tmpdir(), 'news-digest-demo-')));
  try {
    progress.info(`Ingesting the bundled examples from ${EXAMPLES}`);
    const { runFiles } = await import('./run');
    return finish(await runFiles([EXAMPLES], { ...local, storeDir }, progress), local.json, stdout);
  } finally {
    if (!local.storeDir) await rm(storeDir, { recursive: true, force: true });
  }
}

function finish(report: RunReport, json: boolean, stdout: NodeJS.WritableStream): number {
  if (json) stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else printReport(report, stdout);
  return report.deadLetters > 0 ? 1 : 0;
}

function isCommand(name: string): name is Command {
  return (COMMANDS as readonly string[]).includes(name);
}

function positiveInt(flag: string, value: string, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new UsageError(`${flag} takes a positive whole number, got "${value}"`);
  if (n > max) throw new UsageError(`${flag} is at most ${max}, got ${value}`);
  return n;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(
      `${flag} takes one or more of ${allowed.join(', ')} (comma-separated), got "${value}"`,
    );
  return value as T;
}

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

/** The local stack's options from the flags, each checked here so an error names its flag. */
async function localOptions(values: Values) {
  for (const to of values.to ?? []) {
    if (!isEmailAddress(to))
      throw new UsageError(`--to "${to}" is not an email address such as reader@example.org`);
  }
  if (values.store) await folderOrAbsent('--store', values.store);
  if (values.outbox) await folderOrAbsent('--outbox', values.outbox);
  return {
    json: values.json === true,
    ...(values.verbose ? { verbose: true } : {}),
    ...(values.outbox ? { outboxDir: values.outbox } : {}),
    ...(values.store ? { storeDir: values.store } : {}),
    ...(values.to ? { recipients: values.to } : {}),
    ...(values.concurrency ? { concurrency: positiveInt('--concurrency', values.concurrency) } : {}),
    ...(values['max-bytes']
      ? { maxArticleBytes: positiveInt('--max-bytes', values['max-bytes'], MAX_ARTICLE_BYTES_LIMIT) }
      : {}),
    ...composerOption(values),
  };
}

/** The composer flags, checked together: a model URL means nothing to the extractive composer. */
function composerOption(values: Values): { composer?: LocalComposer } {
  const kind = values.composer;
  const modelFlag = values['llm-url'] ?? values['llm-model'] ?? values['token-budget'];
  if (kind === undefined || kind === 'extractive') {
    if (modelFlag !== undefined)
      throw new UsageError('--llm-url, --llm-model and --token-budget need --composer openai-compatible');
    return kind ? { composer: { kind } } : {};
  }
  if (kind === 'bedrock') {
    throw new UsageError(
      '--composer bedrock runs on AWS (cdk deploy -c composer=bedrock); locally use --composer openai-compatible',
    );
  }
  if (kind !== 'openai-compatible') {
    throw new UsageError(`--composer is extractive or openai-compatible, got "${kind}"`);
  }
  const url = values['llm-url'];
  if (!url)
    throw new UsageError('--composer openai-compatible needs --llm-url, e.g. http://127.0.0.1:8080/v1');
  if (!/^https?:\/\/[^/\s]+/u.test(url))
    throw new UsageError(`--llm-url must be an http(s) URL, got "${url}"`);
  return {
    composer: {
      kind,
      url: url.replace(/\/+$/u, ''),
      ...(values['llm-model'] ? { model: values['llm-model'] } : {}),
      ...(values['token-budget']
        ? { tokenBudget: positiveInt('--token-budget', values['token-budget']) }
        : {}),
    },
  };
}

async function folderOrAbsent(flag: string, path: string): Promise<void> {
  const info = await stat(path).catch(() => null);
  if (info && !info.isDirectory()) throw new UsageError(`${flag} ${path} is a file, not a folder`);
}
