/** Metadata candidates from an HTML page's meta tags, JSON-LD, title, h1, time and bylines. */
import type { MetaCandidates } from '../model';
import { namesIn, readByline, readCreditLine } from './credits';
import { normalizeDate } from './dates';
import { addCandidate, addCredits } from './draft';
import type { HtmlCollected } from './html-collect';
import { isPersonName } from './names';

/** Text opening with a capital letter or a digit. */
const CAPITAL_OR_DIGIT_FIRST = /^(?:\p{Uppercase}|\p{N})/u;

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|BlogPosting|LiveBlogPosting|Report|WebPage)$/;
const MAX_JSONLD_NODES = 500;

const PUBLISHED_META = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
];

interface JsonLdArticle {
  headline?: string;
  published?: string;
  publisher?: string;
  url?: string;
  authors: string[];
}

/** Fills metadata candidates from what the HTML pass collected; `headline` is the h1 chosen for it. */
export function htmlMeta(c: HtmlCollected, meta: MetaCandidates, h1: string | undefined): void {
  const ld = readJsonLd(c.jsonLd);
  const m = (key: string): string | undefined => c.meta.get(key);
  const siteName = m('og:site_name') ?? m('application-name');

  addCandidate(meta.outlet, siteName, 'html-meta');
  addCandidate(meta.outlet, ld?.publisher, 'json-ld');
  addCandidate(meta.outlet, m('publisher') ?? m('dc.publisher'), 'html-meta');

  addCandidate(meta.headline, stripSiteSuffix(m('og:title'), siteName), 'html-meta');
  addCandidate(meta.headline, ld?.headline, 'json-ld');
  addCandidate(meta.headline, stripSiteSuffix(m('twitter:title'), siteName), 'html-meta');
  addCandidate(meta.headline, h1, 'html-meta');
  addCandidate(meta.headline, stripSiteSuffix(c.title, siteName), 'html-meta');
  const suffix = titleSuffix(c.title);
  if (suffix) addCandidate(meta.outlet, suffix, 'html-meta');

  for (const key of PUBLISHED_META.slice(0, 2))
    addCandidate(meta.published, normalizeDate(m(key) ?? ''), 'html-meta');
  addCandidate(meta.published, normalizeDate(ld?.published ?? ''), 'json-ld');
  for (const key of PUBLISHED_META.slice(2))
    addCandidate(meta.published, normalizeDate(m(key) ?? ''), 'html-meta');
  for (const time of c.times.slice(0, 3)) addCandidate(meta.published, normalizeDate(time), 'html-meta');

  for (const url of [m('og:url'), c.canonical]) addCandidate(meta.url, httpUrl(url), 'html-meta');
  addCandidate(meta.url, httpUrl(ld?.url), 'json-ld');

  addCredits(meta, ld?.authors ?? []);
  const author = m('author') ?? m('article:author') ?? m('parsely-author') ?? m('byl');
  if (author && !/^https?:/i.test(author)) addCredits(meta, namesIn(author.replace(/^by\s+/i, '')));
  for (const { text, kind } of c.bylines) {
    if (readCreditLine(text, meta)) continue;
    // Photo credits read "Jane Roe/Agency", "(Jane Roe/Agency)" or "Staff photo by Jane Roe".
    const who = text.replace(/^[\s(]+|[\s)]+$/g, '').replace(/^.*\bby\s+/i, '');
    if (kind === 'credit') addCredits(meta, namesIn(who.split('/')[0] ?? ''));
    else if (!readByline(/^by\b/i.test(text) ? text : `By ${text}`, meta)) addCredits(meta, namesIn(text));
  }
}

/** "Talks resume | The Daily Ledger" -> "Talks resume" when the suffix is the site (or short). */
export function stripSiteSuffix(title: string | undefined, siteName: string | undefined): string | undefined {
  if (!title) return undefined;
  const parts = title.split(/\s+[|\u2013\u2014-]\s+/);
  if (parts.length < 2) return title.trim();
  const last = (parts[parts.length - 1] as string).trim();
  if ((siteName && last.toLowerCase() === siteName.toLowerCase()) || last.split(/\s+/).length <= 4) {
    return parts.slice(0, -1).join(' - ').trim();
  }
  return title.trim();
}

function titleSuffix(title: string): string | undefined {
  const parts = title.split(/\s+[|\u2013\u2014-]\s+/);
  const last = parts.length > 1 ? (parts[parts.length - 1] as string).trim() : '';
  return last && last.split(/\s+/).length <= 4 && CAPITAL_OR_DIGIT_FIRST.test(last) ? last : undefined;
}

function httpUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\/[^\s/]+/i.test(url.trim()) ? url.trim() : undefined;
}

/** The first article object in the page's JSON-LD blocks, walked without recursion. */
export function readJsonLd(blocks: readonly string[]): JsonLdArticle | null {
  const queue: unknown[] = [];
  for (const block of blocks) {
    try {
      queue.push(JSON.parse(block.trim()));
    } catch {
      // Malformed JSON-LD is common on real pages; the other metadata still counts.
    }
  }
  let seen = 0;
  while (queue.length > 0 && seen++ < MAX_JSONLD_NODES) {
    const item = queue.shift();
    if (Array.isArray(item)) {
      queue.push(...item);
      continue;
    }
    if (!isRecord(item)) continue;
    if (Array.isArray(item['@graph'])) queue.push(...item['@graph']);
    const types = ([] as unknown[]).concat(item['@type'] ?? []);
    if (!types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) continue;
    return {
      headline: str(item.headline) ?? str(item.name),
      published: str(item.datePublished) ?? str(item.dateCreated),
      publisher: nameOf(item.publisher) ?? nameOf(item.sourceOrganization),
      url:
        str(item.url) ??
        (isRecord(item.mainEntityOfPage) ? str(item.mainEntityOfPage['@id']) : str(item.mainEntityOfPage)),
      authors: ([] as unknown[])
        .concat(item.author ?? [], item.creator ?? [])
        .map(nameOf)
        .filter((n): n is string => n !== undefined && isPersonName(n)),
    };
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return str(value);
  if (Array.isArray(value)) return nameOf(value[0]);
  return isRecord(value) ? str(value.name) : undefined;
}
