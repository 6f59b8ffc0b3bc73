/**
 * Email addresses as RFC 5322 `addr-spec` in its dot-atom form (no display name, no comments, no
 * quoted local part) with a DNS domain, which is what SES and every mailbox provider deliver to.
 */

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const DOMAIN = new RegExp(`^(?:${LABEL}\\.)+[a-z]{2,63}$`, 'iu');
/** RFC 5322 `atext` plus the dots between atoms. */
const LOCAL_PART = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}$/iu;
/** RFC 5321's limit on a forward path, less its angle brackets. */
const MAX_ADDRESS_LENGTH = 254;

/** Whether the text is a plain email address such as `reader@example.org` (no display name). */
export function isEmailAddress(text: string): boolean {
  const at = text.lastIndexOf('@');
  if (at <= 0 || text.length > MAX_ADDRESS_LENGTH) return false;
  const local = text.slice(0, at);
  return (
    LOCAL_PART.test(local) &&
    !local.startsWith('.') &&
    !local.endsWith('.') &&
    !local.includes('..') &&
    isDomain(text.slice(at + 1))
  );
}

/** Whether the text is a DNS domain name such as `news.example.org`. */
export function isDomain(text: string): boolean {
  return text.length <= 253 && DOMAIN.test(text);
}
