/** Article records in the single table, one item per object key. */
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Rejection } from '../../core/model';
import type { ArticleRecord, ArticleStore, StoryMove } from '../../ports';
import { decodeArticle, encodeArticle } from './article-codec';
import { batchGet } from './batch-get';
import { keys } from './keys';
import { isConditionFailure, storageError } from './sdk-errors';

interface ArticleItem {
  PK: string;
  SK: string;
  key: string;
  status: ArticleRecord['status'];
  contentHash: string;
  sequencer?: string;
  storyId?: string;
  updatedAt: string;
  textTruncatedAt?: number;
  rejection?: Rejection;
  article?: Uint8Array;
}

function toItem(record: ArticleRecord): ArticleItem {
  const { article, ...rest } = record;
  const item: ArticleItem = { ...keys.article(record.key), ...rest };
  if (article) {
    const encoded = encodeArticle(article);
    item.article = encoded.bytes;
    if (encoded.truncatedAt !== undefined) item.textTruncatedAt = encoded.truncatedAt;
  }
  return item;
}

function fromItem(item: ArticleItem): ArticleRecord {
  const { PK: _pk, SK: _sk, article, ...rest } = item;
  const record: ArticleRecord = { ...rest };
  if (article) record.article = decodeArticle(article);
  return record;
}

/** ArticleStore on DynamoDB. */
export class DynamoDbArticleStore implements ArticleStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(key: string): Promise<ArticleRecord | null> {
    try {
      const out = await this.client.send(
        new GetCommand({ TableName: this.tableName, Key: keys.article(key), ConsistentRead: true }),
      );
      return out.Item ? fromItem(out.Item as ArticleItem) : null;
    } catch (error) {
      throw storageError(`GetItem article ${key}`, error);
    }
  }

  async put(record: ArticleRecord): Promise<void> {
    try {
      await this.client.send(new PutCommand({ TableName: this.tableName, Item: toItem(record) }));
    } catch (error) {
      throw storageError(`PutItem article ${record.key}`, error);
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: keys.article(key) }));
    } catch (error) {
      throw storageError(`DeleteItem article ${key}`, error);
    }
  }

  async moveToStory(key: string, to: string, move: StoryMove): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.article(key),
          UpdateExpression: 'SET storyId = :to, storyMove = :move',
          ConditionExpression: 'storyId = :from',
          ExpressionAttributeValues: { ':from': move.from, ':to': to, ':move': move },
        }),
      );
    } catch (error) {
      if (isConditionFailure(error)) return;
      throw storageError(`UpdateItem article ${key}`, error);
    }
  }

  async getMany(articleKeys: string[]): Promise<ArticleRecord[]> {
    const unique = [...new Set(articleKeys)];
    const items = await batchGet(this.client, this.tableName, unique.map(keys.article));
    const byKey = new Map(
      items.map((item) => [(item as unknown as ArticleItem).key, item as unknown as ArticleItem]),
    );
    return unique.flatMap((key) => {
      const item = byKey.get(key);
      return item ? [fromItem(item)] : [];
    });
  }
}
