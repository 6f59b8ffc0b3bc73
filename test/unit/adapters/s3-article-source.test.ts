import {
  GetObjectCommand,
  type GetObjectCommandOutput,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { S3ArticleSource } from '../../../lambdas/adapters/s3-article-source';
import { AdapterError } from '../../../lambdas/errors';

const s3 = mockClient(S3Client);
const source = () => new S3ArticleSource(new S3Client({}), 'ingest-bucket');

describe('Class: S3ArticleSource', () => {
  beforeEach(() => s3.reset());

  it('reads size, content type, lower-cased user metadata and upload time from HeadObject', async () => {
    s3.on(HeadObjectCommand, { Bucket: 'ingest-bucket', Key: 'a.txt' }).resolves({
      ContentLength: 1234,
      ContentType: 'text/plain; charset=windows-1252',
      Metadata: { Outlet: 'The Harbor Ledger', published: '2026-04-15' },
      LastModified: new Date('2026-04-15T09:12:44Z'),
    });
    expect(await source().head('a.txt')).toEqual({
      size: 1234,
      contentType: 'text/plain; charset=windows-1252',
      metadata: { outlet: 'The Harbor Ledger', published: '2026-04-15' },
      lastModified: '2026-04-15T09:12:44.000Z',
    });
  });

  it('returns the body bytes from GetObject', async () => {
    // The SDK's streaming body: the adapter only needs its byte-array transform.
    const bytes = new TextEncoder().encode('Ports deal signed.');
    const body = { transformToByteArray: async () => bytes } as unknown as GetObjectCommandOutput['Body'];
    s3.on(GetObjectCommand).resolves({
      Body: body,
      Metadata: {},
      LastModified: new Date('2026-04-15T09:12:44Z'),
    });
    const raw = await source().get('a.txt');
    expect(new TextDecoder().decode(raw?.bytes)).toBe('Ports deal signed.');
    expect(raw?.key).toBe('a.txt');
  });

  it.each([
    [
      'HeadObject 404',
      () => s3.on(HeadObjectCommand).rejects(new NotFound({ message: 'nf', $metadata: {} })),
      'head',
    ],
    [
      'GetObject NoSuchKey',
      () => s3.on(GetObjectCommand).rejects(new NoSuchKey({ message: 'nsk', $metadata: {} })),
      'get',
    ],
  ] as const)('treats %s as a missing object', async (_label, arrange, method) => {
    arrange();
    expect(await source()[method]('gone.txt')).toBeNull();
  });

  it('wraps any other failure in AdapterError naming the object, with the cause', async () => {
    const denied = new S3ServiceException({
      name: 'AccessDenied',
      $fault: 'client',
      message: 'denied',
      $metadata: {},
    });
    s3.on(GetObjectCommand).rejects(denied);
    const error = await source()
      .get('secret.txt')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AdapterError);
    expect((error as Error).message).toContain('s3://ingest-bucket/secret.txt');
    expect((error as Error).cause).toBe(denied);
  });
});
