/** Step 1: cheap checks on the raw bytes, before any decoding: size, emptiness, binary signatures. */
import { sniffBinaryType } from './magic';

export interface GuardFailure {
  code: 'empty' | 'too-large' | 'binary';
  reason: string;
}

/** Rejects empty, oversized and known-binary uploads; null when the bytes may be text. */
export function guardBytes(bytes: Uint8Array, maxBytes: number): GuardFailure | null {
  if (bytes.length === 0)
    return { code: 'empty', reason: 'The object is empty (0 bytes); upload the article text.' };
  if (bytes.length > maxBytes) return { code: 'too-large', reason: tooLargeReason(bytes.length, maxBytes) };
  const type = sniffBinaryType(bytes);
  if (type) {
    return {
      code: 'binary',
      reason: `The object is a ${type}, not article text; upload .txt, .html, .md or .eml.`,
    };
  }
  return null;
}

/**
 * Why a file over the size limit was rejected, naming the limit as the reader sets it: the same
 * handler runs under the CLI and in the stack, so both knobs are named, never the environment
 * variable between them.
 */
export function tooLargeReason(bytes: number, maxBytes: number): string {
  return (
    `The file is ${bytes} bytes, over the limit of ${maxBytes} bytes; split the article or raise the limit ` +
    '(--max-bytes with the CLI, the maxArticleBytes setting of the stack).'
  );
}
