/** The email core: rendering, MIME and unsubscribe tokens. */
export { isDomain, isEmailAddress } from './address';
export { escapeHtml } from './escape';
export { buildMime, encodeHeaderValue, type MimeInput, quotedPrintable, rfc5322Date } from './mime';
export { type RenderedEmail, type RenderOptions, renderEmail } from './render';
export { signToken, verifyToken } from './unsubscribe-token';
