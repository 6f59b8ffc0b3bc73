import { Logger } from '@aws-lambda-powertools/logger';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import type { Context } from 'aws-lambda';
import { DynamoDbArticleStore } from '../adapters/dynamodb/article-store';
import { createDocumentClient } from '../adapters/dynamodb/client';
import { DynamoDbDigestLedger } from '../adapters/dynamodb/digest-ledger';
import { DynamoDbStoryStore } from '../adapters/dynamodb/story-store';
import { DynamoDbSubscriberStore } from '../adapters/dynamodb/subscriber-store';
import { OutboxMailer } from '../adapters/outbox-mailer';
import { keySourceFor } from '../adapters/secret-key';
import { SesMailer } from '../adapters/ses-mailer';
import { digestConfig } from '../config';
import { NewsDigestError } from '../errors';
import { type SendDigestDeps, type SendDigestSummary, sendDigests } from '../use-cases/send-digest';
import { digestRequest } from './request';

/** Some subscribers' digests failed; thrown so the invocation is retried (the ledger skips what went out). */
export class DigestRunError extends NewsDigestError {}

// Created once per container: config is validated at cold start, clients are reused.
const config = digestConfig(process.env);
const logger = new Logger({ serviceName: 'news-digest-digest' });
const documents = createDocumentClient();
const deps: SendDigestDeps = {
  stories: new DynamoDbStoryStore(documents, config.tableName),
  articles: new DynamoDbArticleStore(documents, config.tableName),
  subscribers: new DynamoDbSubscriberStore(documents, config.tableName),
  ledger: new DynamoDbDigestLedger(documents, config.tableName),
  mailer: config.outboxDir
    ? new OutboxMailer(new SesMailer(new SESv2Client({})), config.outboxDir)
    : new SesMailer(new SESv2Client({})),
  clock: { now: () => new Date() },
  unsubscribeKey: keySourceFor(config.unsubscribeKey),
  config,
  logger: {
    info: (message, extra) => logger.info(message, extra ?? {}),
    warn: (message, extra) => logger.warn(message, extra ?? {}),
    error: (message, extra) => logger.error(message, extra ?? {}),
  },
};

/** Scheduled or on-demand digest run: sends every due subscriber their digest once, and reports who got one. */
export async function handler(event: unknown, context?: Context): Promise<SendDigestSummary> {
  if (context) logger.addContext(context);
  const summary = await sendDigests(deps, digestRequest(event));
  logger.info('digest run', {
    day: summary.day,
    sent: summary.sent.length,
    skipped: summary.skipped.length,
    failed: summary.failed.length,
  });
  if (summary.failed.length > 0) {
    throw new DigestRunError(
      `${summary.failed.length} digest(s) not sent: ${summary.failed.map((f) => f.email).join(', ')}`,
    );
  }
  return summary;
}
