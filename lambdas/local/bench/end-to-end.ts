import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DynamoDbArticleStore } from '../../adapters/dynamodb/article-store';
import { createDocumentClient } from '../../adapters/dynamodb/client';
import type { UploadFile } from '../cli/files';
import { DEFAULT_LOCAL_OPTIONS, startLocalStack } from '../runtime';

/** Uploads in flight at once, as a sync tool would send them. */
const UPLOAD_BATCH = 50;

export interface EndToEndFigures {
  files: number;
  seconds: number;
  filesPerSecond: number;
  /** The process's peak resident memory so far, in MB (the emulators run in it too). */
  peakRssMb: number;
  /** Files with neither an extracted nor a rejected record once the queue is idle. */
  lost: number;
}

/**
 * Uploads `count` files (the corpus over and over, under distinct keys) to one fresh local
 * stack and times upload-to-settled: every notification consumed by the extractor and written
 * to DynamoDB. Then counts the files that ended with no record at all.
 */
export async function measureEndToEnd(files: UploadFile[], count: number): Promise<EndToEndFigures> {
  const storeDir = await mkdtemp(join(tmpdir(), 'nd-bench-'));
  const stack = await startLocalStack({
    ...DEFAULT_LOCAL_OPTIONS,
    storeDir,
    outboxDir: join(storeDir, 'outbox'),
  });
  try {
    const s3 = new S3Client({});
    const bodies = await Promise.all(files.map((f) => readFile(f.path)));
    const keys: string[] = [];
    const start = performance.now();
    for (let i = 0; i < count; i += UPLOAD_BATCH) {
      await Promise.all(
        Array.from({ length: Math.min(UPLOAD_BATCH, count - i) }, (_, j) => {
          const n = i + j;
          const f = files[n % files.length] as UploadFile;
          const key = `bench-${n}-${f.key}`;
          keys.push(key);
          return s3.send(
            new PutObjectCommand({
              Bucket: stack.bucket,
              Key: key,
              Body: bodies[n % files.length],
              ContentType: f.contentType,
              Metadata: f.metadata,
            }),
          );
        }),
      );
    }
    await stack.queue.idle();
    const seconds = (performance.now() - start) / 1000;
    const documents = createDocumentClient();
    const records = await new DynamoDbArticleStore(documents, stack.tableName).getMany(keys);
    documents.destroy();
    return {
      files: count,
      seconds,
      filesPerSecond: count / seconds,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      lost: count - records.length,
    };
  } finally {
    await stack.stop();
    await rm(storeDir, { recursive: true, force: true });
  }
}
