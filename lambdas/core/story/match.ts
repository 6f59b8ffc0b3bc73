/** Whether an article reports the same event as a story. Precision first: a wrong merge is worse than a twin. */

import type { StoryCandidateQuery } from '../../ports';
import type { Article, EventType, Story } from '../model';
import { gapDays, periodsConflict, searchWindow } from './dates';
import { isCountryKey } from './entity-key';
import { articleProfile, distinctiveKeys, matchingKeys, type Profile, storyProfile } from './profile';
import { storyPeriod } from './story';
import { cosine } from './tokens';

/** Points a merge needs; a lone shared person (3) plus agreeing type, place and date (4.5) just pass. */
export const MERGE_THRESHOLD = 6;

/** Wording similarity that lets a single shared name count as corroborated. */
export const CORROBORATING_SIMILARITY = 0.25;

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
const NEUTRAL_TYPES: ReadonlySet<EventType> = new Set(['statement', 'announcement', 'other']);

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

/** The evidence for and against one event, and the verdict. */
export interface MatchScore {
  score: number;
  sharedPeople: string[];
  sharedOrganizations: string[];
  /** Names shared where at least one side only mentions them outside the event. */
  sharedOthers: string[];
  similarity: number;
  type: TypeRelation;
  veto?: 'place' | 'date';
  merge: boolean;
}

/** Best wording similarity between any report on one side and any on the other. */
export function bestSimilarity(a: Profile, b: Profile): number {
  let best = 0;
  for (const x of a.texts) for (const y of b.texts) best = Math.max(best, cosine(x, y));
  return best;
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
  if (a.place !== undefined && a.place === b.place) score += WEIGHTS.samePlace;
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
  if (placesConflict(a.place, b.place)) result.veto = 'place';
  else if (periodsConflict(a.period, b.period)) result.veto = 'date';
  // A name mentioned only in passing counts half: two of them corroborate like one participant.
  const named = sharedPeople.length + sharedOrganizations.length + 0.5 * Math.min(sharedOthers.length, 2);
  // One shared name is what unrelated reports about a famous person have in common: it needs the wording too.
  const corroborated =
    named >= 2 || (named >= 1 && similarity >= CORROBORATING_SIMILARITY && type !== 'incompatible');
  result.merge = result.veto === undefined && corroborated && score >= MERGE_THRESHOLD;
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
  return { entityKeys: distinctiveKeys(profile), ...searchWindow(profile.period) };
}

/** Which stories to fetch that may report the same event as a story. */
export function storyQuery(story: Story): StoryCandidateQuery {
  return { entityKeys: distinctiveKeys(storyProfile(story)), ...searchWindow(storyPeriod(story)) };
}
