import { readFileSync } from 'node:fs';
import type { SQSRecord } from 'aws-lambda';

/** Loads a real-shaped event from test/fixtures/events. */
export function loadEvent<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/events/${name}`, import.meta.url), 'utf8')) as T;
}

/** Wraps a message body in an SQS record as the ingest queue delivers it. */
export function sqsRecord(body: string, messageId = '059f36b4-87a3-44ab-83d2-661975830a7d'): SQSRecord {
  return {
    messageId,
    receiptHandle: 'AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a',
    body,
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: '1776244364512',
      SenderId: 'AIDAIENQZJOLO23YVJ4VO',
      ApproximateFirstReceiveTimestamp: '1776244364520',
    },
    messageAttributes: {},
    md5OfBody: 'e4e68fb7bd0e697a0ae8f1bb342846b3',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:eu-west-1:123456789012:news-digest-ingest',
    awsRegion: 'eu-west-1',
  };
}
