/** Subscribers in the single table: SUB#<email>/SUB, listed through GSI2 (SUBSCRIBERS / <email>). */
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Subscriber } from '../../core/model';
import type { SubscriberStore } from '../../ports';
import { keys, TABLE_KEYS } from './keys';
import { isConditionFailure, storageError } from './sdk-errors';

const KEY_ATTRIBUTES = ['PK', 'SK', 'GSI2PK', 'GSI2SK', 'type'] as const;

function fromItem(item: Record<string, unknown>): Subscriber {
  const copy: Record<string, unknown> = { ...item };
  for (const k of KEY_ATTRIBUTES) delete copy[k];
  return copy as unknown as Subscriber;
}

/** The attributes markUnsubscribed writes: the unsubscribe function's IAM grant allows these only. */
export const UNSUBSCRIBE_ATTRIBUTES = ['status', 'unsubscribedAt'] as const;

/** Addresses are compared without case: one inbox, one subscription. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** SubscriberStore on DynamoDB. */
export class DynamoDbSubscriberStore implements SubscriberStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async add(subscriber: Subscriber): Promise<boolean> {
    const email = normalizeEmail(subscriber.email);
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...subscriber,
            email,
            ...keys.subscriber(email),
            ...keys.subscriberList(email),
            type: 'subscriber',
          },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw storageError(`Adding subscriber ${email}`, error);
    }
  }

  async get(email: string): Promise<Subscriber | null> {
    try {
      const out = await this.client.send(
        new GetCommand({ TableName: this.tableName, Key: keys.subscriber(normalizeEmail(email)) }),
      );
      return out.Item ? fromItem(out.Item) : null;
    } catch (error) {
      throw storageError('Reading a subscriber', error);
    }
  }

  async list(): Promise<Subscriber[]> {
    const { gsi2 } = TABLE_KEYS;
    const subscribers: Subscriber[] = [];
    let start: Record<string, unknown> | undefined;
    try {
      do {
        const out = await this.client.send(
          new QueryCommand({
            TableName: this.tableName,
            IndexName: gsi2.name,
            KeyConditionExpression: '#pk = :pk',
            ExpressionAttributeNames: { '#pk': gsi2.partitionKey },
            ExpressionAttributeValues: { ':pk': keys.subscriberList('').GSI2PK },
            ExclusiveStartKey: start,
          }),
        );
        subscribers.push(...(out.Items ?? []).map(fromItem));
        start = out.LastEvaluatedKey;
      } while (start);
    } catch (error) {
      throw storageError('Listing subscribers', error);
    }
    return subscribers;
  }

  async remove(email: string): Promise<void> {
    try {
      await this.client.send(
        new DeleteCommand({ TableName: this.tableName, Key: keys.subscriber(normalizeEmail(email)) }),
      );
    } catch (error) {
      throw storageError('Removing a subscriber', error);
    }
  }

  async markUnsubscribed(email: string, at: string): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.subscriber(normalizeEmail(email)),
          // The record stays, so the seeded recipients list never re-subscribes someone who left.
          UpdateExpression:
            'SET #status = :unsubscribed, unsubscribedAt = if_not_exists(unsubscribedAt, :at)',
          ConditionExpression: 'attribute_exists(PK)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':unsubscribed': 'unsubscribed', ':at': at },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw storageError('Unsubscribing', error);
    }
  }

  async recordDigest(
    email: string,
    sent: { at: string; sentVersions: Record<string, number> },
  ): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.subscriber(normalizeEmail(email)),
          UpdateExpression: 'SET lastDigestAt = :at, sentVersions = :versions',
          ConditionExpression: 'attribute_exists(PK)',
          ExpressionAttributeValues: { ':at': sent.at, ':versions': sent.sentVersions },
        }),
      );
    } catch (error) {
      // Unsubscribed and deleted meanwhile: nothing left to record.
      if (isConditionFailure(error)) return;
      throw storageError('Recording a digest', error);
    }
  }
}
