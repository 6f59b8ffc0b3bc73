import type { S3Event, SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { changesFromQueueRecord } from '../../../lambdas/extract/events';
import { LocalQueue } from '../../../lambdas/local/queue';
import { loadEvent } from '../../support/events';

const OPTIONS = { concurrency: 2, maxReceiveCount: 3, queueArn: 'arn:aws:sqs:us-east-1:000000000000:q' };

describe('Class: LocalQueue', () => {
  it('delivers S3 notifications as SQS messages whose keys are URL-encoded like real S3', async () => {
    // Prepare
    const seen: SQSEvent[] = [];
    const queue = new LocalQueue(async (event) => {
      seen.push(event);
      return { batchItemFailures: [] };
    }, OPTIONS);
    const event = loadEvent<S3Event>('s3-put.json');
    const raw: S3Event = {
      Records: event.Records.map((r) => ({
        ...r,
        s3: { ...r.s3, object: { ...r.s3.object, key: 'dir/a b+c.txt' } },
      })),
    };

    // Act
    queue.sendS3Event(raw);
    await queue.idle();

    // Assess
    const record = seen[0]?.Records[0];
    expect(record?.eventSource).toBe('aws:sqs');
    expect(JSON.parse(record?.body ?? '{}').Records[0].s3.object.key).toBe('dir/a+b%2Bc.txt');
    expect(changesFromQueueRecord(record ?? { body: '', messageId: '' })[0]?.key).toBe('dir/a b+c.txt');
  });

  it('redelivers a failed message and parks it after maxReceiveCount receives', async () => {
    let calls = 0;
    const outcomes: string[] = [];
    const queue = new LocalQueue(
      async (event) => {
        calls += 1;
        return { batchItemFailures: event.Records.map((r) => ({ itemIdentifier: r.messageId })) };
      },
      { ...OPTIONS, onSettled: (o) => outcomes.push(o) },
    );
    queue.sendS3Event(loadEvent<S3Event>('s3-put.json'));
    await queue.idle();
    expect(calls).toBe(3);
    expect(queue.deadLetters).toHaveLength(1);
    expect(queue.deadLetters[0]?.attempts).toBe(3);
    expect(outcomes).toEqual(['dead-lettered']);
  });

  it('succeeds on a retry after a thrown error', async () => {
    let calls = 0;
    const queue = new LocalQueue(async () => {
      calls += 1;
      if (calls === 1) throw new Error('transient');
      return { batchItemFailures: [] };
    }, OPTIONS);
    queue.sendS3Event(loadEvent<S3Event>('s3-put.json'));
    await queue.idle();
    expect(calls).toBe(2);
    expect(queue.deadLetters).toHaveLength(0);
  });
});
