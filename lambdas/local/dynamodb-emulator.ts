/** dynalite, the DynamoDB emulator, started in-process on a loopback port. */
import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceInUseException,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
import { tableDefinition } from '../adapters/dynamodb/table';

/** The part of dynalite's options used here; it ships no types. */
interface DynaliteOptions {
  path?: string;
  createTableMs?: number;
  deleteTableMs?: number;
  updateTableMs?: number;
}

const dynalite = createRequire(import.meta.url)('dynalite') as (options: DynaliteOptions) => Server;

export interface LocalDynamoDb {
  endpoint: string;
  /** Creates the news-digest table on this emulator unless it exists, and waits until it is ACTIVE. */
  ensureTable(tableName: string): Promise<void>;
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

/** Starts dynalite on 127.0.0.1 and a free port, persisting under `path` when given, in memory otherwise. */
export async function startDynamoDb(options: { path?: string } = {}): Promise<LocalDynamoDb> {
  if (options.path) await mkdir(options.path, { recursive: true });
  // Table state changes are instant locally; the real service's delays only slow tests down.
  const server = dynalite({ ...options, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
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
    async stop() {
      client.destroy();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
