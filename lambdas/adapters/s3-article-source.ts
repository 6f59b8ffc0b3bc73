import { GetObjectCommand, HeadObjectCommand, NoSuchKey, NotFound, type S3Client } from '@aws-sdk/client-s3';
import type { RawObject } from '../core/model';
import { AdapterError } from '../errors';
import type { ArticleSource } from '../ports';

type ObjectHead = NonNullable<Awaited<ReturnType<ArticleSource['head']>>>;

/** Reads article objects from one S3 bucket. */
export class S3ArticleSource implements ArticleSource {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  head(key: string): Promise<ObjectHead | null> {
    return this.read(key, async () => {
      const out = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { size: out.ContentLength ?? 0, ...describeObject(out) };
    });
  }

  get(key: string): Promise<RawObject | null> {
    return this.read(key, async () => {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      const bytes = out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
      return { key, bytes, ...describeObject(out) };
    });
  }

  /** A missing object is an answer (it was deleted since the event), any other failure is not. */
  private async read<T>(key: string, action: () => Promise<T>): Promise<T | null> {
    try {
      return await action();
    } catch (error) {
      if (isMissing(error)) return null;
      throw new AdapterError(`Could not read s3://${this.bucket}/${key}`, { cause: error });
    }
  }
}

function describeObject(out: {
  ContentType?: string;
  Metadata?: Record<string, string>;
  LastModified?: Date;
}) {
  return {
    ...(out.ContentType ? { contentType: out.ContentType } : {}),
    metadata: Object.fromEntries(Object.entries(out.Metadata ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
    lastModified: (out.LastModified ?? new Date(0)).toISOString(),
  };
}

function isMissing(error: unknown): boolean {
  if (error instanceof NoSuchKey || error instanceof NotFound) return true;
  const name = (error as { name?: string } | null)?.name;
  return name === 'NoSuchKey' || name === 'NotFound';
}
