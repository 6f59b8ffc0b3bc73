/**
 * S3 user metadata travels in HTTP headers, which carry ASCII only: uploaders encode other
 * text as RFC 2047 encoded-words (`=?UTF-8?B?...?=`), and we decode them on the way in.
 */
const ENCODED_WORD = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g;

/** Decodes RFC 2047 encoded-words; text that is not one, or cannot be decoded, is left as it is. */
export function decodeMimeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(ENCODED_WORD, (word, charset: string, encoding: string, text: string) => {
      try {
        const bytes =
          encoding.toUpperCase() === 'B' ? Uint8Array.from(atob(text), (c) => c.charCodeAt(0)) : qBytes(text);
        return new TextDecoder(charset, { fatal: true }).decode(bytes);
      } catch {
        return word;
      }
    });
}

/** Encodes a value for an ASCII-only header as one UTF-8 base64 encoded-word when it needs it. */
export function encodeMimeWord(value: string): string {
  return /^[\x20-\x7e]*$/.test(value)
    ? value
    : `=?UTF-8?B?${btoa(String.fromCharCode(...new TextEncoder().encode(value)))}?=`;
}

function qBytes(text: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    if (c === '_') bytes.push(0x20);
    else if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(c.charCodeAt(0) & 0xff);
  }
  return Uint8Array.from(bytes);
}
