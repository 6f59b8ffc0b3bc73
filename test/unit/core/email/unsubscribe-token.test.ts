import { describe, expect, it } from 'vitest';
import { signToken, verifyToken } from '../../../../lambdas/core/email';

const key = 'test-key-0123456789abcdef';
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
  ])('rejects %s', (_name, bad) => {
    expect(verifyToken(bad, key)).toBeNull();
  });
});
