/**
 * Run in a child process by the bench's load check: writes `count` varied files (articles from the
 * corpus with a distinct closing line, nested folders, sidecars, and a share of hostile files), runs
 * them through the local stack as `news-digest run` does, and prints files per second, the
 * process's peak memory, and whether every file was accounted for.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDbArticleStore } from '../../adapters/dynamodb/article-store';
import { createDocumentClient } from '../../adapters/dynamodb/client';
import { collectFiles } from '../cli/files';
import { uploadFile } from '../cli/upload';
import { DEFAULT_LOCAL_OPTIONS, startLocalStack } from '../runtime';
import { peakRssBytes } from './peak-memory';

/** Files a careless upload folder holds besides articles; each must come back rejected. */
const HOSTILE: [string, Uint8Array][] = [
  ['empty.txt', new Uint8Array(0)],
  ['spaces.txt', new TextEncoder().encode(' \n\t\n ')],
  ['image.txt', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13)],
  ['archive.html', Uint8Array.of(0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3)],
  ['nul.md', new TextEncoder().encode('Harbor\u0000news')],
  ['notes.json', new TextEncoder().encode('{"not": "an article"}')],
];

async function writeVariedFiles(dir: string, sources: string[], count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    const folder = join(dir, `day-${String(i % 20).padStart(2, '0')}`);
    await mkdir(folder, { recursive: true });
    if (i % 25 === 24) {
      const [name, bytes] = HOSTILE[((i / 25) % HOSTILE.length) | 0] as [string, Uint8Array];
      await writeFile(join(folder, `${i}-${name}`), bytes);
      continue;
    }
    const source = sources[i % sources.length] as string;
    const ext = extname(source);
    const target = join(folder, `${i}-${basename(source, ext)}${ext}`);
    const text = await readFile(source, 'utf8');
    // A distinct closing line: every file is a new object with its own content hash.
    const varied = ext === '.eml' ? text : `${text}\n\nFiled as item ${i} of the load check.\n`;
    await writeFile(target, varied);
    await copyFile(`${source}.meta.json`, `${target}.meta.json`).catch(() => undefined);
  }
}

const [countArg, ...corpus] = process.argv.slice(2);
const count = Number(countArg);
const work = await mkdtemp(join(tmpdir(), 'nd-load-'));
try {
  const sources = (await collectFiles(corpus)).files
    .filter((f) => f.contentType !== 'application/octet-stream')
    .map((f) => f.path);
  const folder = join(work, 'articles');
  await writeVariedFiles(folder, sources, count);
  const { files, rejected } = await collectFiles([folder]);
  const stack = await startLocalStack({
    ...DEFAULT_LOCAL_OPTIONS,
    storeDir: join(work, 'store'),
    outboxDir: join(work, 'outbox'),
  });
  const started = performance.now();
  let records: Awaited<ReturnType<DynamoDbArticleStore['getMany']>>;
  try {
    const s3 = new S3Client({});
    for (const file of files) {
      await uploadFile(s3, stack.bucket, file);
    }
    await stack.queue.idle();
    records = await new DynamoDbArticleStore(createDocumentClient(), stack.tableName).getMany(
      files.map((f) => f.key),
    );
  } finally {
    await stack.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  const recorded = new Set(records.map((r) => r.key));
  process.stdout.write(
    `${JSON.stringify({
      files: files.length + rejected.length,
      seconds,
      filesPerSecond: files.length / seconds,
      peakMemoryMB: peakRssBytes() / (1024 * 1024),
      extracted: records.filter((r) => r.status === 'extracted').length,
      rejected: records.filter((r) => r.status === 'rejected').length + rejected.length,
      deadLetters: stack.queue.deadLetters.length,
      unaccounted: files.filter((f) => !recorded.has(f.key)).map((f) => f.key),
    })}\n`,
  );
} finally {
  await rm(work, { recursive: true, force: true });
}
