/** Scores extracted articles against gold facts, field by field. Pure. */
import type { Article, Rejection } from '../../lambdas/core/model';
import type { Gold } from './corpus';
import {
  addCounts,
  type Counts,
  dateExact,
  matchSets,
  normalizeQuote,
  normalizeText,
  periodMatches,
  quoteTextMatches,
  sameName,
  samePlace,
  speakerMatches,
  zeroCounts,
} from './metrics';

/** Right answers out of the articles a single-valued field was scored on. */
export interface Accuracy {
  correct: number;
  total: number;
}

/** Every field's tally for one article or, summed, for the corpus. */
export interface FieldScores {
  rejected: number;
  outlet: Accuracy;
  published: Accuracy;
  headline: Accuracy;
  people: Counts;
  credits: Counts;
  /** Byline and photo-credit names that the extractor took for people of the story. */
  creditViolations: number;
  quoteText: Counts;
  quotes: Counts;
  eventType: Accuracy;
  eventDate: Accuracy;
  eventLocation: Accuracy;
  actors: Counts;
  background: Counts;
}

/** One article's scores plus what it got wrong, for the details listing. */
export interface ArticleScore {
  key: string;
  scores: FieldScores;
  misses: string[];
}

/** A tally with nothing in it. */
export function emptyScores(): FieldScores {
  const acc = (): Accuracy => ({ correct: 0, total: 0 });
  return {
    rejected: 0,
    outlet: acc(),
    published: acc(),
    headline: acc(),
    people: zeroCounts(),
    credits: zeroCounts(),
    creditViolations: 0,
    quoteText: zeroCounts(),
    quotes: zeroCounts(),
    eventType: acc(),
    eventDate: acc(),
    eventLocation: acc(),
    actors: zeroCounts(),
    background: zeroCounts(),
  };
}

/** The field-by-field sum of two tallies. */
export function addScores(a: FieldScores, b: FieldScores): FieldScores {
  const acc = (x: Accuracy, y: Accuracy): Accuracy => ({
    correct: x.correct + y.correct,
    total: x.total + y.total,
  });
  return {
    rejected: a.rejected + b.rejected,
    outlet: acc(a.outlet, b.outlet),
    published: acc(a.published, b.published),
    headline: acc(a.headline, b.headline),
    people: addCounts(a.people, b.people),
    credits: addCounts(a.credits, b.credits),
    creditViolations: a.creditViolations + b.creditViolations,
    quoteText: addCounts(a.quoteText, b.quoteText),
    quotes: addCounts(a.quotes, b.quotes),
    eventType: acc(a.eventType, b.eventType),
    eventDate: acc(a.eventDate, b.eventDate),
    eventLocation: acc(a.eventLocation, b.eventLocation),
    actors: addCounts(a.actors, b.actors),
    background: addCounts(a.background, b.background),
  };
}

/** Whether a person the extractor found is the gold person, by canonical name or a recorded alias. */
function personMatches(gold: string, found: { name: string; aliases: string[] }): boolean {
  return sameName(gold, found.name) || found.aliases.some((alias) => sameName(gold, alias));
}

function sameHeadline(gold: string | null, found: string | null): boolean {
  if (gold === null || found === null) return gold === found;
  return normalizeQuote(gold) === normalizeQuote(found);
}

/** Scores one pipeline result; a rejection scores as nothing found. */
export function scoreArticle(key: string, gold: Gold, result: Article | Rejection): ArticleScore {
  const s = emptyScores();
  const misses: string[] = [];
  const judge = (field: string, ok: boolean, detail: string): Accuracy => {
    if (!ok) misses.push(`${field}: ${detail}`);
    return { correct: ok ? 1 : 0, total: 1 };
  };
  const note = (field: string, counts: Counts, detail: string): Counts => {
    if (counts.fp > 0 || counts.fn > 0) misses.push(`${field}: ${detail}`);
    return counts;
  };

  const article: Article | null = 'code' in result ? null : result;
  if (!article) {
    s.rejected = 1;
    misses.push(`rejected: ${(result as Rejection).code} ${(result as Rejection).reason}`);
  }
  const people = article?.people ?? [];
  const quotes = article?.quotes ?? [];
  const main = article?.mainEvent ?? null;

  s.outlet = judge(
    'outlet',
    normalizeText(article?.outlet.value ?? '') === normalizeText(gold.outlet),
    `"${article?.outlet.value}" != "${gold.outlet}"`,
  );
  const published = article?.published.value.slice(0, 10);
  s.published = judge('published', published === gold.published, `${published} != ${gold.published}`);
  const headline = article?.headline?.value ?? null;
  s.headline = judge(
    'headline',
    sameHeadline(gold.headline, headline),
    `"${headline}" != "${gold.headline}"`,
  );

  const names = people.map((p) => p.name);
  s.people = note(
    'people',
    matchSets(gold.people, people, personMatches),
    `found [${names.join(', ')}] gold [${gold.people.join(', ')}]`,
  );
  s.credits = note(
    'credits',
    matchSets(gold.credits, article?.credits ?? [], sameName),
    `found [${(article?.credits ?? []).join(', ')}]`,
  );
  const violations = gold.credits.filter((credit) => people.some((p) => personMatches(credit, p)));
  s.creditViolations = violations.length;
  if (violations.length > 0) misses.push(`credits taken for people: ${violations.join(', ')}`);

  s.quoteText = note(
    'quoteText',
    matchSets(gold.quotes, quotes, (g, q) => quoteTextMatches(g.text, q.text)),
    `found ${quotes.length} quotes, gold ${gold.quotes.length}`,
  );
  s.quotes = note(
    'quotes',
    matchSets(
      gold.quotes,
      quotes,
      (g, q) => quoteTextMatches(g.text, q.text) && speakerMatches(g.speaker, q.speaker),
    ),
    `speakers [${quotes.map((q) => `${q.speaker}: "${q.text.slice(0, 30)}"`).join('; ')}]`,
  );

  s.eventType = judge(
    'eventType',
    main?.type === gold.mainEvent.type,
    `${main?.type} != ${gold.mainEvent.type}`,
  );
  s.eventDate = judge(
    'eventDate',
    dateExact(gold.mainEvent.date, main?.date),
    `${main?.date?.start}..${main?.date?.end} != ${gold.mainEvent.date}`,
  );
  if (gold.mainEvent.location !== null) {
    s.eventLocation = judge(
      'eventLocation',
      samePlace(gold.mainEvent.location, main?.location ?? ''),
      `"${main?.location}" != "${gold.mainEvent.location}"`,
    );
  }
  const actors = (main?.participants ?? []).filter((p) => p.kind === 'person');
  s.actors = note(
    'actors',
    matchSets(gold.mainEvent.actors, actors, (g, p) => sameName(g, p.name)),
    `found [${actors.map((a) => a.name).join(', ')}] gold [${gold.mainEvent.actors.join(', ')}]`,
  );
  const background = article?.background ?? [];
  if (gold.background !== null) {
    const expected = gold.background;
    s.background = note(
      'background',
      matchSets(expected, background, (g, b) => periodMatches(g.date, b.date)),
      `found [${background.map((b) => b.date?.start ?? '?').join(', ')}] gold [${expected.map((b) => b.date).join(', ')}]`,
    );
  }
  return { key, scores: s, misses };
}
