/** Whether an article reports the same event as a story. Precision first: a wrong merge is worse than a twin. */

import type { StoryCandidateQuery } from '../../ports';
import type { Article, EventType, Story } from '../model';
import { dayNumber, gapDays, periodsConflict, searchWindow } from './dates';
import { isCountryKey } from './entity-key';
import { articleProfile, candidateKeys, matchingKeys, type Profile, storyProfile } from './profile';
import { storyPeriod } from './story';
import { contentWords, cosine } from './tokens';

/** Points a merge needs; a lone shared person (3) plus agreeing type, place and date (4.5) just pass. */
export const MERGE_THRESHOLD = 6;

/** Wording similarity that lets a single shared name count as corroborated. */
export const CORROBORATING_SIMILARITY = 0.2;

/** Wording similarity at which two reports naming nobody in common may still be one event. */
export const NAMELESS_SIMILARITY = 0.4;

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
  return (
    !(a.place !== undefined && b.places.has(a.place)) && !(b.place !== undefined && a.places.has(b.place))
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

/** The evidence for and against one event, and the verdict. */
export interface MatchScore {
  score: number;
  sharedPeople: string[];
  sharedOrganizations: string[];
  /** Names shared where at least one side only mentions them outside the event. */
  sharedOthers: string[];
  similarity: number;
  type: TypeRelation;
  veto?: 'place' | 'date' | 'published';
  merge: boolean;
}

/** Best wording similarity between any report on one side and any on the other. */
export function bestSimilarity(a: Profile, b: Profile): number {
  let best = 0;
  for (const x of a.texts) for (const y of b.texts) best = Math.max(best, cosine(x, y));
  return best;
}

/**
 * Whether two reports tell of one occasion by everything but their names: the same specific
 * kind of event, on the same exactly known day, at a place both name.
 */
function sameOccasion(a: Profile, b: Profile, placeShared: boolean): boolean {
  const exact = (p: Profile) => p.period.precision === 'day' || p.period.precision === 'range';
  return (
    a.type !== undefined &&
    a.type === b.type &&
    !NEUTRAL_TYPES.has(a.type) &&
    exact(a) &&
    exact(b) &&
    gapDays(a.period, b.period) === 0 &&
    placeShared
  );
}

/**
 * Best wording similarity with the words of every place either side names left out: two
 * events in one town on one day share the town's name, which the place has already counted.
 */
function similarityBeyondPlaces(a: Profile, b: Profile): number {
  const placeKeys = [...a.places, ...b.places, a.place ?? '', b.place ?? ''];
  const placeWords = new Set(placeKeys.flatMap((key) => contentWords(key.replaceAll('-', ' '))));
  const strip = (p: Profile) => p.texts.map((t) => new Map([...t].filter(([word]) => !placeWords.has(word))));
  let best = 0;
  for (const x of strip(a)) for (const y of strip(b)) best = Math.max(best, cosine(x, y));
  return best;
}

/** Whether a name both reports share, at least one only in passing, is a person's on both sides. */
function sharesPersonInPassing(a: Profile, b: Profile, sharedOthers: string[]): boolean {
  const bPeople = [...b.people, ...b.mentionedPeople];
  return sharedOthers.some(
    (key) => (a.people.has(key) || a.mentionedPeople.has(key)) && matchingKeys([key], bPeople).length > 0,
  );
}

/** Scores two profiles as reports of one event. */
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
    merge: false,
  };
  if (placeVeto(a, b)) result.veto = 'place';
  else if (periodsConflict(a.period, b.period)) result.veto = 'date';
  else if (publicationGap(a.published, b.published) > PUBLICATION_REACH_DAYS) result.veto = 'published';
  // A participant of one report that the other names only in passing counts like a participant,
  // as extractors miss participants (one such name at most); other names in passing count half.
  const participants = new Set([...a.people, ...a.organizations, ...b.people, ...b.organizations]);
  const promoted = Math.min(sharedOthers.filter((k) => participants.has(k)).length, 1);
  const named =
    sharedPeople.length +
    sharedOrganizations.length +
    promoted +
    0.5 * Math.min(sharedOthers.length - promoted, 2);
  // A person both reports name only in passing (the minister both address, a spokesman) is weak
  // alone, but on one occasion (same kind of event, day and place), told in alike words beyond the
  // place's name, it stands in for one participant.
  const occasion = sameOccasion(a, b, samePlace || mentioned);
  const pinned =
    named >= 1 ||
    (occasion &&
      sharesPersonInPassing(a, b, sharedOthers) &&
      similarityBeyondPlaces(a, b) >= CORROBORATING_SIMILARITY);
  // One shared name is what unrelated reports about a famous person have in common: it needs the wording too.
  const corroborated =
    named >= 2 || (pinned && similarity >= CORROBORATING_SIMILARITY && type !== 'incompatible');
  // Reports of a storm that quote different locals share no name: the occasion and close wording must do.
  const nameless = named < 1 && occasion && similarity >= NAMELESS_SIMILARITY;
  result.merge = result.veto === undefined && ((corroborated && score >= MERGE_THRESHOLD) || nameless);
  return result;
}

/** Scores an article against a story as reports of one event. */
export function scoreMatch(article: Article, story: Story): MatchScore {
  return scoreProfiles(articleProfile(article), storyProfile(story));
}

/** The story the article belongs to: the best-scoring candidate that passes MERGE_THRESHOLD and every veto, else null. */
export function chooseStory(article: Article, candidates: Story[]): Story | null {
  const profile = articleProfile(article);
  let best: { story: Story; score: number } | null = null;
  for (const story of candidates) {
    const match = scoreProfiles(profile, storyProfile(story));
    if (!match.merge) continue;
    const better =
      !best || match.score > best.score || (match.score === best.score && story.id < best.story.id);
    if (better) best = { story, score: match.score };
  }
  return best?.story ?? null;
}

/** Whether two stories report one event (both ways the same verdict). */
export function storiesMatch(a: Story, b: Story): boolean {
  return scoreProfiles(storyProfile(a), storyProfile(b)).merge;
}

/** Which stories to fetch for an article: its people and distinctive organizations, around its date. */
export function candidateQuery(article: Article): StoryCandidateQuery {
  const profile = articleProfile(article);
  return { entityKeys: candidateKeys(profile), ...searchWindow(profile.period) };
}

/** Which stories to fetch that may report the same event as a story. */
export function storyQuery(story: Story): StoryCandidateQuery {
  return { entityKeys: candidateKeys(storyProfile(story)), ...searchWindow(storyPeriod(story)) };
}
