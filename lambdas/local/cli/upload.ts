/** Puts one collected file into the local ingest bucket, with its content type and sidecar metadata. */
import { readFile } from 'node:fs/promises';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { UploadFile } from './files';

export async function uploadFile(s3: S3Client, bucket: string, file: UploadFile): Promise<void> {
  await s3.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: file.key,
      Body: await readFile(file.path),
      ContentType: file.contentType,
      Metadata: file.metadata,
    }),
  );
}
