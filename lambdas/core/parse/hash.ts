import { createHash } from 'node:crypto';

/** SHA-256 of the raw bytes, hex: the identity of an upload. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
