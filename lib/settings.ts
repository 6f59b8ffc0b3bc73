/**
 * Deployment settings: read from CDK context (or passed as stack props), validated
 * at synth time so a bad value fails `cdk synth` with a message that says what to fix.
 */

import {
  DEFAULT_COMPOSER_TOKEN_BUDGET,
  DEFAULT_DIGEST_MAX_STORIES,
  DEFAULT_MAX_ARTICLE_BYTES,
  MAX_ARTICLE_BYTES_LIMIT,
} from '../lambdas/config';
import { isDomain, isEmailAddress } from '../lambdas/core/email/address';
import { ConfigError } from '../lambdas/errors';

export { DEFAULT_MAX_ARTICLE_BYTES, isDomain, isEmailAddress, MAX_ARTICLE_BYTES_LIMIT };

/** Used when no `senderEmail` is given, so `cdk synth` works out of the box; never deploy with it. */
export const DEFAULT_SENDER_EMAIL = 'digest@example.com';
/** Local part used as From when `senderEmail` is a domain identity. */
export const DOMAIN_SENDER_LOCAL_PART = 'digest';
export const DEFAULT_SCHEDULE = 'cron(0 7 * * ? *)';
export const DEFAULT_TIME_ZONE = 'UTC';
export const DEFAULT_DIGEST_WINDOW_DAYS = 7;
const MAX_DIGEST_WINDOW_DAYS = 90;
/** Past this a digest becomes a multi-megabyte email that mail clients clip. */
const MAX_DIGEST_MAX_STORIES = 500;
/** Small and cheap: $0.035 / $0.14 per million tokens in / out (us-east-1 on-demand, December 2026). */
export const DEFAULT_BEDROCK_MODEL_ID = 'amazon.nova-micro-v1:0';
const MAX_COMPOSER_TOKEN_BUDGET = 10_000_000;
/** A Bedrock foundation model id, e.g. amazon.nova-micro-v1:0 or anthropic.claude-3-haiku-20240307-v1:0. */
const FOUNDATION_MODEL_ID = /^[a-z0-9-]+\.[a-z0-9][a-z0-9.:-]*$/u;
/** Cross-region inference profiles (us., eu., apac., global.) need grants in several regions: not this stack's one ARN. */
const INFERENCE_PROFILE = /^(?:us|us-gov|eu|apac|jp|au|ca|global)\./u;

/** Raw, unvalidated settings as they come from context or props. */
export interface SettingsInput {
  senderEmail?: string;
  createSenderIdentity?: boolean | string;
  recipients?: string | string[];
  scheduleCron?: string;
  scheduleTimeZone?: string;
  unsubscribeMailto?: string;
  maxArticleBytes?: number | string;
  digestWindowDays?: number | string;
  digestMaxStories?: number | string;
  composer?: string;
  composerModelId?: string;
  composerTokenBudget?: number | string;
  alarmEmail?: string;
}

/** The SES identity the digest sends from. */
export interface Sender {
  /** The From address. */
  address: string;
  /** The verified SES identity: the address itself, or a whole domain. */
  identity: string;
  kind: 'email' | 'domain';
  /** False when the identity already exists in SES and the stack must only reference it. */
  create: boolean;
}

/** The digest's composer as deployed. */
export type ComposerSetting =
  | { kind: 'extractive' }
  | { kind: 'bedrock'; modelId: string; tokenBudget: number };

/** Validated settings. */
export interface Settings {
  sender: Sender;
  /** True when no sender was configured and DEFAULT_SENDER_EMAIL stands in. */
  senderIsDefault: boolean;
  recipients: string[];
  scheduleCron: string;
  scheduleTimeZone: string;
  unsubscribeMailto?: string;
  maxArticleBytes: number;
  digestWindowDays: number;
  digestMaxStories: number;
  /** Who writes the digest on AWS: the extractive composer, or a Bedrock model whose sentences are verified. */
  composer: ComposerSetting;
  alarmEmail?: string;
}

/** Context keys, as given with `cdk synth -c key=value` or in cdk.json. */
export const CONTEXT_KEYS = [
  'senderEmail',
  'createSenderIdentity',
  'recipients',
  'scheduleCron',
  'scheduleTimeZone',
  'unsubscribeMailto',
  'maxArticleBytes',
  'digestWindowDays',
  'digestMaxStories',
  'composer',
  'composerModelId',
  'composerTokenBudget',
  'alarmEmail',
] as const satisfies readonly (keyof SettingsInput)[];

const CRON = /^cron\((.+)\)$/;
const RATE = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/;

/** Validates raw settings, filling defaults; throws a ConfigError that names the setting and the fix. */
export function resolveSettings(input: SettingsInput = {}): Settings {
  const senderText = blankToUndefined(input.senderEmail);
  const settings: Settings = {
    sender: resolveSender(
      senderText ?? DEFAULT_SENDER_EMAIL,
      resolveBoolean('createSenderIdentity', input.createSenderIdentity, true),
    ),
    senderIsDefault: senderText === undefined,
    recipients: resolveRecipients(input.recipients),
    scheduleCron: resolveSchedule(blankToUndefined(input.scheduleCron) ?? DEFAULT_SCHEDULE),
    scheduleTimeZone: resolveTimeZone(blankToUndefined(input.scheduleTimeZone) ?? DEFAULT_TIME_ZONE),
    maxArticleBytes: resolveInt(
      'maxArticleBytes',
      input.maxArticleBytes,
      DEFAULT_MAX_ARTICLE_BYTES,
      MAX_ARTICLE_BYTES_LIMIT,
    ),
    digestWindowDays: resolveInt(
      'digestWindowDays',
      input.digestWindowDays,
      DEFAULT_DIGEST_WINDOW_DAYS,
      MAX_DIGEST_WINDOW_DAYS,
    ),
    digestMaxStories: resolveInt(
      'digestMaxStories',
      input.digestMaxStories,
      DEFAULT_DIGEST_MAX_STORIES,
      MAX_DIGEST_MAX_STORIES,
    ),
    composer: resolveComposer(input),
  };
  const mailto = blankToUndefined(input.unsubscribeMailto);
  if (mailto !== undefined) settings.unsubscribeMailto = resolveMailto(mailto);
  const alarmEmail = blankToUndefined(input.alarmEmail);
  if (alarmEmail !== undefined) settings.alarmEmail = resolveAddress('alarmEmail', alarmEmail);
  return settings;
}

/** Reads every settings key from a construct's context (`node.tryGetContext`); `-c` values arrive as strings. */
export function settingsFromContext(tryGetContext: (key: string) => unknown): SettingsInput {
  const input: Record<string, string | string[]> = {};
  for (const key of CONTEXT_KEYS) {
    const value = tryGetContext(key);
    if (value === undefined || value === null) continue;
    if (key === 'recipients' && isStringArray(value)) {
      input[key] = value;
    } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      input[key] = String(value);
    } else {
      throw new ConfigError(
        `Context "${key}" must be a string, number or boolean, got ${JSON.stringify(value)}`,
      );
    }
  }
  return input;
}

function resolveComposer(input: SettingsInput): ComposerSetting {
  const kind = blankToUndefined(input.composer)?.trim() ?? 'extractive';
  const modelId = blankToUndefined(input.composerModelId)?.trim();
  const budget = input.composerTokenBudget;
  if (kind === 'extractive') {
    if (modelId !== undefined || blankToUndefined(String(budget ?? '')) !== undefined) {
      throw new ConfigError(
        'Context "composerModelId" and "composerTokenBudget" need -c composer=bedrock; the extractive composer calls no model',
      );
    }
    return { kind };
  }
  if (kind !== 'bedrock') {
    throw new ConfigError(
      `Context "composer" must be extractive or bedrock, got "${kind}" (openai-compatible is for local runs: news-digest run --composer openai-compatible --llm-url ...)`,
    );
  }
  const id = modelId ?? DEFAULT_BEDROCK_MODEL_ID;
  if (!FOUNDATION_MODEL_ID.test(id) || INFERENCE_PROFILE.test(id)) {
    throw new ConfigError(
      `Context "composerModelId" must be a Bedrock foundation model id such as ${DEFAULT_BEDROCK_MODEL_ID}, got "${id}" ` +
        '(cross-region inference profiles such as us.amazon.nova-micro-v1:0 are not supported: the digest may invoke one model ARN only)',
    );
  }
  return {
    kind,
    modelId: id,
    tokenBudget: resolveInt(
      'composerTokenBudget',
      budget,
      DEFAULT_COMPOSER_TOKEN_BUDGET,
      MAX_COMPOSER_TOKEN_BUDGET,
    ),
  };
}

function resolveSender(text: string, create: boolean): Sender {
  const value = text.trim();
  if (isEmailAddress(value)) return { address: value, identity: value, kind: 'email', create };
  if (isDomain(value)) {
    return { address: `${DOMAIN_SENDER_LOCAL_PART}@${value}`, identity: value, kind: 'domain', create };
  }
  throw new ConfigError(
    `Context "senderEmail" must be an email address (news@example.org) or a domain verified in SES (example.org), got "${value}". ` +
      'Pass it with: cdk deploy -c senderEmail=news@your-domain.org',
  );
}

function resolveRecipients(value: string | string[] | undefined): string[] {
  const parts = (Array.isArray(value) ? value : (value ?? '').split(','))
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const seen = new Map<string, string>();
  for (const part of parts) {
    resolveAddress('recipients', part);
    // Addresses differ only in case often enough (copy-paste) to fold them into one subscriber.
    if (!seen.has(part.toLowerCase())) seen.set(part.toLowerCase(), part);
  }
  return [...seen.values()];
}

function resolveAddress(key: string, value: string): string {
  if (!isEmailAddress(value)) {
    throw new ConfigError(
      `Context "${key}" must hold plain email addresses such as reader@example.org, got "${value}"`,
    );
  }
  return value;
}

function resolveMailto(value: string): string {
  const address = value.replace(/^mailto:/i, '').split('?')[0] ?? '';
  if (!isEmailAddress(address)) {
    throw new ConfigError(
      `Context "unsubscribeMailto" must be an address or mailto: URL such as mailto:unsubscribe@example.org, got "${value}"`,
    );
  }
  return /^mailto:/i.test(value) ? value : `mailto:${value}`;
}

/** EventBridge Scheduler cron: six fields, exactly one of day-of-month and day-of-week is `?`. */
function resolveSchedule(value: string): string {
  const expression = value.trim();
  if (RATE.test(expression)) return expression;
  const cron = CRON.exec(expression);
  const fields = cron?.[1]?.trim().split(/\s+/) ?? [];
  const [, , dayOfMonth, , dayOfWeek] = fields;
  if (fields.length !== 6 || (dayOfMonth === '?') === (dayOfWeek === '?')) {
    throw new ConfigError(
      `Context "scheduleCron" must be an EventBridge Scheduler expression with six fields where exactly one of ` +
        `day-of-month and day-of-week is "?", e.g. ${DEFAULT_SCHEDULE} (daily 07:00) or cron(0 7 ? * MON *) (Mondays); ` +
        `got "${value}"`,
    );
  }
  return expression;
}

function resolveTimeZone(value: string): string {
  const zone = value.trim();
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch (error) {
    throw new ConfigError(
      `Context "scheduleTimeZone" must be an IANA time zone such as Asia/Shanghai or UTC, got "${value}"`,
      {
        cause: error,
      },
    );
  }
  return zone;
}

function resolveInt(key: string, value: number | string | undefined, fallback: number, max: number): number {
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) return fallback;
  const n = typeof value === 'number' ? value : Number(value.trim());
  if (!Number.isInteger(n) || n <= 0 || n > max) {
    throw new ConfigError(`Context "${key}" must be a whole number from 1 to ${max}, got "${value}"`);
  }
  return n;
}

function resolveBoolean(key: string, value: boolean | string | undefined, fallback: boolean): boolean {
  if (value === undefined || typeof value === 'boolean') return value ?? fallback;
  const text = value.trim().toLowerCase();
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text === '') return fallback;
  throw new ConfigError(`Context "${key}" must be true or false, got "${value}"`);
}

function blankToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
