/**
 * Step 2: bytes to text. Byte-order marks win, then UTF-16 by its NUL pattern, then strict
 * UTF-8, then a declared charset, then cheap heuristics. A declared charset never wins over
 * bytes that are valid UTF-8, so a mis-declared page is not garbled.
 */
import { repairC1 } from './c1';

export interface Decoded {
  text: string;
  charset: string;
}

export interface DecodeFailure {
  code: 'binary' | 'undecodable';
  reason: string;
}

/** Single-byte fallback for Western text without a usable declaration (latin-1 is a subset). */
const WESTERN_FALLBACK = 'windows-1252';
/** Double-byte encodings tried, in order, when the high bytes come in pairs as in CJK text. */
const CJK_CANDIDATES = ['gb18030', 'big5', 'shift_jis', 'euc-kr'] as const;
const SAMPLE = 8192;

/** Decodes article bytes to text, naming the charset used; a failure says why. */
export function decodeBytes(bytes: Uint8Array, declared: readonly string[]): Decoded | DecodeFailure {
  const bom = decodeWithBom(bytes);
  if (bom) return bom;
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    const text = tryDecode(utf16, bytes);
    return text === null
      ? {
          code: 'undecodable',
          reason: `Looks like ${utf16} text but is not valid ${utf16}; re-save it as UTF-8.`,
        }
      : { text, charset: utf16 };
  }
  const binary = binaryReason(bytes);
  if (binary) return { code: 'binary', reason: binary };
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, charset: 'utf-8' };
  for (const label of declared) {
    const charset = normalizeLabel(label);
    if (!charset || charset === 'utf-8' || charset.startsWith('utf-16')) continue;
    const text = tryDecode(charset, bytes);
    if (text !== null && looksClean(text)) return { text, charset };
  }
  if (looksDoubleByte(bytes)) {
    for (const charset of CJK_CANDIDATES) {
      const text = tryDecode(charset, bytes);
      if (text !== null && looksClean(text)) return { text, charset };
    }
  }
  const western = tryDecode(WESTERN_FALLBACK, bytes);
  if (western !== null && looksClean(western)) return { text: western, charset: WESTERN_FALLBACK };
  return {
    code: 'undecodable',
    reason:
      'The text is not valid UTF-8 and no declared or guessed charset decodes it cleanly; ' +
      're-save it as UTF-8 or declare its charset in the Content-Type.',
  };
}

/** The charset a Content-Type header value declares, if any. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const match = contentType?.match(/charset\s*=\s*["']?([\w.:-]+)/i);
  return match?.[1];
}

/** The charset an HTML page declares in its first bytes (`<meta charset>` or http-equiv). */
export function charsetFromHtmlPrescan(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes.subarray(0, 4096));
  const meta = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i);
  return meta?.[1];
}

/** The first bytes as latin-1, for sniffing ASCII structure without decoding. */
export function latin1(bytes: Uint8Array): string {
  // Native one-byte-per-char decoding; spreading bytes into String.fromCharCode showed in profiles.
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

function decodeWithBom(bytes: Uint8Array): Decoded | DecodeFailure | null {
  const boms: [number[], string][] = [
    [[0xef, 0xbb, 0xbf], 'utf-8'],
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be'],
  ];
  for (const [mark, charset] of boms) {
    if (!mark.every((b, i) => bytes[i] === b)) continue;
    const text = tryDecode(charset, bytes.subarray(mark.length));
    if (text === null) {
      return {
        code: 'undecodable',
        reason: `Starts with a ${charset} byte-order mark but is not valid ${charset}.`,
      };
    }
    return { text, charset };
  }
  return null;
}

/** UTF-16 without a BOM: ASCII-range text leaves a NUL in every other byte. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs > 0.3 && evenNul / pairs < 0.05) return 'utf-16le';
  if (evenNul / pairs > 0.3 && oddNul / pairs < 0.05) return 'utf-16be';
  return null;
}

/** Why bytes that are not UTF-16 look binary: NUL bytes or many control bytes. */
function binaryReason(bytes: Uint8Array): string | null {
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === 0) return `Contains NUL bytes at offset ${i}: binary data, not article text.`;
    // Tab, LF, VT, FF, CR and ESC (ISO-2022 shifts) occur in text; other C0 bytes do not.
    if (b < 0x20 && !(b >= 9 && b <= 13) && b !== 0x1b) controls++;
  }
  if (controls > 8 && controls / bytes.length > 0.01) {
    return `Contains ${controls} control bytes: binary data, not article text.`;
  }
  return null;
}

function tryDecode(charset: string, bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder(charset, { fatal: true }).decode(bytes);
    return charset === WESTERN_FALLBACK ? repairC1(text) : text;
  } catch {
    return null;
  }
}

function normalizeLabel(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/** CJK legacy encodings: dense high bytes that mostly come in runs of two or more. */
function looksDoubleByte(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  let high = 0;
  let isolated = 0;
  for (let i = 0; i < n; i++) {
    if ((bytes[i] as number) < 0x80) continue;
    high++;
    const prevHigh = i > 0 && (bytes[i - 1] as number) >= 0x80;
    const nextHigh = i + 1 < n && (bytes[i + 1] as number) >= 0x80;
    if (!prevHigh && !nextHigh) isolated++;
  }
  return high > 0 && high / n > 0.15 && isolated / high < 0.1;
}

/** A decoding is clean when C1 controls (a sign of the wrong single-byte table) are rare. */
function looksClean(text: string): boolean {
  let c1 = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (c <= 0x9f || c === 0xfffd) c1++;
  }
  return nonAscii === 0 || c1 / nonAscii < 0.1;
}
