/** Settings read once from the environment, validated, and typed. */
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
} as const;

export const DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

type Env = Record<string, string | undefined>;

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
