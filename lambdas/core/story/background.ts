/**
 * Background links: an earlier story is background to a later one when one of the later
 * story's articles mentions it. Links rest on shared people or organizations plus a
 * compatible period (and place when stated) — never on a shared country, city or word alone.
 */

import type { EventSummary, Story } from '../model';
import type { StoryCandidateQuery } from './candidates';
import { addDays, eventPeriod, indexDays, isoDay, type Period, reportPeriod, searchWindow } from './dates';
import { entityKey, isCountryKey, placeKey, weightClass } from './entity-key';
import { bestSimilarity, NEUTRAL_TYPES, placesConflict, scoreProfiles, typeRelation } from './match';
import {
  addParticipants,
  candidateKeys,
  emptyProfile,
  indexedPlaces,
  indexedTermKeys,
  kindAtPlaces,
  type Profile,
  sourceKeys,
  sourceProfile,
  storyProfile,
} from './profile';
import { indexSource, storyPeriod } from './story';
import { termVector } from './tokens';

/** How far back an undated mention may reach: "earlier", "last year". */
const UNDATED_REACH_DAYS = 366;

/** How many of the story's names a mention that names nobody inherits. */
const MAX_INHERITED_NAMES = 6;

/** Wording similarity that corroborates a link resting on a single shared name. */
const LINK_SIMILARITY = 0.2;

/** Wording similarity a mention naming nobody in common needs to point at a story. */
const NAMELESS_LINK_SIMILARITY = 0.3;

/** The period a mention refers to; undated, the year before the article that mentions it. */
export function mentionPeriod(mention: EventSummary, published: string): Period {
  if (mention.date) return eventPeriod(mention.date, published);
  const day = isoDay(published);
  return { start: addDays(day, -UNDATED_REACH_DAYS), end: day, precision: 'year' };
}

/**
 * The names a mention rests on. A dated mention that names nobody ("they met in Jakarta in
 * February") speaks of the actors of the report that recalls it: it inherits their names, and
 * then needs the place or the same kind of event to confirm the link. The report's names, not
 * the whole story's: those grow with every report, and each would file every other report's
 * mentions again (the ECB+ development reports as the bench files them, a write unit an article).
 */
function mentionNames(mention: EventSummary, recalling: Profile): { keys: string[]; inherited: boolean } {
  const own = mention.participants
    .filter((p) => weightClass(p) !== 'weak')
    .map((p) => entityKey(p.name, p.kind))
    .filter((k) => k !== '');
  if (own.length > 0 || !mention.date) return { keys: [...new Set(own)].sort(), inherited: false };
  const inherited = [...recalling.people, ...recalling.organizations].sort().slice(0, MAX_INHERITED_NAMES);
  return { keys: inherited, inherited: true };
}

/**
 * The index keys a mention is searched and found under: its names, and for a dated one its kind
 * of event at its own place and the places of the report that recalls it (`indexedPlaces`). The
 * report's places, not the whole story's: a story's places grow with every report, and each would
 * file every other report's mentions again (on the ECB+ development reports, the same links in
 * five arrival orders, and one more).
 */
function mentionKeys(mention: EventSummary, recalling: Profile, reportPlaces: string[]): string[] {
  const names = mentionNames(mention, recalling).keys;
  if (!mention.date || NEUTRAL_TYPES.has(mention.type)) return names;
  const places = [...reportPlaces, ...(mention.location ? [placeKey(mention.location)] : [])];
  return [...new Set([...names, ...kindAtPlaces(mention.type, places)])].sort();
}

function mentionProfile(
  mention: EventSummary,
  published: string,
  recalling: Profile,
): Profile & { inherited: boolean } {
  const profile = emptyProfile(mentionPeriod(mention, published));
  profile.type = mention.type;
  profile.texts.push(termVector(mention.action));
  addParticipants(profile, mention.participants);
  const names = mentionNames(mention, recalling);
  if (names.inherited) {
    for (const key of names.keys)
      (recalling.people.has(key) ? profile.people : profile.organizations).add(key);
  }
  if (mention.location) profile.place = placeKey(mention.location);
  return { ...profile, inherited: names.inherited };
}

/**
 * A dated mention that names nobody the target names ("the cyclone came ashore last month")
 * still points at it when it is the same specific kind of event, in a place or country both
 * stories name (a country is too wide), told in closely matching words.
 */
function namelessLink(mention: EventSummary, a: Profile, b: Profile, context: Profile): boolean {
  if (!mention.date || a.type === undefined || a.type !== b.type || NEUTRAL_TYPES.has(a.type)) return false;
  const places = new Set([...context.places, ...(a.place ? [a.place] : [])]);
  const placeShared = [...places].some((p) => !isCountryKey(p) && (b.places.has(p) || p === b.place));
  return placeShared && bestSimilarity(a, b) >= NAMELESS_LINK_SIMILARITY;
}

/**
 * How strongly a mention in a story's article points at a target story, or null when it does
 * not. `context` is the story's profile, `recalling` that of the report that recalls the mention.
 */
export function mentionScore(
  mention: EventSummary,
  published: string,
  target: Story,
  context: Profile = emptyProfile(mentionPeriod(mention, published)),
  recalling: Profile = context,
): number | null {
  const a = mentionProfile(mention, published, recalling);
  const b = storyProfile(target);
  const match = scoreProfiles(a, b);
  if (match.veto || placesConflict(a.place, b.place)) return null;
  const named = match.sharedPeople.length + match.sharedOrganizations.length;
  const mentionNamed = a.people.size + a.organizations.size;
  const samePlace = a.place !== undefined && a.place === b.place;
  const relation = typeRelation(a.type, b.type);
  if (a.inherited) {
    const confirmed =
      named >= 2 ? samePlace || relation !== 'incompatible' : samePlace || relation === 'same';
    if (named >= 1 && confirmed) return match.score;
    return namelessLink(mention, a, b, context) ? match.score : null;
  }
  // A dated mention of the same kind of event by the one actor it names ("Tanabe resigned in March").
  const sameKindDated = relation === 'same' && mention.date !== undefined;
  // A mention naming several actors must share more than one of them, unless the place confirms it.
  const single =
    named === 1 &&
    (mentionNamed === 1 || samePlace) &&
    (samePlace || sameKindDated || bestSimilarity(a, b) >= LINK_SIMILARITY) &&
    relation !== 'incompatible';
  return named >= 2 || single ? match.score : null;
}

/** The stories a story grows from, best evidence first: candidates some source's background mention points at. */
export function linkBackground(story: Story, candidates: Story[]): string[] {
  const own = storyPeriod(story);
  const context = storyProfile(story);
  const scores = new Map<string, { sources: number; best: number }>();
  for (const target of candidates) {
    if (target.id === story.id || storyPeriod(target).start > own.start) continue;
    for (const source of story.sources) {
      const best = Math.max(
        -1,
        ...(source.background ?? []).map(
          (m) => mentionScore(m, source.published, target, context, sourceProfile(source)) ?? -1,
        ),
      );
      if (best < 0) continue;
      const entry = scores.get(target.id) ?? { sources: 0, best: 0 };
      scores.set(target.id, { sources: entry.sources + 1, best: Math.max(entry.best, best) });
    }
  }
  return [...scores]
    .sort((a, b) => b[1].sources - a[1].sources || b[1].best - a[1].best || a[0].localeCompare(b[0]))
    .map(([id]) => id);
}

/**
 * Stories read at most per link refresh, either way: a story whose event recurs (a yearly
 * summit) is pointed at by many, and each one read costs a story item's read units.
 */
const LINK_CANDIDATES = 8;

/**
 * One query for the earlier stories the story's background mentions may point at: every
 * mention's keys, over the span of their windows. Mentions of one story share most names, so
 * one query per distinct key replaces one per mention; `linkBackground` checks each mention's
 * own period on what comes back.
 */
export function backgroundQuery(story: Story): StoryCandidateQuery | null {
  const keys = new Set<string>();
  let from = '';
  let to = '';
  for (const source of story.sources) {
    const places = indexedPlaces(source);
    for (const mention of source.background ?? []) {
      const found = mentionKeys(mention, sourceProfile(source), places);
      if (found.length === 0) continue;
      for (const key of found) keys.add(key);
      const window = searchWindow(mentionPeriod(mention, source.published));
      if (from === '' || window.from < from) from = window.from;
      if (to === '' || window.to > to) to = window.to;
    }
  }
  if (keys.size === 0) return null;
  return { entityKeys: [...keys].sort(), from, to, limit: LINK_CANDIDATES };
}

/** The query for later stories whose mentions may point at this one (reverse links). */
export function referencingQuery(story: Story): StoryCandidateQuery {
  const period = storyPeriod(story);
  return {
    entityKeys: candidateKeys(storyProfile(story)),
    from: addDays(period.start, -UNDATED_REACH_DAYS - 1),
    to: addDays(period.end, 3),
    limit: LINK_CANDIDATES,
  };
}

/** The index entries a story is found by: its own keys at its date, its mentions' keys at their periods. */
export interface StoryIndexEntries {
  entities: { key: string; date: string }[];
  mentions: { key: string; periodStart: string }[];
  sources: string[];
}

/**
 * Computes the index entries a store writes for a story. Names are found by the days of the
 * story's index report (`indexSource`: the report that opened it) and terms by its publication
 * day (which every report has): both stay put as reports join, even one published a few days
 * before the story's first, so a join writes only the keys its report brings.
 */
export function storyIndexEntries(story: Story): StoryIndexEntries {
  const mentions = new Map<string, { key: string; periodStart: string }>();
  for (const source of story.sources) {
    const places = indexedPlaces(source);
    for (const mention of source.background ?? []) {
      const periodStart = mentionPeriod(mention, source.published).start;
      for (const key of mentionKeys(mention, sourceProfile(source), places))
        mentions.set(`${key}#${periodStart}`, { key, periodStart });
    }
  }
  const first = indexSource(story);
  const days = first ? indexDays(reportPeriod(first.event?.date, first.published)) : [];
  const names = [...new Set(story.sources.flatMap(sourceKeys))].sort();
  const firstPublished = first ? isoDay(first.published) : storyPeriod(story).start;
  return {
    entities: [
      ...names.flatMap((key) => days.map((date) => ({ key, date }))),
      ...indexedTermKeys(story).map((key) => ({ key, date: firstPublished })),
    ],
    mentions: [...mentions.values()],
    sources: story.sources.map((s) => s.key),
  };
}
