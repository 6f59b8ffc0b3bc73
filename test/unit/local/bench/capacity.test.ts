import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../../../lambdas/adapters/dynamodb/client';
import { countCapacity, indexWrites, itemKind } from '../../../../lambdas/local/bench/capacity';

const ddb = mockClient(DynamoDBDocumentClient);

describe('Function: itemKind', () => {
  it.each([
    ['STORY#st_1', 'STORY', 'story head'],
    ['STORY#st_1', 'SRC#a.txt#abc', 'story part'],
    ['STORY#st_1', 'SEEN', 'story last update'],
    ['STORY#st_1', '', 'story'],
    ['ENT#t:lithium', '2025-01-01#st_1', 'term index'],
    ['ENT#ingrid-halvorsen', '2025-01-01#st_1', 'name index'],
    ['ENT#visit@santiago', '2025-01-01#st_1', 'kind@place index'],
    ['BGM#ingrid-halvorsen', '2025-01-01#st_1', 'mention name'],
    ['BGM#visit@santiago', '2025-01-01#st_1', 'mention kind@place'],
    ['SRC#a.txt', 'st_1', 'source index'],
    ['ART#a.txt', 'ART', 'article'],
    ['STORYMONTH#2025-01', '', 'stories by month'],
    ['SUB#ana@example.org', 'SUB', 'other'],
  ])('names %s / %s a %s', (pk, sk, kind) => {
    // Act & Assess
    expect(itemKind(pk, sk)).toBe(kind);
  });
});

describe('Function: indexWrites', () => {
  const head = (day: string) => ({
    PK: 'STORY#st_1',
    SK: 'STORY',
    GSI1PK: 'STORYMONTH#2025-01',
    GSI1SK: `${day}#st_1`,
  });
  const subscriber = { PK: 'SUB#a@example.org', SK: 'SUB', GSI2PK: 'SUBSCRIBERS', GSI2SK: 'a@example.org' };
  it.each([
    ['a new story head enters the month index', undefined, head('2025-01-02'), 1],
    ['a head rewritten under the same day', head('2025-01-02'), head('2025-01-02'), 0],
    ['a head whose first day moved', head('2025-01-02'), head('2025-01-01'), 2],
    ['a deleted head leaves the index', head('2025-01-02'), undefined, 1],
    ['an index item, in no secondary index', undefined, { PK: 'ENT#t:lithium', SK: 'd#st_1' }, 0],
    ['a subscriber rewritten, copied whole into its index', subscriber, subscriber, 1],
  ])('%s: %i index writes', (_what, old, next, writes) => {
    // Act & Assess
    expect(indexWrites(old, next)).toBe(writes);
  });
});

describe('Function: countCapacity', () => {
  beforeEach(() => ddb.reset());

  it('counts calls and units in total and by operation and item kind, a refused write as a call of one unit', async () => {
    // Prepare
    const client = createDocumentClient({ region: 'us-east-1' });
    const tally = countCapacity(client);
    ddb.on(PutCommand).resolves({ ConsumedCapacity: { CapacityUnits: 2 } });
    ddb.on(QueryCommand).resolves({ Items: [], ConsumedCapacity: { CapacityUnits: 0.5 } });
    ddb.on(DeleteCommand).rejects(new ConditionalCheckFailedException({ message: 'refused', $metadata: {} }));

    // Act
    await client.send(new PutCommand({ TableName: 't', Item: { PK: 'STORY#st_1', SK: 'SRC#a.txt#x' } }));
    await client.send(new PutCommand({ TableName: 't', Item: { PK: 'ENT#t:lithium', SK: 'd#st_1' } }));
    await client.send(
      new QueryCommand({
        TableName: 't',
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': 'ENT#t:lithium' },
      }),
    );
    const refused = client.send(new DeleteCommand({ TableName: 't', Key: { PK: 'SRC#a.txt', SK: 'st_1' } }));
    await expect(refused).rejects.toThrow('refused');

    // Assess
    expect({ calls: tally.calls, readUnits: tally.readUnits, writeUnits: tally.writeUnits }).toEqual({
      calls: 4,
      readUnits: 0.5,
      writeUnits: 5,
    });
    expect(Object.fromEntries(tally.byKind)).toEqual({
      'put story part': { calls: 1, readUnits: 0, writeUnits: 2 },
      'put term index': { calls: 1, readUnits: 0, writeUnits: 2 },
      'query term index': { calls: 1, readUnits: 0.5, writeUnits: 0 },
      'delete source index': { calls: 1, readUnits: 0, writeUnits: 1 },
    });
    expect(ddb.commandCalls(PutCommand)[0]?.args[0].input.ReturnConsumedCapacity).toBe('TOTAL');
  });

  it('adds the index writes of a put or delete, from the item it replaced', async () => {
    // Prepare
    const client = createDocumentClient({ region: 'us-east-1' });
    const tally = countCapacity(client);
    const head = { PK: 'STORY#st_1', SK: 'STORY', GSI1PK: 'STORYMONTH#2025-01', GSI1SK: '2025-01-02#st_1' };
    ddb.on(PutCommand).resolves({ ConsumedCapacity: { CapacityUnits: 1 } });
    ddb.on(DeleteCommand).resolves({ Attributes: head, ConsumedCapacity: { CapacityUnits: 1 } });

    // Act
    await client.send(new PutCommand({ TableName: 't', Item: head }));
    await client.send(new DeleteCommand({ TableName: 't', Key: { PK: 'STORY#st_1', SK: 'STORY' } }));

    // Assess
    expect(tally.writeUnits).toBe(4);
    expect(tally.byKind.get('put story head (index)')).toEqual({ calls: 0, readUnits: 0, writeUnits: 1 });
    expect(tally.byKind.get('delete story head (index)')).toEqual({ calls: 0, readUnits: 0, writeUnits: 1 });
    expect(ddb.commandCalls(DeleteCommand)[0]?.args[0].input.ReturnValues).toBe('ALL_OLD');
  });
});
