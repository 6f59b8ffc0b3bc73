import { GetObjectCommand, HeadObjectCommand, NoSuchKey, NotFound, type S3Client } from '@aws-sdk/client-s3';
import type { RawObject } from '../core/model';
import { AdapterError } from '../errors';
import type { ArticleSource } from '../ports';

/** Reads article objects from one S3 bucket. */
export class S3ArticleSource implements ArticleSource {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  async head(key: string): Promise<Awaited<ReturnType<ArticleSource['head']>>> {
    try {
      const out = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return {
        size: out.ContentLength ?? 0,
        ...(out.ContentType ? { contentType: out.ContentType } : {}),
        metadata: lowerCaseKeys(out.Metadata ?? {}),
        lastModified: (out.LastModified ?? new Date(0)).toISOString(),
      };
    } catch (error) {
      if (isMissing(error)) return null;
      throw new AdapterError(`Could not read s3://${this.bucket}/${key}`, { cause: error });
    }
  }

  async get(key: string): Promise<RawObject | null> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      const bytes = out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
      return {
        key,
        bytes,
        ...(out.ContentType ? { contentType: out.ContentType } : {}),
        metadata: lowerCaseKeys(out.Metadata ?? {}),
        lastModified: (out.LastModified ?? new Date(0)).toISOString(),
      };
    } catch (error) {
      if (isMissing(error)) return null;
      throw new AdapterError(`Could not read s3://${this.bucket}/${key}`, { cause: error });
    }
  }
}

function isMissing(error: unknown): boolean {
  if (error instanceof NoSuchKey || error instanceof NotFound) return true;
  const name = (error as { name?: string } | null)?.name;
  return name === 'NoSuchKey' || name === 'NotFound';
}

function lowerCaseKeys(metadata: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(metadata).map(([k, v]) => [k.toLowerCase(), v]));
}
