/** dynalite, the DynamoDB emulator, started in-process on a loopback port. */
import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import {
  type AttributeValue,
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceInUseException,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { tableDefinition } from '../adapters/dynamodb/table';

/** The part of dynalite's options used here; it ships no types. */
interface DynaliteOptions {
  path?: string;
  createTableMs?: number;
  deleteTableMs?: number;
  updateTableMs?: number;
}

/** An item as dynalite keeps it: attribute values as on the wire (binary as base64). */
type WireItem = Record<string, unknown>;
type Callback<T = void> = (error: Error | null, value?: T) => void;
interface LevelOperation {
  type: 'put';
  key: string;
  value: WireItem;
}
interface SubLevel {
  batch(operations: LevelOperation[], callback: Callback): void;
}
/** dynalite's description of a table, as its own key functions take it. */
type DynaliteTable = { GlobalSecondaryIndexes?: unknown[] } & Record<string, unknown>;
/** The store behind a dynalite server: the parts of its `db` module used here. */
interface DynaliteStore {
  getTable(name: string, callback: Callback<DynaliteTable>): void;
  getItemDb(tableName: string): SubLevel;
  getIndexDb(indexType: 'Global', tableName: string, indexName: string): SubLevel;
}
interface DynaliteDb {
  create(options: DynaliteOptions): DynaliteStore;
  validateItem(
    item: WireItem,
    table: DynaliteTable,
  ): { message?: string; body?: { message?: string } } | null;
  createKey(item: WireItem, table: DynaliteTable): string;
  getIndexActions(
    indexes: unknown[],
    existing: undefined,
    item: WireItem,
    table: DynaliteTable,
  ): { puts: { index: string; key: string; item: WireItem }[] };
}

const load = createRequire(import.meta.url);
const dynalite = load('dynalite') as (options: DynaliteOptions) => Server;
const dynaliteDb = load('dynalite/db') as DynaliteDb;

export interface LocalDynamoDb {
  endpoint: string;
  /** Creates the news-digest table on this emulator unless it exists, and waits until it is ACTIVE. */
  ensureTable(tableName: string): Promise<void>;
  /**
   * Puts items that are not in the table yet straight into the emulator's store, as PutItem
   * leaves them (the same keys, GSI entries and checks) but without a request each: for
   * preloading a large table, where a million requests through the SDK would take most of an
   * hour. Items are in document form, as the document client takes them.
   */
  putNewItems(tableName: string, items: readonly object[]): Promise<void>;
  stop(): Promise<void>;
}

const ACTIVE_WAIT_MS = 10_000;

/** Creates the table unless it exists, then waits until it is ACTIVE. */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(new CreateTableCommand(tableDefinition(tableName)));
  } catch (error) {
    // Already there (from a persisted store, or a concurrent caller): fine, wait for it below.
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  const deadline = Date.now() + ACTIVE_WAIT_MS;
  for (;;) {
    try {
      const out = await client.send(new DescribeTableCommand({ TableName: tableName }));
      if (out.Table?.TableStatus === 'ACTIVE') return;
    } catch (error) {
      if (!(error instanceof ResourceNotFoundException)) throw error;
    }
    if (Date.now() > deadline)
      throw new Error(`Table ${tableName} did not become ACTIVE in ${ACTIVE_WAIT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A dynalite server and the store it keeps tables in (dynalite hands out only the server). */
function createServer(options: DynaliteOptions): { server: Server; store: DynaliteStore } {
  const create = dynaliteDb.create;
  let store: DynaliteStore | undefined;
  dynaliteDb.create = (o) => {
    store = create(o);
    return store;
  };
  try {
    const server = dynalite(options);
    if (!store) throw new Error('dynalite created no store');
    return { server, store };
  } finally {
    dynaliteDb.create = create;
  }
}

/** An attribute value as the SDK sends it in JSON: binary as base64. */
function toWire(value: AttributeValue): unknown {
  if (value.B) return { B: Buffer.from(value.B).toString('base64') };
  if (value.M) return { M: Object.fromEntries(Object.entries(value.M).map(([k, v]) => [k, toWire(v)])) };
  if (value.L) return { L: value.L.map(toWire) };
  if (value.BS) return { BS: value.BS.map((b) => Buffer.from(b).toString('base64')) };
  return value;
}

const batch = (db: SubLevel, operations: LevelOperation[]) =>
  new Promise<void>((resolve, reject) =>
    db.batch(operations, (error) => (error ? reject(error) : resolve())),
  );

async function putNewItems(
  store: DynaliteStore,
  tableName: string,
  documents: readonly object[],
): Promise<void> {
  const table = await new Promise<DynaliteTable>((resolve, reject) =>
    store.getTable(tableName, (error, found) => (error || !found ? reject(error) : resolve(found))),
  );
  const items: LevelOperation[] = [];
  const byIndex = new Map<string, LevelOperation[]>();
  for (const document of documents) {
    const marshalled = marshall(document, { removeUndefinedValues: true });
    const item = Object.fromEntries(Object.entries(marshalled).map(([k, v]) => [k, toWire(v)]));
    const invalid = dynaliteDb.validateItem(item, table);
    if (invalid) throw new Error(`item not valid: ${invalid.body?.message ?? invalid.message}`);
    items.push({ type: 'put', key: dynaliteDb.createKey(item, table), value: item });
    const indexes = dynaliteDb.getIndexActions(table.GlobalSecondaryIndexes ?? [], undefined, item, table);
    for (const put of indexes.puts) {
      const operations = byIndex.get(put.index) ?? [];
      operations.push({ type: 'put', key: put.key, value: put.item });
      byIndex.set(put.index, operations);
    }
  }
  await batch(store.getItemDb(tableName), items);
  for (const [index, operations] of byIndex)
    await batch(store.getIndexDb('Global', tableName, index), operations);
}

/** Starts dynalite on 127.0.0.1 and a free port, persisting under `path` when given, in memory otherwise. */
export async function startDynamoDb(options: { path?: string } = {}): Promise<LocalDynamoDb> {
  if (options.path) await mkdir(options.path, { recursive: true });
  // Table state changes are instant locally; the real service's delays only slow tests down.
  const { server, store } = createServer({
    ...options,
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return {
    endpoint,
    ensureTable: (tableName) => ensureTable(client, tableName),
    putNewItems: (tableName, items) => putNewItems(store, tableName, items),
    async stop() {
      client.destroy();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
