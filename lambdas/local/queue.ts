import { randomUUID } from 'node:crypto';
import type { S3Event, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { encodeKey } from '../extract/events';

export type QueueConsumer = (event: SQSEvent) => Promise<SQSBatchResponse>;

export interface DeadLetter {
  body: string;
  attempts: number;
}

/**
 * The local stand-in for the ingest queue between the bucket and the extractor: it wraps each
 * S3 notification in an SQS message exactly as the AWS wiring does, delivers it to the consumer,
 * redelivers the messages the consumer reports as failed, and parks them after `maxReceiveCount`.
 */
export class LocalQueue {
  private readonly waiting: SQSRecord[] = [];
  private readonly receives = new Map<string, number>();
  private readonly idleWaiters: (() => void)[] = [];
  private running = 0;
  readonly deadLetters: DeadLetter[] = [];

  constructor(
    private readonly consume: QueueConsumer,
    private readonly options: {
      concurrency: number;
      maxReceiveCount: number;
      queueArn: string;
      /** Called once per message when it is consumed or dead-lettered, for progress reports. */
      onSettled?: (outcome: 'consumed' | 'dead-lettered', record: SQSRecord) => void;
    },
  ) {}

  /** Enqueues an S3 notification; keys are URL-encoded as real S3 notifications carry them. */
  sendS3Event(event: S3Event): void {
    const encoded: S3Event = {
      Records: event.Records.map((r) => ({
        ...r,
        s3: { ...r.s3, object: { ...r.s3.object, key: encodeKey(r.s3.object.key) } },
      })),
    };
    this.waiting.push(this.message(JSON.stringify(encoded)));
    this.pump();
  }

  /** Resolves once every message has been consumed or dead-lettered. */
  idle(): Promise<void> {
    if (this.running === 0 && this.waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private message(body: string): SQSRecord {
    const messageId = randomUUID();
    return {
      messageId,
      receiptHandle: messageId,
      body,
      attributes: {
        ApproximateReceiveCount: '1',
        SentTimestamp: String(Date.now()),
        SenderId: 'local',
        ApproximateFirstReceiveTimestamp: String(Date.now()),
      },
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: this.options.queueArn,
      awsRegion: 'us-east-1',
    };
  }

  private pump(): void {
    while (this.running < this.options.concurrency && this.waiting.length > 0) {
      const record = this.waiting.shift() as SQSRecord;
      this.running += 1;
      void this.deliver(record).finally(() => {
        this.running -= 1;
        this.pump();
        if (this.running === 0 && this.waiting.length === 0) {
          for (const resolve of this.idleWaiters.splice(0)) resolve();
        }
      });
    }
  }

  private async deliver(record: SQSRecord): Promise<void> {
    const attempts = (this.receives.get(record.messageId) ?? 0) + 1;
    this.receives.set(record.messageId, attempts);
    const delivered = {
      ...record,
      attributes: { ...record.attributes, ApproximateReceiveCount: String(attempts) },
    };
    let failed: boolean;
    try {
      const response = await this.consume({ Records: [delivered] });
      failed = response.batchItemFailures.some((f) => f.itemIdentifier === record.messageId);
    } catch {
      failed = true;
    }
    if (!failed) {
      this.receives.delete(record.messageId);
      this.options.onSettled?.('consumed', record);
      return;
    }
    if (attempts >= this.options.maxReceiveCount) {
      this.receives.delete(record.messageId);
      this.deadLetters.push({ body: record.body, attempts });
      this.options.onSettled?.('dead-lettered', record);
      return;
    }
    this.waiting.push(record);
  }
}
