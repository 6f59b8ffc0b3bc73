/**
 * Step 3: which reader a document needs. The object key's extension decides first, then
 * the Content-Type, then the text itself.
 */
import type { ArticleFormat } from '../model';

export type FormatDecision = { format: ArticleFormat } | { unsupported: string };

const BY_EXTENSION: Record<string, ArticleFormat> = {
  txt: 'text',
  text: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  md: 'markdown',
  markdown: 'markdown',
  eml: 'email',
};

/** Extensions of documents we know and cannot read as articles. */
const UNSUPPORTED_EXTENSIONS = new Set([
  'json',
  'xml',
  'csv',
  'tsv',
  'rtf',
  'doc',
  'docx',
  'odt',
  'pages',
  'xls',
  'xlsx',
  'ppt',
  'pptx',
  'epub',
  'msg',
  'mbox',
  'yaml',
  'yml',
  'js',
  'ts',
  'css',
]);

const BY_MEDIA_TYPE: Record<string, ArticleFormat> = {
  'text/plain': 'text',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'message/rfc822': 'email',
};

const UNSUPPORTED_MEDIA = /^(application\/(json|xml|rtf|msword|vnd\.)|text\/(csv|xml|rtf|css|javascript))/;

export const SUPPORTED_HINT = 'Supported: .txt, .html/.htm, .md/.markdown (front matter allowed), .eml.';

/** Picks the document format from key, Content-Type and content, or says why it is unsupported. */
export function detectFormat(key: string, contentType: string | undefined, text: string): FormatDecision {
  const ext = key.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext && BY_EXTENSION[ext]) return { format: BY_EXTENSION[ext] };
  if (ext && UNSUPPORTED_EXTENSIONS.has(ext)) {
    return {
      unsupported: `Files ending in .${ext} are not articles this pipeline can read. ${SUPPORTED_HINT}`,
    };
  }
  const media = contentType?.split(';')[0]?.trim().toLowerCase();
  if (media && BY_MEDIA_TYPE[media]) return { format: BY_MEDIA_TYPE[media] };
  if (media && UNSUPPORTED_MEDIA.test(media)) {
    return {
      unsupported: `Content-Type ${media} is not an article format this pipeline reads. ${SUPPORTED_HINT}`,
    };
  }
  return sniffFormat(text);
}

/** Content sniffing on the first few kilobytes. */
export function sniffFormat(text: string): FormatDecision {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  const start = head.trimStart();
  if (/^\{\\rtf/.test(start)) return { unsupported: `The document is RTF. ${SUPPORTED_HINT}` };
  if (/^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(start)) return { format: 'html' };
  if (/^---\r?\n[\s\S]*?\r?\n(---|\.\.\.)\r?\n/.test(head) && /^---\r?\n\s*[\w-]+\s*:/.test(head)) {
    return { format: 'markdown' };
  }
  if (looksLikeEmail(head)) return { format: 'email' };
  const tags = head.match(/<\/?(p|div|article|section|span|a|h[1-6]|br|main|body)[\s>/]/gi)?.length ?? 0;
  if (tags >= 3) return { format: 'html' };
  if (/^#{1,6} \S/.test(start) || /\[[^\]\n]+\]\([^)\s]+\)/.test(head)) return { format: 'markdown' };
  return { format: 'text' };
}

/** An RFC 5322 header block: header lines up to the first blank line, with From and Subject or Date. */
function looksLikeEmail(head: string): boolean {
  const block = head.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const lines = block.split(/\r?\n/);
  const names = new Set<string>();
  for (const line of lines) {
    if (/^[ \t]/.test(line)) continue;
    const name = line.match(/^([A-Za-z][A-Za-z0-9-]*):/)?.[1];
    if (!name) return false;
    names.add(name.toLowerCase());
  }
  return names.has('from') && (names.has('subject') || names.has('date') || names.has('mime-version'));
}
