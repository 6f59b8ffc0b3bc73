import { S3Client } from '@aws-sdk/client-s3';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { DynamoDbArticleStore } from '../adapters/dynamodb/article-store';
import { createDocumentClient } from '../adapters/dynamodb/client';
import { DynamoDbStoryStore } from '../adapters/dynamodb/story-store';
import { FileReferenceData } from '../adapters/file-reference-data';
import { jsonLogger } from '../adapters/json-logger';
import { S3ArticleSource } from '../adapters/s3-article-source';
import { extractorConfig, logConfig } from '../config';
import { analyzeDocument } from '../core/analyze';
import { termWeightsFrom } from '../core/story/term-weights';
import { ingestChange } from '../use-cases/ingest-article';
import { changesFromQueueRecord } from './events';
import { eachRecord } from './sqs-batch';

// Created once per container: config is validated at cold start, clients are reused.
const config = extractorConfig(process.env);
const logger = jsonLogger('news-digest-extractor', logConfig(process.env));
const s3 = new S3Client({});
const documents = createDocumentClient();
const articles = new DynamoDbArticleStore(documents, config.tableName);
const stories = new DynamoDbStoryStore(documents, config.tableName);
const clock = { now: () => new Date() };
// The gazetteer and the word counts ship beside this module (the bundle in Lambda); both are read
// on the first article.
const reference = new FileReferenceData(new URL('.', import.meta.url));
const weights = termWeightsFrom(reference);

async function processRecord(record: SQSRecord): Promise<void> {
  for (const change of changesFromQueueRecord(record)) {
    const outcome = await ingestChange(
      {
        source: new S3ArticleSource(s3, change.bucket),
        articles,
        stories,
        clock,
        weights,
        analyze: (raw) => analyzeDocument(raw, { maxBytes: config.maxArticleBytes, reference }),
        maxArticleBytes: config.maxArticleBytes,
      },
      change,
    );
    // A rule that threw is no reason to retry the message, but it must not pass unseen.
    if ('analysisError' in outcome && outcome.analysisError !== undefined) {
      logger.error('extraction rules failed; the article keeps its sentences only', {
        ...outcome,
        bucket: change.bucket,
      });
    } else {
      logger.info('ingested', { ...outcome, bucket: change.bucket });
    }
  }
}

/** SQS-triggered extractor: each message carries S3 notifications; failed messages are retried alone. */
export async function handler(event: SQSEvent, context: Context): Promise<SQSBatchResponse> {
  logger.addContext(context);
  return eachRecord(event, processRecord, (record, error) =>
    logger.error('message failed; SQS will deliver it again', { messageId: record.messageId, error }),
  );
}
