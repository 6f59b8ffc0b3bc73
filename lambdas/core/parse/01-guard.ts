/** Step 1: cheap checks on the raw bytes, before any decoding: size, emptiness, binary signatures. */
import { ENV } from '../../config';
import { sniffBinaryType } from './magic';

export interface GuardFailure {
  code: 'empty' | 'too-large' | 'binary';
  reason: string;
}

/** Rejects empty, oversized and known-binary uploads; null when the bytes may be text. */
export function guardBytes(bytes: Uint8Array, maxBytes: number): GuardFailure | null {
  if (bytes.length === 0)
    return { code: 'empty', reason: 'The object is empty (0 bytes); upload the article text.' };
  if (bytes.length > maxBytes) {
    return {
      code: 'too-large',
      reason:
        `The object is ${bytes.length} bytes, over the limit of ${maxBytes} bytes; ` +
        `split the article or raise the ${ENV.maxArticleBytes} setting.`,
    };
  }
  const type = sniffBinaryType(bytes);
  if (type) {
    return {
      code: 'binary',
      reason: `The object is a ${type}, not article text; upload .txt, .html, .md or .eml.`,
    };
  }
  return null;
}
