import { ConditionalCheckFailedException, ScanCommand } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../../../lambdas/adapters/dynamodb/client';
import { DynamoDbStoryStore } from '../../../../lambdas/adapters/dynamodb/story-store';
import { newStory, storyIndexEntries } from '../../../../lambdas/core/story';
import { AdapterError, ConflictError } from '../../../../lambdas/errors';
import { corpusArticles } from '../../../support/story-corpus';

const NOW = new Date('2024-05-01T00:00:00Z');
const TABLE = 'news-digest';
const ddb = mockClient(DynamoDBDocumentClient);
const [a1, a2] = corpusArticles();
if (!a1 || !a2) throw new Error('corpus changed');
const story = newStory(a1, 'st_a', NOW);

const conditionFailure = () =>
  new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} });

describe('Function: DynamoDbStoryStore', () => {
  let store: DynamoDbStoryStore;

  beforeEach(() => {
    ddb.reset();
    store = new DynamoDbStoryStore(createDocumentClient({ region: 'us-east-1' }), TABLE);
  });

  it('creates a story only if absent, then writes its index items stamped with its version', async () => {
    // Prepare
    ddb.on(PutCommand).resolves({});

    // Act
    await store.save(story, 0);

    // Assess
    const puts = ddb.commandCalls(PutCommand).map((c) => c.args[0].input);
    expect(puts[0]).toMatchObject({
      Item: {
        PK: 'STORY#st_a',
        SK: 'STORY',
        GSI1PK: 'STORYMONTH#2024-03',
        GSI1SK: '2024-03-11#st_a',
        version: 1,
      },
      ConditionExpression: 'attribute_not_exists(PK)',
    });
    const indexKeys = puts.slice(1).map((p) => `${p.Item?.PK} ${p.Item?.SK}`);
    expect(indexKeys).toEqual(
      expect.arrayContaining([
        'ENT#laura-whitcombe 2024-03-11#st_a',
        'ENT#zhou-minghai 2024-03-11#st_a',
        'BGM#tom-radley 2024-03-07#st_a',
        'SRC#a1-wire-cn.txt st_a',
        'STORY#st_a SEEN',
      ]),
    );
    expect(indexKeys).not.toContain('ENT#china 2024-03-11#st_a');
    expect(puts.slice(1).every((p) => p.Item?.storyVersion === 1)).toBe(true);
  });

  it('updates only from the expected version and retires index items the new version no longer has', async () => {
    // Prepare: the stored version named a participant the new one lacks.
    const gone = { name: 'Someone Gone', kind: 'person' as const };
    const stored = { ...story, event: { ...story.event, participants: [...story.event.participants, gone] } };
    const updated = { ...story, version: 2 };
    ddb
      .on(PutCommand, { Item: { PK: 'STORY#st_a', SK: 'STORY' } })
      .resolves({ Attributes: { story: stored } });
    ddb.on(DeleteCommand).resolves({});

    // Act
    await store.save(updated, 1);

    // Assess
    expect(ddb.commandCalls(PutCommand)[0]?.args[0].input).toMatchObject({
      ConditionExpression: '#version = :expected',
      ExpressionAttributeValues: { ':expected': 1 },
    });
    expect(ddb.commandCalls(DeleteCommand).map((c) => c.args[0].input)).toEqual([
      expect.objectContaining({
        Key: { PK: 'ENT#someone-gone', SK: '2024-03-11#st_a' },
        ConditionExpression: 'storyVersion < :version',
        ExpressionAttributeValues: { ':version': 2 },
      }),
    ]);
  });

  it.each([
    ['save', () => store.save(story, 3)],
    ['remove', () => store.remove('st_a', 3)],
  ])('maps a failed condition on %s to ConflictError', async (_name, act) => {
    // Prepare
    ddb.on(PutCommand).rejects(conditionFailure());
    ddb.on(DeleteCommand).rejects(conditionFailure());

    // Act + Assess
    await expect(act()).rejects.toBeInstanceOf(ConflictError);
  });

  it('wraps any other SDK failure in AdapterError with the cause', async () => {
    // Prepare
    const cause = new Error('socket hang up');
    ddb.on(GetCommand).rejects(cause);

    // Act
    const error = await store.get('st_a').catch((e: unknown) => e);

    // Assess
    expect(error).toBeInstanceOf(AdapterError);
    expect((error as AdapterError).cause).toBe(cause);
  });

  it('ignores index writes a newer version of the story already made', async () => {
    // Prepare
    ddb.on(PutCommand, { Item: { SK: 'STORY' } }).resolves({});
    ddb.on(PutCommand, { Item: { PK: 'SRC#a1-wire-cn.txt' } }).rejects(conditionFailure());

    // Act + Assess
    await expect(store.save(story, 0)).resolves.toBeUndefined();
  });

  it('finds candidates by Query on the entity index within the window, re-checks each story, and never scans', async () => {
    // Prepare: one index item is stale — its story no longer names the person.
    ddb.on(QueryCommand).resolves({ Items: [{ storyId: 'st_a' }, { storyId: 'st_stale' }] });
    const stale = { ...story, id: 'st_stale', event: { ...story.event, participants: [] }, sources: [] };
    ddb.on(BatchGetCommand).resolves({ Responses: { [TABLE]: [{ story }, { story: stale }] } });

    // Act
    const found = await store.candidates({
      entityKeys: ['zhou-minghai'],
      from: '2024-03-08',
      to: '2024-03-14',
    });

    // Assess
    expect(found.map((s) => s.id)).toEqual(['st_a']);
    expect(ddb.commandCalls(QueryCommand)[0]?.args[0].input).toMatchObject({
      KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': 'ENT#zhou-minghai', ':from': '2024-03-08', ':to': '2024-03-14~' },
    });
    expect(ddb.commandCalls(ScanCommand)).toHaveLength(0);
  });

  it('reads one capped page per key, newest first, and retries keys BatchGetItem left unprocessed', async () => {
    // Prepare
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [{ storyId: 'st_a' }], LastEvaluatedKey: { PK: 'x', SK: 'y' } })
      .resolves({ Items: [] });
    ddb
      .on(BatchGetCommand)
      .resolvesOnce({
        Responses: { [TABLE]: [] },
        UnprocessedKeys: { [TABLE]: { Keys: [{ PK: 'STORY#st_a', SK: 'STORY' }] } },
      })
      .resolves({ Responses: { [TABLE]: [{ story }] } });

    // Act
    const found = await store.candidates({
      entityKeys: ['zhou-minghai'],
      from: '2024-03-01',
      to: '2024-03-31',
    });

    // Assess: what lies past the cap is not wanted, so the next page is never read
    expect(found.map((s) => s.id)).toEqual(['st_a']);
    expect(ddb.commandCalls(QueryCommand)).toHaveLength(1);
    expect(ddb.commandCalls(QueryCommand)[0]?.args[0].input).toMatchObject({
      ScanIndexForward: false,
      Limit: 50,
    });
    expect(ddb.commandCalls(BatchGetCommand)).toHaveLength(2);
  });

  it('reads only the stories found under enough of the keys, most first, up to the limit', async () => {
    // Prepare: st_a under both keys, st_b under one
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [{ storyId: 'st_a' }, { storyId: 'st_b' }] })
      .resolves({ Items: [{ storyId: 'st_a' }] });
    ddb.on(BatchGetCommand).resolves({ Responses: { [TABLE]: [{ story }] } });

    // Act
    await store.candidates({
      entityKeys: ['t:quota', 't:trawler'],
      from: '2024-03-01',
      to: '2024-03-31',
      minHits: 2,
    });

    // Assess
    const keys = ddb.commandCalls(BatchGetCommand)[0]?.args[0].input.RequestItems?.[TABLE]?.Keys;
    expect(keys).toEqual([{ PK: 'STORY#st_a', SK: 'STORY' }]);
  });

  it('lists stories by date with one GSI1 Query per month, newest first', async () => {
    // Prepare
    const april = {
      ...newStory(a2, 'st_b', NOW),
      event: {
        ...story.event,
        date: { start: '2024-04-02', end: '2024-04-02', precision: 'day' as const, text: 'x' },
      },
    };
    ddb.on(QueryCommand).resolves({ Items: [{ PK: 'STORY#st_a' }, { PK: 'STORY#st_b' }] });
    ddb.on(BatchGetCommand).resolves({ Responses: { [TABLE]: [{ story }, { story: april }] } });

    // Act
    const listed = await store.listByDate('2024-03-01', '2024-04-30');

    // Assess
    expect(listed.map((s) => s.id)).toEqual(['st_b', 'st_a']);
    expect(
      ddb.commandCalls(QueryCommand).map((c) => c.args[0].input.ExpressionAttributeValues?.[':pk']),
    ).toEqual(['STORYMONTH#2024-03', 'STORYMONTH#2024-04']);
    expect(ddb.commandCalls(QueryCommand)[0]?.args[0].input.IndexName).toBe('GSI1');
  });

  it('imports new stories in batches of at most 25 puts, retrying what DynamoDB left unprocessed', async () => {
    // Prepare
    const stories = Array.from({ length: 12 }, (_, i) => newStory(a1, `st_${i}`, NOW));
    let first = true;
    ddb.on(BatchWriteCommand).callsFake((input: { RequestItems: Record<string, unknown[]> }) => {
      const requests = input.RequestItems[TABLE] ?? [];
      if (!first) return {};
      first = false;
      return { UnprocessedItems: { [TABLE]: requests.slice(0, 2) } };
    });

    // Act
    await store.importNew(stories);

    // Assess
    const batches = ddb
      .commandCalls(BatchWriteCommand)
      .map((c) => c.args[0].input.RequestItems?.[TABLE] ?? []);
    expect(Math.max(...batches.map((b) => b.length))).toBeLessThanOrEqual(25);
    const written = batches.flat().map((r) => `${r.PutRequest?.Item?.PK} ${r.PutRequest?.Item?.SK}`);
    const perStory = 1 + storyIndexEntries(story).entities.length;
    expect(new Set(written).size).toBeGreaterThanOrEqual(12 * perStory);
    expect(written).toEqual(
      expect.arrayContaining(['STORY#st_11 STORY', 'ENT#zhou-minghai 2024-03-11#st_11']),
    );
    expect(written.length).toBe(new Set(written).size + 2);
  });

  it('gives up with AdapterError when a batch stays unprocessed', async () => {
    // Prepare
    ddb.on(BatchWriteCommand).callsFake((input: { RequestItems: Record<string, unknown[]> }) => ({
      UnprocessedItems: { [TABLE]: input.RequestItems[TABLE] },
    }));

    // Act / Assess
    await expect(store.importNew([story])).rejects.toBeInstanceOf(AdapterError);
  }, 20_000);
});
