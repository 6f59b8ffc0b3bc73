/**
 * Counts what a DynamoDB client costs: calls, and the read and write capacity units the table
 * reports for them (every call is sent asking for its consumed capacity), in total and by the
 * kind of item each call touched, so a bench can tell where the units go. Bench-only.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** Calls and capacity units, of a whole client or of one kind of call. */
export interface Capacity {
  calls: number;
  readUnits: number;
  writeUnits: number;
}

export interface CapacityTally extends Capacity {
  /** By `<operation> <item kind>` ("put story part", "query term index"). */
  byKind: Map<string, Capacity>;
}

interface Consumed {
  CapacityUnits?: number;
  ReadCapacityUnits?: number;
  WriteCapacityUnits?: number;
}

/** Read commands: their capacity units are read units, the rest are write units. */
const READS = new Set(['GetCommand', 'QueryCommand', 'BatchGetCommand', 'ScanCommand']);

/** The kind of item a key names, by the table's key design (`adapters/dynamodb/keys.ts`). */
export function itemKind(pk: string, sk = ''): string {
  const prefix = pk.slice(0, pk.indexOf('#') + 1);
  switch (prefix) {
    case 'STORY#':
      if (sk === '') return 'story';
      if (sk === 'STORY') return 'story head';
      return sk === 'SEEN' ? 'story last update' : 'story part';
    case 'ENT#':
      if (pk.startsWith('ENT#t:')) return 'term index';
      return pk.includes('@') ? 'kind@place index' : 'name index';
    case 'BGM#':
      return pk.includes('@') ? 'mention kind@place' : 'mention name';
    case 'SRC#':
      return 'source index';
    case 'ART#':
      return 'article';
    case 'STORYMONTH#':
      return 'stories by month';
    default:
      return 'other';
  }
}

interface Input {
  Item?: { PK?: string; SK?: string };
  Key?: { PK?: string; SK?: string };
  ExpressionAttributeValues?: Record<string, unknown>;
  ReturnConsumedCapacity?: string;
}

/** The kind of item a command touches: the item it puts, the key it deletes or gets, the partition it queries. */
function kindOf(input: Input): string {
  const key = input.Item ?? input.Key;
  if (key?.PK !== undefined) return itemKind(key.PK, key.SK);
  const pk = input.ExpressionAttributeValues?.[':pk'];
  return typeof pk === 'string' ? itemKind(pk) : 'other';
}

function add(into: Capacity, calls: number, units: number, read: boolean): void {
  into.calls += calls;
  if (read) into.readUnits += units;
  else into.writeUnits += units;
}

/** Wraps the client's `send` so every call is counted into the returned tally. */
export function countCapacity(client: DynamoDBDocumentClient): CapacityTally {
  const tally: CapacityTally = { calls: 0, readUnits: 0, writeUnits: 0, byKind: new Map() };
  const send = client.send.bind(client) as (command: unknown) => Promise<unknown>;
  const counted = async (command: { input: Input; constructor: { name: string } }) => {
    command.input.ReturnConsumedCapacity = 'TOTAL';
    const name = command.constructor.name;
    const label = `${name.replace(/Command$/u, '').toLowerCase()} ${kindOf(command.input)}`;
    const kind = tally.byKind.get(label) ?? { calls: 0, readUnits: 0, writeUnits: 0 };
    tally.byKind.set(label, kind);
    const read = READS.has(name);
    let out: { ConsumedCapacity?: Consumed | Consumed[] };
    try {
      out = (await send(command)) as typeof out;
    } catch (error) {
      // A refused call is still a request, and DynamoDB bills a refused conditional write a
      // write unit at least (the emulator reports none for it).
      const units = read ? 0 : 1;
      add(tally, 1, units, read);
      add(kind, 1, units, read);
      throw error;
    }
    const consumed = ([] as Consumed[]).concat(out.ConsumedCapacity ?? []);
    const units = consumed.reduce(
      (sum, c) => sum + (c.CapacityUnits ?? (c.ReadCapacityUnits ?? 0) + (c.WriteCapacityUnits ?? 0)),
      0,
    );
    add(tally, 1, units, read);
    add(kind, 1, units, read);
    return out;
  };
  Object.assign(client, { send: counted });
  return tally;
}
