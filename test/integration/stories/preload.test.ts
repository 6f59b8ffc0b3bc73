import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../../lambdas/adapters/dynamodb/client';
import { DynamoDbStoryStore, newStoryItems } from '../../../lambdas/adapters/dynamodb/story-store';
import { addSource, newStory } from '../../../lambdas/core/story';
import { ensureTable, type LocalDynamoDb, startDynamoDb } from '../../../lambdas/local/dynamodb-emulator';
import { corpusArticles } from '../../support/story-corpus';
import { WEIGHTS } from '../../support/term-weights';

const NOW = new Date('2024-05-01T00:00:00Z');
const [a1, a2, a3] = corpusArticles();
if (!a1 || !a2 || !a3) throw new Error('corpus changed');
const stories = [
  addSource(newStory(a1, 'st_a', NOW, WEIGHTS), a2, NOW, WEIGHTS),
  newStory(a3, 'st_b', NOW, WEIGHTS),
];

describe('Function: LocalDynamoDb.putNewItems', () => {
  let db: LocalDynamoDb;
  const options = () => ({
    endpoint: db.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
  });
  const table = async (name: string) => {
    await ensureTable(new DynamoDBClient(options()), name);
    return new DynamoDbStoryStore(createDocumentClient(options()), name);
  };
  const scan = async (name: string) => {
    const out = await createDocumentClient(options()).send(new ScanCommand({ TableName: name }));
    return (out.Items ?? []).sort((x, y) => `${x.PK} ${x.SK}`.localeCompare(`${y.PK} ${y.SK}`));
  };

  beforeAll(async () => {
    db = await startDynamoDb();
  });

  afterAll(async () => {
    await db.stop();
  });

  it('leaves the table as saving each story through the SDK does: the same items, found the same way', async () => {
    // Prepare
    const saved = await table('saved');
    const loaded = await table('loaded');
    for (const story of stories) await saved.save(story, 0);

    // Act
    await db.putNewItems('loaded', stories.flatMap(newStoryItems));

    // Assess
    expect(await scan('loaded')).toEqual(await scan('saved'));
    expect(await loaded.get('st_a')).toEqual(await saved.get('st_a'));
    const [monthOfSaved, monthOfLoaded] = await Promise.all(
      [saved, loaded].map((store) => store.listByDate('2024-03-01', '2024-04-30')),
    );
    expect(monthOfLoaded?.map((s) => s.id)).toEqual(monthOfSaved?.map((s) => s.id));
    expect(monthOfLoaded?.length).toBeGreaterThan(0);
  });

  it("refuses an item without the table's keys, as PutItem does", async () => {
    // Prepare
    await table('refused');

    // Act / Assess
    await expect(db.putNewItems('refused', [{ PK: 'STORY#x' }])).rejects.toThrow(/Missing the key SK/u);
  });
});
