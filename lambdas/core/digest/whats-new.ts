/** Builds the "What's new:" clauses of a story: the event itself, then its characterizations. */
import type { Article, Quote, Story } from '../model';
import { datePhrase } from './dates';
import { DATELINE, eventPhrase } from './event-phrase';
import { CLAUSE_OPENING_VERBS, EVENT_WORDING, INSTITUTION_NOUNS, NON_DESCRIPTIVE_OPENERS } from './lexicon';
import { corpusOf, unsupportedNames } from './support';
import { andList, capitalize, endSentence, unique } from './text';
import type { Clause, ClauseSource } from './types';

const MAX_QUOTE_WORDS = 30;
const MIN_LEAD_WORDS = 8;
const SHORT_FRAGMENT_WORDS = 8;
const MAX_QUOTE_CLAUSES = 2;

/** The texts a clause may draw names from: its articles, their headlines and outlets, and its date words. */
export function corpusFor(articles: Article[], extra: string[]): string {
  return corpusOf([
    ...articles.map((a) => a.text),
    ...articles.flatMap((a) => (a.headline ? [a.headline.value] : [])),
    ...articles.map((a) => a.outlet.value),
    ...extra,
  ]);
}

function mainSentence(article: Article): number {
  return article.mainEvent?.sentences[0] ?? 0;
}

/** A sentence that reads as prose: enough words, not a shouted label or a section name. */
function isProse(text: string): boolean {
  const words = text.split(/\s+/);
  const shouted = words.filter((w) => /^\p{Lu}{2,}/u.test(w)).length;
  return words.length >= MIN_LEAD_WORDS && shouted * 3 < words.length && /[.!?][”"’]?$/.test(text);
}

function leadClause(articles: Article[]): Clause | null {
  for (const article of articles) {
    const preferred = article.mainEvent?.sentences.map((i) => article.sentences[i]) ?? [];
    const lead = [...preferred, ...article.sentences].find((s) => s && isProse(s.text));
    if (lead) {
      return {
        text: `${article.outlet.value} reported: ${lead.text.replace(DATELINE, '')}`,
        sources: [{ key: article.key, outlet: article.outlet.value, sentence: lead.index }],
        dates: [],
      };
    }
  }
  return null;
}

function eventClause(story: Story, articles: Article[], date: string): Clause | null {
  if (articles.length === 0) return null;
  const outlets = unique(articles.map((a) => a.outlet.value));
  const when = story.event.date ? datePhrase(story.event.date, date) : null;
  const corpus = corpusFor(articles, when ? [when] : []);
  const teller = articles.find((a) => a.mainEvent?.type === story.event.type) ?? articles[0];
  const main = teller?.mainEvent;
  const phrase = eventPhrase({ ...story.event, action: main?.action }, corpus, {
    dateWords: story.event.date?.text,
    datePhrase: when,
    sentence: main ? teller?.sentences[main.sentences[0] ?? -1]?.text : undefined,
  });
  const sources: ClauseSource[] = articles.map((a) => ({
    key: a.key,
    outlet: a.outlet.value,
    sentence: mainSentence(a),
  }));
  const dates = story.event.date && when ? [story.event.date] : [];
  if (phrase) {
    return { text: endSentence(`${capitalize(phrase)}, according to ${andList(outlets)}`), sources, dates };
  }
  // No structured sentence the sources support: report the lead sentence itself, attributed.
  return leadClause(articles);
}

interface QuoteCandidate {
  quote: Quote;
  sources: ClauseSource[];
  articles: Article[];
}

function words(text: string): string[] {
  return text.trim().split(/\s+/).filter(Boolean);
}

function aboutMainEvent(article: Article, sentence: number, main: string[]): boolean {
  if (article.mainEvent?.sentences.includes(sentence)) return true;
  const backgroundSentences = article.background.flatMap((m) => m.sentences);
  if (backgroundSentences.includes(sentence)) return false;
  const text = article.sentences[sentence]?.text ?? '';
  // Before the article turns to the background, or naming someone at the event.
  return sentence < Math.min(Infinity, ...backgroundSentences) || main.some((name) => text.includes(name));
}

function sentenceAt(article: Article, offset: number): number {
  return article.sentences.find((s) => s.start <= offset && offset < s.end)?.index ?? -1;
}

function quoteCandidates(story: Story, articles: Article[]): QuoteCandidate[] {
  const main = story.event.participants.flatMap((p) => [p.name, p.name.split(/\s+/).at(-1) ?? p.name]);
  const byText = new Map<string, QuoteCandidate>();
  for (const view of story.views) {
    const article = articles.find((a) => a.key === view.key);
    if (!article) continue;
    for (const found of view.quotes) {
      if (found.speakerKind === 'unknown' || found.speaker.trim() === '') continue;
      // Trailing punctuation inside the marks belongs to the sentence around the quote, not the words quoted.
      const quote = { ...found, text: found.text.trim().replace(/[.,;:]+$/, '') };
      const n = words(quote.text).length;
      if (n < 2 || n > MAX_QUOTE_WORDS || !article.text.includes(quote.text)) continue;
      if (byText.has(quote.text) || !aboutMainEvent(article, quote.span.sentence, main)) continue;
      // Every outlet that carries the same words verbatim is a source of the quotation.
      const carriers = articles.flatMap((a) => {
        const sentence = a === article ? quote.span.sentence : sentenceAt(a, a.text.indexOf(quote.text));
        return sentence >= 0
          ? [{ article: a, source: { key: a.key, outlet: a.outlet.value, sentence } }]
          : [];
      });
      byText.set(quote.text, {
        quote,
        sources: carriers.map((c) => c.source),
        articles: carriers.map((c) => c.article),
      });
    }
  }
  // One characterization per speaker, the shortest one, in the order the outlets were listed.
  const best = new Map<string, QuoteCandidate>();
  for (const c of byText.values()) {
    const speaker = c.quote.speaker.toLowerCase();
    const known = best.get(speaker);
    if (!known || words(c.quote.text).length < words(known.quote.text).length) best.set(speaker, c);
  }
  return [...best.values()];
}

function speakerPhrase(q: Quote): string {
  const name = q.speaker.trim();
  const last = name.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  // "the foreign ministry", but "Global Affairs Canada": only institution nouns take the article.
  return q.speakerKind === 'organization' && INSTITUTION_NOUNS.has(last) && !/^the\s/i.test(name)
    ? `the ${name}`
    : name;
}

/** A short description such as "candid and productive", which reads well after "called the talks". */
function isShortFragment(text: string): boolean {
  const first = words(text)[0] ?? '';
  return (
    /^\p{Ll}/u.test(first) &&
    words(text).length <= SHORT_FRAGMENT_WORDS &&
    !CLAUSE_OPENING_VERBS.has(first) &&
    !NON_DESCRIPTIVE_OPENERS.has(first) &&
    !first.endsWith('ing')
  );
}

function quotePhrase(q: Quote, noun: string): string {
  const speaker = speakerPhrase(q);
  const first = words(q.text)[0] ?? '';
  if (/^\p{Lu}/u.test(first)) return `“${q.text.replace(/[.,;:]+$/, '')},” ${speaker} said`;
  if (isShortFragment(q.text)) return `${speaker} called the ${noun} “${q.text}”`;
  if (CLAUSE_OPENING_VERBS.has(first)) return `${speaker} said they “${q.text}”`;
  return `${speaker} spoke of “${q.text}”`;
}

function attributed(text: string, outlets: string[], storyOutlets: string[]): string {
  // Facts every outlet reported are attributed once, in the event sentence; the rest name their outlet.
  if (outlets.length >= storyOutlets.length) return endSentence(text);
  // American style: the comma goes inside a closing quotation mark.
  const lead = text.endsWith('”') ? `${text.slice(0, -1)},”` : `${text},`;
  return endSentence(`${lead} according to ${andList(outlets)}`);
}

function quoteClauses(story: Story, articles: Article[], storyOutlets: string[]): Clause[] {
  const noun = EVENT_WORDING[story.event.type]?.noun ?? 'event';
  const candidates = quoteCandidates(story, articles).filter(
    (c) => unsupportedNames(speakerPhrase(c.quote), corpusFor(c.articles, [])).length === 0,
  );
  const clauses: Clause[] = [];
  let i = 0;
  while (i < candidates.length && clauses.length < MAX_QUOTE_CLAUSES) {
    const a = candidates[i] as QuoteCandidate;
    const b = candidates[i + 1];
    if (b && isShortFragment(a.quote.text) && isShortFragment(b.quote.text)) {
      // Two sides characterizing the same event in different words: set them side by side.
      const pronoun = noun.endsWith('s') ? 'them' : 'it';
      const text = `${quotePhrase(a.quote, noun)}; ${speakerPhrase(b.quote)} called ${pronoun} “${b.quote.text}”`;
      const sources = [...a.sources, ...b.sources];
      const outlets = unique(sources.map((s) => s.outlet));
      clauses.push({ text: capitalize(attributed(text, outlets, storyOutlets)), sources, dates: [] });
      i += 2;
      continue;
    }
    const outlets = unique(a.sources.map((s) => s.outlet));
    clauses.push({
      text: capitalize(attributed(quotePhrase(a.quote, noun), outlets, storyOutlets)),
      sources: a.sources,
      dates: [],
    });
    i += 1;
  }
  return clauses;
}

/** The "What's new:" clauses: who did what with whom, where and when, then how each side described it. */
export function whatsNewClauses(story: Story, articlesByKey: Map<string, Article>, date: string): Clause[] {
  const articles = story.sources
    .map((s) => articlesByKey.get(s.key))
    .filter((a): a is Article => a !== undefined);
  const storyOutlets = unique(articles.map((a) => a.outlet.value));
  const event = eventClause(story, articles, date);
  return [...(event ? [event] : []), ...quoteClauses(story, articles, storyOutlets)];
}
