import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../../lambdas/adapters/dynamodb/client';
import { DynamoDbSubscriberStore } from '../../../lambdas/adapters/dynamodb/subscriber-store';
import type { Subscriber } from '../../../lambdas/core/model';
import { type LocalDynamoDb, startDynamoDb } from '../../../lambdas/local/dynamodb-emulator';

const TABLE = 'news-digest-subscribers-it';
let dynamo: LocalDynamoDb;
let store: DynamoDbSubscriberStore;

const reader = (email: string, extra: Partial<Subscriber> = {}): Subscriber => ({
  email,
  frequency: 'daily',
  status: 'active',
  subscribedAt: '2026-04-01T00:00:00Z',
  ...extra,
});

beforeAll(async () => {
  dynamo = await startDynamoDb();
  await dynamo.ensureTable(TABLE);
  store = new DynamoDbSubscriberStore(
    createDocumentClient({
      endpoint: dynamo.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    }),
    TABLE,
  );
});

afterAll(async () => {
  await dynamo?.stop();
});

describe('Function: DynamoDbSubscriberStore (dynalite)', () => {
  it('adds an address once, whatever its case, keeping filters and frequency', async () => {
    const added = await store.add(
      reader('Mia@Example.com', { frequency: 'weekly', filters: { topics: ['summit'] } }),
    );
    const again = await store.add(reader('mia@example.com'));

    expect([added, again]).toEqual([true, false]);
    expect(await store.get('MIA@example.com')).toEqual(
      reader('mia@example.com', { frequency: 'weekly', filters: { topics: ['summit'] } }),
    );
  });

  it('lists every subscriber through the index, past one page', async () => {
    // About 10 kB each, so the index answers in more than one 1 MB page.
    const people = Array.from({ length: 100 }, (_, i) => `Person ${i} ${'x'.repeat(90)}`);
    const many = Array.from({ length: 150 }, (_, i) => `r${String(i).padStart(3, '0')}@example.com`);
    for (const email of many) await store.add(reader(email, { filters: { people } }));

    const client = createDocumentClient({
      endpoint: dynamo.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    let queries = 0;
    client.middlewareStack.add(
      (next) => (args) => {
        queries += 1;
        return next(args);
      },
      { step: 'initialize' },
    );

    const listed = (await new DynamoDbSubscriberStore(client, TABLE).list()).map((s) => s.email);

    expect(listed).toEqual(expect.arrayContaining(many));
    expect(queries).toBeGreaterThan(1);
  });

  it('marks a known address unsubscribed once and reports an unknown one', async () => {
    await store.add(reader('leo@example.com'));

    const known = await store.markUnsubscribed('leo@example.com', '2026-04-08T07:00:00Z');
    await store.markUnsubscribed('leo@example.com', '2026-04-09T07:00:00Z');
    const unknown = await store.markUnsubscribed('nobody@example.com', '2026-04-08T07:00:00Z');

    expect([known, unknown]).toEqual([true, false]);
    expect(await store.get('leo@example.com')).toMatchObject({
      status: 'unsubscribed',
      unsubscribedAt: '2026-04-08T07:00:00Z',
    });
  });

  it('records what a digest carried and forgets a removed subscriber', async () => {
    await store.add(reader('kim@example.com'));

    await store.recordDigest('kim@example.com', { at: '2026-04-08T07:00:01Z', sentVersions: { s1: 2 } });
    const recorded = await store.get('kim@example.com');
    await store.remove('kim@example.com');
    await store.recordDigest('kim@example.com', { at: '2026-04-09T07:00:01Z', sentVersions: {} });

    expect(recorded).toMatchObject({ lastDigestAt: '2026-04-08T07:00:01Z', sentVersions: { s1: 2 } });
    expect(await store.get('kim@example.com')).toBeNull();
  });
});
