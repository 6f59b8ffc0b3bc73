/** Turns a clause's provenance into the cited sentences the verifier reads, and verifies clauses. */
import type { Article } from '../model';
import type { Clause, SentenceVerdict } from './types';
import { type CitedSentence, verify } from './verify';

/** Publication dates taken from the upload time (or nowhere) cannot resolve "Friday". */
export const UNDATED_SOURCES = new Set(['upload-time', 'unknown']);

/** Whether the report's publication date is unknown: its weekdays and relative days name no day a reader can place. */
export function undatedReport(article: Article): boolean {
  return UNDATED_SOURCES.has(article.published.source);
}

/** The publication day of a report whose date is known, `YYYY-MM-DD`. */
export function publishedDay(article: Article): string | null {
  return undatedReport(article) ? null : article.published.value.slice(0, 10);
}

/** The host of a page's address without "www." ("example.org"); null without one, or for one that does not parse. */
export function pageHost(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./u, '');
  } catch {
    // A link that does not parse names no site.
    return null;
  }
}

/** Whom a report is credited to: its outlet, or, none being known, its page's host (the item lists it as a source). */
export function creditName(article: Article): string | null {
  return article.outlet.value !== 'unknown' ? article.outlet.value : pageHost(article.url?.value);
}

/** Names a sentence may carry as attribution: every known outlet of the articles, else its page's host. */
export function attributionsOf(articles: Iterable<Article>): string[] {
  return [...articles].map(creditName).filter((o): o is string => o !== null);
}

/** The source sentences a clause cites, each with the clause's dates whose words it holds. */
export function citedOf(clause: Clause, articlesByKey: Map<string, Article>): CitedSentence[] {
  const cited = clause.sources.flatMap((s): CitedSentence[] => {
    const article = articlesByKey.get(s.key);
    const text = article?.sentences[s.sentence]?.text;
    if (!article || text === undefined) return [];
    const published = publishedDay(article) ?? undefined;
    return [{ text, dates: [], datedReport: published !== undefined, published }];
  });
  for (const date of clause.dates) {
    // A date belongs to the sentence whose words it resolves; one no sentence holds fails in the first.
    const home = cited.find((c) => date.text !== '' && c.text.includes(date.text)) ?? cited[0];
    home?.dates.push(date);
  }
  return cited;
}

/** The verifier's verdict on one clause; `attributions` are the outlets the item may credit. */
export function verifyClause(
  clause: Clause,
  articlesByKey: Map<string, Article>,
  reference: string,
  attributions: string[],
): SentenceVerdict {
  const verdict = verify(clause.text, citedOf(clause, articlesByKey), { reference, attributions });
  return { text: clause.text, ...verdict };
}
