import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { UploadFile } from '../cli/files';
import { DEFAULT_LOCAL_OPTIONS, startLocalStack } from '../runtime';

export interface EndToEndFigures {
  files: number;
  seconds: number;
  filesPerSecond: number;
}

/**
 * Uploads `copies` copies of the corpus (under distinct keys) to a fresh local stack and times
 * upload-to-settled: every notification consumed by the extractor and written to DynamoDB.
 */
export async function measureEndToEnd(files: UploadFile[], copies: number): Promise<EndToEndFigures> {
  const storeDir = await mkdtemp(join(tmpdir(), 'nd-bench-'));
  const stack = await startLocalStack({
    ...DEFAULT_LOCAL_OPTIONS,
    storeDir,
    outboxDir: join(storeDir, 'outbox'),
  });
  try {
    const s3 = new S3Client({});
    const bodies = await Promise.all(files.map((f) => readFile(f.path)));
    const start = performance.now();
    for (let copy = 0; copy < copies; copy += 1) {
      await Promise.all(
        files.map((f, i) =>
          s3.send(
            new PutObjectCommand({
              Bucket: stack.bucket,
              Key: `bench-${copy}-${f.key}`,
              Body: bodies[i],
              ContentType: f.contentType,
              Metadata: f.metadata,
            }),
          ),
        ),
      );
    }
    await stack.queue.idle();
    const seconds = (performance.now() - start) / 1000;
    const count = files.length * copies;
    return { files: count, seconds, filesPerSecond: count / seconds };
  } finally {
    await stack.stop();
    await rm(storeDir, { recursive: true, force: true });
  }
}
