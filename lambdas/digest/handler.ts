import { SESv2Client } from '@aws-sdk/client-sesv2';
import type { Context } from 'aws-lambda';
import { composerFor } from '../adapters/composers';
import { DynamoDbArticleStore } from '../adapters/dynamodb/article-store';
import { createDocumentClient } from '../adapters/dynamodb/client';
import { DynamoDbDigestLedger } from '../adapters/dynamodb/digest-ledger';
import { DynamoDbStoryStore } from '../adapters/dynamodb/story-store';
import { DynamoDbSubscriberStore } from '../adapters/dynamodb/subscriber-store';
import { jsonLogger } from '../adapters/json-logger';
import { OutboxMailer } from '../adapters/outbox-mailer';
import { keySourceFor } from '../adapters/secret-key';
import { SesMailer } from '../adapters/ses-mailer';
import { digestConfig, logConfig } from '../config';
import { NewsDigestError } from '../errors';
import { type SendDigestDeps, type SendDigestSummary, sendDigests } from '../use-cases/send-digest';
import { digestRequest } from './request';

/**
 * Some subscribers' digests failed or are held by a run that stopped mid-send; thrown so the
 * invocation is retried (the ledger skips what went out, and a lapsed claim is taken over).
 */
export class DigestRunError extends NewsDigestError {}

/** A send that hangs is cut off well inside the claim lease (CLAIM_LEASE_MS), so no two runs send at once. */
const SES_REQUEST_TIMEOUT_MS = 30_000;

function sesClient(): SESv2Client {
  return new SESv2Client({
    requestHandler: { requestTimeout: SES_REQUEST_TIMEOUT_MS, connectionTimeout: 5_000 },
  });
}

// Created once per container: config is validated at cold start, clients are reused.
const config = digestConfig(process.env);
const logger = jsonLogger('news-digest-digest', logConfig(process.env));
const documents = createDocumentClient();
const deps: SendDigestDeps = {
  stories: new DynamoDbStoryStore(documents, config.tableName),
  articles: new DynamoDbArticleStore(documents, config.tableName),
  subscribers: new DynamoDbSubscriberStore(documents, config.tableName),
  ledger: new DynamoDbDigestLedger(documents, config.tableName),
  mailer: config.outboxDir
    ? new OutboxMailer(new SesMailer(sesClient()), config.outboxDir)
    : new SesMailer(sesClient()),
  clock: { now: () => new Date() },
  composer: composerFor(config.composer, logger),
  unsubscribeKey: keySourceFor(config.unsubscribeKey),
  config,
  logger,
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
  const problems = [
    ...summary.failed.map((f) => `${f.email} failed: ${f.error}`),
    ...summary.skipped.flatMap((s) =>
      s.reason === 'in-progress'
        ? [
            `${s.email} is pending: a run that stopped mid-send holds it until ${s.retryAfter}; a rerun after then sends it`,
          ]
        : [],
    ),
  ];
  if (problems.length > 0) {
    throw new DigestRunError(`${problems.length} digest(s) not sent: ${problems.join('; ')}`);
  }
  return summary;
}
