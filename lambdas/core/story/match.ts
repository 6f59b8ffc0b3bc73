/**
 * Whether an article reports the same event as a story (content similarity checked by facts),
 * and the name-based evidence score that background links weigh a mention by.
 */

import type { Article, EventType, Story } from '../model';
import type { StoryCandidateQuery } from './candidates';
import { addDays, dayNumber, gapDays, periodsConflict, weekdayDistance } from './dates';
import { isCountryKey } from './entity-key';
import {
  articleProfile,
  matchingKeys,
  type Profile,
  sharesPerson,
  storyProfile,
  surnameOf,
  termKey,
} from './profile';
import { soloStory } from './story';
import type { TermWeights } from './term-weights';
import { contentWords, cosine, heaviest } from './tokens';

/** Days between publications beyond which two reports are not of one event but a later one recalling it. */
export const PUBLICATION_REACH_DAYS = 14;

const WEIGHTS = {
  person: 3,
  organization: 2,
  weak: 0.25,
  other: 1,
  maxOthers: 3,
  maxPeople: 3,
  maxOrganizations: 2,
  maxWeak: 2,
  sameType: 1.5,
  relatedType: 0.75,
  incompatibleType: -1.5,
  samePlace: 1.5,
  placeMentioned: 1,
  sameDates: 1.5,
  nearDates: 0.75,
  similarity: 4,
} as const;

/** Event types that outlets use for one and the same occurrence. */
const TYPE_FAMILIES: readonly (readonly EventType[])[] = [
  ['meeting', 'talks', 'visit', 'call', 'summit', 'agreement', 'deal'],
  ['sanction', 'accusation', 'statement'],
  ['attack', 'disaster', 'protest'],
  ['ruling', 'lawsuit', 'arrest'],
  ['election', 'appointment', 'resignation'],
  ['earnings', 'announcement', 'launch', 'deal', 'agreement'],
];

/** Types so broad that any event can be framed with them. */
export const NEUTRAL_TYPES: ReadonlySet<EventType> = new Set(['statement', 'announcement', 'other']);

export type TypeRelation = 'same' | 'related' | 'neutral' | 'incompatible' | 'unknown';

/** How two event types relate. */
export function typeRelation(a: EventType | undefined, b: EventType | undefined): TypeRelation {
  if (a === undefined || b === undefined) return 'unknown';
  if (a === b) return 'same';
  if (TYPE_FAMILIES.some((family) => family.includes(a) && family.includes(b))) return 'related';
  if (NEUTRAL_TYPES.has(a) || NEUTRAL_TYPES.has(b)) return 'neutral';
  return 'incompatible';
}

/** Whether two explicit places cannot be one: different cities, or different countries. */
export function placesConflict(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined || a === '' || b === '' || a === b) return false;
  // A venue named after its town stands in it ("Wasilla Bible Church" in Wasilla).
  if (a.startsWith(`${b}-`) || b.startsWith(`${a}-`)) return false;
  // A country and a city may well be the same place (Beijing is in China); without a gazetteer, no veto.
  return isCountryKey(a) === isCountryKey(b);
}

/**
 * Whether the places of two reports rule out one event: their event places conflict and
 * neither report names the other's place at all. A report of a venue ("the Shangri-La
 * Dialogue") usually names its city too, and an extractor may pick the wrong "in X" phrase.
 */
export function placeVeto(a: Profile, b: Profile): boolean {
  if (!placesConflict(a.place, b.place)) return false;
  return !namesPlace(b, a.place) && !namesPlace(a, b.place);
}

/**
 * Whether a profile names a place anywhere: among its places, or among its names, where an
 * extractor often files a venue (a clinic, an arena, a court) as an organization or a person.
 */
function namesPlace(profile: Profile, place: string | undefined): boolean {
  if (place === undefined) return false;
  return [profile.places, profile.organizations, profile.others, profile.people].some((set) =>
    set.has(place),
  );
}

/** Whether the two reports name a common place for their event, short of agreeing on the event's place. */
function placeMentioned(a: Profile, b: Profile): boolean {
  if (a.place !== undefined && b.places.has(a.place)) return true;
  if (b.place !== undefined && a.places.has(b.place)) return true;
  // A shared country is shared by every report from it; only towns, venues and regions tell.
  return [...a.places].some((p) => b.places.has(p) && !isCountryKey(p));
}

/** Days between the nearest publications of two sets of reports; 0 when either side has none. */
function publicationGap(a: string[], b: string[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (const x of a) for (const y of b) best = Math.min(best, Math.abs(dayNumber(x) - dayNumber(y)));
  return Number.isFinite(best) ? best : 0;
}

/** The name, type, place and date evidence for one event (background links rank mentions by it). */
export interface MatchScore {
  score: number;
  sharedPeople: string[];
  sharedOrganizations: string[];
  /** Names shared where at least one side only mentions them outside the event. */
  sharedOthers: string[];
  similarity: number;
  type: TypeRelation;
  veto?: 'place' | 'date' | 'published';
}

/** Best wording similarity between any report on one side and any on the other. */
export function bestSimilarity(a: Profile, b: Profile): number {
  let best = 0;
  for (const x of a.texts) for (const y of b.texts) best = Math.max(best, cosine(x, y));
  return best;
}

/** The content words of every place either side names. */
function wordsOfPlaces(a: Profile, b: Profile): Set<string> {
  const placeKeys = [...a.places, ...b.places, a.place ?? '', b.place ?? ''];
  return new Set(placeKeys.flatMap((key) => contentWords(key.replaceAll('-', ' '))));
}

function withoutWords(vector: Map<string, number>, words: Set<string>): Map<string, number> {
  return new Map([...vector].filter(([word]) => !words.has(word)));
}

/**
 * The similarity of an undated side and a dated one: their terms' cosine blended with that of
 * their opening sentences (LEAD_WEIGHT).
 */
function mixedSimilarity(
  x: Map<string, number>,
  y: Map<string, number>,
  a: Profile,
  b: Profile,
  placeWords: Set<string>,
): number {
  const lead = cosine(withoutWords(leadVector(a), placeWords), withoutWords(leadVector(b), placeWords));
  return (1 - LEAD_WEIGHT) * cosine(x, y) + LEAD_WEIGHT * lead;
}

/** The term counts of every report's own event sentences (headline, action and lead), summed. */
function leadVector(profile: Profile): Map<string, number> {
  const sum = new Map<string, number>();
  for (const text of profile.texts)
    for (const [word, count] of text) sum.set(word, (sum.get(word) ?? 0) + count);
  return sum;
}

/** Scores the name, type, place and date evidence that two profiles are of one event. */
export function scoreProfiles(a: Profile, b: Profile): MatchScore {
  const sharedPeople = matchingKeys(a.people, b.people);
  // The extractor may take a company for a person: across kinds, a match weighs as an organization.
  const sharedOrganizations = [
    ...new Set([
      ...matchingKeys(a.organizations, [...b.organizations, ...b.people]),
      ...matchingKeys(
        [...a.people].filter((k) => !sharedPeople.includes(k)),
        b.organizations,
      ),
    ]),
  ].sort();
  const counted = new Set([...sharedPeople, ...sharedOrganizations]);
  const sharedOthers = matchingKeys(
    [...a.people, ...a.organizations, ...a.others].filter((k) => !counted.has(k)),
    [...b.people, ...b.organizations, ...b.others],
  );
  const sharedWeak = matchingKeys(a.weak, b.weak);
  const similarity = bestSimilarity(a, b);
  const type = typeRelation(a.type, b.type);
  let score =
    WEIGHTS.person * Math.min(sharedPeople.length, WEIGHTS.maxPeople) +
    WEIGHTS.organization * Math.min(sharedOrganizations.length, WEIGHTS.maxOrganizations) +
    WEIGHTS.other * Math.min(sharedOthers.length, WEIGHTS.maxOthers) +
    WEIGHTS.weak * Math.min(sharedWeak.length, WEIGHTS.maxWeak) +
    WEIGHTS.similarity * similarity;
  if (type === 'same') score += WEIGHTS.sameType;
  else if (type === 'related') score += WEIGHTS.relatedType;
  else if (type === 'incompatible') score += WEIGHTS.incompatibleType;
  const samePlace = a.place !== undefined && a.place === b.place;
  const mentioned = !samePlace && placeMentioned(a, b);
  if (samePlace) score += WEIGHTS.samePlace;
  else if (mentioned) score += WEIGHTS.placeMentioned;
  const gap = gapDays(a.period, b.period);
  if (gap === 0) score += WEIGHTS.sameDates;
  else if (!periodsConflict(a.period, b.period)) score += WEIGHTS.nearDates;

  const result: MatchScore = {
    score,
    sharedPeople,
    sharedOrganizations,
    sharedOthers,
    similarity,
    type,
  };
  if (placeVeto(a, b)) result.veto = 'place';
  else if (periodsConflict(a.period, b.period)) result.veto = 'date';
  else if (publicationGap(a.published, b.published) > PUBLICATION_REACH_DAYS) result.veto = 'published';
  return result;
}

/**
 * The share of the similarity that compares the reports' own event sentences (headline, event
 * action and lead) rather than their whole text, between an undated side and a dated one. An
 * undated report's body recalls its topic's history (earlier hires, earlier rules, rival
 * offers), as a look-alike event's dated reports do, and no date can be compared; its opening
 * says which occurrence it reports. On the ECB+ tuning topics (reports without a date line
 * among dated ones): publication order, dated B-cubed F1 89.3 -> 90.8, precision 97.2 -> 98.5,
 * pairwise precision 96.5 -> 98.6; five arrival orders, mean 88.3 -> 88.8, pairwise precision
 * 96.7 -> 97.1. Between two undated sides it did not help in publication order (undated F1
 * 87.4 -> 87.2); between two dated ones the dates tell occurrences apart, and two outlets'
 * openings of one event may share few words.
 */
export const LEAD_WEIGHT = 0.3;

/** Content similarity at which a report joins a story: the best trade-off on the ECB+ development split. */
export const CONTENT_THRESHOLD = 0.3;

/**
 * Days between two reports' event periods beyond which they are not one event. Reports of one
 * event often date it a few days apart (a misread weekday, a follow-up's own day): on ECB+ a
 * stricter veto split more true stories than it kept apart.
 */
export const EVENT_REACH_DAYS = 7;

/**
 * Days between a report's event and the nearest publication of a story's dated reports within
 * which the story's own event day does not veto it, up to PUBLICATION_REACH_DAYS (`datesApart`). ECB+
 * tuning topics, five arrival orders (publication, reversed, three shuffles): dated B-cubed F1 93.3 /
 * 92.5 / 92.2 / 93.0 / 93.9 -> 93.5 / 92.5 / 92.5 / 93.0 / 93.9, pairwise precision unchanged (in the
 * orders left unchanged the report joined already: the story's day was then another).
 */
export const NEAR_PUBLICATION_DAYS = 3;

/**
 * The similarity at which two dated reports merge although their event places conflict.
 * Reports of one event often place it in different towns (a quake felt in two towns, a
 * district and its city, the town a reporter filed from), and between dated reports the date
 * vetoes already keep a recurring event's occurrences apart, so a place conflict raises the
 * bar instead of ruling the merge out. Undated reports have no date veto: for them it still
 * does. On the ECB+ tuning topics, dated: B-cubed F1 78.9 -> 81.6 at the same precision.
 */
export const PLACE_CONFLICT_THRESHOLD = 0.4;

/**
 * The same bar when either report is undated, higher because no date can tell a recurring
 * event's occurrences apart. Reports that read nearly alike are one event whichever town each
 * names (a village and its county, an arena and its city, the clinic and the town it is in);
 * two occurrences at different places differ in more than their place names. On the ECB+
 * tuning topics: undated B-cubed F1 82.1 -> 86.6 at the same precision (86.1), dated 83.0 ->
 * 85.3 (its reports without a date line are undated), pairwise precision 97.0 -> 96.0.
 */
export const UNDATED_PLACE_CONFLICT_THRESHOLD = 0.6;

/**
 * The similarity at which two accounts merge although they name different principal people,
 * when either is undated: nearly word for word, they tell one event and an extractor took
 * different actors from them. On the ECB+ tuning topics, undated B-cubed F1 86.6 -> 87.1 at the
 * same precision (a bar of 0.7 lost 2 points of it). Only where one side is a single account:
 * two stories of several reports each read alike at 0.8 when their events only look alike (a
 * story's centroid keeps its topic's words and evens out each report's own: a rule's ten reports
 * and its reversal's twelve, 0.80), and there a conflicting fact still vetoes. ECB+ tuning topics,
 * undated, ten arrival orders (publication, reversed, eight shuffles): B-cubed F1 (pairwise
 * precision) higher in four, 90.9 (89.1) -> 92.5 (95.2), 90.7 (83.2) -> 92.4 (88.3), 92.0 (89.6)
 * -> 93.3 (95.7), 91.5 (86.7) -> 93.2 (92.4), pairwise recall 91.9 -> 91.4 in the third of them;
 * the other six, publication order among them, and the dated setting in five orders unchanged.
 */
export const ACTORS_CONFLICT_THRESHOLD = 0.8;

/**
 * The similarity at which an undated report and a story merge when the story's dated reports
 * were published weeks from the day the report arrived: an undated report looks for its story
 * in any week (its arrival day says little of its event's), and only a near copy of a report
 * weeks away is one of its event. On the ECB+ tuning topics (reports without a date line among
 * dated ones), dated B-cubed F1 85.3 -> 86.6 at the same precision; a bar of 0.8 let look-alike
 * events' undated reports regroup (pairwise precision 92).
 */
export const DISTANT_UNDATED_THRESHOLD = 0.85;

/**
 * The same bar for one undated report that names a person taking part in the story's event:
 * the report and the story agree on who, and one report read on its own carries its event's
 * own words, where a story of several undated reports shares little but its topic with a
 * look-alike event's story (letting such stories merge at this bar joined whole topics'
 * events: pairwise precision 95 -> 87). On the ECB+ tuning topics (reports without a date line
 * among dated ones), dated B-cubed F1 86.6 -> 89.3, precision 96.9 -> 97.2; over five arrival
 * orders, mean 86.0 -> 88.3, pairwise precision 95.1 -> 96.7 (0.5 did as well, 0.6 joined two
 * look-alike events in one order).
 */
export const DISTANT_REPORT_THRESHOLD = 0.55;

/**
 * The similarity at which two stories of several reports each merge when either is undated. A
 * story's centroid keeps its topic's words and evens out each report's own, so the stories of
 * two look-alike events (a club firing its coach one year and hiring one another year) read
 * alike at 0.3-0.5, and no date tells them apart; a report compared with a story, or a story
 * just opened by one (a racing opener's twin), keeps the 0.3 bar. On the ECB+ tuning topics,
 * undated, over five arrival orders (publication order, reversed, three shuffles): mean B-cubed
 * F1 86.0 -> 86.9, precision 83.6 -> 85.1, pairwise precision 76.4 -> 78.1; publication order
 * and the dated setting unchanged (0.4: 86.3; 0.6: 86.0).
 */
export const UNDATED_STORIES_THRESHOLD = 0.5;

/**
 * The similarity at which one report joins a story of at least SAME_PEOPLE_REPORTS reports when
 * either is undated and the two are about the same people (`aboutStoryPeople`). A report that
 * spends most of its words elsewhere (a sentencing told from the prison the convict goes to, with
 * his earlier trials) reads 0.2-0.3 against its event's story; the fact vetoes still check it, and
 * a round-up about a second person as much (a rehab report that names another star as often) is not
 * about the story's people alone. A story of three reports or more says whom it is about by two
 * reports at least (with stories of two, two reports of one star's event joined at this bar into a
 * story with no place yet, which a round-up naming that star as often as its own then joined, and
 * the star's later reports with it). ECB+ tuning topics, five arrival orders (publication,
 * reversed, three shuffles): dated B-cubed F1 94.0 / 93.2 / 93.2 / 93.7 / 94.0 -> 94.4 / 93.5 /
 * 93.5 / 94.0 / 94.4, undated 94.8 / 94.8 / 93.0 / 94.6 / 94.9 -> 95.1 / 95.1 / 93.2 / 94.9 / 95.1,
 * pairwise precision unchanged or higher in every order and half: one report of one topic, which
 * joins in every order and both settings (docs/stories.md).
 */
export const SAME_PEOPLE_THRESHOLD = 0.2;

/** Reports a story needs before a report about its people joins it at SAME_PEOPLE_THRESHOLD. */
export const SAME_PEOPLE_REPORTS = 3;

/**
 * Days between the weekdays two sides give their event from which, when either is undated and
 * they share nobody taking part, they are not one event (`weekdaysApart`). Of two reports of one
 * ECB+ tuning topic that both name their event's weekday, those of one event give days two or
 * more apart in 6 of 407 pairs (an event told over days: a check-in and its confirmation, a deal
 * agreed and then announced, each about the same person), those of look-alike events in 244 of 360.
 */
export const WEEKDAY_REACH = 2;

/** Reports of a story that must give one weekday before its weekdays speak for it. */
export const WEEKDAY_REPORTS = 2;

/** Where an undated report's search for its story starts: no bound but the index's cap per key. */
const EARLIEST_DAY = '0000-01-01';

/** Terms named as the evidence of a decision. */
const EVIDENCE_TERMS = 8;

/** Whether an article is a report of a story's event, and why. */
export interface StoryMatch {
  /** Cosine of the report's TF-IDF vector and the story's centroid; for an undated side against a dated one, blended with that of their openings (LEAD_WEIGHT). */
  similarity: number;
  /** The terms that weigh most in the similarity, heaviest first. */
  sharedTerms: string[];
  /** A fact that rules the merge out whatever the wording: different places, people, bodies, days or publication weeks. */
  veto?: 'place' | 'office' | 'tenure' | 'move' | 'weekday' | 'bodies' | 'actors' | 'date' | 'published';
  /**
   * Under an actors veto, the people the two sides disagree on (each side's principals the other
   * does not vouch for); under an office veto, the two sides' holders of the office; under a
   * tenure veto, the person one side names as yet to take an office the other names them holding;
   * under a move veto, the person one side has taking a post and the other losing one.
   */
  vetoPeople?: string[];
  /** Under a bodies veto, the bodies taking part on each side. */
  vetoBodies?: string[];
  merge: boolean;
}

/** The terms contributing most to two vectors' cosine. */
function sharedTerms(a: Map<string, number>, b: Map<string, number>): string[] {
  return [...a]
    .flatMap(([word, x]): [string, number][] => (b.has(word) ? [[word, x * (b.get(word) ?? 0)]] : []))
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, EVIDENCE_TERMS)
    .map(([word]) => word);
}

/**
 * The people two accounts disagree on (none when they agree): each names people taking part, and
 * neither names any of the other's, even in passing ("the club fired coach A" against "the club
 * fired coach B", a year apart), by surname: outlets spell a given name their own way (a
 * transliteration: ECB+ tuning topics, B-cubed F1 dated 92.6 -> 92.9, undated 92.7 -> 93.0 at the
 * same precision). Where a date cannot tell two occurrences of a recurring event
 * apart (either side undated) this rules the merge out; between dated reports the date vetoes
 * do, and there it split reports that name one event's people differently (ECB+ tuning topics:
 * undated pairwise precision 69.9 -> 76.0, dated 91.1 -> 95.2, B-cubed F1 within 0.5 either way).
 * One report whose only people are its sources (it names no party and quotes a fire service's
 * spokesman) tells of the event the other side's party took part in (the man charged with setting
 * the fire) when the two name one distinctive body (the store that burned): no conflict. ECB+ tuning
 * topics, undated, five arrival orders: B-cubed F1 95.8 / 95.6 / 94.0 / 95.2 / 95.7 -> 96.1 / 95.6 /
 * 94.0 / 95.5 / 96.0. Without the shared body, all 20 topics failed their undated precision floor.
 */
function actorsConflict(a: Profile, b: Profile): string[] {
  if (a.people.size === 0 || b.people.size === 0) return [];
  if ((oneSourcesReport(a, b) || oneSourcesReport(b, a)) && sharesBody(a, b)) return [];
  const named = (p: Profile) => [...p.people, ...p.mentionedPeople];
  const apart = !sharesPerson(a.people, named(b)) && !sharesPerson(b.people, named(a));
  return apart ? [...a.people, ...b.people] : [];
}

/** Whether `a` is one report whose only people are its sources, and `b` has a party. */
function oneSourcesReport(a: Profile, b: Profile): boolean {
  return a.texts.length === 1 && onlySources(a) && !onlySources(b);
}

/** Whether two sides name one distinctive body, taking part or in passing. */
function sharesBody(a: Profile, b: Profile): boolean {
  const bodies = (p: Profile) => [
    ...p.organizations,
    ...[...p.others].filter((k) => !p.mentionedPeople.has(k)),
  ];
  return matchingKeys(bodies(a), bodies(b)).length > 0;
}

/** Whether every person a side has taking part is only a source of its reports (`Profile.sources`). */
function onlySources(p: Profile): boolean {
  return [...p.people].every((key) => p.sources.has(key));
}

/**
 * The people two sides disagree on (none when they agree), a passing mention notwithstanding: each side is
 * about people of its own (a report names them taking part more than once; a story, more than a
 * third of its reports are: `firmPrincipals`), and neither side's are among the people the other is about
 * (for one report, whoever it names taking part). Reports of look-alike events name the other
 * event's principal in passing (the earlier host, the coach fired before) and read alike, which
 * let `actorsConflict` pass them; an extractor that took an aside for a party names it once.
 * Sides that share a principal still disagree when each is about a party the other never names
 * (`unnamedPrincipals`), or, two stories of several reports, when each is about a party no report
 * of the other is about (`rivalPrincipals`). ECB+ tuning topics, five arrival orders (publication order, reversed,
 * three shuffles), B-cubed F1 dated 91.9 / 87.0 / 91.7 / 91.8 / 89.7 -> 91.9 / 87.7 / 91.7 / 91.8
 * / 91.0, undated 91.3 / 88.7 / 90.4 / 88.5 / 89.8 -> 91.3 / 90.0 / 90.4 / 90.1 / 89.8: no order
 * lower (with any principal rather than parties only, the same on tuning but lower on all 20
 * topics, undated 0.907 -> 0.902).
 */
function principalsConflict(a: Profile, b: Profile): string[] {
  if (a.firmPrincipals.size === 0 || b.firmPrincipals.size === 0) return [];
  // A story's reports each name their own asides as parties: only whom they are about agrees.
  const about = (p: Profile) => (p.texts.length > 1 ? p.principals : p.people);
  const apart = !sharesPerson(a.firmPrincipals, about(b)) && !sharesPerson(b.firmPrincipals, about(a));
  if (apart) return [...a.firmPrincipals, ...b.firmPrincipals];
  const unnamed = [unnamedPrincipals(a, b), unnamedPrincipals(b, a)];
  if (unnamed.every((keys) => keys.length > 0)) return unnamed.flat();
  if (a.texts.length === 1 || b.texts.length === 1) return [];
  const rivals = [rivalPrincipals(a, b), rivalPrincipals(b, a)];
  return rivals.every((keys) => keys.length > 0) ? rivals.flat() : [];
}

/**
 * Between two stories of several reports, the principals of story `a` whom no report of story `b`
 * is about (by surname), named in passing or not. Of one champion's two bouts, each story is about
 * the champion and its own opponent, and among its many reports some recall the other bout and name
 * its opponent in passing, which vouches for nothing; reports of one event that the extractor read
 * apart are about each other's parties. ECB+ tuning topics, undated, ten arrival orders (publication,
 * reversed, eight shuffles): B-cubed F1 (pairwise precision) higher in three, 90.6 (89.4) -> 92.1
 * (94.7), 92.4 (88.3) -> 94.0 (93.2), 90.8 (86.2) -> 92.4 (91.0), recall unchanged in all ten; the
 * other seven, publication order among them, and dated in five orders unchanged.
 */
function rivalPrincipals(a: Profile, b: Profile): string[] {
  const about = new Set([...b.principals].map(surnameOf));
  return [...a.firmPrincipals].filter((key) => !about.has(surnameOf(key)));
}

/**
 * The principals of side `a` taking part in its event whom side `b` never names, not even in
 * passing (by surname). Of two bouts of one champion, each side is about the champion and an
 * opponent the other side's reports never mention: sharing the champion, they still differ in a
 * party each. Reports of one event name each other's parties at least in passing. Only parties
 * count: a person the extractor did not take for one (a prospect listed in a trade rumour, named
 * as often) may well be missing from another outlet's account of the same event.
 */
function unnamedPrincipals(a: Profile, b: Profile): string[] {
  const named = new Set([...b.people, ...b.mentionedPeople, ...b.principals].map(surnameOf));
  const parties = new Set([...a.people].map(surnameOf));
  return [...a.firmPrincipals].filter((key) => parties.has(surnameOf(key)) && !named.has(surnameOf(key)));
}

/**
 * The holders two sides disagree on (none when they agree): both name a holder of one office that
 * has one holder at a time (`officesOf`: "interior secretary", "general manager"), and neither
 * names the other's holder anywhere, even in passing. The secretary who issued a rule and the one
 * who reversed it, or the general managers of two clubs bidding for one player, tell of different
 * occurrences; outlets of one event that name its office-holder name the same one, and a
 * successor's report names the predecessor. When either side is undated it vetoes, as different
 * principals do. ECB+ tuning topics, each report against every story of its topic in five arrival
 * orders: such a conflict between sides of one event 0 times, of two events 79 times undated and
 * 115 times in the dated setting (all but 8 at similarity 0.3 or more); B-cubed F1 in the five
 * orders (publication order, reversed, three shuffles) undated 91.3 / 90.6 / 89.9 / 90.1 / 89.8
 * -> 92.1 / 91.3 / 91.1 / 90.9 / 90.5 (pairwise precision 83.0 / 84.9 / 82.8 / 83.0 / 82.8 ->
 * 86.8 / 89.1 / 87.4 / 87.0 / 86.8), dated 91.9 / 88.0 / 91.7 / 91.8 / 91.0 -> 91.9 / 88.3 / 91.7
 * / 91.8 / 91.5.
 */
function officesConflict(a: Profile, b: Profile): string[] {
  const named = (p: Profile) =>
    new Set([...p.people, ...p.mentionedPeople, ...p.principals].map(surnameOf).concat(holdersOf(p)));
  const [namedByA, namedByB] = [named(a), named(b)];
  for (const [office, holders] of a.offices) {
    const others = b.offices.get(office);
    if (others === undefined) continue;
    if ([...holders].some((h) => namedByB.has(h)) || [...others].some((h) => namedByA.has(h))) continue;
    return [...holders, ...others].sort();
  }
  return [];
}

/**
 * The bodies two sides disagree on (none when they agree): both are about one person, and each
 * has bodies taking part (`firmBodies`) of which the other has none taking part, whatever they
 * name in passing. One person's dealings with two bodies are two events: a player's offers from
 * two clubs in one week, a coach hired by one club and fired by another; reports of either name
 * every club in the race, so only the bodies taking part tell. Matched by the name's last word
 * ("Red Sox", "Boston Red Sox"). ECB+ tuning topics, publication order: undated B-cubed F1
 * 92.1 -> 92.3, pairwise precision 86.8 -> 90.6; dated 92.5 -> 92.6, pairwise precision 99.2 -> 99.6.
 */
function bodiesConflict(a: Profile, b: Profile): string[] {
  if (a.firmBodies.size === 0 || b.firmBodies.size === 0) return [];
  if (!sharesPerson(a.people, b.people) || sharesPerson(a.organizations, b.organizations)) return [];
  return [...new Set([...a.firmBodies, ...b.firmBodies])].sort();
}

/**
 * The people one side names as yet to take an office ("President-elect Ada Voss") and the other
 * names holding it ("President Ada Voss"), never the other way (`tenureKey`). The act of an
 * outgoing government before its successor took office and the successor's act after tell of
 * different times, and reports of both name the same people; outlets of one event agree on
 * whether its people are in office yet. When either side is undated it vetoes, as different
 * holders of one office do. ECB+ tuning topics, publication order (after the bodies veto):
 * undated B-cubed F1 92.3 -> 92.7, pairwise precision 90.6 -> 91.2; dated unchanged.
 */
function tenuresConflict(a: Profile, b: Profile): string[] {
  const people: string[] = [];
  for (const [holder, ours] of a.tenures) {
    const theirs = b.tenures.get(holder);
    if (theirs === undefined) continue;
    const apart = (x: Set<string>, y: Set<string>) =>
      [...x].some(
        (key) =>
          key.endsWith('-elect') &&
          !x.has(key.slice(0, -'-elect'.length)) &&
          y.has(key.slice(0, -'-elect'.length)) &&
          !y.has(key),
      );
    if (apart(ours, theirs) || apart(theirs, ours)) people.push(holder);
  }
  return people.sort();
}

/**
 * The people one side's headlines and leads move into a post (hired, appointed, taking over) and
 * the other's out of one (fired, ousted, stepping down), neither side ever the other way
 * (`movesOf`). A club that hires a coach one year and fires him another is reported with the same
 * club, the same names and the same words, and its reports name the other occurrence in passing;
 * outlets of one event agree on which way its person went. A report that moves a person both ways
 * (hired by one club after another fired him) vouches for either. When either side is undated it
 * vetoes, as different holders of one office do.
 */
function movesConflict(a: Profile, b: Profile): string[] {
  const only = (ways: Set<string> | undefined, way: string) => ways?.size === 1 && ways.has(way);
  return [...a.moves]
    .filter(([person, ours]) => {
      const theirs = b.moves.get(person);
      return (only(ours, 'in') && only(theirs, 'out')) || (only(ours, 'out') && only(theirs, 'in'));
    })
    .map(([person]) => person)
    .sort();
}

/**
 * Whether two sides give their event weekdays WEEKDAY_REACH days or more apart, every one from
 * every one, and share nobody taking part. An undated report's date words still name a weekday
 * ("late on Thursday") where no date can be compared: one government's rule announced on a
 * Thursday and its successor's reversal on a Tuesday, one country's two elections on a Sunday and
 * on a Friday, read alike. Reports of one event name its day, or the day before or
 * after ("late Thursday", "early Friday"); an event told over days keeps its people, so a shared
 * person taking part vouches for the sides. A story's weekdays speak for it only when
 * WEEKDAY_REPORTS of its reports give one of them (one report of a story may tell a later step).
 */
function weekdaysApart(a: Profile, b: Profile): boolean {
  if (!firmWeekday(a) || !firmWeekday(b) || sharesPerson(a.people, b.people)) return false;
  const [ours, theirs] = [[...a.weekdayReports.keys()], [...b.weekdayReports.keys()]];
  return ours.every((x) => theirs.every((y) => weekdayDistance(x, y) >= WEEKDAY_REACH));
}

/** Whether a side's weekdays speak for it: a report's own, a story's when WEEKDAY_REPORTS reports give one. */
function firmWeekday(profile: Profile): boolean {
  const counts = [...profile.weekdayReports.values()];
  if (profile.texts.length === 1) return counts.length > 0;
  return counts.some((n) => n >= WEEKDAY_REPORTS);
}

/** Every office-holder a side names. */
function holdersOf(profile: Profile): string[] {
  return [...profile.offices.values()].flatMap((holders) => [...holders]);
}

/**
 * The fact that rules one event out, if any: event places that cannot be one (unless the
 * reports read very alike, nearly word for word when either is undated); when either side is
 * undated, different principal people; when both sides have real publication dates, event days
 * or publication weeks too far apart.
 */
function factVeto(
  a: Profile,
  b: Profile,
  similarity: number,
): Pick<StoryMatch, 'veto' | 'vetoPeople' | 'vetoBodies'> {
  const dated = a.dated && b.dated;
  const placeBar = dated ? PLACE_CONFLICT_THRESHOLD : UNDATED_PLACE_CONFLICT_THRESHOLD;
  if (placeVeto(a, b) && similarity < placeBar) return { veto: 'place' };
  if (!dated) {
    const nearCopy = !undatedStories(a, b) && similarity >= ACTORS_CONFLICT_THRESHOLD;
    const holders = officesConflict(a, b);
    if (holders.length > 0 && !nearCopy) return { veto: 'office', vetoPeople: holders };
    const tenured = tenuresConflict(a, b);
    if (tenured.length > 0 && !nearCopy) return { veto: 'tenure', vetoPeople: tenured };
    const moved = movesConflict(a, b);
    if (moved.length > 0 && !nearCopy) return { veto: 'move', vetoPeople: moved };
    const bodies = bodiesConflict(a, b);
    if (bodies.length > 0 && !nearCopy) return { veto: 'bodies', vetoBodies: bodies };
    if (weekdaysApart(a, b) && !nearCopy) return { veto: 'weekday' };
    const actors = actorsConflict(a, b);
    const people = actors.length > 0 ? actors : principalsConflict(a, b);
    if (people.length === 0 || nearCopy) return {};
    return { veto: 'actors', vetoPeople: [...new Set(people)].sort() };
  }
  if (datesApart(a, b)) return { veto: 'date' };
  if (publicationGap(a.published, b.published) > PUBLICATION_REACH_DAYS) return { veto: 'published' };
  return {};
}

/**
 * Whether two dated sides' events are too far apart to be one: their event periods more than
 * EVENT_REACH_DAYS apart, unless the later side's event falls within NEAR_PUBLICATION_DAYS of a day
 * the earlier side's reports were published and the periods are at most PUBLICATION_REACH_DAYS apart. A
 * story's day is the day most of its reports give; an event that unfolds over a week or two (a
 * vote called, then its rules set; a search, then a capture) is reported day by day, and a report
 * of the newest step tells of the occurrence the story's latest reports follow.
 */
function datesApart(a: Profile, b: Profile): boolean {
  const gap = gapDays(a.period, b.period);
  if (gap <= EVENT_REACH_DAYS) return false;
  const [earlier, later] = a.period.start <= b.period.start ? [a, b] : [b, a];
  return gap > PUBLICATION_REACH_DAYS || !followsCoverage(later, earlier);
}

/**
 * Whether the later side's event falls within NEAR_PUBLICATION_DAYS of a day the earlier side's
 * dated reports were published: the earlier occurrence was still being reported when it happened.
 */
function followsCoverage(later: Profile, earlier: Profile): boolean {
  return earlier.datedDays.some(
    (day) => gapDays(later.period, { start: day, end: day, precision: 'day' }) <= NEAR_PUBLICATION_DAYS,
  );
}

/**
 * The similarity an undated side needs to join a dated story whose dated reports were all
 * published more than PUBLICATION_REACH_DAYS from the undated side's arrival (found only by an
 * undated report's unbounded search, never by the dated window), or undefined when the
 * sides are not so far apart.
 */
function distantUndatedBar(a: Profile, b: Profile): number | undefined {
  if (a.dated === b.dated) return undefined;
  const [undated, dated] = a.dated ? [b, a] : [a, b];
  if (publicationGap(undated.published, dated.datedDays) <= PUBLICATION_REACH_DAYS) return undefined;
  const oneReport = undated.texts.length === 1;
  const sharesPerson = matchingKeys(undated.people, dated.people).length > 0;
  return oneReport && sharesPerson ? DISTANT_REPORT_THRESHOLD : DISTANT_UNDATED_THRESHOLD;
}

/**
 * The similarity a side needs when the sides are not weeks apart: UNDATED_STORIES_THRESHOLD between
 * two undated stories of several reports, SAME_PEOPLE_THRESHOLD for a report about a story's own
 * people (`aboutStoryPeople`), CONTENT_THRESHOLD otherwise.
 */
function nearBar(a: Profile, b: Profile): number {
  if (undatedStories(a, b)) return UNDATED_STORIES_THRESHOLD;
  return aboutStoryPeople(a, b) || aboutStoryPeople(b, a) ? SAME_PEOPLE_THRESHOLD : CONTENT_THRESHOLD;
}

/**
 * Whether `report` is one report about the people `story`, a story of several, is about, when
 * either is undated: every person the story is about (`firmPrincipals`: more than a third of its
 * reports, so two of three at least) takes part in the report's event, and every person the report
 * is about takes part in the story's.
 */
function aboutStoryPeople(report: Profile, story: Profile): boolean {
  if (report.dated && story.dated) return false;
  if (report.texts.length !== 1 || story.texts.length < SAME_PEOPLE_REPORTS) return false;
  if (report.firmPrincipals.size === 0 || story.firmPrincipals.size === 0) return false;
  const takesPart = (people: Set<string>) => (key: string) => sharesPerson([key], people);
  return (
    [...story.firmPrincipals].every(takesPart(report.people)) &&
    [...report.firmPrincipals].every(takesPart(story.people))
  );
}

/** Whether both sides are stories of several reports and either is undated. */
function undatedStories(a: Profile, b: Profile): boolean {
  return a.texts.length > 1 && b.texts.length > 1 && !(a.dated && b.dated);
}

/**
 * Compares a report (or a story) with a story's profile: what they say, by content similarity
 * to the story's centroid rather than to its closest member (so stories do not chain), and
 * the facts that veto a merge.
 */
export function matchProfiles(a: Profile, b: Profile): StoryMatch {
  // Two events in one town share the town's name, which says nothing of which event it is.
  const placeWords = wordsOfPlaces(a, b);
  const x = withoutWords(a.centroid, placeWords);
  const y = withoutWords(b.centroid, placeWords);
  const similarity = a.dated === b.dated ? cosine(x, y) : mixedSimilarity(x, y, a, b, placeWords);
  const { veto, vetoPeople, vetoBodies } = factVeto(a, b, similarity);
  const match: StoryMatch = { similarity, sharedTerms: sharedTerms(x, y), merge: false };
  if (veto) match.veto = veto;
  if (vetoPeople) match.vetoPeople = vetoPeople;
  if (vetoBodies) match.vetoBodies = vetoBodies;
  const threshold = distantUndatedBar(a, b) ?? nearBar(a, b);
  match.merge = veto === undefined && similarity >= threshold;
  return match;
}

/** Compares an article with a story as reports of one event; `weights` weigh the article's terms. */
export function scoreMatch(article: Article, story: Story, weights: TermWeights): StoryMatch {
  return matchProfiles(articleProfile(article, weights), storyProfile(story));
}

/** One candidate story and how the article compared with it. */
export interface CandidateVerdict extends StoryMatch {
  storyId: string;
}

/** The story an article joins (or null: it opens its own) and the best candidates with their evidence. */
export interface StoryChoice {
  story: Story | null;
  candidates: CandidateVerdict[];
}

/** Candidates listed in an article's explanation. */
const EXPLAINED_CANDIDATES = 3;

/** The story the article belongs to: the most similar candidate that passes the threshold and every veto. */
export function chooseStory(article: Article, candidates: Story[], weights: TermWeights): StoryChoice {
  const profile = articleProfile(article, weights);
  const verdicts = candidates
    .map((story) => ({ story, match: matchProfiles(profile, storyProfile(story)) }))
    // Mergeable candidates first: the explanation opens with the story chosen.
    .sort(
      (x, y) =>
        Number(y.match.merge) - Number(x.match.merge) ||
        y.match.similarity - x.match.similarity ||
        x.story.id.localeCompare(y.story.id),
    );
  const chosen = verdicts.find((v) => v.match.merge)?.story ?? null;
  return {
    story: chosen,
    candidates: verdicts.slice(0, EXPLAINED_CANDIDATES).map((v) => ({ storyId: v.story.id, ...v.match })),
  };
}

/**
 * Whether two stories report one event (both ways the same verdict): their profiles match, or
 * every report of one would join the other on its own (`eachJoins`).
 */
export function storiesMatch(a: Story, b: Story): boolean {
  if (matchProfiles(storyProfile(a), storyProfile(b)).merge) return true;
  return eachJoins(a, b) || eachJoins(b, a);
}

/**
 * Whether every report of a story of several undated reports would join a story with a dated
 * report on its own, each compared as its story holds it, vetoes included. Had they arrived after
 * the dated story grew, each would have joined it: two undated reports filed first and grouped as
 * one story need a near copy to join a dated story weeks away (DISTANT_UNDATED_THRESHOLD) where
 * each alone, naming one of its people, needs 0.55. Only there: between two stories of several
 * reports where no date tells occurrences apart, UNDATED_STORIES_THRESHOLD and the vetoes hold
 * (each report alone may pass at 0.3, or as a near copy, where the two events only look alike).
 * ECB+ tuning topics, five arrival orders (publication, reversed, three shuffles): dated B-cubed
 * F1 92.9 / 91.9 / 90.9 / 92.7 / 90.5 -> 92.9 / 92.2 / 91.3 / 92.7 / 91.3, undated 94.3 / 93.3 /
 * 92.1 / 92.5 / 94.5 -> 94.3 / 93.3 / 92.1 / 93.3 / 94.5; pairwise precision unchanged but in two
 * orders, where it rose (dated third shuffle 99.0 -> 99.5, undated second 95.2 -> 95.3).
 */
function eachJoins(from: Story, to: Story): boolean {
  if (from.sources.length < 2 || from.sources.some((s) => !s.undated) || to.sources.every((s) => s.undated))
    return false;
  const target = storyProfile(to);
  const now = new Date(from.lastSeen);
  return from.sources.every((s) => matchProfiles(storyProfile(soloStory(from, s.key, now)), target).merge);
}

/** How a report looks for its story: by its heaviest terms, a story found under two of them, a dozen at most. */
export const CANDIDATE_SEARCH = { queryTerms: 8, minHits: 2, limit: 12 } as const;

/**
 * Term keys are indexed at the publication day of a story's index report (see
 * `storyIndexEntries`), so a report looks around its own: dates in texts are too often missing
 * or misread to search by. An undated report's day is only its arrival: it looks back without
 * bound, newest entries first within the store's cap per key.
 */
function searchFor(profile: Profile): StoryCandidateQuery {
  const entityKeys = [...heaviest(profile.centroid, CANDIDATE_SEARCH.queryTerms).keys()].map(termKey);
  const minHits = Math.min(CANDIDATE_SEARCH.minHits, entityKeys.length);
  const days = [...profile.published].sort();
  const first = days[0] ?? profile.period.start;
  const last = days[days.length - 1] ?? profile.period.end;
  return {
    entityKeys,
    from: profile.dated ? addDays(first, -PUBLICATION_REACH_DAYS) : EARLIEST_DAY,
    to: addDays(last, PUBLICATION_REACH_DAYS),
    minHits,
    limit: CANDIDATE_SEARCH.limit,
  };
}

/** Which stories to fetch for an article: those indexed under its heaviest terms, around its date. */
export function candidateQuery(article: Article, weights: TermWeights): StoryCandidateQuery {
  return searchFor(articleProfile(article, weights));
}

/**
 * The same search around the day a dated report arrived, when that day lies past its
 * publication window (a backfill), or null. Undated reports are filed under their arrival, so a
 * report uploaded years after it was published would otherwise never meet the undated reports
 * of its event uploaded with it, and whichever came first would decide the stories. Only the
 * days the publication window leaves out are read.
 */
export function arrivalQuery(article: Article, weights: TermWeights): StoryCandidateQuery | null {
  const profile = articleProfile(article, weights);
  const search = searchFor(profile);
  const day = profile.received;
  if (day === undefined || day <= search.to) return null;
  const from = addDays(day, -PUBLICATION_REACH_DAYS);
  return {
    ...search,
    from: from > search.to ? from : addDays(search.to, 1),
    to: addDays(day, PUBLICATION_REACH_DAYS),
  };
}

/** The size from which a dated story searches again at each doubling (`searchesAgain`). */
export const SEARCH_AGAIN_FROM = 4;

/**
 * Whether a story a report just joined looks for its twins again under its own search
 * (`storyQuery`, its centroid's heaviest terms): a story with a dated report, when the join
 * doubles its size from SEARCH_AGAIN_FROM reports (4, 8, 16 ...). A report searches by its own
 * heaviest terms, and a story of its event opened by another report may sit under other words;
 * grown, its story searches by the words its reports weigh most together, and at doublings the
 * searches a story makes grow with the log of its size. Only dated stories: their date vetoes
 * keep a look-alike event's stories apart, where between undated ones only content and a few
 * facts decide, and every wider search of them tried joined a round-up of one event with a
 * look-alike event's story (docs/stories.md, "How often the search misses"). ECB+ tuning topics,
 * five arrival orders (publication, reversed, three shuffles): dated B-cubed F1 94.9 / 94.1 / 94.1
 * / 94.6 / 94.9 -> 94.9 / 94.4 / 94.1 / 94.6 / 94.9 (topics 8-15 reversed 92.9 -> 93.5, topics 1-7
 * unchanged), pairwise precision 100.0 throughout; undated unchanged. From two reports, or at every
 * join, the figures were the same, at more reads (a second report joins most stories).
 */
export function searchesAgain(before: Story | undefined, after: Story): boolean {
  if (before === undefined || after.sources.every((s) => s.undated)) return false;
  const size = after.sources.length;
  return size >= SEARCH_AGAIN_FROM && size > before.sources.length && (size & (size - 1)) === 0;
}

/**
 * Which stories to fetch that may report the same event as a story: the same search as its
 * report's, so that two reports opened at once find each other whichever saves last.
 */
export function storyQuery(story: Story): StoryCandidateQuery {
  return searchFor(storyProfile(story));
}
