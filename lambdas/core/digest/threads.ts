/**
 * Threads: stories of one run that tell one saga, a later development of an earlier event (a
 * sentencing after an arrest, a contract signed after an offer, a follow-up report weeks on). The
 * story merger keeps them apart on purpose (their days are too far apart to be one occurrence); the
 * digest tells them as one item, the latest development as what is new and the earlier event as
 * its background. Look-alike events (a recurring event at one place, the same player's two offers)
 * must not form one: the test is the merger's own evidence with only the days set aside.
 */
import type { Story } from '../model';
import { dayNumber } from '../story/dates';
import { matchProfiles, scoreProfiles } from '../story/match';
import { type Profile, storyProfile, surnameOf } from '../story/profile';

/**
 * Content similarity (the merger's centroid cosine, place words left out) two stories of one thread
 * reach at least. On the ECB+ tuning topics, the later developments a thread should join read
 * 0.44-0.76 against their earlier story; look-alike events of one topic that share a principal
 * and pass every veto but the date read up to 0.32.
 */
export const THREAD_SIMILARITY = 0.4;

/** Why two stories are one thread: which ones, and the evidence. */
export interface ThreadLink {
  earlier: string;
  later: string;
  /** Content similarity of the two stories' reports (`THREAD_SIMILARITY`). */
  similarity: number;
  /** The words that weigh most in the similarity. */
  sharedTerms: string[];
  /** People taking part in both stories' events. */
  sharedPeople: string[];
  /** Distinctive bodies taking part in both, when the two share their event's place too. */
  sharedBodies: string[];
  /** The two event places where they agree. */
  place?: string;
  /** First days of the two events, and the days between them. */
  earlierDay: string;
  laterDay: string;
  daysApart: number;
}

/** One item's worth of stories: the latest development and the earlier stories it grows from, earliest first. */
export interface Thread {
  latest: Story;
  earlier: Story[];
  links: ThreadLink[];
}

/** A story's profile as the merger would read it with no publication date known: only its days differ. */
function timeBlind(profile: Profile): Profile {
  return { ...profile, dated: false };
}

/** The evidence two stories tell one saga, whatever their days: their names, places and wording. */
export type ThreadEvidence = Pick<
  ThreadLink,
  'similarity' | 'sharedTerms' | 'sharedPeople' | 'sharedBodies' | 'place'
>;

/**
 * The evidence that two stories tell one saga, their days set aside, or null: every veto of the
 * merger but the date ones passed (place, office-holders, tenures, moves, bodies, principals), the
 * content similar (`THREAD_SIMILARITY`), and a person taking part in both, or a body most reports
 * of each have taking part (`firmBodies`) with one event place. A body named taking part once (the
 * observers of an election) is shared by every occurrence of a recurring event at one place.
 */
export function threadEvidence(one: Story, other: Story): ThreadEvidence | null {
  const [a, b] = [storyProfile(one), storyProfile(other)];
  const match = matchProfiles(timeBlind(a), timeBlind(b));
  if (match.veto !== undefined || match.similarity < THREAD_SIMILARITY) return null;
  const score = scoreProfiles(a, b);
  const place = a.place !== undefined && a.place === b.place ? a.place : undefined;
  // Matched by the name's last word, as the merger does ("Red Sox", "Boston Red Sox").
  const firmIn = (p: Profile, key: string) => [...p.firmBodies].some((k) => surnameOf(k) === surnameOf(key));
  const firm = (key: string) => firmIn(a, key) && firmIn(b, key);
  const sharedBodies = place === undefined ? [] : score.sharedOrganizations.filter(firm);
  if (score.sharedPeople.length === 0 && sharedBodies.length === 0) return null;
  return {
    similarity: Math.round(match.similarity * 100) / 100,
    sharedTerms: match.sharedTerms,
    sharedPeople: score.sharedPeople,
    sharedBodies,
    ...(place === undefined ? {} : { place }),
  };
}

/** The merger's vetoes that keep two occurrences apart by their days alone. */
const TIME_VETOES: ReadonlySet<string> = new Set(['date', 'published']);

/**
 * The evidence that `later` is a development of `earlier` (`threadEvidence`), or null: both dated by
 * a publication date (an upload day orders nothing), the merger keeping them apart by their days
 * alone (a date or published veto: a development told weeks on, not a report the merger missed),
 * the later event starting after the earlier one ends, and the later story first reported after the
 * earlier one was (a report that misdates its own event by an earlier one it recalls tells no
 * development).
 */
export function threadLink(earlier: Story, later: Story): ThreadLink | null {
  const [a, b] = [storyProfile(earlier), storyProfile(later)];
  if (!a.dated || !b.dated || b.period.start <= a.period.end) return null;
  const first = (p: Profile) => [...p.datedDays].sort()[0] ?? '';
  if (first(b) <= first(a)) return null;
  if (!TIME_VETOES.has(matchProfiles(a, b).veto ?? '')) return null;
  const evidence = threadEvidence(earlier, later);
  if (evidence === null) return null;
  return {
    earlier: earlier.id,
    later: later.id,
    ...evidence,
    earlierDay: a.period.start,
    laterDay: b.period.start,
    daysApart: dayNumber(b.period.start) - dayNumber(a.period.end),
  };
}

/**
 * The keys two stories share at least one of when they link (`threadEvidence` needs a person of
 * both, or a firm body of both, each matched by the name's last word as `sameEntity` implies).
 */
function linkKeys(story: Story): Set<string> {
  const profile = storyProfile(story);
  return new Set([
    ...[...profile.people].map((key) => `person ${surnameOf(key)}`),
    ...[...profile.firmBodies].map((key) => `body ${surnameOf(key)}`),
  ]);
}

/**
 * For each story, the others it shares a link key with, in the order of `stories`: only these can
 * link to it, so a window of thousands of stories is not compared pair by pair (5,000 stories took
 * 26 s so).
 */
function linkCandidates(stories: readonly Story[]): (story: Story) => Story[] {
  const position = new Map(stories.map((s, i) => [s, i]));
  const byKey = new Map<string, Story[]>();
  for (const story of stories)
    for (const key of linkKeys(story)) {
      const holders = byKey.get(key);
      if (holders === undefined) byKey.set(key, [story]);
      else holders.push(story);
    }
  return (story) => {
    const found = new Set([...linkKeys(story)].flatMap((key) => byKey.get(key) ?? []));
    return [...found].sort((x, y) => (position.get(x) ?? 0) - (position.get(y) ?? 0));
  };
}

/**
 * The threads among a run's stories: each story, latest event first, gathers the earlier stories
 * not yet in a thread that link to it directly (`threadLink`). Only direct links count, so a saga
 * does not chain through a look-alike in the middle. Stories in no thread are not listed.
 */
export function threadsOf(stories: readonly Story[]): Thread[] {
  const latestFirst = [...stories].sort(
    (x, y) =>
      storyProfile(y).period.start.localeCompare(storyProfile(x).period.start) || x.id.localeCompare(y.id),
  );
  const candidatesOf = linkCandidates(latestFirst);
  const taken = new Set<string>();
  const threads: Thread[] = [];
  for (const latest of latestFirst) {
    if (taken.has(latest.id)) continue;
    const links = candidatesOf(latest)
      .filter((s) => s !== latest && !taken.has(s.id))
      .flatMap((s) => threadLink(s, latest) ?? []);
    if (links.length === 0) continue;
    const ids = new Set(links.map((l) => l.earlier));
    const earlier = latestFirst.filter((s) => ids.has(s.id)).reverse();
    for (const s of [latest, ...earlier]) taken.add(s.id);
    threads.push({ latest, earlier, links: links.reverse() });
  }
  return threads;
}
