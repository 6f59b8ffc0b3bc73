import type { S3EventRecord, SQSRecord } from 'aws-lambda';
import { InvalidEventError } from '../errors';
import type { ObjectChange } from '../use-cases/ingest-article';

/** A bucket change together with the bucket it happened in. */
export interface BucketChange extends ObjectChange {
  bucket: string;
}

/**
 * Reads the bucket changes carried by one SQS message from the ingest queue.
 * S3 sends a `s3:TestEvent` when the notification is configured: it carries no change.
 */
export function changesFromQueueRecord(record: Pick<SQSRecord, 'body' | 'messageId'>): BucketChange[] {
  let body: unknown;
  try {
    body = JSON.parse(record.body);
  } catch (error) {
    throw new InvalidEventError(`SQS message ${record.messageId} is not JSON`, { cause: error });
  }
  if (isObject(body) && body.Event === 's3:TestEvent') return [];
  return changesFromS3Event(body, `SQS message ${record.messageId}`);
}

/** Reads the bucket changes of an S3 event notification (`{ Records: [...] }`). */
export function changesFromS3Event(event: unknown, where = 'event'): BucketChange[] {
  if (!isObject(event) || !Array.isArray(event.Records)) {
    throw new InvalidEventError(`${where} has no S3 Records array`);
  }
  return event.Records.map((record: unknown, i: number) => toChange(record, `${where} record ${i}`));
}

function toChange(record: unknown, where: string): BucketChange {
  if (!isObject(record) || typeof record.eventName !== 'string' || !isObject(record.s3)) {
    throw new InvalidEventError(`${where} is not an S3 event record`);
  }
  const s3 = record.s3 as Partial<S3EventRecord['s3']>;
  const bucket = s3.bucket?.name;
  const rawKey = s3.object?.key;
  if (typeof bucket !== 'string' || typeof rawKey !== 'string' || rawKey === '') {
    throw new InvalidEventError(`${where} lacks a bucket name or object key`);
  }
  const kind = record.eventName.startsWith('ObjectCreated')
    ? 'created'
    : record.eventName.startsWith('ObjectRemoved')
      ? 'removed'
      : null;
  if (!kind) throw new InvalidEventError(`${where} has unsupported event ${record.eventName}`);
  const sequencer = s3.object?.sequencer;
  const size = s3.object?.size;
  return {
    kind,
    bucket,
    key: decodeKey(rawKey),
    ...(typeof sequencer === 'string' ? { sequencer } : {}),
    ...(typeof size === 'number' ? { size } : {}),
  };
}

/** S3 URL-encodes keys in notifications, with spaces as '+'. */
export function decodeKey(key: string): string {
  try {
    return decodeURIComponent(key.replace(/\+/g, ' '));
  } catch (error) {
    throw new InvalidEventError(`Object key "${key}" is not validly URL-encoded`, { cause: error });
  }
}

/** The inverse of decodeKey, as S3 writes keys into notifications. */
export function encodeKey(key: string): string {
  return encodeURIComponent(key).replace(/%20/g, '+').replace(/%2F/g, '/');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
