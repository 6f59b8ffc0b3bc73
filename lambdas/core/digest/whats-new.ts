/** Builds the "What's new:" clauses of a story: the event itself, then its characterizations. */
import type { Article, Quote, Story } from '../model';
import { creditName, publishedDay, undatedReport } from './cite';
import { carriesCredit, credit, creditOnce, creditSite } from './credit';
import { datePhrase, dayPhrase, MONTHS } from './dates';
import { eventPhrase } from './event-phrase';
import { EARLIER_PERIOD_OPENING, KNOWN_CLAUSES } from './headline-lexicon';
import { descriptorWithoutReferent, leansOnSentenceBefore, peopleNames, unfitReason } from './input';
import { DECIMAL_AS_STOP, EVENT_BY_KIND, NOT_PROSE, PERSON_DESCRIPTOR } from './input-lexicon';
import { CLAUSE_OPENING_VERBS, EVENT_WORDING, INSTITUTION_NOUNS, NON_DESCRIPTIVE_OPENERS } from './lexicon';
import { factsStated, repeats } from './overlap';
import { isPerson, participantsClause } from './participants';
import { momentOfAnother, quoteLeansOutside, saidEarlier } from './quote-context';
import {
  carriesOwnCredit,
  creditedToOutlet,
  creditsAnother,
  memberCredit,
  namesSomething,
  pronounMayBeAnother,
} from './quote-credit';
import { corpusOf, unsupportedNames } from './support';
import { andList, capitalize, endSentence, unique } from './text';
import type { Clause, ClauseSource } from './types';
import { ABSOLUTE, balancedQuotes, bareSentence, datedSentence } from './verbatim';

const MAX_QUOTE_WORDS = 30;
const MIN_LEAD_WORDS = 8;
const SHORT_FRAGMENT_WORDS = 8;
const MAX_QUOTE_CLAUSES = 2;
/** Verbs that cannot follow "they": such a fragment's subject is someone else. */
const SINGULAR_VERBS = new Set(['was', 'is', 'has']);
/** A quotation printed as a statement has at least this many words. */
const MIN_STATEMENT_WORDS = 3;
/** The outlet the extractor records when no source names one: never printed. */
const UNKNOWN_OUTLET = 'unknown';

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
  const shouted = words.filter((w) => /^\p{Uppercase}{2,}/u.test(w)).length;
  return words.length >= MIN_LEAD_WORDS && shouted * 3 < words.length && /[.!?][\u201D"\u2019]?$/.test(text);
}

const MAX_LEAD_WORDS = 55;
const MAX_SENTENCES = 4;
/** A second outlet's lead with fewer words of its own only repeats the first. */
const MIN_NOVEL_WORDS = 4;
const MIN_NOVEL_SHARE = 0.4;

interface LeadPick {
  article: Article;
  sentence: number;
  text: string;
  dated: boolean;
  /** The sentence naming the person a descriptor in the lede refers to, when the lede is written with the name. */
  naming?: number | undefined;
}

/**
 * A sentence of English prose that reads without the sentences around it. Callers judge the sentence
 * as the reporter wrote it, before an undated report's weekdays are dropped: dropping "late on
 * Saturday" leaves the same sentence, only shorter.
 */
export function readsAlone(text: string): boolean {
  return (
    isProse(text) &&
    balancedQuotes(text) &&
    words(text).length <= MAX_LEAD_WORDS &&
    !/^[\u201C"]/.test(text) &&
    unfitReason(text) === null
  );
}

/** A sentence begun after an initial ("… fooled an L. A judge …"): the splitter cut the one before short. */
function afterInitial(article: Article, index: number): boolean {
  return /(?:^|\s)\p{Uppercase}\.$/u.test(article.sentences[index - 1]?.text.trim() ?? '');
}

/**
 * Whether the sentence leans on the one before it in its report ("The pirates were about to board ..."
 * after "The navy captured 23 pirates."): alone, it tells a reader of no pirates.
 */
export function leansOn(article: Article, index: number, anywhere = false): boolean {
  const before = article.sentences[index - 1];
  return (
    before !== undefined && leansOnSentenceBefore(article.sentences[index]?.text ?? '', before.text, anywhere)
  );
}

const DESK_NOTES = NOT_PROSE.filter((p) => p.kind.startsWith('a desk note'));

/** A desk note ("NOTE - ..."): its label, which shows it is furniture, is cut off before a sentence is judged. */
function deskNote(text: string): boolean {
  return DESK_NOTES.some((p) => p.regex.test(text));
}

/** Accepts or refuses a composed clause; the composer passes the sentence verifier. */
export type ClauseTest = (clause: Clause) => boolean;

/** A lead sentence as a clause, dated only when its date was written in. */
function leadClause({ article, sentence, text, dated, naming }: LeadPick): Clause {
  const eventDate = article.mainEvent?.date;
  const cited = naming === undefined ? [sentence] : [sentence, naming];
  return {
    text: endSentence(text),
    sources: cited.map((i) => ({ key: article.key, outlet: article.outlet.value, sentence: i })),
    dates: dated && eventDate ? [eventDate] : [],
  };
}

/**
 * The article's best opening sentence that passes the test, its date in words where that passes too:
 * the event as the reporter told it.
 */
/**
 * Which sentences a lead may come from: the event's first readable one (its lede) when it names who
 * took part and is dated in words, when it names who; the report's first readable sentence before
 * its event's when it names who (the extractor rested the event on a later sentence naming no one);
 * an event sentence when it is dated; any of the event's own; any.
 */
type LeadScope =
  | 'lede telling its headline'
  | 'dated event naming who'
  | 'event naming who'
  | 'opening naming who'
  | 'dated event'
  | 'event'
  | 'any';

/**
 * A wire lede tells who did what, where and when: rarely in fewer words. A shorter first line under
 * a headline is a table's caption or a desk note ("Grain exports reported by the harbour board.").
 */
const LEDE_WORDS = 15;

/** A headline's or sentence's content words, as 5-letter stems: "sectors" and "sector" are one word. */
function stems(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{Alphabetic}{4,}/gu) ?? []).map((w) => w.slice(0, 5)));
}

/**
 * Whether a report's first sentence tells what its own headline says: two content words of the
 * headline in it ("Harbour board fines ferry firm" over "The Kestrel harbour board fined a ferry
 * firm ..."). Wire copy states its news there, even when the extractor rested the event on a later
 * sentence naming no person ("No one was hurt, police said."), which alone tells a reader nothing.
 */
export function tellsHeadline(article: Article, index: number, text: string): boolean {
  return (
    article.sentences[0]?.index === index && words(text).length >= LEDE_WORDS && sharesHeadline(article, text)
  );
}

/** Whether a sentence states two content words of its report's headline. */
export function sharesHeadline(article: Article, text: string): boolean {
  const headline = article.headline?.value;
  if (!headline) return false;
  const own = stems(text);
  return [...stems(headline)].filter((w) => own.has(w)).length >= 2;
}

/** Whether a sentence names one of the event's people, by surname ("U.S. officials" names no one). */
function namesWho(story: Story, text: string): boolean {
  return story.event.participants
    .filter(isPerson)
    .some((p) => text.includes(p.name.split(/\s+/u).at(-1) ?? p.name));
}

/**
 * A lede whose subject is a descriptor of the report's one person ("The notorious party girl, who
 * ..., had checked in"), with that person's name before it ("Reid, the notorious party girl who
 * ..., had checked in"), citing the report's first sentence that names them; null for any other.
 */
export function namedLede(
  article: Article,
  index: number,
  text: string,
): { text: string; naming: number } | null {
  if (!article.mainEvent?.sentences.includes(index)) return null;
  const people = (article.mainEvent?.participants ?? []).filter(isPerson);
  const person = people.length === 1 ? people[0] : undefined;
  const found = text.match(PERSON_DESCRIPTOR.regex);
  if (!person || !found) return null;
  const surname = person.name.split(/\s+/u).at(-1) ?? person.name;
  const naming = article.sentences.find((s) => s.index !== index && s.text.includes(surname));
  if (!naming) return null;
  const name = naming.text.includes(person.name) ? person.name : surname;
  const rest = text.slice(found[0].length);
  const named = found[2] ? `${name}, the ${found[1]} who${rest}` : `${name}, the ${found[1]},${rest}`;
  return { text: named, naming: naming.index };
}

function leadOf(
  story: Story,
  article: Article,
  date: string,
  accept: ClauseTest,
  scope: LeadScope,
  byKind = false,
  described = false,
): LeadPick | null {
  const own = article.mainEvent?.sentences ?? [];
  // A report's opening sentences before the one its event rests on: the first that reads alone is
  // its lede when it names who took part.
  const opening = article.sentences.map((s) => s.index).filter((i) => i < (own[0] ?? 0));
  const ledeScope = scope === 'lede telling its headline';
  const order =
    scope === 'any'
      ? [...own, ...article.sentences.map((s) => s.index)]
      : scope === 'opening naming who'
        ? opening
        : ledeScope
          ? opening.slice(0, 1)
          : own;
  for (const index of order) {
    const s = article.sentences[index];
    if (!s) continue;
    // A lede whose subject is a descriptor of the report's one person reads with their name.
    const named = namedLede(article, index, s.text);
    const written = named?.text ?? s.text;
    const bare = bareSentence(written, undatedReport(article));
    // A question states nothing: it never leads; nor a sentence whose subject the one before (or the
    // headline) introduced. One naming its event by its kind, or its person by a descriptor no name in
    // it refers to ("police said the 37-year-old man ..."), only when no other sentence can.
    if (
      !readsAlone(bareSentence(written)) ||
      (!byKind && EVENT_BY_KIND.regex.test(bare)) ||
      (!described && descriptorWithoutReferent(bare, peopleNames(article))) ||
      deskNote(s.text) ||
      afterInitial(article, index) ||
      QUESTION.test(bare) ||
      leansOn(article, index)
    )
      continue;
    const fromOpening = scope === 'opening naming who' || ledeScope;
    const lede = scope === 'event naming who' || fromOpening;
    const told = fromOpening && tellsHeadline(article, index, bare);
    // Only when the event's own sentence does not tell the headline's news itself.
    const ownTells = own.some((i) => sharesHeadline(article, article.sentences[i]?.text ?? ''));
    if (ledeScope && (!told || ownTells)) return null;
    if (scope.endsWith('naming who') && !namesWho(story, bare) && !told) return null;
    // An opening sentence is not the one the event's date words stand in: it is dated only when a
    // lede telling its headline holds them itself ("Sheffield Wednesday" elsewhere is no day).
    const ownDate = article.mainEvent?.date?.span?.sentence === index;
    const written0 =
      fromOpening && !(told && ownDate) ? null : datedSentence(written, article.mainEvent?.date, date);
    const dated = written0 === null ? null : withoutRepeatedDay(written0);
    const naming = named?.naming;
    const tries: LeadPick[] = [
      ...(dated !== null && dated !== bare
        ? [{ article, sentence: index, text: dated, dated: true, naming }]
        : []),
      { article, sentence: index, text: bare, dated: false, naming },
    ];
    const byDay = article.mainEvent?.date?.precision === 'day';
    const pick = tries.find(
      (t) => (!scope.startsWith('dated') || (t.dated && byDay)) && accept(leadClause(t)),
    );
    // A report's first readable event sentence is its lede: a later one that is dated or names
    // someone may tell a side event.
    if (pick || lede) return pick ?? null;
  }
  return null;
}

function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{Alphabetic}{4,}/gu) ?? []).filter((w, i, all) => all.indexOf(w) === i);
}

/** Whether a lead tells the reader something the leads before it did not: enough words of its own. */
function addsToLeads(text: string, earlier: string[]): boolean {
  const known = new Set(earlier.flatMap(contentWords));
  const own = contentWords(text);
  const novel = own.filter((w) => !known.has(w)).length;
  return novel >= MIN_NOVEL_WORDS && novel >= own.length * MIN_NOVEL_SHARE;
}

/** The surnames of the event's people a sentence names. */
function surnamesIn(story: Story, text: string): string[] {
  return story.event.participants
    .filter(isPerson)
    .map((p) => p.name.split(/\s+/u).at(-1) ?? p.name)
    .filter((surname, i, all) => text.includes(surname) && all.indexOf(surname) === i);
}

/** Whether a second lead tells the first one's event again: it names every one of the event's people the first names. */
function retells(story: Story, first: LeadPick, second: LeadPick): boolean {
  const named = surnamesIn(story, first.text);
  return named.length > 0 && named.every((n) => second.text.includes(n));
}

function isEventSentence(pick: LeadPick): boolean {
  return pick.article.mainEvent?.sentences.includes(pick.sentence) === true;
}

/** What a place its report gives, not the story's, counts for: less than the story's own place. */
const OWN_PLACE_WEIGHT = 0.5;

/**
 * How many of the event's facts a lead gives: its people, its place (the story's; else, counting
 * less, the one its report gives: "in Port Ellis" where the story’s is the quay), and its day, written
 * in or given by the sentence in words a report without a date cannot resolve ("on Saturday").
 */
function factsIn(story: Story, pick: LeadPick): number {
  const place = story.event.location;
  const ownPlace = pick.article.mainEvent?.location;
  const placed =
    place && pick.text.includes(place) ? 1 : ownPlace && pick.text.includes(ownPlace) ? OWN_PLACE_WEIGHT : 0;
  const own = pick.article.mainEvent?.date;
  const day = pick.dated || (own?.precision === 'day' && own.span?.sentence === pick.sentence);
  return surnamesIn(story, pick.text).length + placed + (day ? 1 : 0);
}

/** Whether a retelling gives more of the event than the lead it would repeat, and is as much the event's own sentence. */
function fuller(story: Story, retelling: LeadPick, lead: LeadPick): boolean {
  return (
    factsIn(story, retelling) > factsIn(story, lead) && (isEventSentence(retelling) || !isEventSentence(lead))
  );
}

/** Whether two reports come from one outlet: two reports whose outlet is unknown may come from two. */
function sameOutlet(a: Article, b: Article): boolean {
  return a.key === b.key || (a.outlet.value !== UNKNOWN_OUTLET && a.outlet.value === b.outlet.value);
}

/** The leads, not yet credited, and the outlets the item credits (on the lead, unless it credits its own source). */
interface Leads {
  clauses: Clause[];
  credited: string[];
  /** The leads name their event by its kind alone ("The blaze began in a kitchen"): no other sentence could lead. */
  byKind: boolean;
}

/** The event told in the reporters' own sentences: one outlet's lead, and another's where its words differ. */
function leadClauses(story: Story, articles: Article[], date: string, accept: ClauseTest): Leads {
  const tellers = [
    ...articles.filter((a) => a.mainEvent?.type === story.event.type),
    ...articles.filter((a) => a.mainEvent?.type !== story.event.type),
  ];
  const picks: LeadPick[] = [];
  // A lede whose news sits in a "now that" clause comments on it in its main clause ("Now that X hosts,
  // we offer advice"): it leads only when no other report tells the event itself.
  let comment: LeadPick | null = null;
  // A sentence naming its event by its kind alone leads only when no other sentence of the same scope can.
  const scopes = [
    'lede telling its headline',
    'dated event naming who',
    'event naming who',
    'opening naming who',
    'dated event',
    'event',
  ] as const;
  const passes = [
    ...scopes.map((scope) => ({ scope, byKind: false, described: false })),
    ...scopes.map((scope) => ({ scope, byKind: true, described: false })),
    { scope: 'any' as const, byKind: false, described: false },
    { scope: 'any' as const, byKind: true, described: false },
    // A person named by a descriptor that no name in its sentence refers to leans on a sentence the
    // reader never sees: such a sentence leads only when no sentence of any scope can.
    ...[...scopes, 'any' as const].map((scope) => ({ scope, byKind: true, described: true })),
  ];
  // A report's lede first (one that names who took part and says the day, then one of the two), then
  // its other event sentences, before any other sentence: those may tell background.
  for (const { scope, byKind, described } of passes) {
    if (byKind && (picks.length > 0 || comment)) continue;
    for (const article of tellers) {
      if (picks.length === 2) break;
      if (picks.some((p) => sameOutlet(p.article, article))) continue;
      // Only the first report's lede goes before every report's event sentence.
      if (scope === 'lede telling its headline' && article !== tellers[0]) continue;
      const pick = leadOf(story, article, date, accept, scope, byKind, described);
      if (pick && KNOWN_CLAUSES.some((k) => k.regex.test(pick.text))) {
        comment ??= pick;
        continue;
      }
      const first = picks[0];
      if (pick && first && retells(story, first, pick)) {
        // Two outlets telling the same people's event say one thing twice: the fuller telling stays.
        if (fuller(story, pick, first)) picks[0] = pick;
        continue;
      }
      // A report whose outlet is unknown may retell the lead more fully, but adds no second lead: it
      // may be the first one's outlet again, and a reader could not tell who tells it.
      const another = picks.length === 0 || article.outlet.value !== UNKNOWN_OUTLET;
      if (
        pick &&
        another &&
        addsToLeads(
          pick.text,
          picks.map((p) => p.text),
        )
      )
        picks.push(pick);
    }
  }
  if (picks.length === 0 && comment) picks.push(comment);
  // Each outlet is named once, on the lead unless it credits its own source: the one that told it first,
  // then the others. A lead from a report whose outlet is unknown is credited to no one: the others named
  // on it would be said to tell it.
  const first = picks[0]?.article.outlet.value;
  const credited =
    first === UNKNOWN_OUTLET
      ? []
      : unique([...(first ? [first] : []), ...articles.map((a) => a.outlet.value)]).filter(
          (o) => o !== UNKNOWN_OUTLET,
        );
  const byKind = picks.some((p) => EVENT_BY_KIND.regex.test(p.text));
  return { clauses: picks.map((p) => leadClause(p)), credited, byKind };
}

/**
 * The day the credited outlets published, written for the credit ("on Thursday, June 13"), when the
 * opening dates nothing and the lead's report gives its event no day in words: a reader then learns
 * when the news was reported, a fact of the reports, and nothing is said of the event's own day.
 * Only when every report of every credited outlet came out that day.
 */
function reportedOn(
  opening: Clause[],
  credited: string[],
  articles: Article[],
  articlesByKey: Map<string, Article>,
  reference: string,
): string | null {
  const lead = articlesByKey.get(opening[0]?.sources[0]?.key ?? '');
  const own = lead?.mainEvent?.date;
  const day = lead ? publishedDay(lead) : null;
  if (!day || opening.some((c) => c.dates.length > 0) || (own && own.text !== '')) return null;
  const tellers = articles.filter((a) => credited.includes(creditName(a) ?? ''));
  if (tellers.some((a) => publishedDay(a) !== day)) return null;
  return dayPhrase(day, reference);
}

/**
 * A sentence with its day written out once ("won on Friday, August 23, when he ran ... at the meet
 * on Friday") without the same day again as a bare "on Friday": told once is enough.
 */
export function withoutRepeatedDay(text: string): string {
  const months = MONTHS.join('|');
  const dated = new RegExp(
    `\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (?:${months}) \\d`,
    'u',
  ).exec(text);
  const weekday = dated?.[1];
  if (!dated || !weekday) return text;
  const at = dated.index + dated[0].length;
  const again = new RegExp(`\\s+on\\s+${weekday}\\b(?!['\u2019]|,?\\s+(?:${months})\\b)`, 'gu');
  return text.slice(0, at) + text.slice(at).replace(again, '');
}

/** What after a weekday makes it a day already written with its date, or a possessive ("Thursday's"). */
const WRITTEN_OR_OWNED = new RegExp(`^(?:['\u2019]|,?\\s+(?:${MONTHS.join('|')})\\b)`, 'u');

const WEEKDAY_WORD = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/gu;

/**
 * The lead with its one bare weekday ("said on Thursday it would ...") written out as the day its
 * report came out ("said on Thursday, August 29, it would ..."), when that is the weekday's name: the
 * credit then needs no day of its own, and the day is not told twice ("said on Thursday ..., X
 * reported on Thursday, August 29"). Null when the sentence names another or several weekdays, a
 * weekday as part of a name ("Sheffield Wednesday") or one already written with its date.
 */
export function ownWeekdayDated(clause: Clause, day: string, reference: string): Clause | null {
  const phrase = dayPhrase(day, reference);
  const weekday = phrase?.match(/^on (\p{L}+),/u)?.[1];
  const found = [...clause.text.matchAll(WEEKDAY_WORD)];
  const [only] = found;
  if (!phrase || !weekday || found.length !== 1 || !only || only[0] !== weekday) return null;
  const at = only.index ?? 0;
  const after = clause.text.slice(at + weekday.length);
  const lead = clause.text.slice(0, at);
  const before = lead.replace(/\bon\s+$/u, '');
  // A capitalized word before it makes the weekday part of a name; a date or a possessive after it is its own.
  if (/\p{Lu}[\p{L}'.-]*\s+$/u.test(before) || WRITTEN_OR_OWNED.test(after)) return null;
  const comma = /^\s+[\p{L}\p{N}]/u.test(after) ? ',' : '';
  return {
    ...clause,
    text: `${before}${phrase}${comma}${after}`,
    dates: [...clause.dates, { start: day, end: day, precision: 'day', text: weekday }],
  };
}

/** The names, surnames and place of the story's event: the facts one of two repeating sentences may carry more of. */
export function storyFacts(story: Story): string[] {
  const { participants, location } = story.event;
  return unique([
    ...participants.map((p) => p.name),
    ...participants.filter(isPerson).map((p) => p.name.split(/\s+/u).at(-1) ?? p.name),
    ...(location ? [location] : []),
  ]);
}

/**
 * The lead and the sentence placing or dating the event, or that sentence alone in the lead's place
 * when it retells the lead with as many of the event's facts (the venue, the day, another name): it
 * is there for what the lead leaves out, and kept after a lead it repeats it would be dropped as the
 * repeat (ECB+ tuning, one story's offer told by its general manager, its town only in another
 * report's sentence).
 */
function groundedLead(story: Story, lead: Clause, grounding: Clause | null): [Clause, Clause | null] {
  if (!grounding || !repeats(lead.text, grounding.text)) return [lead, grounding];
  const facts = storyFacts(story);
  return factsStated(grounding.text, facts) >= factsStated(lead.text, facts)
    ? [grounding, null]
    : [lead, grounding];
}

/** A further sentence of the lead article's event, when the paragraph would otherwise stop at one. */
function supportingClause(lead: Clause, articlesByKey: Map<string, Article>): Clause | null {
  const first = lead.sources[0];
  const article = first ? articlesByKey.get(first.key) : undefined;
  if (!article || !first) return null;
  const next = [...(article.mainEvent?.sentences ?? []), first.sentence + 1].find((i) => i > first.sentence);
  const s = next === undefined ? undefined : article.sentences[next];
  const bare = s ? bareSentence(s.text, undatedReport(article)) : '';
  // A sentence opening with an earlier period ("In the late 90s ...") is background, not what is new.
  if (!s || !readsAlone(bareSentence(s.text)) || EARLIER_PERIOD_OPENING.regex.test(bare)) return null;
  return {
    text: endSentence(bare),
    sources: [{ key: article.key, outlet: article.outlet.value, sentence: s.index }],
    dates: [],
  };
}

/** A sentence ending in a question (a closing quote after it or not): it states nothing. */
const QUESTION = /\?[\u201D"\u2019]?$/u;

/**
 * Whether the sentence tells an earlier event its report recalls, dated in its own calendar words
 * before the report's news ("A county judge sided with the state in June 2025." in a report of an
 * appeal decided in April 2026): the place it names is that event's, and it is background, not news.
 */
function recallsEarlierEvent(article: Article, index: number): boolean {
  const main = article.mainEvent;
  const news = main?.date?.start ?? publishedDay(article);
  if (!news || main?.sentences.includes(index)) return false;
  return article.background.some(
    (m) => m.sentences.includes(index) && !!m.date && ABSOLUTE.test(m.date.text) && m.date.end < news,
  );
}

/** Whether the clause names a person by a descriptor that nothing in it, nor `shown`, refers to. */
function describesNoOne(clause: Clause, articlesByKey: Map<string, Article>, shown: string): boolean {
  const article = articlesByKey.get(clause.sources[0]?.key ?? '');
  return article !== undefined && descriptorWithoutReferent(clause.text, peopleNames(article), shown);
}

/** How many sentences after the lead may say where or when the event happened. */
const GROUNDING_SENTENCES = 3;

/**
 * When the opening leaves out where or when the event happened, the first sentence of the lead's
 * article after the lead (its event sentences, then the next few) that says it and reads alone.
 */
function whereWhenClause(
  opening: Clause[],
  story: Story,
  articlesByKey: Map<string, Article>,
  reference: string,
  accept: ClauseTest,
): Clause | null {
  const first = opening[0]?.sources[0];
  const article = first ? articlesByKey.get(first.key) : undefined;
  if (!article || !first) return null;
  const told = opening.map((c) => c.text).join(' ');
  // A sentence naming a person by a descriptor that nothing read so far refers to ("a win over the
  // 19-year-old") says where or when, but not of whom.
  const readable: ClauseTest = (c) => accept(c) && !describesNoOne(c, articlesByKey, told);
  const place = story.event.location;
  // Only a day the report gives for its event in that event's own sentence: a bare month may
  // belong to another year, and a date in another sentence to another clause.
  const main = article.mainEvent;
  const date = main?.date?.precision === 'day' ? main.date : undefined;
  const needsPlace = !!place && !told.includes(place);
  const undated = opening.every((c) => c.dates.length === 0);
  const needsDate = !!date && undated;
  if (!needsPlace && !needsDate)
    return undated ? datingClause(story, first.key, articlesByKey, reference, readable) : null;
  const after = Array.from({ length: GROUNDING_SENTENCES }, (_, i) => first.sentence + 1 + i);
  const order = unique([...(article.mainEvent?.sentences ?? []), ...after]).filter((i) => i > first.sentence);
  for (const index of order) {
    const s = article.sentences[index];
    const bare = s ? bareSentence(s.text, undatedReport(article)) : '';
    if (!s || !readsAlone(bareSentence(s.text)) || QUESTION.test(bare)) continue;
    const ownDay = needsDate && date?.span?.sentence === index && main?.sentences.includes(index);
    const dated = ownDay ? datedSentence(s.text, date, reference) : null;
    const tries: Clause[] = [];
    const source = { key: article.key, outlet: article.outlet.value, sentence: index };
    if (dated !== null && dated !== bare && date)
      tries.push({ text: endSentence(dated), sources: [source], dates: [date] });
    if (needsPlace && place && bare.includes(place) && !recallsEarlierEvent(article, index))
      tries.push({ text: endSentence(bare), sources: [source], dates: [] });
    const pick = tries.find(readable);
    if (pick) return pick;
  }
  const placing =
    needsPlace && place ? placingClause(story, place, article.key, articlesByKey, readable) : null;
  return placing ?? (undated ? datingClause(story, article.key, articlesByKey, reference, readable) : null);
}

/**
 * When the lead's report gives no day for the event in a sentence that can carry it, another
 * report's event sentence that dates the story's own day in its words ("on Sunday", written as
 * "on Sunday, July 21"), from a report telling the same kind of event. The verifier still checks the
 * date against that sentence alone.
 */
function datingClause(
  story: Story,
  leadKey: string,
  articlesByKey: Map<string, Article>,
  reference: string,
  accept: ClauseTest,
): Clause | null {
  const day = story.event.date;
  if (day?.precision !== 'day') return null;
  for (const source of story.sources) {
    const article = source.key === leadKey ? undefined : articlesByKey.get(source.key);
    const main = article?.mainEvent;
    const own = main?.date;
    if (!article || !main || !own || main.type !== story.event.type) continue;
    if (own.precision !== 'day' || own.start !== day.start || !own.text) continue;
    const index = own.span?.sentence;
    const s = index === undefined ? undefined : article.sentences[index];
    // The sentence the report's day was read from, when its event rests on other sentences, dates
    // the story's event only when it names the event's people ("The Gazette wrote in its Monday
    // editions that the club had offered Ruiz a deal" below a deck line).
    if (!s || (!main.sentences.includes(s.index) && !namesWho(story, s.text))) continue;
    if (!readsAlone(bareSentence(s.text)) || QUESTION.test(s.text) || afterInitial(article, s.index))
      continue;
    const dated = datedSentence(s.text, own, reference);
    if (dated === null || dated === bareSentence(s.text)) continue;
    const clause = {
      text: endSentence(dated),
      sources: [{ key: article.key, outlet: article.outlet.value, sentence: s.index }],
      dates: [own],
    };
    if (accept(clause)) return clause;
  }
  return null;
}

/**
 * When the lead's report never names the story's place (it named the venue, or the county), the
 * first event sentence of another report placing the event there that names it and reads alone.
 */
function placingClause(
  story: Story,
  place: string,
  leadKey: string,
  articlesByKey: Map<string, Article>,
  accept: ClauseTest,
): Clause | null {
  for (const source of story.sources) {
    const article = source.key === leadKey ? undefined : articlesByKey.get(source.key);
    if (!article || article.mainEvent?.location !== place) continue;
    for (const index of article.mainEvent.sentences) {
      const s = article.sentences[index];
      const bare = s ? bareSentence(s.text, undatedReport(article)) : '';
      if (!s || !bare.includes(place) || !readsAlone(bareSentence(s.text)) || QUESTION.test(bare)) continue;
      const clause = {
        text: endSentence(bare),
        sources: [{ key: article.key, outlet: article.outlet.value, sentence: index }],
        dates: [],
      };
      if (accept(clause)) return clause;
    }
  }
  return null;
}

/** The words that tell a reader the event's facts: its participants' names, its place and its date words. */
function eventFacts(story: Story): string[] {
  const { participants, location, date } = story.event;
  return [
    ...participants.map((p) => p.name),
    ...(location ? [location] : []),
    ...(date?.text ? [date.text] : []),
  ];
}

/**
 * The verified sentence of the sources that names most of the event's facts, however long: the last
 * resort when no lead reads alone and the event cannot be written from its fields. Never a
 * fragment, furniture, a question or a quotation; nor a desk note, which describes a table and tells
 * no news even as a report's only prose (its story then has nothing to tell).
 */
function informativeClause(story: Story, articles: Article[], accept: ClauseTest): Clause | null {
  const facts = eventFacts(story);
  const candidates = articles.flatMap((article) =>
    article.sentences
      .filter((s) => !deskNote(s.text))
      .map((s) => {
        const text = bareSentence(s.text, undatedReport(article));
        const clause: Clause = {
          text: endSentence(text),
          sources: [{ key: article.key, outlet: article.outlet.value, sentence: s.index }],
          dates: [],
        };
        const named = afterInitial(article, s.index) ? 0 : facts.filter((f) => text.includes(f)).length;
        return { clause, text, named };
      }),
  );
  const usable = candidates.filter(
    ({ text, named }) =>
      named > 0 &&
      /[.!][\u201D"\u2019]?$/u.test(text) &&
      !/^[\u201C"]/u.test(text) &&
      balancedQuotes(text) &&
      unfitReason(text) === null,
  );
  // The most facts first; the stable sort keeps the sources' own order among equals.
  const best = usable.sort((a, b) => b.named - a.named).find(({ clause }) => accept(clause));
  return best?.clause ?? null;
}

/** The event written from its structured fields: used when no sentence of the sources reads alone. */
function eventClause(story: Story, articles: Article[], date: string): Clause | null {
  if (articles.length === 0) return null;
  const outlets = unique(articles.map((a) => a.outlet.value)).filter((o) => o !== UNKNOWN_OUTLET);
  const when = story.event.date ? datePhrase(story.event.date, date) : null;
  const corpus = corpusFor(articles, when ? [when] : []);
  const teller = articles.find((a) => a.mainEvent?.type === story.event.type) ?? articles[0];
  const main = teller?.mainEvent;
  const told = main ? teller?.sentences[main.sentences[0] ?? -1]?.text : undefined;
  // An event read from a desk note or a table's line is no event a sentence may be built on.
  if (told !== undefined && deskNote(told)) return null;
  const phrase = eventPhrase({ ...story.event, action: main?.action }, corpus, {
    dateWords: story.event.date?.text,
    datePhrase: when,
    sentence: told,
  });
  const sources: ClauseSource[] = articles.map((a) => ({
    key: a.key,
    outlet: a.outlet.value,
    sentence: mainSentence(a),
  }));
  const dates = story.event.date && when ? [story.event.date] : [];
  return phrase
    ? {
        text: endSentence(
          outlets.length > 0 ? `${capitalize(phrase)}, according to ${andList(outlets)}` : capitalize(phrase),
        ),
        sources,
        dates,
      }
    : null;
}

interface QuoteCandidate {
  quote: Quote;
  /** Who said it, as the item writes it ("the Port Authority", "an official at the Port Authority"). */
  speaker: string;
  sources: ClauseSource[];
  articles: Article[];
  /**
   * Its sentence credits speech to another person by name too ("X told …, where Y said …, “…”"):
   * only that whole sentence may carry it, never "“…,” Y said".
   */
  unsure: boolean;
}

function words(text: string): string[] {
  return text.trim().split(/\s+/).filter(Boolean);
}

function aboutMainEvent(article: Article, sentence: number, main: string[]): boolean {
  if (article.mainEvent?.sentences.includes(sentence)) return true;
  const own = article.mainEvent?.sentences ?? [];
  const backgroundSentences = article.background.flatMap((m) => m.sentences).filter((i) => !own.includes(i));
  if (backgroundSentences.includes(sentence)) return false;
  const text = article.sentences[sentence]?.text ?? '';
  // Before the article turns to the background, or naming someone at the event.
  return sentence < Math.min(Infinity, ...backgroundSentences) || main.some((name) => text.includes(name));
}

/**
 * The sentence beside the quotation (its own or a neighbour) that names the speaker, by full name or,
 * for a person, surname; -1 when none does: a speaker inferred from further away is too often wrong.
 */
function speakerSentence(
  article: Article,
  sentence: number,
  speaker: string,
  kind: Quote['speakerKind'],
): number {
  const name = speaker.trim().toLowerCase();
  const surname = kind === 'person' ? (name.split(/\s+/).at(-1) ?? name) : name;
  const institution = kind === 'organization' ? (name.split(/\s+/).at(-1) ?? name) : name;
  const near = [sentence, sentence - 1, sentence + 1];
  const text = (i: number) => article.sentences[i]?.text.toLowerCase() ?? '';
  return (
    near.find((i) => text(i).includes(name)) ??
    near.find((i) => text(i).includes(surname) || text(i).includes(institution)) ??
    -1
  );
}

/** How many opening words of a sentence hold its subject, as far as "he" or "she" after it may refer. */
const SUBJECT_WORDS = 6;

/**
 * Whether the name is among the sentence's first words, where its subject stands, or is the one it
 * credits: a pronoun in the next sentence refers to them, not to a name further on ("… for son Ari").
 */
function opensWith(sentence: string, name: string): boolean {
  const opening = words(sentence).slice(0, SUBJECT_WORDS);
  // "He never asked whether Berg …": a sentence opening with a pronoun has its subject already.
  const pronounSubject = /^(?:He|She|They|It|We|I)\b/u.test(sentence.trim());
  if (
    !pronounSubject &&
    opening.some((w) => w.replace(/[^\p{Alphabetic}'\u2019-]/gu, '').replace(/['\u2019]s$/u, '') === name)
  )
    return true;
  // "…, harbormaster Dale Pelkey said.": the one the sentence credits speaks on in the next.
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(
    `\\b${escaped}\\s+(?:said|says|added)\\b|\\b(?:said|says|added)\\s+(?:\\S+\\s+){0,3}${escaped}\\b`,
    'u',
  ).test(sentence);
}

/** The report's first sentence naming a person in full, as the extractor linked it to them; -1 when none does. */
function fullNameSentence(article: Article, name: string): number {
  const person = article.people.find((p) => p.name === name);
  return person?.mentions.find((m) => article.text.slice(m.start, m.end) === name)?.sentence ?? -1;
}

/** Whether the sentence naming the speaker writes less than their full name. */
function fullNameNeeded(article: Article, named: number, name: string): boolean {
  return !(article.sentences[named]?.text ?? '').includes(name);
}

/** Speech verbs that credit a quotation to whoever is named beside them. */
const SPEECH_VERB =
  /\b(?:said|says|told|added|asked|wrote|recalled|insisted|explained|according to|stated|declared|noted)\b/u;

/** A quotation credited to "he" or "she" right after its closing mark. */
const PRONOUN_AFTER_QUOTE = /[\u201D"]\s*(?:he|she)\s+(?:said|says|added|told)\b/u;

/** How a body's words are credited: a speech verb, or its statement or announcement. */
const BODY_SPEECH = new RegExp(
  `${SPEECH_VERB.source}|\\b(?:announc|warn|urg|quot|statement|communiqu|reported|report|call|describ|term)`,
  'iu',
);

/** The quotation's sentence (and the next, when the quotation ends there) without what its marks hold. */
function outsideMarks(article: Article, sentence: number): string {
  const own = article.sentences[sentence]?.text ?? '';
  // A quotation of two sentences ends, with its credit, in the next one.
  const whole = balancedQuotes(own) ? own : `${own} ${article.sentences[sentence + 1]?.text ?? ''}`;
  return whole.replace(/\u201C[^\u201D]*\u201D|"[^"]*"/gu, ' ');
}

/**
 * Whether the quotation's own sentence credits this person outside its quotation marks: their name
 * (or surname) and a speech verb. A person quoted in a sentence that only names them inside the
 * quotation, or names someone else, is too often not the speaker.
 */
function creditedInSentence(article: Article, sentence: number, speaker: string): boolean {
  const outside = outsideMarks(article, sentence);
  const surname = speaker.trim().split(/\s+/u).at(-1) ?? speaker;
  if (!SPEECH_VERB.test(outside)) return false;
  // "…,” he said." (or "…,” he said, quoting Berg."): the pronoun is the speaker, the person the
  // sentence before names, when it names no one else of the report.
  const own = article.sentences[sentence]?.text ?? '';
  // A quotation of two sentences is credited in the second.
  const whole = balancedQuotes(own) ? own : `${own} ${article.sentences[sentence + 1]?.text ?? ''}`;
  if (PRONOUN_AFTER_QUOTE.test(whole)) {
    const before = article.sentences[sentence - 1]?.text ?? '';
    return opensWith(before, surname) && !pronounMayBeAnother(before, speaker, article.people);
  }
  return outside.includes(surname);
}

/** The credit inside a quotation split in two: "…,” Berg said, “…". */
const SPLIT_QUOTE =
  /^[.,]?[\u201D"]\s+[^\u201C\u201D"]{1,60}?\b(?:said|says|added|told [^,\u201C"]{1,30}),\s*[\u201C"]/u;

/** Whether the quotation is only the first half of one its speaker goes on with after the credit. */
function continuesAfterCredit(text: string, quote: string): boolean {
  const at = text.indexOf(quote);
  return SPLIT_QUOTE.test(text.slice(at + quote.length, at + quote.length + 120));
}

function sentenceAt(article: Article, offset: number): number {
  return article.sentences.find((s) => s.start <= offset && offset < s.end)?.index ?? -1;
}

function quoteCandidates(
  story: Story,
  articles: Article[],
  usable: (c: QuoteCandidate) => boolean,
): QuoteCandidate[] {
  // A participant is named by any distinctive word of its name: "Velmora" for Velmora Town, a surname.
  const main = story.event.participants.flatMap((p) => [
    p.name,
    ...p.name.split(/\s+/).filter((w) => w.length >= 4 && /^\p{Uppercase}/u.test(w)),
  ]);
  const byText = new Map<string, QuoteCandidate>();
  const outlets = articles.map((a) => a.outlet.value).filter((o) => o !== UNKNOWN_OUTLET);
  for (const view of story.views) {
    const article = articles.find((a) => a.key === view.key);
    if (!article) continue;
    for (const found of view.quotes) {
      if (found.speakerKind === 'unknown' || found.speaker.trim() === '') continue;
      // Trailing punctuation inside the marks belongs to the sentence around the quote, not the words quoted.
      const quote = { ...found, text: found.text.trim().replace(/[.,;:]+$/, '') };
      const n = words(quote.text).length;
      if (n < 2 || n > MAX_QUOTE_WORDS || !article.text.includes(quote.text)) continue;
      // A quotation running into the writer's credit would be credited twice, once inside its marks; one
      // split at a decimal point ("a career. 310 hitter") reads garbled.
      if (
        continuesAfterCredit(article.text, quote.text) ||
        carriesOwnCredit(quote.text) ||
        DECIMAL_AS_STOP.regex.test(quote.text)
      )
        continue;
      // "a seminar on ‘Safer Harbours’": a title or a topic in marks is no one's speech.
      const at = article.text.indexOf(quote.text);
      if (namesSomething(article.text.slice(Math.max(0, at - 40), at))) continue;
      if (byText.has(quote.text) || !aboutMainEvent(article, quote.span.sentence, main)) continue;
      const named = speakerSentence(article, quote.span.sentence, quote.speaker, quote.speakerKind);
      if (named < 0) continue;
      // An outlet reported the words, it did not say them ("…, an official told Reuters"): better none.
      if (creditedToOutlet(quote.speaker, [outsideMarks(article, quote.span.sentence)], outlets)) continue;
      if (quote.speakerKind === 'person' && !creditedInSentence(article, quote.span.sentence, quote.speaker))
        continue;
      // A body's words are said, stated or announced: a sign at a venue that "reads: ..." is nobody's statement.
      if (
        quote.speakerKind === 'organization' &&
        !BODY_SPEECH.test(outsideMarks(article, quote.span.sentence))
      )
        continue;
      // Every outlet that carries the same words verbatim is a source of the quotation.
      const carriers = articles.flatMap((a) => {
        const at = a.text.indexOf(quote.text);
        const sentence = a === article ? quote.span.sentence : sentenceAt(a, at);
        if (sentence < 0) return [];
        const source = { key: a.key, outlet: a.outlet.value, sentence };
        // A quotation that runs into the next sentence cites that one too.
        const last = sentenceAt(a, at + quote.text.length - 1);
        const more = last > sentence ? [{ article: a, source: { ...source, sentence: last } }] : [];
        return [{ article: a, source }, ...more];
      });
      // The sentence that names the speaker is cited too: the verifier finds the name there. One that
      // names them by surname only ("…,” Berg said") cites the report's sentence naming them in full.
      const surnameOnly = quote.speakerKind === 'person' && fullNameNeeded(article, named, quote.speaker);
      const naming = [named, ...(surnameOnly ? [fullNameSentence(article, quote.speaker)] : [])]
        .filter((i, k, all) => i >= 0 && i !== quote.span.sentence && all.indexOf(i) === k)
        .map((sentence) => ({ key: article.key, outlet: article.outlet.value, sentence }));
      const unsure =
        quote.speakerKind === 'person' &&
        creditsAnother(outsideMarks(article, quote.span.sentence), quote.speaker, article.people);
      byText.set(quote.text, {
        quote,
        speaker: speakerPhrase(quote, article),
        sources: [...carriers.map((c) => c.source), ...naming],
        articles: carriers.map((c) => c.article),
        unsure,
      });
    }
  }
  // One characterization per speaker, the shortest one, in the order the outlets were listed.
  const best = new Map<string, QuoteCandidate>();
  for (const c of [...byText.values()].filter(usable)) {
    const speaker = c.quote.speaker.toLowerCase();
    const known = best.get(speaker);
    if (!known || words(c.quote.text).length < words(known.quote.text).length) best.set(speaker, c);
  }
  return [...best.values()];
}

/**
 * Who said a quotation, as the item writes it: one person of a body when the credit names them ("an
 * official at the Port Authority", never "the Port Authority"); a body with "the" when its name is an
 * institution noun or the source writes it so ("the Rugby Union"); else the name.
 */
function speakerPhrase(q: Quote, article: Article): string {
  const name = q.speaker.trim();
  if (q.speakerKind !== 'organization' || /^the\s/iu.test(name)) return name;
  const member = memberCredit(outsideMarks(article, q.span.sentence), name);
  if (member) return member;
  const last = name.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  // "the foreign ministry", but "Global Affairs Canada": institution nouns, or the source's own article.
  return INSTITUTION_NOUNS.has(last) || article.text.includes(`the ${name}`) ? `the ${name}` : name;
}

/** A short description such as "candid and productive", which reads well after "called the talks". */
function isShortFragment(text: string): boolean {
  const first = words(text)[0] ?? '';
  return (
    /^\p{Lowercase}/u.test(first) &&
    words(text).length <= SHORT_FRAGMENT_WORDS &&
    !CLAUSE_OPENING_VERBS.has(first) &&
    !NON_DESCRIPTIVE_OPENERS.has(first) &&
    !first.endsWith('ing')
  );
}

/** Nouns of an event a quotation may describe: "called the talks", not "described the old captain as". */
const EVENT_NOUNS =
  'talks|meetings?|discussions?|communication|exchanges?|sessions?|visit|call|relations|dialogue|summit|deal|agreement|decision|move|ruling|verdict|vote';
/**
 * Words before a quotation that make it a description of the event ("called the talks", "described
 * the session as", "the talks, which she called"); what else a source describes is not the event.
 */
const DESCRIBED = new RegExp(
  `\\b(?:(?:call|term|dubb?|describ)(?:ed|es|s|ing|e)?\\s+(?:the|this|that|their|its|these)\\s+(?:[\\p{Alphabetic}'’-]+\\s+){0,2}(?:${EVENT_NOUNS})\\s+(?:as\\s+)?|(?:${EVENT_NOUNS}),?\\s+which\\s+(?:[^“"”\\s]+\\s+){0,3}(?:called|termed|described\\s+as)\\s+)(?:an?\\s+)?[“"]$`,
  'iu',
);
/** An event noun right after a quotation: the quotation describes it ("“candid and productive” talks"). */
const DESCRIBES_NOUN =
  /^[\u201D"]\s+(?:talks|meeting|meetings|discussions?|communication|exchanges?|sessions?|visit|call|relations|dialogue)\b/i;

/** Whether a source uses the quoted words as a description of something, rather than as part of a statement. */
function usedAsDescription(c: QuoteCandidate): boolean {
  if (!isShortFragment(c.quote.text)) return false;
  return c.articles.some((a) => {
    const at = a.text.indexOf(c.quote.text);
    if (at < 0) return false;
    const before = a.text.slice(Math.max(0, at - 80), at);
    const after = a.text.slice(at + c.quote.text.length).replace(/^[.,]/, '');
    return DESCRIBED.test(before) || DESCRIBES_NOUN.test(after);
  });
}

/** Short words a title leaves in lower case ("Pride and Prejudice", "A Night at the Opera"). */
const TITLE_SMALL_WORDS = /^(?:a|an|the|and|or|of|to|in|on|at|for|by|with|from)$/u;

/** A quotation in title case ("A Beautiful Mind") names a film, a book or a song: it states nothing. */
function isTitle(text: string): boolean {
  return words(text).every(
    (w, i) => /^[\p{Uppercase}\p{N}]/u.test(w) || (i > 0 && TITLE_SMALL_WORDS.test(w)),
  );
}

/**
 * The quotation in a sentence of ours; null for a fragment that neither describes the event nor
 * continues a statement ("the whole game", "move step by step"): only its own sentence gives it sense.
 */
function quotePhrase(c: QuoteCandidate, noun: string): string | null {
  if (c.unsure) return null;
  const q = c.quote;
  const speaker = c.speaker;
  const first = words(q.text)[0] ?? '';
  // A short capitalized quotation is a title or a scare-quoted phrase, and a post is no statement.
  if (/^\p{Uppercase}/u.test(first)) {
    if (words(q.text).length < MIN_STATEMENT_WORDS || /[#@]/u.test(q.text) || isTitle(q.text)) return null;
    // A question or an exclamation keeps its own mark, and takes no comma after it.
    const text = q.text.replace(/[.,;:]+$/, '');
    return /[?!]$/u.test(text) ? `“${text}” ${speaker} said` : `“${text},” ${speaker} said`;
  }
  if (usedAsDescription(c)) return `${speaker} called the ${noun} “${q.text}”`;
  if (CLAUSE_OPENING_VERBS.has(first) && !SINGULAR_VERBS.has(first))
    return `${speaker} said they “${q.text}”`;
  return null;
}

/** The sentence a quotation stands in, whole, when it reads without the sentences around it. */
function quoteSentence(c: QuoteCandidate, shown: string): { text: string; source: ClauseSource } | null {
  for (const source of c.sources) {
    const article = c.articles.find((a) => a.key === source.key);
    const text = article
      ? bareSentence(article.sentences[source.sentence]?.text ?? '', undatedReport(article))
      : '';
    // Printed whole, it must not lean on the sentence before it that the item does not print.
    const before = article?.sentences[source.sentence - 1]?.text;
    const leaning = before !== undefined && leansOnSentenceBefore(text, before, false, shown);
    if (
      readsAlone(text) &&
      !leaning &&
      !(article && descriptorWithoutReferent(text, peopleNames(article), shown)) &&
      text.includes(c.quote.speaker.split(/\s+/).at(-1) ?? c.quote.speaker)
    ) {
      return { text, source };
    }
  }
  return null;
}

/** The text of a clause's source sentence among the given reports; empty when none holds it. */
function sourceText(articles: Article[], source: ClauseSource): string {
  return articles.find((a) => a.key === source.key)?.sentences[source.sentence]?.text ?? '';
}

/**
 * How each side described the event, in at most two quotations that read where they are printed:
 * after what the item told (`shown`), under the lead from the report `leadKey`.
 */
function quoteClauses(
  story: Story,
  articles: Article[],
  shown: string,
  leadKey: string | undefined,
): Clause[] {
  const noun = EVENT_WORDING[story.event.type]?.noun ?? 'event';
  const candidates = quoteCandidates(
    story,
    articles,
    (c) =>
      (quotePhrase(c, noun) !== null || quoteSentence(c, shown) !== null) &&
      unsupportedNames(c.speaker, corpusFor(c.articles, [])).length === 0 &&
      // A quotation pointing at what its report told before it, or at its report's "now", would read
      // as about what the item tells instead.
      quoteLeansOutside(c.quote.text, shown) === null &&
      !momentOfAnother(
        c.quote.text,
        c.sources.map((s) => s.key),
        leadKey,
      ) &&
      !saidEarlier(c.sources.map((s) => sourceText(c.articles, s))),
  );
  const clauses: Clause[] = [];
  let i = 0;
  while (i < candidates.length && clauses.length < MAX_QUOTE_CLAUSES) {
    const a = candidates[i] as QuoteCandidate;
    const b = candidates[i + 1];
    if (b && !a.unsure && !b.unsure && usedAsDescription(a) && usedAsDescription(b)) {
      // Two sides characterizing the same event in different words: set them side by side.
      const pronoun = noun.endsWith('s') ? 'them' : 'it';
      const text = `${quotePhrase(a, noun)}; ${b.speaker} called ${pronoun} “${b.quote.text}”`;
      const sources = [...a.sources, ...b.sources];
      clauses.push({ text: capitalize(endSentence(text)), sources, dates: [] });
      i += 2;
      continue;
    }
    const phrase = quotePhrase(a, noun);
    const whole = phrase === null ? quoteSentence(a, shown) : null;
    const sources = whole ? [whole.source] : a.sources;
    clauses.push({
      text: capitalize(endSentence(whole?.text ?? phrase ?? '')),
      sources,
      dates: [],
    });
    i += 1;
  }
  return clauses;
}

/**
 * The "What's new:" clauses: who did what with whom, where and when, then who took part in what role,
 * then how each side described it.
 */
export function whatsNewClauses(
  story: Story,
  articlesByKey: Map<string, Article>,
  date: string,
  accept: ClauseTest = () => true,
): Clause[] {
  const articles = story.sources
    .map((s) => articlesByKey.get(s.key))
    .filter((a): a is Article => a !== undefined);
  const { clauses: leads, credited, byKind } = leadClauses(story, articles, date, accept);
  // A lead naming its event by its kind alone follows the event written from its fields, when it can be.
  const written = leads.length === 0 || byKind ? eventClause(story, articles, date) : null;
  const structured = written && (leads.length === 0 || accept(written)) ? written : null;
  const fallback = leads.length === 0 && !structured ? informativeClause(story, articles, accept) : null;
  const opening = structured ? [structured, ...leads] : fallback ? [fallback] : leads;
  const first = opening[0];
  if (!first) return [];
  // Where and when, when the opening leaves them out: a sentence that tells the lead's event again
  // with them stands in the lead's place.
  const [told0, grounding] = groundedLead(
    story,
    first,
    whereWhenClause(opening, story, articlesByKey, date, accept),
  );
  // The reports' day, for a credit on a lead that credits no source of its own.
  const on = reportedOn([told0, ...(grounding ? [grounding] : [])], credited, articles, articlesByKey, date);
  const leadReport = articlesByKey.get(told0.sources[0]?.key ?? '');
  const day = leadReport ? publishedDay(leadReport) : null;
  // The lead's own weekday, when it is the report's day, is written out instead of a day on the credit.
  const selfDated = day && told0.dates.length === 0 ? ownWeekdayDated(told0, day, date) : null;
  const opened = selfDated && accept(selfDated) ? selfDated : null;
  // A lead crediting its own source ("…, officials said") keeps that credit alone: the outlets go on
  // a later sentence (creditOnce).
  const ownCredit = leads.length > 0 && carriesCredit((opened ?? told0).text);
  // A lead no known outlet tells keeps the reports' day, credited to the page it came from (the item
  // lists that site as its source): "…, example.org reported on Thursday, June 13."
  const host = credited.length === 0 && leadReport ? creditName(leadReport) : null;
  const hostOn =
    host && !opened
      ? reportedOn([told0, ...(grounding ? [grounding] : [])], [host], articles, articlesByKey, date)
      : null;
  const lead =
    leads.length > 0 && !ownCredit && !structured
      ? host && hostOn
        ? creditSite(opened ?? told0, host, hostOn)
        : credit(opened ?? told0, credited, articlesByKey, opened ? null : on)
      : (opened ?? told0);
  // After the lead, who took part and in what role, as the sources state it (the seed brief's shape).
  const roles = participantsClause(story, articles, lead, articlesByKey.get(told0.sources[0]?.key ?? ''));
  const told = [
    lead,
    ...(roles && accept(roles) ? [roles] : []),
    ...(grounding ? [grounding] : []),
    ...opening.slice(1),
  ];
  const quotes = quoteClauses(
    story,
    articles,
    told.map((c) => c.text).join(' '),
    told0.sources[0]?.key,
  ).slice(0, Math.max(0, MAX_SENTENCES - told.length));
  const clauses = [...told, ...quotes];
  const support = clauses.length < 2 ? supportingClause(lead, articlesByKey) : null;
  if (support) clauses.push(support);
  return ownCredit ? creditOnce(clauses, new Set(quotes), credited, articlesByKey) : clauses;
}
