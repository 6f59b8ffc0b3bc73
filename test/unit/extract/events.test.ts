import { describe, expect, it } from 'vitest';
import { InvalidEventError } from '../../../lambdas/errors';
import { changesFromQueueRecord, decodeKey, encodeKey } from '../../../lambdas/extract/events';
import { loadEvent, sqsRecord } from '../../support/events';

describe('Function: changesFromQueueRecord', () => {
  it('reads a created object with its decoded key, sequencer and size', () => {
    const body = JSON.stringify(loadEvent('s3-put.json'));
    expect(changesFromQueueRecord(sqsRecord(body))).toEqual([
      {
        kind: 'created',
        bucket: 'news-digest-ingest-1a2b3c',
        key: '2026/04/Harbor Ledger – ports deal.txt',
        sequencer: '0066F1A2B3C4D5E6F7',
        size: 1024,
      },
    ]);
  });

  it('reads a removed object', () => {
    const body = JSON.stringify(loadEvent('s3-delete.json'));
    expect(changesFromQueueRecord(sqsRecord(body))).toEqual([
      {
        kind: 'removed',
        bucket: 'news-digest-ingest-1a2b3c',
        key: 'notes.md',
        sequencer: '0066F1A2B3C4D5E6F8',
      },
    ]);
  });

  it('ignores the s3:TestEvent S3 sends when notifications are configured', () => {
    expect(changesFromQueueRecord(sqsRecord(JSON.stringify(loadEvent('s3-test-event.json'))))).toEqual([]);
  });

  it.each([
    ['not JSON', '{oops'],
    ['no Records', '{"foo": 1}'],
    ['a record without s3', '{"Records": [{"eventName": "ObjectCreated:Put"}]}'],
    [
      'an unsupported event',
      JSON.stringify({
        Records: [{ eventName: 'ObjectTagging:Put', s3: { bucket: { name: 'b' }, object: { key: 'k' } } }],
      }),
    ],
    [
      'an empty key',
      JSON.stringify({
        Records: [{ eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'b' }, object: { key: '' } } }],
      }),
    ],
  ])('rejects %s with InvalidEventError', (_label, body) => {
    expect(() => changesFromQueueRecord(sqsRecord(body))).toThrow(InvalidEventError);
  });
});

describe('Function: decodeKey / encodeKey', () => {
  it.each([
    ['plain.txt', 'plain.txt'],
    ['a+b.txt', 'a b.txt'],
    ['caf%C3%A9%2Bcr%C3%A8me.md', 'café+crème.md'],
    ['dir/sub/file.html', 'dir/sub/file.html'],
  ])('decodes %s to %s', (encoded, decoded) => {
    expect(decodeKey(encoded)).toBe(decoded);
    expect(decodeKey(encodeKey(decoded))).toBe(decoded);
  });

  it('rejects a malformed escape', () => {
    expect(() => decodeKey('%E0%A4%A')).toThrow(InvalidEventError);
  });
});
