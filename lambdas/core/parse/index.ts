/**
 * Parsing: raw object bytes to a clean article body plus metadata candidates, or a rejection
 * a user can act on. Async for every format because the e-mail reader (postal-mime) is.
 */
import { ExtractionError } from '../../errors';
import type { ArticleFormat, ParsedDocument, RawObject, Rejection } from '../model';
import { guardBytes } from './01-guard';
import { charsetFromContentType, charsetFromHtmlPrescan, decodeBytes } from './02-decode';
import { detectFormat } from './03-format';
import { readEmail } from './04-email';
import { readHtml } from './04-html';
import { readMarkdown } from './04-markdown';
import { cleanLines } from './05-clean-lines';
import { takeHeadline } from './06-headline';
import { takeDateline } from './07-dateline';
import { toParagraphs } from './08-paragraphs';
import { type Draft, emptyMeta } from './draft';
import { contentHash } from './hash';
import { HtmlNestingError, loadHtmlParser } from './html-collect';

export { contentHash } from './hash';
export { resolveMetadata } from './metadata';

export interface ParseOptions {
  /** Largest accepted object, in bytes (--max-bytes with the CLI, maxArticleBytes in the stack). */
  maxBytes: number;
}

const BLANK = /^[\s\u200b-\u200d\u2060\ufeff]*$/;

/** Parses one uploaded object into a document, or a rejection with a reason and code. */
export async function parseDocument(
  raw: RawObject,
  options: ParseOptions,
): Promise<ParsedDocument | Rejection> {
  // Hashed only for a rejection: an accepted document is hashed once, by analyzeDocument.
  const reject = (code: string, reason: string): Rejection => ({
    key: raw.key,
    contentHash: contentHash(raw.bytes),
    code,
    reason,
  });

  // 1. Size, emptiness and binary signatures, before decoding anything.
  const guard = guardBytes(raw.bytes, options.maxBytes);
  if (guard) return reject(guard.code, guard.reason);

  // 2. Bytes to text: BOM, UTF-16 pattern, strict UTF-8, declared charsets, fallbacks.
  const declared = [charsetFromContentType(raw.contentType), charsetFromHtmlPrescan(raw.bytes)];
  const decoded = decodeBytes(
    raw.bytes,
    declared.filter((c): c is string => c !== undefined),
  );
  if ('code' in decoded) return reject(decoded.code, decoded.reason);
  if (BLANK.test(decoded.text))
    return reject('empty', 'The object holds only whitespace; upload the article text.');

  // 3. Which reader: key extension, then Content-Type, then sniffing.
  const decision = detectFormat(raw.key, raw.contentType, decoded.text);
  if ('unsupported' in decision) return reject('unsupported-format', decision.unsupported);

  // 4. The format's reader: body text and the metadata the format carries.
  let draft: Draft;
  try {
    draft = await readFormat(decision.format, decoded.text, raw.bytes);
  } catch (error) {
    if (error instanceof HtmlNestingError) return reject('too-complex', error.message);
    // A reader that could not be loaded is this deployment's fault, not the file's: fail, to be retried.
    if (error instanceof ExtractionError) throw error;
    // Otherwise only the e-mail reader throws (malformed MIME); its message says what is wrong.
    const detail = error instanceof Error ? error.message : String(error);
    return reject('undecodable', `The ${decision.format} document could not be parsed: ${detail}`);
  }

  // 5. Bylines, contact and credit lines, boilerplate: out of the body, names into credits.
  draft = cleanLines(draft);
  // 6. Plain text: a section word and a headline line at the top.
  draft = takeHeadline(draft);
  // 7. A wire dateline opening the body.
  draft = takeDateline(draft);
  // 8. Paragraphs separated by blank lines.
  draft = toParagraphs(draft);

  if (draft.body.trim() === '') {
    return reject(
      'no-text',
      `No article text is left in this ${decision.format} document after removing navigation, bylines and boilerplate.`,
    );
  }
  return { format: draft.format, body: draft.body, meta: draft.meta };
}

/** Whether a parse result is a rejection. */
export function isRejection(result: ParsedDocument | Rejection): result is Rejection {
  return 'code' in result && 'reason' in result;
}

async function readFormat(format: ArticleFormat, text: string, bytes: Uint8Array): Promise<Draft> {
  switch (format) {
    case 'html':
      return readHtml(text, await loadHtmlParser());
    case 'markdown':
      return readMarkdown(text);
    case 'email':
      return readEmail(bytes);
    case 'text':
      return { format: 'text', body: text, meta: emptyMeta() };
  }
}
