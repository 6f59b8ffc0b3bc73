import { mkdir } from 'node:fs/promises';
import type { S3Event } from 'aws-lambda';
import S3rver from 's3rver';

export interface LocalS3 {
  endpoint: string;
  /** Registers the listener for the bucket's object-created and object-removed notifications. */
  onEvent(listener: (event: S3Event) => void): void;
  stop(): Promise<void>;
}

/** Starts the s3rver emulator on a free loopback port, keeping objects under `directory`. */
export async function startS3(options: { directory: string; bucket: string }): Promise<LocalS3> {
  await mkdir(options.directory, { recursive: true });
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: options.directory,
    configureBuckets: [{ name: options.bucket }],
  });
  const address = await server.run();
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    onEvent(listener) {
      server.on('event', listener);
    },
    stop: () => server.close(),
  };
}
