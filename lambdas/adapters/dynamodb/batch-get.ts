/** BatchGetItem in chunks of 100, retrying what DynamoDB leaves unprocessed. */
import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { AdapterError } from '../../errors';
import { storageError } from './sdk-errors';

const CHUNK = 100;
const MAX_ROUNDS = 8;

type Key = Record<string, string>;
type Item = Record<string, unknown>;

/** Reads the items (strongly consistent) for the keys; missing items are simply absent. */
export async function batchGet(
  client: DynamoDBDocumentClient,
  tableName: string,
  keys: Key[],
): Promise<Item[]> {
  const items: Item[] = [];
  for (let i = 0; i < keys.length; i += CHUNK) {
    let pending: Key[] = keys.slice(i, i + CHUNK);
    for (let round = 0; pending.length > 0; round += 1) {
      if (round >= MAX_ROUNDS) throw new AdapterError(`BatchGetItem left ${pending.length} keys unprocessed`);
      if (round > 0) await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** round));
      try {
        const out = await client.send(
          new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending, ConsistentRead: true } } }),
        );
        items.push(...((out.Responses?.[tableName] ?? []) as Item[]));
        pending = (out.UnprocessedKeys?.[tableName]?.Keys ?? []) as Key[];
      } catch (error) {
        throw storageError('BatchGetItem', error);
      }
    }
  }
  return items;
}
