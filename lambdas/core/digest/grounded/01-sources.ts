/** Step 1: the numbered source sentences a model may cite for one story, with outlet and resolved dates. */
import type { Article, ResolvedDate, Story } from '../../model';
import { UNDATED_SOURCES } from '../cite';
import { unfitReason } from '../input';
import { INSTRUCTIONS } from './lexicon';

/** One sentence of a source article, numbered for citation. */
export interface SourceSentence {
  /** The number the model cites, from 1. */
  n: number;
  key: string;
  outlet: string;
  /** `YYYY-MM-DD`, or null when the report's publication date is unknown. */
  published: string | null;
  /** Index into the article's sentences. */
  sentence: number;
  text: string;
  /** Time expressions of the sentence, resolved against the report's publication date. */
  dates: ResolvedDate[];
  /** Whether relative words ("Friday") may be resolved: the report's publication date is known. */
  datedReport: boolean;
}

/** Limits that keep one story's prompt small: the lead of each report and the earlier events it recalls. */
export interface SourceLimits {
  perArticle: number;
  perStory: number;
}

export const DEFAULT_SOURCE_LIMITS: SourceLimits = { perArticle: 10, perStory: 36 };

/**
 * The dates the extractor resolved for the article's events (its main event and the earlier events it
 * recalls), by the sentence whose words give them. Stored dates, not a new pass of the date rules:
 * the digest function stays free of the extraction lexicons.
 */
function datesBySentence(article: Article): Map<number, ResolvedDate[]> {
  const by = new Map<number, ResolvedDate[]>();
  for (const mention of [article.mainEvent, ...article.background]) {
    const date = mention?.date;
    if (!mention || !date || date.text === '') continue;
    const { span: _span, ...resolved } = date;
    for (const index of date.span ? [date.span.sentence] : mention.sentences) {
      const text = article.sentences[index]?.text ?? '';
      const known = by.get(index) ?? [];
      if (!text.includes(date.text) || known.some((d) => d.text === date.text)) continue;
      by.set(index, [...known, resolved]);
    }
  }
  return by;
}

/** Prose a digest may reuse, and no words addressed to a model (defence in depth: the prompt marks them as data too). */
function citable(text: string): boolean {
  return unfitReason(text) === null && !INSTRUCTIONS.some((p) => p.regex.test(text));
}

/** The article's sentences worth citing: its prose lead, then the sentences of the earlier events it recalls. */
function chosenSentences(article: Article, perArticle: number): number[] {
  const prose = article.sentences.filter((s) => citable(s.text)).map((s) => s.index);
  const recalled = article.background.flatMap((b) => b.sentences).filter((i) => prose.includes(i));
  const lead = prose.slice(0, perArticle);
  const extra = recalled.filter((i) => !lead.includes(i)).slice(0, Math.ceil(perArticle / 3));
  return [...new Set([...lead, ...extra])].sort((a, b) => a - b);
}

/** Numbers the story's source sentences in source order; a sentence another report already gave is left out. */
export function numberedSources(
  story: Story,
  articlesByKey: Map<string, Article>,
  limits: SourceLimits = DEFAULT_SOURCE_LIMITS,
): SourceSentence[] {
  const out: SourceSentence[] = [];
  const seen = new Set<string>();
  for (const source of story.sources) {
    const article = articlesByKey.get(source.key);
    if (!article) continue;
    const dates = datesBySentence(article);
    const datedReport = !UNDATED_SOURCES.has(article.published.source);
    for (const index of chosenSentences(article, limits.perArticle)) {
      const text = article.sentences[index]?.text;
      if (text === undefined || seen.has(text) || out.length >= limits.perStory) continue;
      seen.add(text);
      out.push({
        n: out.length + 1,
        key: article.key,
        outlet: article.outlet.value,
        published: datedReport ? article.published.value.slice(0, 10) : null,
        sentence: index,
        text,
        dates: dates.get(index) ?? [],
        datedReport,
      });
    }
  }
  return out;
}
