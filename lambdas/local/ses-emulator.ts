/** aws-ses-v2-local, the SES v2 emulator, started in-process on a loopback port. */
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';

// A CommonJS package whose default export Node's ESM loader does not unwrap (bundlers and vitest do):
// require it, so every runtime gets the same function.
const { default: startSesServer } = createRequire(import.meta.url)('aws-ses-v2-local') as {
  default: (config: { host: string; port: number }) => Promise<Server>;
};

export interface LocalSes {
  endpoint: string;
  stop(): Promise<void>;
  /** The messages the emulator accepted, as its GET /store reports them. */
  sent(): Promise<unknown[]>;
}

/** Starts the SES emulator on 127.0.0.1 and a free port. */
export async function startSes(): Promise<LocalSes> {
  const server = await startSesServer({ host: '127.0.0.1', port: 0 });
  if (!server.listening) await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    endpoint,
    async sent() {
      const response = await fetch(`${endpoint}/store`);
      const body = (await response.json()) as { emails?: unknown[] };
      return body.emails ?? [];
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
