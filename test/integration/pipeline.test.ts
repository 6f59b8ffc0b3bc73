import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DeleteObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbArticleStore } from '../../lambdas/adapters/dynamodb/article-store';
import { createDocumentClient } from '../../lambdas/adapters/dynamodb/client';
import { DynamoDbStoryStore } from '../../lambdas/adapters/dynamodb/story-store';
import { DEFAULT_LOCAL_OPTIONS, type LocalStack, startLocalStack } from '../../lambdas/local/runtime';

const FIXTURES = fileURLToPath(new URL('../fixtures/pipeline/', import.meta.url));

describe('Pipeline: S3 event -> extractor -> DynamoDB -> digest -> SES, on the local emulators', () => {
  let stack: LocalStack;
  let dirs: string[];
  let outbox: string;
  const s3 = () => new S3Client({});
  const stores = () => {
    const documents = createDocumentClient();
    return {
      articles: new DynamoDbArticleStore(documents, stack.tableName),
      stories: new DynamoDbStoryStore(documents, stack.tableName),
    };
  };
  const upload = async (file: string, metadata: Record<string, string> = {}) => {
    await s3().send(
      new PutObjectCommand({
        Bucket: stack.bucket,
        Key: file,
        Body: await readFile(join(FIXTURES, file)),
        Metadata: metadata,
      }),
    );
  };

  beforeAll(async () => {
    const store = await mkdtemp(join(tmpdir(), 'nd-pipeline-store-'));
    outbox = await mkdtemp(join(tmpdir(), 'nd-pipeline-outbox-'));
    dirs = [store, outbox];
    stack = await startLocalStack({ ...DEFAULT_LOCAL_OPTIONS, storeDir: store, outboxDir: outbox });
  });

  afterAll(async () => {
    await stack.stop();
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  it('extracts two outlets of one event into one story and keeps an unrelated story apart', async () => {
    // Act
    await upload('harbor-ledger-ports.txt', { outlet: 'The Harbor Ledger', published: '2026-04-15' });
    await upload('meridian-wire-ports.md');
    await upload('coastal-gazette-flood.html');
    await stack.queue.idle();

    // Assess
    const { articles, stories } = stores();
    const records = await articles.getMany([
      'harbor-ledger-ports.txt',
      'meridian-wire-ports.md',
      'coastal-gazette-flood.html',
    ]);
    expect(records.map((r) => r.status)).toEqual(['extracted', 'extracted', 'extracted']);
    const [ledger, wire, gazette] = records;
    expect(ledger?.storyId).toBeDefined();
    expect(wire?.storyId).toBe(ledger?.storyId);
    expect(gazette?.storyId).not.toBe(ledger?.storyId);
    const story = await stories.get(ledger?.storyId ?? '');
    expect(story?.sources.map((s) => s.outlet).sort()).toEqual(['Meridian Wire', 'The Harbor Ledger']);
    expect(gazette?.article?.outlet).toEqual({ value: 'Coastal Gazette', source: 'html-meta' });
  });

  it('records a binary file as rejected with a reason and does not block the others', async () => {
    await upload('not-an-article.txt');
    await stack.queue.idle();
    const [record] = await stores().articles.getMany(['not-an-article.txt']);
    expect(record?.status).toBe('rejected');
    expect(record?.rejection?.reason).toMatch(/PNG|binary|image/i);
    expect(stack.queue.deadLetters).toHaveLength(0);
  });

  it('changes nothing when the same file is uploaded again or its event is redelivered', async () => {
    // Prepare
    const { articles, stories } = stores();
    const before = await articles.get('meridian-wire-ports.md');
    const storyBefore = await stories.get(before?.storyId ?? '');

    // Act: a second upload of the same bytes, then a verbatim redelivery of its notification
    await upload('meridian-wire-ports.md');
    const event: S3Event = {
      Records: [
        {
          eventVersion: '2.1',
          eventSource: 'aws:s3',
          awsRegion: 'us-east-1',
          eventTime: new Date().toISOString(),
          eventName: 'ObjectCreated:Put',
          userIdentity: { principalId: 'local' },
          requestParameters: { sourceIPAddress: '127.0.0.1' },
          responseElements: { 'x-amz-request-id': 'r', 'x-amz-id-2': 'i' },
          s3: {
            s3SchemaVersion: '1.0',
            configurationId: 'ingest',
            bucket: {
              name: stack.bucket,
              ownerIdentity: { principalId: 'local' },
              arn: `arn:aws:s3:::${stack.bucket}`,
            },
            object: { key: 'meridian-wire-ports.md', size: 1, eTag: 'e', sequencer: '0' },
          },
        },
      ],
    };
    stack.queue.sendS3Event(event);
    stack.queue.sendS3Event(event);
    await stack.queue.idle();

    // Assess
    const after = await articles.get('meridian-wire-ports.md');
    const storyAfter = await stories.get(after?.storyId ?? '');
    expect(after?.storyId).toBe(before?.storyId);
    expect(storyAfter?.sources).toHaveLength(storyBefore?.sources.length ?? -1);
    expect(storyAfter?.sources.filter((s) => s.key === 'meridian-wire-ports.md')).toHaveLength(1);
  });

  it('sends the digest through the SES emulator and copies it to the outbox as .eml', async () => {
    // Act
    const { stories } = stores();
    const record = await stores().articles.get('harbor-ledger-ports.txt');
    await stack.invokeDigest({ storyIds: [record?.storyId], period: 'run-test' });

    // Assess
    const response = await fetch(`${stack.endpoints.sesv2}/store`);
    const { emails } = (await response.json()) as { emails: { subject: string; body: { text?: string } }[] };
    expect(emails.length).toBeGreaterThan(0);
    expect(emails.at(-1)?.body.text).toContain("What's new:");
    const files = (await readdir(outbox)).filter((f) => f.endsWith('.eml'));
    expect(files.length).toBeGreaterThan(0);
    const eml = await readFile(join(outbox, files[0] ?? ''), 'utf8');
    expect(eml).toMatch(/Content-Type: multipart\/alternative/i);
    expect(eml).toMatch(/List-Unsubscribe-Post: List-Unsubscribe=One-Click/);
    expect(await stories.get(record?.storyId ?? '')).not.toBeNull();
  });

  it('removes a deleted article from its story and drops the emptied story', async () => {
    const { articles, stories } = stores();
    const gazette = await articles.get('coastal-gazette-flood.html');
    await s3().send(new DeleteObjectCommand({ Bucket: stack.bucket, Key: 'coastal-gazette-flood.html' }));
    await stack.queue.idle();
    expect(await articles.get('coastal-gazette-flood.html')).toBeNull();
    expect(await stories.get(gazette?.storyId ?? '')).toBeNull();
  });
});
