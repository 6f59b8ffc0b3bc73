import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbArticleStore } from '../../../lambdas/adapters/dynamodb/article-store';
import { createDocumentClient } from '../../../lambdas/adapters/dynamodb/client';
import { ensureTable, type LocalDynamoDb, startDynamoDb } from '../../../lambdas/local/dynamodb-emulator';
import { corpusArticles } from '../../support/story-corpus';

describe('Function: DynamoDbArticleStore against dynalite over HTTP', () => {
  let db: LocalDynamoDb;
  let store: DynamoDbArticleStore;

  beforeAll(async () => {
    db = await startDynamoDb();
    const options = {
      endpoint: db.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    };
    await ensureTable(new DynamoDBClient(options), 'articles');
    store = new DynamoDbArticleStore(createDocumentClient(options), 'articles');
  });

  afterAll(async () => {
    await db.stop();
  });

  it('stores an article with a 1 MB body within the 400 KB item limit, cut at a sentence end', async () => {
    // Prepare: a body of a million characters of varied, prose-like sentences.
    const [base] = corpusArticles();
    if (!base) throw new Error('corpus changed');
    // Reference numbers make the body compress poorly, like tables and transcripts do.
    const ref = (n: number) => ((n * 2654435761) % 4294967291).toString(36);
    const sentences = Array.from(
      { length: 14_000 },
      (_, i) =>
        `Clause ${i} of the harbor contract lists berths ${ref(i)}, ${ref(i + 1e6)} and ${ref(i + 2e6)}.`,
    );
    let offset = 0;
    const indexed = sentences.map((text, index) => {
      const s = { index, start: offset, end: offset + text.length, text };
      offset += text.length + 1;
      return s;
    });
    const article = { ...base, text: sentences.join(' '), sentences: indexed };
    expect(article.text.length).toBeGreaterThan(1_000_000);

    // Act
    await store.put({
      key: article.key,
      status: 'extracted',
      contentHash: 'h',
      article,
      updatedAt: '2024-03-11T00:00:00Z',
    });
    const read = await store.get(article.key);

    // Assess
    expect(read?.article?.sentences[0]?.text).toBe(sentences[0]);
    const kept = read?.textTruncatedAt ?? 0;
    expect(kept).toBeGreaterThan(0);
    expect(read?.article?.text).toBe(article.text.slice(0, kept));
    expect(read?.article?.text.endsWith('.')).toBe(true);
  });

  it('deletes a record', async () => {
    await store.put({
      key: 'gone.txt',
      status: 'rejected',
      contentHash: 'h',
      updatedAt: '2024-03-11T00:00:00Z',
    });
    await store.delete('gone.txt');
    expect(await store.get('gone.txt')).toBeNull();
  });
});
