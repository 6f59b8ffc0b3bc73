/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A URL safe to put in an href: only http(s) and mailto, escaped; anything else gives null. */
export function safeHref(url: string): string | null {
  return /^(?:https?:\/\/|mailto:)/i.test(url.trim()) ? escapeHtml(url.trim()) : null;
}
