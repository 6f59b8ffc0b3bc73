/**
 * Counts what a DynamoDB client costs: calls, and the read and write capacity units the table
 * reports for them (every call is sent asking for its consumed capacity). Bench-only.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface CapacityTally {
  calls: number;
  readUnits: number;
  writeUnits: number;
}

interface Consumed {
  CapacityUnits?: number;
  ReadCapacityUnits?: number;
  WriteCapacityUnits?: number;
}

/** Read commands: their capacity units are read units, the rest are write units. */
const READS = new Set(['GetCommand', 'QueryCommand', 'BatchGetCommand', 'ScanCommand']);

/** Wraps the client's `send` so every call is counted into the returned tally. */
export function countCapacity(client: DynamoDBDocumentClient): CapacityTally {
  const tally: CapacityTally = { calls: 0, readUnits: 0, writeUnits: 0 };
  const send = client.send.bind(client) as (command: unknown) => Promise<unknown>;
  const counted = async (command: { input: Record<string, unknown>; constructor: { name: string } }) => {
    command.input.ReturnConsumedCapacity = 'TOTAL';
    const out = (await send(command)) as { ConsumedCapacity?: Consumed | Consumed[] };
    tally.calls += 1;
    const consumed = ([] as Consumed[]).concat(out.ConsumedCapacity ?? []);
    const units = consumed.reduce(
      (sum, c) => sum + (c.CapacityUnits ?? (c.ReadCapacityUnits ?? 0) + (c.WriteCapacityUnits ?? 0)),
      0,
    );
    if (READS.has(command.constructor.name)) tally.readUnits += units;
    else tally.writeUnits += units;
    return out;
  };
  Object.assign(client, { send: counted });
  return tally;
}
