import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { decodeArticle, encodeArticle } from '../../../../lambdas/adapters/dynamodb/article-codec';
import { DynamoDbArticleStore } from '../../../../lambdas/adapters/dynamodb/article-store';
import { createDocumentClient } from '../../../../lambdas/adapters/dynamodb/client';
import type { Article } from '../../../../lambdas/core/model';
import { AdapterError, ConflictError } from '../../../../lambdas/errors';
import type { ArticleRecord, StoryMove } from '../../../../lambdas/ports';
import { buildArticle } from '../../../support/article-builder';
import { CORPUS_SPECS } from '../../../support/story-corpus';

const TABLE = 'news-digest';
const ddb = mockClient(DynamoDBDocumentClient);
const spec = CORPUS_SPECS[0];
if (!spec) throw new Error('corpus changed');
const article = buildArticle(spec);

/** An article whose body is about `bytes` long, of varied sentences that compress like prose. */
function hugeArticle(bytes: number): Article {
  const words = [
    'harbor',
    'council',
    'budget',
    'vote',
    'tariff',
    'minister',
    'river',
    'contract',
    'storm',
    'audit',
  ];
  const sentences: string[] = [spec?.lead ?? ''];
  let length = sentences[0]?.length ?? 0;
  let seed = 1;
  while (length < bytes) {
    const sentence = Array.from({ length: 12 }, () => {
      seed = (seed * 48271) % 2147483647;
      return `${words[seed % words.length]}${seed % 997}`;
    }).join(' ');
    sentences.push(`${sentence}.`);
    length += sentence.length + 2;
  }
  let offset = 0;
  const indexed = sentences.map((text, index) => {
    const s = { index, start: offset, end: offset + text.length, text };
    offset += text.length + 1;
    return s;
  });
  return { ...article, text: sentences.join(' '), sentences: indexed };
}

describe('Function: encodeArticle / decodeArticle', () => {
  it('round-trips an ordinary article exactly', () => {
    const { bytes, truncatedAt } = encodeArticle(article);
    expect(truncatedAt).toBeUndefined();
    expect(decodeArticle(bytes)).toEqual(article);
  });

  it('cuts a 1 MB body at a sentence end to fit the item, keeping the opening sentences and their quotes', () => {
    // Prepare
    const huge = hugeArticle(1_000_000);

    // Act
    const { bytes, truncatedAt } = encodeArticle(huge);
    const decoded = decodeArticle(bytes);

    // Assess
    expect(bytes.length).toBeLessThanOrEqual(300_000);
    expect(truncatedAt).toBeGreaterThan(0);
    expect(truncatedAt).toBeLessThan(huge.text.length);
    expect(decoded.text).toBe(huge.text.slice(0, truncatedAt));
    expect(decoded.sentences[0]?.text).toBe(spec?.lead);
    expect(decoded.sentences.every((s) => decoded.text.slice(s.start, s.end) === s.text)).toBe(true);
    expect(decoded.mainEvent?.sentences).toEqual([0]);
  });
});

describe('Function: DynamoDbArticleStore', () => {
  let store: DynamoDbArticleStore;
  const record: ArticleRecord = {
    key: article.key,
    status: 'extracted',
    contentHash: article.contentHash,
    article,
    storyId: 'st_a',
    updatedAt: '2024-03-11T15:00:00Z',
  };

  beforeEach(() => {
    ddb.reset();
    store = new DynamoDbArticleStore(createDocumentClient({ region: 'us-east-1' }), TABLE);
  });

  it('stores the article compressed under its key and reads it back', async () => {
    // Prepare
    ddb.on(PutCommand).resolves({});

    // Act
    await store.put(record);
    const item = ddb.commandCalls(PutCommand)[0]?.args[0].input.Item;
    ddb.on(GetCommand).resolves({ Item: item });
    const read = await store.get(article.key);

    // Assess
    expect(item).toMatchObject({ PK: `ART#${article.key}`, SK: 'ART', status: 'extracted', storyId: 'st_a' });
    expect(item?.article).toBeInstanceOf(Uint8Array);
    expect(read).toEqual(record);
  });

  it('records where a too-large body was cut', async () => {
    // Prepare
    ddb.on(PutCommand).resolves({});

    // Act
    await store.put({ ...record, article: hugeArticle(1_000_000) });

    // Assess
    expect(ddb.commandCalls(PutCommand)[0]?.args[0].input.Item?.textTruncatedAt).toBeGreaterThan(0);
  });

  it('returns the records that exist, in the order asked', async () => {
    // Prepare
    ddb.on(PutCommand).resolves({});
    await store.put(record);
    const item = ddb.commandCalls(PutCommand)[0]?.args[0].input.Item;
    const rejected = {
      PK: 'ART#bad.bin',
      SK: 'ART',
      key: 'bad.bin',
      status: 'rejected',
      contentHash: 'h',
      updatedAt: 'x',
    };
    ddb.on(BatchGetCommand).resolves({ Responses: { [TABLE]: [item ?? {}, rejected] } });

    // Act
    const records = await store.getMany(['bad.bin', 'missing.txt', article.key]);

    // Assess
    expect(records.map((r) => r.key)).toEqual(['bad.bin', article.key]);
  });

  it.each([
    [new ConditionalCheckFailedException({ message: 'failed', $metadata: {} }), ConflictError],
    [new Error('throttled'), AdapterError],
  ])('maps %s from the SDK to a typed error', async (cause, type) => {
    ddb.on(GetCommand).rejects(cause);
    await expect(store.get('x')).rejects.toBeInstanceOf(type);
  });

  it('points a record at the story it moved to, saying why, only if it still names the one it left', async () => {
    // Prepare
    ddb.on(UpdateCommand).resolves({});
    const move: StoryMove = {
      kind: 'reassigned',
      from: 'st_b',
      by: 'c.txt',
      similarity: 0.6,
      ownSimilarity: 0.4,
    };

    // Act
    await store.moveToStory('a.txt', 'st_a', move);

    // Assess
    expect(ddb.commandCalls(UpdateCommand)[0]?.args[0].input).toMatchObject({
      Key: { PK: 'ART#a.txt', SK: 'ART' },
      UpdateExpression: 'SET storyId = :to, storyMove = :move',
      ConditionExpression: 'storyId = :from',
      ExpressionAttributeValues: { ':from': 'st_b', ':to': 'st_a', ':move': move },
    });
  });

  it.each([
    [
      'a record rewritten meanwhile is left as it is',
      new ConditionalCheckFailedException({ message: 'x', $metadata: {} }),
      undefined,
    ],
    ['a failure is an AdapterError', new Error('throttled'), AdapterError],
  ])('moveToStory: %s', async (_case, cause, type) => {
    ddb.on(UpdateCommand).rejects(cause);
    const moving = store.moveToStory('a.txt', 'st_a', { kind: 'merged', from: 'st_b', by: 'c.txt' });
    if (type) await expect(moving).rejects.toBeInstanceOf(type);
    else await expect(moving).resolves.toBeUndefined();
  });
});
