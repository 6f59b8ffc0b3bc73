import type { Context, SQSEvent } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEvent, sqsRecord } from '../../support/events';

const context = {
  functionName: 'news-digest-extractor',
  awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
  invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:news-digest-extractor',
  memoryLimitInMB: '1024',
  getRemainingTimeInMillis: () => 60_000,
} as unknown as Context;

describe('Function: extractor handler', () => {
  let handler: (
    event: SQSEvent,
    context: Context,
  ) => Promise<{ batchItemFailures: { itemIdentifier: string }[] }>;

  beforeAll(async () => {
    // The handler validates its configuration at load, as on a cold start.
    process.env.TABLE_NAME = 'news-digest-test';
    process.env.LOG_LEVEL = 'SILENT';
    ({ handler } = await import('../../../lambdas/extract/handler'));
  });

  it('reports only the malformed message as a batch item failure, so SQS retries it alone', async () => {
    const event: SQSEvent = {
      Records: [
        sqsRecord(JSON.stringify(loadEvent('s3-test-event.json')), 'test-event'),
        sqsRecord('{not json', 'malformed'),
        sqsRecord(JSON.stringify({ Records: [{ eventName: 'ObjectCreated:Put' }] }), 'no-s3-block'),
      ],
    };
    const response = await handler(event, context);
    expect(response.batchItemFailures).toEqual([
      { itemIdentifier: 'malformed' },
      { itemIdentifier: 'no-s3-block' },
    ]);
  });

  it('fails at load with the name of a missing setting', async () => {
    const { extractorConfig } = await import('../../../lambdas/config');
    expect(() => extractorConfig({})).toThrow(/TABLE_NAME/);
    expect(() => extractorConfig({ TABLE_NAME: 't', MAX_ARTICLE_BYTES: 'lots' })).toThrow(
      /MAX_ARTICLE_BYTES/,
    );
  });
});
