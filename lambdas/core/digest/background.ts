/** Builds "The background:" clauses from the articles' earlier-event mentions and linked earlier stories. */
import type { Article, EventType, ResolvedDate, Story } from '../model';
import { PARTY_DESCRIPTIONS } from './background-lexicon';
import {
  COMPARED_DATE,
  DEICTIC_PERIOD,
  RELATIVE_CLAUSE_OPEN,
  SHIFTABLE_PERIOD,
  SINCE_CLAUSE_OPEN,
  TELLS_PLAN,
  THAT_CLAUSE_OPEN,
} from './date-lexicon';
import { datePhrase } from './dates';
import type { EventFields } from './event-phrase';
import { eventPhrase } from './event-phrase';
import {
  descriptorWithoutReferent,
  leansOnSentenceBefore,
  listsItems,
  peopleNames,
  unfitReason,
} from './input';
import { introducedElsewhere } from './names';
import { MAX_OVERLAP, overlap } from './overlap';
import { capitalize, endSentence } from './text';
import type { Clause, ClauseSource } from './types';
import { balancedQuotes, bareSentence, datedSentence } from './verbatim';
import { corpusFor } from './whats-new';

const MAX_BACKGROUND_CLAUSES = 4;

interface Candidate {
  fields: EventFields;
  date?: ResolvedDate;
  sources: ClauseSource[];
  articles: Article[];
  /** An earlier story's own event: written from its fields when no sentence of it reads alone. */
  related: boolean;
}

const MAX_SENTENCE_WORDS = 60;

function sameEvent(a: Candidate, b: Candidate): boolean {
  if (a.fields.type !== b.fields.type || a.date?.start !== b.date?.start) return false;
  const names = new Set(a.fields.participants.map((p) => p.name.toLowerCase()));
  const shared = b.fields.participants.some((p) => names.has(p.name.toLowerCase()));
  const sameAction = !!a.fields.action && a.fields.action.toLowerCase() === b.fields.action?.toLowerCase();
  return shared || sameAction;
}

function fromArticles(articles: Article[]): Candidate[] {
  return articles.flatMap((article) =>
    article.background.flatMap((m) => {
      const sentence = m.sentences[0];
      // The sentence that tells the article's own event is no background, whatever else it dates.
      if (sentence === undefined || article.mainEvent?.sentences.includes(sentence)) return [];
      return [
        {
          fields: { type: m.type, action: m.action, participants: m.participants, location: m.location },
          date: m.date,
          sources: [{ key: article.key, outlet: article.outlet.value, sentence }],
          articles: [article],
          related: false,
        },
      ];
    }),
  );
}

function fromRelated(
  story: Story,
  related: Map<string, Story>,
  articlesByKey: Map<string, Article>,
): Candidate[] {
  return story.backgroundStoryIds.flatMap((id) => {
    const earlier = related.get(id);
    if (!earlier) return [];
    const articles = earlier.sources
      .map((s) => articlesByKey.get(s.key))
      .filter((a): a is Article => a?.mainEvent != null);
    const first = articles[0];
    // Without one of its articles at hand an earlier story cannot be cited, so it is left out.
    if (!first?.mainEvent) return [];
    if (!sharesName(earlier, story, articlesByKey)) return [];
    return [
      {
        fields: { ...earlier.event, action: first.mainEvent.action },
        date: earlier.event.date,
        sources: articles.map((a) => ({
          key: a.key,
          outlet: a.outlet.value,
          sentence: a.mainEvent?.sentences[0] ?? 0,
        })),
        articles,
        related: true,
      },
    ];
  });
}

/** The names a story's reports give: its event's people, bodies, places and sides, and everyone its reports name. */
function namesOf(story: Story, articlesByKey: Map<string, Article>): Set<string> {
  const names = [
    ...story.event.participants.flatMap((p) => [p.name, ...(p.affiliation ? [p.affiliation] : [])]),
    ...(story.event.location ? [story.event.location] : []),
    ...story.sources.flatMap((s) => {
      const article = articlesByKey.get(s.key);
      return [
        ...(article?.people.flatMap((p) => [p.name, ...p.aliases]) ?? []),
        ...(s.people ?? []),
        ...(s.organizations ?? []),
      ];
    }),
  ];
  // The outlet that carried a report names no one in it: a wire service is named by all its reports.
  const outlets = new Set(story.sources.map((s) => articlesByKey.get(s.key)?.outlet.value.toLowerCase()));
  return new Set(names.map((n) => n.toLowerCase()).filter((n) => !outlets.has(n)));
}

/**
 * Whether an earlier story names someone or somewhere the later story's reports name too: one that
 * shares none ("a schoolgirl blackmailed two women" under a minister's talks with a neighbour) gives
 * the reader an event with nothing to tie it to the story, however the store linked the two.
 */
function sharesName(earlier: Story, story: Story, articlesByKey: Map<string, Article>): boolean {
  const own = namesOf(story, articlesByKey);
  return [...namesOf(earlier, articlesByKey)].some((n) => own.has(n));
}

function sameSentence(a: Candidate, b: Candidate): boolean {
  return a.sources.some((s) => b.sources.some((t) => s.key === t.key && s.sentence === t.sentence));
}

function sentenceOf(c: Candidate): string {
  const first = c.sources[0];
  return c.articles.find((a) => a.key === first?.key)?.sentences[first?.sentence ?? -1]?.text ?? '';
}

function overlaps(a?: ResolvedDate, b?: ResolvedDate): boolean {
  return !!a && !!b && a.start <= b.end && b.start <= a.end;
}

/**
 * Several outlets tell one earlier occasion in their own words ("first met in Geneva in March",
 * "launched in Geneva on March 10"): overlapping dates and the same place, named in both sentences.
 */
function sameOccasion(a: Candidate, b: Candidate): boolean {
  if (!overlaps(a.date, b.date)) return false;
  const places = [a.fields.location, b.fields.location].filter((p): p is string => !!p?.trim());
  return places.some((place) => sentenceOf(a).includes(place) && sentenceOf(b).includes(place));
}

/** Capitalized words that open a sentence without naming anyone. */
const PLAIN_OPENERS =
  /^(?:The|A|An|In|On|At|After|Before|When|While|During|Since|But|And|It|He|She|They|This|That|His|Her|Their)$/u;
/** Two tellings of one occasion share this many of its names and numbers. */
const SHARED_DETAILS = 2;

/** The names (capitalized words) and numbers (an ordinal's digits) of a sentence, its date's year left out. */
function details(sentence: string, year: string): Set<string> {
  const names = [...sentence.matchAll(/\p{Uppercase}[\p{Alphabetic}'\u2019-]{2,}/gu)]
    .map((m) => m[0].replace(/['\u2019]s$/u, ''))
    .filter((w) => !PLAIN_OPENERS.test(w));
  const numbers = [...sentence.matchAll(/\b\d+(?=(?:st|nd|rd|th)?\b)/gu)].map((m) => m[0]);
  return new Set([...names, ...numbers].filter((d) => d !== year));
}

/** Grammar words: they say nothing of which occasion a sentence tells. */
const FUNCTION_WORDS = new Set(
  'that this with from have been were when where while which their them they than then into over about after before also would could said says'.split(
    ' ',
  ),
);
/** Two tellings of one occasion share this many of its names, numbers and other words in all. */
const SHARED_WORDS = 3;

/** The lower-case words of a sentence, their endings cut ("stabbed" and "stabbing" alike). */
function stems(sentence: string): Set<string> {
  const words = sentence.match(/(?<![\p{Alphabetic}'\u2019-])\p{Lowercase}{4,}/gu) ?? [];
  return new Set(words.filter((w) => !FUNCTION_WORDS.has(w)).map((w) => w.replace(/(?:ing|ed|es|s)$/u, '')));
}

function sharedCount(a: Set<string>, b: Set<string>): number {
  return [...a].filter((w) => b.has(w)).length;
}

/**
 * Outlets tell one earlier occasion again with its date in other words or more or less exactly ("their
 * first fight in 2008", "Thompson last met Klitschko in 2008"; "in 2010", "from September 2010 to
 * January 2011"): overlapping dates, and two names or numbers in common, or three of those and other words.
 */
function sameTelling(a: Candidate, b: Candidate): boolean {
  const [x, y] = [a.date, b.date];
  // An earlier story is written from its own fields; only the sources' sentences are tellings.
  if (a.related || b.related || !x || !y || !overlaps(x, y)) return false;
  const year = x.start.slice(0, 4);
  const [one, other] = [sentenceOf(a), sentenceOf(b)];
  const names = sharedCount(details(one, year), details(other, year));
  return names >= SHARED_DETAILS || names + sharedCount(stems(one), stems(other)) >= SHARED_WORDS;
}

/** Kinds of event two sides meet in: "the pair met" tells the bout, game or talks another sentence names. */
const ENCOUNTERS = new Set<EventType>(['meeting', 'talks', 'summit', 'visit', 'call', 'match']);

function sameKind(a: EventType, b: EventType): boolean {
  return a === b || (ENCOUNTERS.has(a) && ENCOUNTERS.has(b) && (a === 'meeting' || b === 'meeting'));
}

/** One report's sentence about an earlier occasion: what it says, the date it gives, the kind of event. */
export interface Occasion {
  sentence: string;
  date: ResolvedDate;
  type: EventType;
}

/** The names a sentence gives (capitalized words, openers left out). */
function nameCount(sentence: string): number {
  return [...details(sentence, '')].filter((d) => !/^\d/u.test(d)).length;
}

function describes(describer: string, named: string): boolean {
  return PARTY_DESCRIPTIONS.some(
    ({ pattern, names }) =>
      pattern.regex.test(describer) && !pattern.regex.test(named) && nameCount(named) >= names,
  );
}

/**
 * Whether two sentences tell one earlier occasion, one naming its sides and the other describing them
 * ("Venn beat Mosk in 2015", "in 2015, the last time the pair met"): the same date and kind of event.
 */
export function toldByDescription(a: Occasion, b: Occasion): boolean {
  if (a.date.start !== b.date.start || a.date.end !== b.date.end || !sameKind(a.type, b.type)) return false;
  return describes(a.sentence, b.sentence) || describes(b.sentence, a.sentence);
}

function describedTwice(a: Candidate, b: Candidate): boolean {
  if (a.related || b.related || !a.date || !b.date) return false;
  const occasion = (c: Candidate, date: ResolvedDate): Occasion => ({
    sentence: sentenceOf(c),
    date,
    type: c.fields.type,
  });
  return toldByDescription(occasion(a, a.date), occasion(b, b.date));
}

/** Two tellings in conflict share this many names and other words: enough to be one occasion. */
const CONFLICT_WORDS = 4;
const YEAR = /\b\d{4}\b/gu;

/**
 * Dates a year apart, as two outlets give one occasion when one of them slips a year ("a film released
 * in 2019", "in 2020 the film ..."): a year each, or the same month of consecutive years.
 */
function yearApart(x: ResolvedDate, y: ResolvedDate): boolean {
  const coarse = (d: ResolvedDate) => d.precision === 'year' || d.precision === 'month';
  if (!coarse(x) || !coarse(y)) return false;
  const gap = Math.abs(Number(x.start.slice(0, 4)) - Number(y.start.slice(0, 4)));
  const months = x.precision === 'month' && y.precision === 'month';
  return gap === 1 && (!months || x.start.slice(5, 7) === y.start.slice(5, 7));
}

/** One report's telling of an earlier occasion: its sentence, the date it gives, the reports it rests on. */
export interface Telling {
  sentence: string;
  date: ResolvedDate;
  keys: string[];
}

/**
 * Whether two reports tell one earlier occasion a year apart: a name and three more names or words
 * in common, years left out. At most one of them is right, and nothing says which.
 */
export function tellingsInConflict(a: Telling, b: Telling): boolean {
  if (!yearApart(a.date, b.date) || a.keys.some((k) => b.keys.includes(k))) return false;
  const [one, other] = [a.sentence.replace(YEAR, ' '), b.sentence.replace(YEAR, ' ')];
  const names = sharedCount(details(one, ''), details(other, ''));
  return names >= 1 && names + sharedCount(stems(one), stems(other)) >= CONFLICT_WORDS;
}

function inConflict(a: Candidate, b: Candidate): boolean {
  if (a.related || b.related || !a.date || !b.date) return false;
  const telling = (c: Candidate, date: ResolvedDate): Telling => ({
    sentence: sentenceOf(c),
    date,
    keys: c.sources.map((s) => s.key),
  });
  return tellingsInConflict(telling(a, a.date), telling(b, b.date));
}

/** The candidates without those in conflict with another: neither date is stated as fact. */
function withoutConflicts(candidates: Candidate[]): Candidate[] {
  return candidates.filter((c) => !candidates.some((o) => o !== c && inConflict(c, o)));
}

const PRECISION_RANK: Record<ResolvedDate['precision'], number> = {
  day: 0,
  range: 1,
  week: 2,
  month: 3,
  year: 4,
};

function merge(candidates: Candidate[]): Candidate[] {
  // The most exactly dated telling of an occasion comes first and is the one written.
  const byPrecision = [...candidates].sort(
    (a, b) => PRECISION_RANK[a.date?.precision ?? 'year'] - PRECISION_RANK[b.date?.precision ?? 'year'],
  );
  const merged: Candidate[] = [];
  for (const c of byPrecision) {
    // One sentence tells its story once, dated by the first event it names.
    if (!c.related && merged.some((m) => !m.related && sameSentence(m, c))) continue;
    const twin = merged.find((m) => sameEvent(m, c) || sameOccasion(m, c) || sameTelling(m, c));
    const described = twin ? undefined : merged.find((m) => describedTwice(m, c));
    if (twin) {
      twin.sources.push(...c.sources);
      twin.articles.push(...c.articles);
    } else if (described) {
      // The sentence that names the sides tells more than the one that describes them: it is written.
      const naming = nameCount(sentenceOf(c)) > nameCount(sentenceOf(described));
      described.sources[naming ? 'unshift' : 'push'](...c.sources);
      described.articles.push(...c.articles);
    } else {
      merged.push({ ...c, sources: [...c.sources], articles: [...c.articles] });
    }
  }
  return merged;
}

/**
 * Background is what came before: dated, earlier than the story's own event, and never on a day the
 * story's reports give their own event (that is the event itself, told again).
 */
function isEarlier(c: Candidate, story: Story, own: ResolvedDate[]): boolean {
  const date = c.date;
  if (!date) return false;
  const main = story.event.date?.start;
  if (main !== undefined && date.start >= main) return false;
  // An earlier story's own articles date that story, not this one: only this story's date weighs.
  const against = c.related ? own.slice(0, story.event.date ? 1 : 0) : own;
  return against.every((o) => date.end < o.start || date.start > o.end);
}

/** A sentence opening "When she was released in 1992, ..." takes that occasion as already told. */
const TAKES_AS_TOLD = /^When\s/u;

/**
 * In the order of the dates written; on one date, a sentence that takes its occasion as told after
 * one that tells it. Judged on the sentence written: a merged occasion may be written from another
 * outlet's telling, with that outlet's own date.
 */
function ordered(written: { candidate: Candidate; clause: Clause }[]): Clause[] {
  const told = (clause: Clause) => (TAKES_AS_TOLD.test(clause.text) ? 1 : 0);
  const day = (w: { candidate: Candidate; clause: Clause }) =>
    w.clause.dates[0]?.start ?? w.candidate.date?.start ?? '';
  return [...written]
    .sort((a, b) => day(a).localeCompare(day(b)) || told(a.clause) - told(b.clause))
    .map((w) => w.clause);
}

/** How many opening letters two words share to be one word ("decided", "decide"). */
const TOLD_STEM_LETTERS = 5;
/** From this many content words in common (dates left out), two sentences of one period tell one occasion. */
const TOLD_SHARED_WORDS = 2;
/** Words a date is written in: shared by any two sentences of one period, they say nothing of the occasion. */
const DATE_WORDS =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|month|year|previous|earlier|later|last|that|this|with|from|said|says|were|have|been|their|they|there|which|would|after|before|over|into)$/u;

function contentStems(text: string): Set<string> {
  const words = text.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
  return new Set(words.filter((w) => !DATE_WORDS.test(w)).map((w) => w.slice(0, TOLD_STEM_LETTERS)));
}

/**
 * Whether two background sentences tell one earlier occasion in other words: the period of one lies
 * within the other's ("on Saturday, May 21" and "over the weekend of May 21 and 22") and they share
 * two content words beyond their dates, one of them the act in the same past form ("decided", and the
 * same speaker).
 */
export function toldTwice(a: Clause, b: Clause): boolean {
  const [x, y] = [a.dates[0], b.dates[0]];
  if (!x || !y) return false;
  const within = (p: ResolvedDate, q: ResolvedDate) => p.start >= q.start && p.end <= q.end;
  if (!within(x, y) && !within(y, x)) return false;
  const other = contentStems(b.text);
  const shared = [...contentStems(a.text)].filter((w) => other.has(w)).length;
  // One of them the act both tell ("decided", "announced"), not only a party or a place in common.
  const acts = (t: string) => new Set(t.toLowerCase().match(/\p{L}{3,}ed\b/gu) ?? []);
  const act = [...acts(a.text)].some((w) => acts(b.text).has(w));
  return act && shared >= TOLD_SHARED_WORDS;
}

/** Of background sentences telling one occasion twice, the more exactly dated stays (the earlier on a tie). */
function toldOnce(clauses: Clause[]): Clause[] {
  const rank = (c: Clause) => PRECISION_RANK[c.dates[0]?.precision ?? 'year'];
  return clauses.filter(
    (c, i) =>
      !clauses.some(
        (d, j) => j !== i && toldTwice(c, d) && (rank(d) < rank(c) || (rank(d) === rank(c) && j < i)),
      ),
  );
}

/** Lower-cases a leading article so a clause can follow a date phrase ("In May, the U.S. …"). */
function afterPrefix(clause: string): string {
  return clause.replace(/^(The|A|An) /, (m) => m.toLowerCase());
}

const QUOTATION = /\u201C[^\u201D]*\u201D|"[^"]*"/gu;

/**
 * Whether the sentence's own event is the earlier one its date gives: no period a reader cannot place
 * ("last season"), not a plan ("is scheduled to
 * open in 2009") and not a date inside a relative or "since" clause while the main clause tells today's
 * news ("Ames, who won the title in 2001, arrived on Monday").
 */
export function datesItsOwnEvent(sentence: string, date: ResolvedDate | undefined): boolean {
  const unquoted = sentence.replace(QUOTATION, ' ');
  if (TELLS_PLAN.regex.test(unquoted) || DEICTIC_PERIOD.regex.test(unquoted)) return false;
  const at = date?.text ? sentence.indexOf(date.text) : -1;
  // Date words that open with "since" ("since 1994") open that clause themselves: "called the strike,
  // the first since 1994" tells today's strike, as "has run at a loss since 2022" does not.
  const since = date?.text.match(/^(?:ever\s+)?since\s/iu)?.[0] ?? '';
  const before = `${sentence.slice(0, Math.max(at, 0))}${since}`;
  return (
    at < 0 ||
    ![RELATIVE_CLAUSE_OPEN, THAT_CLAUSE_OPEN, SINCE_CLAUSE_OPEN, COMPARED_DATE].some((p) =>
      p.regex.test(before),
    )
  );
}

/**
 * Whether a sentence dated in another year than its report holds, besides its date words, a period
 * counted from the report ("which has killed 40 this year" in a sentence told "In 1986, ..."): retold
 * ("that year") it would read as counted from the sentence's own year.
 */
export function retoldBesideItsYear(
  sentence: string,
  date: ResolvedDate | undefined,
  published: string,
): boolean {
  if (!date || date.start.slice(0, 4) === published.slice(0, 4)) return false;
  const unquoted = sentence.replace(QUOTATION, ' ');
  return [...unquoted.matchAll(SHIFTABLE_PERIOD.regex)].some((m) => !date.text.includes(m[0]));
}

/** The source sentence itself, its date in words; null when no sentence of the candidate reads alone. */
function sentenceText(
  c: Candidate,
  reference: string,
  told: string[],
): { text: string; source: ClauseSource; date: ResolvedDate | undefined } | null {
  for (const source of c.sources) {
    const article = c.articles.find((a) => a.key === source.key);
    const sentence = article?.sentences[source.sentence]?.text;
    if (!article || !sentence) continue;
    // An earlier story's sentence carries that article's own date words; each outlet's telling of an
    // earlier occasion, its own.
    const own = article.background.find((m) => m.sentences[0] === source.sentence)?.date;
    const date = c.related ? (article.mainEvent?.date ?? c.date) : (own ?? c.date);
    const text =
      datesItsOwnEvent(sentence, date) && !retoldBesideItsYear(sentence, date, article.published.value)
        ? datedSentence(sentence, date, reference)
        : null;
    const reads =
      text &&
      balancedQuotes(text) &&
      /^[\p{Uppercase}\p{N}\u201C]/u.test(text) &&
      /[.!?][\u201D"\u2019]?$/.test(text) &&
      unfitReason(bareSentence(sentence)) === null &&
      // "The main staff was elected in 2008": whose staff, the sentence before said (unless what's new did).
      !leansOnSentenceBefore(
        sentence,
        article.sentences[source.sentence - 1]?.text ?? '',
        false,
        told.join(' '),
      );
    // Another outlet's telling of the occasion may say it without repeating what is new.
    const repeats = told.some((t) => overlap(t, text ?? '') >= MAX_OVERLAP);
    if (reads && !repeats && text.split(/\s+/).length <= MAX_SENTENCE_WORDS) {
      return { text, source, date };
    }
  }
  return null;
}

function render(c: Candidate, reference: string, told: string[]): Clause | null {
  const when = c.date ? datePhrase(c.date, reference) : null;
  const dates = c.date && when ? [c.date] : [];
  const whole = sentenceText(c, reference, told);
  if (whole) {
    const written = whole.date && datePhrase(whole.date, reference) ? [whole.date] : [];
    return { text: endSentence(whole.text), sources: [whole.source], dates: written };
  }
  // A mention's structured fields leave out what its sentence qualified; only a story's own event is whole.
  if (!c.related) return null;
  const corpus = corpusFor(c.articles, when ? [when] : []);
  const first = c.sources[0];
  const sentence = c.articles.find((a) => a.key === first?.key)?.sentences[first?.sentence ?? -1]?.text;
  const phrase = eventPhrase(c.fields, corpus, { dateWords: c.date?.text, sentence });
  if (!phrase) return null;
  const text = when ? `${capitalize(when)}, ${afterPrefix(phrase)}` : capitalize(phrase);
  return { text: endSentence(text), sources: c.sources, dates };
}

/** The "The background:" clauses in date order; empty when the sources give no background. */
export function backgroundClauses(
  story: Story,
  articlesByKey: Map<string, Article>,
  related: Map<string, Story>,
  reference: string,
  used: ClauseSource[] = [],
  accept: (clause: Clause) => boolean = () => true,
  shown: string[] = [],
): Clause[] {
  const articles = story.sources
    .map((s) => articlesByKey.get(s.key))
    .filter((a): a is Article => a !== undefined);
  const own = [story.event.date, ...articles.map((a) => a.mainEvent?.date)].filter(
    (d): d is ResolvedDate => d !== undefined,
  );
  const told = (s: ClauseSource) => used.some((u) => u.key === s.key && u.sentence === s.sentence);
  const listed = (s: ClauseSource) => {
    const article = articlesByKey.get(s.key);
    return article !== undefined && listsItems(article);
  };
  const toldTexts = used.map((u) => articlesByKey.get(u.key)?.sentences[u.sentence]?.text ?? '');
  const candidates = withoutConflicts(
    merge([...fromRelated(story, related, articlesByKey), ...fromArticles(articles)]),
  )
    // A sentence "What's new:" already tells is not told again as background; another outlet's
    // telling of the same earlier occasion may be. A report listing separate items of news ("factors
    // to watch") tells another event on each line: none of them is the story's background.
    .map((c) => ({
      ...c,
      sources: c.sources.filter((s) => !told(s) && !listed(s)),
    }))
    .filter((c) => c.sources.length > 0 && isEarlier(c, story, own));
  // Who the reader has met: what's new names them (as printed, when the caller gives it).
  const met = (shown.length > 0 ? shown : toldTexts).join(' ');
  const written = candidates.flatMap((candidate) => {
    const clause = render(candidate, reference, toldTexts);
    // One the verifier refuses makes no room for it: only sentences that pass compete for the places.
    if (clause === null || !accept(clause)) return [];
    // A person the report introduced in a sentence the item does not print is a stranger here, named
    // or only described ("the 37-year-old man").
    const first = clause.sources[0];
    const article = first ? articlesByKey.get(first.key) : undefined;
    return article &&
      first &&
      (introducedElsewhere(clause.text, article, first.sentence, met) ||
        descriptorWithoutReferent(clause.text, peopleNames(article), met))
      ? []
      : [{ candidate, clause }];
  });
  // The latest background matters most to what is new: older events give way first.
  return toldOnce(ordered(written)).slice(-MAX_BACKGROUND_CLAUSES);
}
