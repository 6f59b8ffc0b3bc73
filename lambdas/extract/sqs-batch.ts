/**
 * SQS partial batch responses (the event source reports batch item failures): the records of a
 * batch are handled one after another, and only the ones that threw are returned for SQS to
 * deliver again, alone; a batch whose every record failed returns them all, which SQS retries the
 * same way as a thrown error.
 */
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';

export async function eachRecord(
  event: SQSEvent,
  handle: (record: SQSRecord) => Promise<void>,
  onFailure: (record: SQSRecord, error: unknown) => void,
): Promise<SQSBatchResponse> {
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  // One at a time: two records may carry changes to one object, applied in the order SQS gave them.
  for (const record of event.Records) {
    try {
      await handle(record);
    } catch (error) {
      onFailure(record, error);
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
}
