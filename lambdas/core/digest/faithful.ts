/** Checks a composed digest against its sources: provenance, verbatim quotations, and no invented names. */
import type { Article } from '../model';
import { publishedDay, verifyClause } from './cite';
import { datePhrase, dayPhrase } from './dates';
import { unsupportedNames } from './support';
import type { Clause, Digest, DigestItem } from './types';
import { typeset } from './typeset';
import { corpusFor } from './whats-new';

const QUOTATION = /\u201C([^\u201D]*)\u201D/g;

function provenanceProblems(clause: Clause, articlesByKey: Map<string, Article>): string[] {
  if (clause.sources.length === 0) return [`clause has no source: "${clause.text}"`];
  return clause.sources.flatMap((s) => {
    const article = articlesByKey.get(s.key);
    if (!article) return [`source ${s.key} is not among the articles`];
    if (article.outlet.value !== s.outlet)
      return [`source ${s.key} is by ${article.outlet.value}, not ${s.outlet}`];
    if (!article.sentences[s.sentence]) return [`source ${s.key} has no sentence ${s.sentence}`];
    return [];
  });
}

function dateProblems(clause: Clause, articles: Article[]): string[] {
  return clause.dates.flatMap((d) => {
    const known = articles.some(
      (a) =>
        a.text.includes(d.text) ||
        [a.mainEvent, ...a.background].some(
          (m) => m?.date?.start === d.start && m.date.end === d.end && m.date.precision === d.precision,
        ),
    );
    return known ? [] : [`date ${d.start} (${d.text}) is in none of the clause's sources`];
  });
}

function quotationProblems(text: string, articles: Article[]): string[] {
  return [...text.matchAll(QUOTATION)].flatMap((m) => {
    // Sentence punctuation is set inside the closing mark, as American style wants.
    const quoted = (m[1] ?? '').replace(/[.,]$/, '');
    return articles.some((a) => typeset(a.text).includes(quoted))
      ? []
      : [`quotation “${quoted}” is not verbatim in any source`];
  });
}

function itemProblems(item: DigestItem, articlesByKey: Map<string, Article>, reference: string): string[] {
  const clauses = [...item.whatsNewClauses, ...item.backgroundClauses];
  const keys = new Set(clauses.flatMap((c) => c.sources.map((s) => s.key)));
  const articles = [...keys].map((k) => articlesByKey.get(k)).filter((a): a is Article => a !== undefined);
  const dateWords = clauses.flatMap((c) => c.dates.map((d) => datePhrase(d, reference) ?? ''));
  // A credit may say the day its reports came out ("…, X reported on Tuesday, March 10."); the verifier checks which.
  const published = articles.map((a) => publishedDay(a)).filter((d): d is string => d !== null);
  dateWords.push(...published.map((d) => dayPhrase(d, reference) ?? ''));
  const corpus = corpusFor(articles, [...dateWords, ...item.sources.map((s) => s.outlet)]);
  const rendered = [item.whatsNew, item.background ?? ''];
  const problems = [
    ...clauses.flatMap((c) => [...provenanceProblems(c, articlesByKey), ...dateProblems(c, articles)]),
    ...clauses.flatMap((c) =>
      verifyClause(
        c,
        articlesByKey,
        reference,
        item.sources.map((s) => s.outlet),
      ).failures.map((f) => `sentence fails verification (${f.kind}: ${f.text}, ${f.reason}): "${c.text}"`),
    ),
    ...rendered.flatMap((t) => quotationProblems(t, articles)),
    ...rendered.flatMap((t) => unsupportedNames(t, corpus).map((n) => `"${n}" appears in no source`)),
  ];
  if (item.whatsNew !== item.whatsNewClauses.map((c) => c.text).join(' ')) {
    problems.push('"What\'s new" text differs from its clauses');
  }
  if ((item.background ?? '') !== item.backgroundClauses.map((c) => c.text).join(' ')) {
    problems.push('"The background" text differs from its clauses');
  }
  return problems.map((p) => `${item.storyId}: ${p}`);
}

/** Lists every way the digest departs from its sources; an empty list means it is faithful. */
export function checkFaithful(digest: Digest, articlesByKey: Map<string, Article>): string[] {
  return digest.items.flatMap((item) => itemProblems(item, articlesByKey, digest.date));
}
