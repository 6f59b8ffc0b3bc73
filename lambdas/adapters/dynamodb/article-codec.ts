/**
 * Article records are stored gzipped, with sentence texts dropped where they are just slices
 * of the body, so they stay under DynamoDB's 400 KB item limit. A body that still does not fit
 * is cut at a sentence end, keeping the opening sentences the events and quotes rest on.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Article, EventMention, Sentence } from '../../core/model';

/** Bytes the compressed article may take, leaving room for the record's other attributes. */
export const ARTICLE_BUDGET_BYTES = 300_000;

type StoredSentence = [start: number, end: number] | [start: number, end: number, text: string];
type StoredArticle = Omit<Article, 'sentences'> & { sentences: StoredSentence[] };

function pack(article: Article): Uint8Array {
  const stored: StoredArticle = {
    ...article,
    sentences: article.sentences.map(
      (s): StoredSentence =>
        article.text.slice(s.start, s.end) === s.text ? [s.start, s.end] : [s.start, s.end, s.text],
    ),
  };
  return gzipSync(JSON.stringify(stored));
}

/** The article back from its stored bytes. */
export function decodeArticle(bytes: Uint8Array): Article {
  const stored = JSON.parse(gunzipSync(bytes).toString('utf8')) as StoredArticle;
  const sentences = stored.sentences.map(
    ([start, end, text], index): Sentence => ({
      index,
      start,
      end,
      text: text ?? stored.text.slice(start, end),
    }),
  );
  return { ...stored, sentences };
}

function cutEvent(event: EventMention, kept: number, length: number): EventMention {
  const cut: EventMention = { ...event, sentences: event.sentences.filter((i) => i < kept) };
  if (cut.span && cut.span.end > length) delete cut.span;
  if (cut.date?.span && cut.date.span.end > length) cut.date = { ...cut.date, span: undefined };
  return cut;
}

/** The article with its body cut to the sentences that end within `length` characters. */
export function truncateArticle(article: Article, length: number): Article {
  const sentences = article.sentences.filter((s) => s.end <= length);
  const end = sentences.at(-1)?.end ?? 0;
  return {
    ...article,
    text: article.text.slice(0, end),
    sentences,
    quotes: article.quotes.filter((q) => q.span.end <= end),
    people: article.people.map((p) => ({ ...p, mentions: p.mentions.filter((m) => m.end <= end) })),
    mainEvent: article.mainEvent ? cutEvent(article.mainEvent, sentences.length, end) : null,
    background: article.background.map((b) => cutEvent(b, sentences.length, end)),
  };
}

/** The stored bytes of an article, and the body length kept when it had to be cut. */
export function encodeArticle(
  article: Article,
  budget = ARTICLE_BUDGET_BYTES,
): { bytes: Uint8Array; truncatedAt?: number } {
  let bytes = pack(article);
  if (bytes.length <= budget) return { bytes };
  let current = article;
  while (bytes.length > budget && current.text.length > 0) {
    // Aim a little below the proportional length: compression is not linear in the text cut.
    const target = Math.floor((current.text.length * budget * 0.9) / bytes.length);
    const next = truncateArticle(current, Math.min(target, current.text.length - 1));
    current = next.text.length < current.text.length ? next : truncateArticle(current, 0);
    bytes = pack(current);
  }
  return { bytes, truncatedAt: current.text.length };
}
