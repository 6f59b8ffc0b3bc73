/**
 * Counts what a DynamoDB client costs: calls, and the read and write capacity units the table
 * reports for them (every call is sent asking for its consumed capacity), in total and by the
 * kind of item each call touched, so a bench can tell where the units go. Bench-only.
 *
 * The emulator bills the table alone; DynamoDB also bills a write to every secondary index
 * whose entry an item write creates, moves or removes. A put or delete is sent asking for the
 * item it replaced, and those index writes are added (kind `<operation> <item kind> (index)`).
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TABLE_KEYS } from '../../adapters/dynamodb/keys';

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

type Item = Record<string, unknown>;

const INDEXES = [TABLE_KEYS.gsi1, TABLE_KEYS.gsi2];

/**
 * The index writes DynamoDB bills when `old` is replaced by `next` (undefined: no item): one
 * where an item enters or leaves an index, two where its index key changes (a delete and a
 * put), none where it stays under the same key of a keys-only index. An index entry here is a
 * few keys, under the 1 KB of one write unit.
 */
export function indexWrites(old: Item | undefined, next: Item | undefined): number {
  let writes = 0;
  for (const index of INDEXES) {
    const keyOf = (item: Item | undefined) =>
      item?.[index.partitionKey] === undefined || item[index.sortKey] === undefined
        ? undefined
        : `${String(item[index.partitionKey])}\u0000${String(item[index.sortKey])}`;
    const [was, now] = [keyOf(old), keyOf(next)];
    if (was === undefined && now === undefined) continue;
    if (was === undefined || now === undefined) writes += 1;
    else if (was !== now) writes += 2;
    // Under the same key an index that copies the whole item is rewritten with it.
    else if (index.projection === 'ALL') writes += 1;
  }
  return writes;
}

interface Input {
  Item?: { PK?: string; SK?: string };
  Key?: { PK?: string; SK?: string };
  ExpressionAttributeValues?: Record<string, unknown>;
  ReturnConsumedCapacity?: string;
  ReturnValues?: string;
}

/** Puts and deletes: the writes whose replaced item the tally asks for, to count their index writes. */
const ITEM_WRITES = new Set(['PutCommand', 'DeleteCommand']);

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
    const itemWrite = ITEM_WRITES.has(name);
    if (itemWrite) command.input.ReturnValues ??= 'ALL_OLD';
    let out: { ConsumedCapacity?: Consumed | Consumed[]; Attributes?: Item };
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
    const indexed = itemWrite ? indexWrites(out.Attributes, command.input.Item) : 0;
    if (indexed > 0) {
      const onIndex = tally.byKind.get(`${label} (index)`) ?? { calls: 0, readUnits: 0, writeUnits: 0 };
      tally.byKind.set(`${label} (index)`, onIndex);
      add(tally, 0, indexed, false);
      add(onIndex, 0, indexed, false);
    }
    return out;
  };
  Object.assign(client, { send: counted });
  return tally;
}
