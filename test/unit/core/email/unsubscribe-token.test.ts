import { describe, expect, it } from 'vitest';
import { signToken, verifyToken } from '../../../../lambdas/core/email';

const key = 'test-key-0123456789abcdef';
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The same bytes spelled with + and / (the token must carry a - or _ for this to differ). */
function toStandardBase64(text: string): string {
  return text.replace(/-/gu, '+').replace(/_/gu, '/');
}

/** 32 bytes take 43 characters; the last one carries 2 bits no decoder reads: set them. */
function withUnusedBitsSet(text: string): string {
  const last = ALPHABET.indexOf(text.slice(-1));
  return `${text.slice(0, -1)}${ALPHABET[last | 0b11]}`;
}
const token = signToken('reader@example.com', key);

describe('Function: verifyToken', () => {
  it('returns the address a token was signed for', () => {
    expect(verifyToken(token, key)).toBe('reader@example.com');
    expect(verifyToken(signToken('Zoë@example.com', new TextEncoder().encode(key)), key)).toBe(
      'Zoë@example.com',
    );
  });

  const [encoded, signature] = token.split('.');
  const other = Buffer.from('victim@example.com').toString('base64url');
  it.each([
    ['another key', signToken('reader@example.com', 'other-key')],
    ['a swapped address', `${other}.${signature}`],
    ['a truncated signature', `${encoded}.${signature?.slice(0, 10)}`],
    ['no signature', `${encoded}`],
    ['extra parts', `${token}.x`],
    ['an empty token', ''],
    ['garbage', '%%%.###'],
    ['the signature padded with "="', `${token}=`],
    ['the signature in standard base64 (+ and /)', `${encoded}.${toStandardBase64(signature ?? '')}`],
    ['the signature with its unused low bits set', `${encoded}.${withUnusedBitsSet(signature ?? '')}`],
    ['a line break inside the signature', `${encoded}.${signature?.slice(0, 20)}\n${signature?.slice(20)}`],
  ])('rejects %s', (_name, bad) => {
    expect(verifyToken(bad, key)).toBeNull();
  });
});
