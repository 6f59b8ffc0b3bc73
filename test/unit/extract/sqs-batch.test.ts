import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { eachRecord } from '../../../lambdas/extract/sqs-batch';
import { sqsRecord } from '../../support/events';

const batch = (...ids: string[]): SQSEvent => ({ Records: ids.map((id) => sqsRecord(`{"id":"${id}"}`, id)) });

describe('eachRecord', () => {
  it.each([
    { records: ['a', 'b', 'c'], failing: [], failures: [] },
    { records: ['a', 'b', 'c'], failing: ['b'], failures: ['b'] },
    { records: ['a', 'b'], failing: ['a', 'b'], failures: ['a', 'b'] },
    { records: [], failing: [], failures: [] },
  ])('of $records with $failing throwing reports $failures', async ({ records, failing, failures }) => {
    const seen: string[] = [];
    const reported: string[] = [];
    const response = await eachRecord(
      batch(...records),
      async (record: SQSRecord) => {
        seen.push(record.messageId);
        if ((failing as string[]).includes(record.messageId)) throw new Error(`no ${record.messageId}`);
      },
      (record, error) => reported.push(`${record.messageId}: ${(error as Error).message}`),
    );
    expect(seen).toEqual(records);
    expect(response.batchItemFailures).toEqual(failures.map((id) => ({ itemIdentifier: id })));
    expect(reported).toEqual(failures.map((id) => `${id}: no ${id}`));
  });

  it('handles the records one after another, in order', async () => {
    const events: string[] = [];
    await eachRecord(
      batch('first', 'second'),
      async (record) => {
        events.push(`start ${record.messageId}`);
        await new Promise((resolve) => setTimeout(resolve, record.messageId === 'first' ? 20 : 0));
        events.push(`end ${record.messageId}`);
      },
      () => {},
    );
    expect(events).toEqual(['start first', 'end first', 'start second', 'end second']);
  });
});
