import { copyFile, mkdtemp, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DynamoDbArticleStore } from '../../lambdas/adapters/dynamodb/article-store';
import { createDocumentClient } from '../../lambdas/adapters/dynamodb/client';
import { Progress } from '../../lambdas/local/cli/progress';
import { watchFolderIntoBucket } from '../../lambdas/local/cli/watch';
import { DEFAULT_LOCAL_OPTIONS, startLocalStack } from '../../lambdas/local/runtime';

const FIXTURES = fileURLToPath(new URL('../fixtures/pipeline/', import.meta.url));

/** Resolves when the captured stderr matches, or fails after `ms`. */
function waitFor(log: () => string, pattern: RegExp, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const poll = () => {
      if (pattern.test(log())) resolve();
      else if (Date.now() > deadline) reject(new Error(`timed out waiting for ${pattern}; log:\n${log()}`));
      else setTimeout(poll, 50);
    };
    poll();
  });
}

describe('Command: news-digest watch', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it('ingests files already there and files dropped in later, deletes removed ones, and keeps the state', async () => {
    // Prepare
    const folder = await mkdtemp(join(tmpdir(), 'nd-watch-'));
    const store = await mkdtemp(join(tmpdir(), 'nd-watch-store-'));
    dirs.push(folder, store);
    await copyFile(join(FIXTURES, 'coastal-gazette-flood.html'), join(folder, 'coastal-gazette-flood.html'));
    const stderr = new PassThrough();
    let log = '';
    stderr.on('data', (b: Buffer) => {
      log += b.toString('utf8');
    });
    const stop = new AbortController();

    // Act
    const watching = watchFolderIntoBucket(
      folder,
      { storeDir: store, outboxDir: join(store, 'outbox') },
      new Progress(stderr, false),
      stop.signal,
    );
    await waitFor(() => log, /Watching/);
    await waitFor(() => log, /extracted coastal-gazette-flood\.html/);
    await copyFile(join(FIXTURES, 'meridian-wire-ports.md'), join(folder, 'meridian-wire-ports.md'));
    await copyFile(join(FIXTURES, 'not-an-article.txt'), join(folder, 'not-an-article.txt'));
    await waitFor(() => log, /extracted meridian-wire-ports\.md/);
    await waitFor(() => log, /rejected {2}not-an-article\.txt: .*PNG/);
    await unlink(join(folder, 'coastal-gazette-flood.html'));
    await waitFor(() => log, /removed {3}coastal-gazette-flood\.html/);
    stop.abort();
    await watching;

    // Assess: a later stack on the same store sees what the watch left
    const stack = await startLocalStack({
      ...DEFAULT_LOCAL_OPTIONS,
      storeDir: store,
      outboxDir: join(store, 'outbox'),
    });
    try {
      const articles = new DynamoDbArticleStore(createDocumentClient(), stack.tableName);
      expect((await articles.get('meridian-wire-ports.md'))?.status).toBe('extracted');
      expect((await articles.get('not-an-article.txt'))?.status).toBe('rejected');
      expect(await articles.get('coastal-gazette-flood.html')).toBeNull();
    } finally {
      await stack.stop();
    }
  });
});
