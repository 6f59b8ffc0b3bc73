/** Builds Article and Story objects from in-house text, the way the extractor would record them. */
import type {
  Article,
  EventMention,
  EventType,
  Participant,
  Quote,
  ResolvedDate,
  Sentence,
  Story,
} from '../../../../lambdas/core/model';

const ABBREVIATION = /(?:\b(?:\p{L}\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Gen|Brig|Sen|Rep|St|No)\.)$/u;

/** Splits text into sentences with offsets: at end punctuation before a capital, and at line breaks. */
export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (from: number, to: number) => {
    const raw = text.slice(from, to);
    const body = raw.trim();
    if (body === '') return;
    const start = from + (raw.length - raw.trimStart().length);
    sentences.push({ index: sentences.length, start, end: start + body.length, text: body });
  };
  let from = 0;
  for (const m of text.matchAll(/[.!?][”"’]?(?=\s+[“"‘\p{Lu}])|\n+/gu)) {
    const to = (m.index ?? 0) + m[0].length;
    if (!m[0].startsWith('\n') && ABBREVIATION.test(text.slice(from, to))) continue;
    push(from, to);
    from = to;
  }
  push(from, text.length);
  return sentences;
}

function sentenceIndex(sentences: Sentence[], snippet: string): number {
  const found = sentences.find((s) => s.text.includes(snippet));
  if (!found) throw new Error(`fixture: no sentence contains "${snippet}"`);
  return found.index;
}

export interface MentionInput {
  type: EventType;
  action: string;
  participants: Participant[];
  location?: string;
  date?: ResolvedDate;
  /** A snippet of the sentence the mention rests on. */
  in: string;
}

export interface ArticleInput {
  key: string;
  outlet: string;
  text: string;
  published: string;
  url?: string;
  headline?: string;
  quotes?: { speaker: string; kind: Quote['speakerKind']; text: string }[];
  mainEvent?: MentionInput;
  background?: MentionInput[];
}

function mention(sentences: Sentence[], m: MentionInput): EventMention {
  const { in: snippet, ...rest } = m;
  return { ...rest, sentences: [sentenceIndex(sentences, snippet)] };
}

/** An Article as the extractor would store it, from hand-written facts about hand-written text. */
export function buildArticle(input: ArticleInput): Article {
  const sentences = sentencesOf(input.text);
  const quotes: Quote[] = (input.quotes ?? []).map((q) => {
    const start = input.text.indexOf(q.text);
    if (start < 0) throw new Error(`fixture: quote not in text: ${q.text}`);
    return {
      speaker: q.speaker,
      speakerKind: q.kind,
      text: q.text,
      span: { sentence: sentenceIndex(sentences, q.text), start, end: start + q.text.length },
    };
  });
  return {
    key: input.key,
    format: 'text',
    contentHash: `hash-${input.key}`,
    outlet: { value: input.outlet, source: 'object-metadata' },
    headline: input.headline ? { value: input.headline, source: 'headline-line' } : null,
    published: { value: input.published, source: 'object-metadata' },
    url: input.url ? { value: input.url, source: 'object-metadata' } : null,
    credits: [],
    text: input.text,
    sentences,
    people: [],
    organizations: [],
    places: [],
    quotes,
    mainEvent: input.mainEvent ? mention(sentences, input.mainEvent) : null,
    background: (input.background ?? []).map((m) => mention(sentences, m)),
  };
}

/** The mention of `word` in the article's text at or after `from`, as the extractor links a person's mention. */
export function mentionOf(
  article: Article,
  word: string,
  from = 0,
): { sentence: number; start: number; end: number } {
  const start = article.text.indexOf(word, from);
  const sentence = article.sentences.find((s) => s.start <= start && start < s.end)?.index ?? -1;
  return { sentence, start, end: start + word.length };
}

/** A story merged from the given articles around their first main event. */
export function buildStory(id: string, articles: Article[], overrides: Partial<Story> = {}): Story {
  const main = articles.find((a) => a.mainEvent)?.mainEvent;
  const dates = articles.map((a) => a.published.value).sort();
  return {
    id,
    headline: articles.find((a) => a.headline)?.headline?.value ?? id,
    event: {
      type: main?.type ?? 'other',
      participants: main?.participants ?? [],
      location: main?.location,
      date: main?.date,
    },
    sources: articles.map((a) => ({
      key: a.key,
      outlet: a.outlet.value,
      url: a.url?.value,
      published: a.published.value,
      headline: a.headline?.value,
    })),
    views: articles.map((a) => ({ outlet: a.outlet.value, key: a.key, quotes: a.quotes })),
    backgroundStoryIds: [],
    firstSeen: dates[0] ?? '',
    lastSeen: dates.at(-1) ?? '',
    version: 1,
    ...overrides,
  };
}

/** Articles by key, as composeDigest takes them. */
export function byKey(articles: Article[]): Map<string, Article> {
  return new Map(articles.map((a) => [a.key, a]));
}

export const day = (start: string, text: string): ResolvedDate => ({
  start,
  end: start,
  precision: 'day',
  text,
});
export const month = (start: string, text: string): ResolvedDate => ({
  start,
  end: start.replace(/-01$/, '-28'),
  precision: 'month',
  text,
});
export const year = (y: string, text: string): ResolvedDate => ({
  start: `${y}-01-01`,
  end: `${y}-12-31`,
  precision: 'year',
  text,
});
