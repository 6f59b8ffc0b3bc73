/**
 * One streaming pass over an HTML page with htmlparser2: paragraph blocks with their container
 * and link text, plus the raw metadata (meta tags, JSON-LD, title, h1, time, bylines). No DOM
 * and no recursion, so 10k-deep nesting costs no stack; containers are compared by their
 * open/close counters.
 *
 * htmlparser2 (with its entity tables) is imported by `loadHtmlParser` when a file has HTML to read,
 * not at cold start: a plain-text, Markdown or plain e-mail article never needs it.
 */
import type { Parser } from 'htmlparser2';
import { spaceSeparated } from '../extract/text';
import { lazyImport } from '../lazy-import';
import {
  BLOCK_TAGS,
  BODY_CLASS,
  BYLINE_CLASS,
  CREDIT_CLASS,
  QUIET_TAGS,
  SKIP_CLASS,
  SKIP_ROLES,
  SKIP_TAGS,
} from './html-rules';

export interface HtmlNode {
  tag: string;
  parent: HtmlNode | null;
  /** Open counter: a node's descendants have enter in (enter, exit]. */
  enter: number;
  exit: number;
  /** 3 = articleBody / body class, 2 = article, 1 = main; 0 otherwise. */
  rank: number;
  score: number;
}

export interface HtmlBlock {
  node: HtmlNode;
  tag: string;
  text: string;
  linkChars: number;
}

export interface HtmlCollected {
  blocks: HtmlBlock[];
  scored: HtmlNode[];
  semantic: HtmlNode[];
  /** First value per meta name/property, lower-cased keys. */
  meta: Map<string, string>;
  jsonLd: string[];
  title: string;
  h1: { text: string; node: HtmlNode; hidden: boolean }[];
  times: string[];
  canonical?: string;
  bylines: { text: string; kind: 'byline' | 'credit' }[];
}

/**
 * Why a subtree is out of the body: furniture; a header or figure, out of the body but still
 * read for bylines and photo credits; or a byline or credit to capture.
 */
type Skip = 'furniture' | 'quiet' | 'byline' | 'credit' | null;

interface Frame {
  node: HtmlNode;
  skip: Skip;
}

const MAX_SEMANTIC = 64;

/**
 * htmlparser2 keeps its open elements in an array it shifts and unshifts, so each tag costs as
 * much as the depth it opens or closes at: unclosed nesting makes a page quadratic (2.2 MB took
 * minutes). This bounds the sum of those depths: a 10,000-deep page (5e7) and 10,000 unclosed
 * inline pairs (2e8) still read in well under a second, ordinary pages stay far below it.
 */
export const MAX_NESTING_WORK = 250_000_000;

/** The page nests its tags too deeply (unclosed tags) to be read in bounded time. */
export class HtmlNestingError extends Error {}

/** htmlparser2's streaming parser class. */
export type HtmlParser = typeof Parser;

/** htmlparser2's parser, imported on the first call only. */
export const loadHtmlParser = lazyImport(
  'the HTML parser (the htmlparser2 package)',
  async (): Promise<HtmlParser> => (await import('htmlparser2')).Parser,
);

/** Collects blocks and metadata from HTML; `classRules` off ignores class/id heuristics. */
export function collectHtml(html: string, classRules: boolean, Parser: HtmlParser): HtmlCollected {
  const out: HtmlCollected = {
    blocks: [],
    scored: [],
    semantic: [],
    meta: new Map(),
    jsonLd: [],
    title: '',
    h1: [],
    times: [],
    bylines: [],
  };
  const root: HtmlNode = {
    tag: '#root',
    parent: null,
    enter: 0,
    exit: Number.POSITIVE_INFINITY,
    rank: 0,
    score: 0,
  };
  const stack: Frame[] = [{ node: root, skip: null }];
  let counter = 0;
  let skipDepth = 0;
  let quietDepth = 0;
  let bylineDepth = 0;
  let linkDepth = 0;
  let buffer = '';
  let bufferLinks = 0;
  let capture: 'title' | 'h1' | 'jsonld' | 'byline' | 'credit' | null = null;
  let captured = '';
  let captureDepth = 0;

  let nestingWork = 0;
  let ending = false;
  const top = (): HtmlNode => (stack[stack.length - 1] as Frame).node;
  const chargeNesting = (): void => {
    nestingWork += stack.length;
    if (nestingWork > MAX_NESTING_WORK) {
      throw new HtmlNestingError(
        `The HTML nests so many unclosed tags (${stack.length} levels deep at byte ${parser.startIndex}) that ` +
          'reading it would take minutes; close its tags, or save the article as text.',
      );
    }
  };

  const flush = (): void => {
    // Every block tag flushes, most with nothing read since the last: no text, no links, nothing to clean.
    if (buffer === '') return;
    const text = blockText(buffer);
    const links = bufferLinks;
    buffer = '';
    bufferLinks = 0;
    if (!text) return;
    const node = top();
    out.blocks.push({ node, tag: node.tag, text, linkChars: links });
    score(node, text);
  };

  const score = (node: HtmlNode, text: string): void => {
    if (text.length < 25 || /^h[1-6]$/.test(node.tag)) return;
    const points = 1 + (text.match(/[,\uFF0C]/g)?.length ?? 0) + Math.min(text.length / 100, 3);
    // A paragraph credits its container fully and the container's parent by half, as readability does.
    const container =
      node.tag === 'p' || node.tag === 'pre' || node.tag === 'blockquote' ? node.parent : node;
    if (!container) return;
    if (container.score === 0) out.scored.push(container);
    container.score += points;
    const grand = container.parent;
    if (grand) {
      if (grand.score === 0) out.scored.push(grand);
      grand.score += points / 2;
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        chargeNesting();
        if (BLOCK_TAGS.has(name) || name === 'br') {
          if (name === 'br') buffer += '\n';
          else flush();
        }
        const node: HtmlNode = {
          tag: name,
          parent: top(),
          enter: ++counter,
          exit: Number.POSITIVE_INFINITY,
          rank: 0,
          score: 0,
        };
        const skip = skipOf(name, attribs, classRules);
        node.rank = rankOf(name, attribs);
        if (node.rank > 0 && skipDepth === 0 && out.semantic.length < MAX_SEMANTIC) out.semantic.push(node);
        stack.push({ node, skip });
        if (skip === 'furniture') skipDepth++;
        if (skip === 'quiet') quietDepth++;
        if (skip === 'byline' || skip === 'credit') bylineDepth++;
        if (name === 'a') linkDepth++;
        readMeta(name, attribs, out);
        if (capture === null) {
          if (name === 'title' && !out.title) capture = 'title';
          else if (name === 'h1') capture = 'h1';
          else if (name === 'script' && /ld\+json/i.test(attribs.type ?? '')) capture = 'jsonld';
          else if ((skip === 'byline' || skip === 'credit') && skipDepth === 0) capture = skip;
          if (capture !== null) {
            captured = '';
            captureDepth = stack.length;
          }
        }
      },
      ontext(text) {
        if (capture !== null) captured += text;
        if (skipDepth > 0 || quietDepth > 0 || bylineDepth > 0) return;
        buffer += text;
        if (linkDepth > 0) bufferLinks += text.trim().length;
      },
      onclosetag(name) {
        // At the end the parser closes what is still open in one linear sweep: no shifting to charge.
        if (!ending) chargeNesting();
        if (BLOCK_TAGS.has(name)) flush();
        const frame = stack.pop();
        if (!frame) return;
        frame.node.exit = counter;
        if (capture !== null && stack.length < captureDepth) {
          const text = captured.replace(/\s+/g, ' ').trim();
          if (capture === 'title') out.title = text;
          else if (capture === 'h1' && text) out.h1.push({ text, node: frame.node, hidden: skipDepth > 0 });
          else if (capture === 'jsonld') out.jsonLd.push(captured);
          else if ((capture === 'byline' || capture === 'credit') && text)
            out.bylines.push({ text, kind: capture });
          capture = null;
        }
        if (frame.skip === 'furniture') skipDepth--;
        if (frame.skip === 'quiet') quietDepth--;
        if (frame.skip === 'byline' || frame.skip === 'credit') bylineDepth--;
        if (name === 'a') linkDepth = Math.max(0, linkDepth - 1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  ending = true;
  parser.end();
  flush();
  return out;
}

/**
 * Whitespace runs other than one space: a block's single spaces (most of its whitespace) are left as they are
 * instead of each replaced by a space, the same text for less work.
 */
const LOOSE_SPACE = /[ \t\r\f\v]{2,}|[\t\r\f\v]/g;

/** A block's text with its spaces and tabs squeezed to one space, and none around a line break. */
function blockText(buffer: string): string {
  const spaced = buffer.replace(LOOSE_SPACE, ' ');
  return (spaced.includes('\n') ? spaced.replace(/ ?\n ?/g, '\n') : spaced).trim();
}

// Compiled once, and run only on an attribute an element has: a page has about seventy elements, most bare.
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const AUTHOR_PROP = /\bauthor\b/i;
const BODY_PROP = /articlebody/i;

/** The class names and the id of an element (none for an element with neither). */
function classNames(attribs: Record<string, string>): string[] {
  if (attribs.class === undefined && attribs.id === undefined) return [];
  return spaceSeparated(`${attribs.class ?? ''} ${attribs.id ?? ''}`);
}

function skipOf(name: string, attribs: Record<string, string>, classRules: boolean): Skip {
  // Headers hold the headline and byline, figures the photo credit: out of the body, still read.
  if (QUIET_TAGS.has(name)) return 'quiet';
  if (SKIP_TAGS.has(name)) return 'furniture';
  if ('hidden' in attribs || attribs['aria-hidden'] === 'true') return 'furniture';
  if (attribs.style !== undefined && HIDDEN_STYLE.test(attribs.style)) return 'furniture';
  if (SKIP_ROLES.has((attribs.role ?? '').toLowerCase())) return 'furniture';
  if (attribs.rel === 'author' || (attribs.itemprop !== undefined && AUTHOR_PROP.test(attribs.itemprop)))
    return 'byline';
  if (!classRules || name === 'body' || name === 'html' || name === 'main' || name === 'article') return null;
  const names = classNames(attribs);
  if (names.some((n) => BODY_CLASS.test(n))) return null;
  if (names.some((n) => CREDIT_CLASS.test(n))) return 'credit';
  if (names.some((n) => BYLINE_CLASS.test(n))) return 'byline';
  if (names.some((n) => SKIP_CLASS.test(n))) return 'furniture';
  return null;
}

function rankOf(name: string, attribs: Record<string, string>): number {
  if (attribs.itemprop !== undefined && BODY_PROP.test(attribs.itemprop)) return 3;
  if (classNames(attribs).some((n) => BODY_CLASS.test(n))) return 3;
  if (name === 'article') return 2;
  if (name === 'main' || attribs.role === 'main') return 1;
  return 0;
}

function readMeta(name: string, attribs: Record<string, string>, out: HtmlCollected): void {
  if (name === 'meta') {
    const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? '').toLowerCase();
    const value = attribs.content;
    if (key && value && !out.meta.has(key)) out.meta.set(key, value);
  } else if (name === 'link' && /\bcanonical\b/i.test(attribs.rel ?? '') && attribs.href) {
    out.canonical ??= attribs.href;
  } else if (name === 'time' && attribs.datetime) {
    out.times.push(attribs.datetime);
  }
}
