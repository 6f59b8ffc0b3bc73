/** Signed unsubscribe tokens: the subscriber's address plus an HMAC-SHA256 over it. */
import { createHmac, timingSafeEqual } from 'node:crypto';

function mac(email: string, key: Uint8Array | string): Buffer {
  return createHmac('sha256', key).update(`unsubscribe:${email}`).digest();
}

/** A URL-safe token that proves the link was issued for this address. */
export function signToken(email: string, key: Uint8Array | string): string {
  return `${Buffer.from(email, 'utf8').toString('base64url')}.${mac(email, key).toString('base64url')}`;
}

/** The address a token was issued for, or null when it is malformed or not signed with this key. */
export function verifyToken(token: string, key: Uint8Array | string): string | null {
  const [encoded, signature, ...rest] = token.trim().split('.');
  if (!encoded || !signature || rest.length > 0) return null;
  const email = Buffer.from(encoded, 'base64url').toString('utf8');
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(email, key);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  // Base64url decoding is lenient (padding, + and /, unused low bits, whitespace): only the
  // canonical spelling of the address and of the signature is accepted, so one link has one form.
  const canonical =
    Buffer.from(email, 'utf8').toString('base64url') === encoded && given.toString('base64url') === signature;
  return canonical && email.includes('@') ? email : null;
}
