/** Settings read once from the environment, validated, and typed. */
import { isEmailAddress } from './core/email/address';
import { ConfigError } from './errors';

/** Environment variable names; the stack sets each one together with its IAM grant. */
export const ENV = {
  tableName: 'TABLE_NAME',
  maxArticleBytes: 'MAX_ARTICLE_BYTES',
  senderEmail: 'SENDER_EMAIL',
  digestRecipients: 'DIGEST_RECIPIENTS',
  unsubscribeUrl: 'UNSUBSCRIBE_URL',
  unsubscribeKeySecret: 'UNSUBSCRIBE_KEY_SECRET',
  digestWindowDays: 'DIGEST_WINDOW_DAYS',
  digestMaxStories: 'DIGEST_MAX_STORIES',
  outboxDir: 'OUTBOX_DIR',
  unsubscribeMailto: 'UNSUBSCRIBE_MAILTO',
  /** Local runs only: the unsubscribe HMAC key itself, where there is no Secrets Manager. */
  unsubscribeKey: 'UNSUBSCRIBE_KEY',
  /** Who writes the digest: extractive (default), bedrock or openai-compatible. */
  composer: 'COMPOSER',
  /** The model id: a Bedrock foundation model, or the name an OpenAI-compatible server knows. */
  composerModel: 'COMPOSER_MODEL',
  /** Base URL of an OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1. */
  composerUrl: 'COMPOSER_URL',
  /** Tokens (in and out) one digest may spend on the model before the rest is written extractively. */
  composerTokenBudget: 'COMPOSER_TOKEN_BUDGET',
  /** The handlers' log level: DEBUG, INFO (the default), WARN, ERROR or SILENT. */
  logLevel: 'LOG_LEVEL',
  /** Where the handlers' log lines go: stdout (the default, as on Lambda) or stderr (a local run's report owns stdout). */
  logStream: 'LOG_STREAM',
} as const;

export const COMPOSERS = ['extractive', 'bedrock', 'openai-compatible'] as const;
/**
 * Room for a full digest (50 stories, DIGEST_MAX_STORIES) at the bench's measured ~900 prompt
 * tokens a story plus the 700-token answer allowance each call reserves; at Nova Micro's list
 * price a digest that spends it all costs under half a US cent.
 */
export const DEFAULT_COMPOSER_TOKEN_BUDGET = 80_000;

export const DEFAULT_DIGEST_WINDOW_DAYS = 7;

/**
 * Stories one digest shows at most; the rest are counted ("and 212 more stories"). Fifty items of
 * two to four sentences read in about twenty minutes and make about 120 KB of HTML and text; a
 * window of 2,000 stories uncapped would be a message of megabytes that mail clients clip.
 */
export const DEFAULT_DIGEST_MAX_STORIES = 50;

export const DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
/**
 * The largest limit a deployment or a local run may set. Measured by `npm run bench` (large
 * articles): the core takes about 1.4 s and 50 MB of memory per MiB of text, linearly; at 10 MiB
 * it peaks near 0.5 GB and 14 s on the 2-core machine, half the extractor's 1 GB and under half
 * its 60 s even on Lambda's smaller CPU share. 20 MiB took 29 s and 1.07 GB.
 */
export const MAX_ARTICLE_BYTES_LIMIT = 10 * 1024 * 1024;

type Env = Record<string, string | undefined>;

export const LOG_LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LogConfig {
  level: LogLevel;
  stream: 'stdout' | 'stderr';
}

/** Every handler's log settings: LOG_LEVEL (default INFO) and LOG_STREAM (default stdout). */
export function logConfig(env: Env): LogConfig {
  const level = (env[ENV.logLevel] ?? 'INFO').toUpperCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new ConfigError(
      `${ENV.logLevel} must be one of ${LOG_LEVELS.join(', ')}, not "${env[ENV.logLevel]}"`,
    );
  }
  const stream = env[ENV.logStream] ?? 'stdout';
  if (stream !== 'stdout' && stream !== 'stderr') {
    throw new ConfigError(`${ENV.logStream} must be stdout or stderr, not "${stream}"`);
  }
  return { level: level as LogLevel, stream };
}

/** Reads a required variable or throws a ConfigError naming it. */
export function required(env: Env, name: string): string {
  const value = env[name];
  if (value === undefined || value.trim() === '') {
    throw new ConfigError(`Missing required environment variable ${name}`);
  }
  return value;
}

/** Reads an optional positive integer, or the default. */
export function positiveInt(env: Env, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) {
    throw new ConfigError(`${name} must be a positive integer, got "${value}"`);
  }
  return n;
}

export interface ExtractorConfig {
  tableName: string;
  maxArticleBytes: number;
}

/** The extractor Lambda's settings. */
export function extractorConfig(env: Env): ExtractorConfig {
  return {
    tableName: required(env, ENV.tableName),
    maxArticleBytes: positiveInt(env, ENV.maxArticleBytes, DEFAULT_MAX_ARTICLE_BYTES),
  };
}

/** Where the unsubscribe HMAC key comes from. */
export type UnsubscribeKeyConfig = { secretArn: string } | { key: string };

function unsubscribeKey(env: Env): UnsubscribeKeyConfig {
  const secretArn = env[ENV.unsubscribeKeySecret]?.trim();
  if (secretArn) return { secretArn };
  const key = env[ENV.unsubscribeKey]?.trim();
  if (key) return { key };
  throw new ConfigError(
    `Missing required environment variable ${ENV.unsubscribeKeySecret} (or ${ENV.unsubscribeKey} for local runs)`,
  );
}

function emailAddress(name: string, value: string): string {
  const address = value.trim();
  if (!isEmailAddress(address)) throw new ConfigError(`${name} must be an email address, got "${value}"`);
  return address;
}

function httpUrl(name: string, value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.toString();
  } catch {
    // Reported below with the variable's name.
  }
  throw new ConfigError(`${name} must be an http(s) URL, got "${value}"`);
}

/** Which composer writes the digest, and the model it calls. */
export type ComposerConfig =
  | { kind: 'extractive' }
  | { kind: 'bedrock'; model: string; tokenBudget: number }
  | { kind: 'openai-compatible'; url: string; model?: string; tokenBudget: number };

function composerConfig(env: Env): ComposerConfig {
  const kind = env[ENV.composer]?.trim() || 'extractive';
  const tokenBudget = positiveInt(env, ENV.composerTokenBudget, DEFAULT_COMPOSER_TOKEN_BUDGET);
  const model = env[ENV.composerModel]?.trim();
  switch (kind) {
    case 'extractive':
      return { kind };
    case 'bedrock':
      return { kind, model: required(env, ENV.composerModel), tokenBudget };
    case 'openai-compatible':
      return {
        kind,
        url: httpUrl(ENV.composerUrl, required(env, ENV.composerUrl)).replace(/\/+$/u, ''),
        ...(model ? { model } : {}),
        tokenBudget,
      };
    default:
      throw new ConfigError(`${ENV.composer} must be one of ${COMPOSERS.join(', ')}, got "${kind}"`);
  }
}

export interface DigestConfig {
  tableName: string;
  senderEmail: string;
  /** Seeded as daily subscribers when absent from the table. */
  recipients: string[];
  unsubscribeUrl: string;
  unsubscribeMailto?: string;
  unsubscribeKey: UnsubscribeKeyConfig;
  digestWindowDays: number;
  /** The most stories one digest shows (`DIGEST_MAX_STORIES`, default 50). */
  digestMaxStories: number;
  /** Local runs only: a folder that receives a copy of every sent message as a .eml file. */
  outboxDir?: string;
  composer: ComposerConfig;
}

/** The digest Lambda's settings. */
export function digestConfig(env: Env): DigestConfig {
  const mailto = env[ENV.unsubscribeMailto]?.trim();
  return {
    tableName: required(env, ENV.tableName),
    senderEmail: emailAddress(ENV.senderEmail, required(env, ENV.senderEmail)),
    recipients: (env[ENV.digestRecipients] ?? '')
      .split(',')
      .map((r) => r.trim())
      .filter((r) => r !== '')
      .map((r) => emailAddress(ENV.digestRecipients, r)),
    unsubscribeUrl: httpUrl(ENV.unsubscribeUrl, required(env, ENV.unsubscribeUrl)),
    ...(mailto
      ? { unsubscribeMailto: emailAddress(ENV.unsubscribeMailto, mailto.replace(/^mailto:/i, '')) }
      : {}),
    unsubscribeKey: unsubscribeKey(env),
    digestWindowDays: positiveInt(env, ENV.digestWindowDays, DEFAULT_DIGEST_WINDOW_DAYS),
    digestMaxStories: positiveInt(env, ENV.digestMaxStories, DEFAULT_DIGEST_MAX_STORIES),
    ...(env[ENV.outboxDir]?.trim() ? { outboxDir: env[ENV.outboxDir]?.trim() as string } : {}),
    composer: composerConfig(env),
  };
}

export interface UnsubscribeConfig {
  tableName: string;
  unsubscribeKey: UnsubscribeKeyConfig;
}

/** The unsubscribe Lambda's settings. */
export function unsubscribeConfig(env: Env): UnsubscribeConfig {
  return { tableName: required(env, ENV.tableName), unsubscribeKey: unsubscribeKey(env) };
}
