/** The features of an article, a story or a background mention that matching compares. */
import type {
  Article,
  EventType,
  Participant,
  PersonMoves,
  PostMove,
  ResolvedDate,
  Story,
  StorySource,
} from '../model';
import { isoDay, namedWeekday, type Period, reportPeriod, weekdayOf } from './dates';
import {
  entityKey,
  isCountryKey,
  isDistinctiveOrganization,
  isVesselName,
  placeKey,
  weightClass,
} from './entity-key';
import { movesOf } from './moves';
import { holderKey, officesOf, tenuresOf } from './offices';
import {
  articleTerms,
  eventLocation,
  indexSource,
  ownPlaces,
  principalsOf,
  STORY_LIMITS,
  sourcesOf,
  storyPeriod,
  UNDATED_SOURCES,
} from './story';
import type { TermWeights } from './term-weights';
import { heaviest, termVector, unitVector } from './tokens';

/** Keys of who took part, by how much sharing them tells, plus when, where and the wording. */
export interface Profile {
  /** People taking part in the main event. */
  people: Set<string>;
  /**
   * The people among `people` who take part only as the sources of reports that name no party (`sourcesOf`: a
   * spokesman named once and quoted). They tell of the event another side's party took part in.
   */
  sources: Set<string>;
  /** Distinctive organizations taking part in the main event. */
  organizations: Set<string>;
  /** Countries and generic bodies: shared by many unrelated reports. */
  weak: Set<string>;
  /** People and distinctive organizations named elsewhere in the report: weaker evidence. */
  others: Set<string>;
  /** The people among `others`: a person both reports name pins an event better than a body both name. */
  mentionedPeople: Set<string>;
  /** The people the reports are about (`principalsOf`): an article's own, every report's for a story. */
  principals: Set<string>;
  /** How many reports are about a person of each surname among `principals`. */
  principalReports: Map<string, number>;
  /** The principals that speak for the whole side: an article's; those more than a third of a story's reports are about. */
  firmPrincipals: Set<string>;
  /**
   * The bodies taking part that speak for the whole side: an article's (`organizations`); those
   * more than a third of a story's reports have taking part, by the name's last word ("Red Sox"
   * and "Boston Red Sox" are one club).
   */
  firmBodies: Set<string>;
  type?: EventType;
  place?: string;
  /** Every place the reports name for this event: a venue's report may name its city too. */
  places: Set<string>;
  /** Publication days of the reports (none for a background mention). */
  published: string[];
  period: Period;
  /** One term vector per report (headline, action and lead). */
  texts: Map<string, number>[];
  /** What the reports say, as one unit TF-IDF vector: the sum of each report's, cut to the heaviest terms. */
  centroid: Map<string, number>;
  /** The holders each office of one holder at a time has in the reports (`officesOf`), by surname. */
  offices: Map<string, Set<string>>;
  /** The offices each person is named by, held or yet to take (`tenureKey`: "president", "president-elect"), by surname. */
  tenures: Map<string, Set<string>>;
  /** Which ways the reports' headlines and leads move each person, into a post or out of one (`movesOf`), by surname. */
  moves: Map<string, Set<PostMove>>;
  /** Whether any report had a known publication date; undated reports' dates veto nothing. */
  dated: boolean;
  /** Publication days of the reports with a known publication date. */
  datedDays: string[];
  /** The day a dated report arrived, when known (an article's only): where undated reports of its batch are filed. */
  received?: string;
  /**
   * How many reports give their event each weekday (0 = Sunday): a dated report its event day's,
   * an undated one the weekday its date words name ("on Tuesday"), all it tells of its day.
   */
  weekdayReports: Map<number, number>;
}

/** Terms a story's centroid keeps: enough to compare as well as the full sum (measured on ECB+). */
export const CENTROID_TERMS = 150;

/** An empty profile for a period. */
export function emptyProfile(period: Period): Profile {
  return {
    people: new Set(),
    sources: new Set(),
    organizations: new Set(),
    weak: new Set(),
    others: new Set(),
    mentionedPeople: new Set(),
    principals: new Set(),
    principalReports: new Map(),
    firmPrincipals: new Set(),
    firmBodies: new Set(),
    places: new Set(),
    published: [],
    period,
    texts: [],
    centroid: new Map(),
    offices: new Map(),
    tenures: new Map(),
    moves: new Map(),
    dated: false,
    datedDays: [],
    weekdayReports: new Map(),
  };
}

/** Adds event participants to a profile, sorted by how telling they are. */
export function addParticipants(profile: Profile, participants: Participant[]): void {
  for (const p of participants) {
    const key = entityKey(p.name, p.kind);
    if (key === '') continue;
    const weight = weightClass(p);
    if (weight === 'person') {
      profile.people.add(key);
      profile.sources.delete(key);
    } else if (weight === 'organization') profile.organizations.add(key);
    else profile.weak.add(key);
  }
}

/** The names a report gives anywhere. */
interface Named {
  people: string[];
  organizations: string[];
  /** The people it names only as its sources (`sourcesOf`). */
  sources: string[];
}

/**
 * Adds the names a report mentions outside its event. When the extractor found no named
 * participant at all, those names are the best account of who took part and count as such, its
 * sources marked as sources (`Profile.sources`). A ship the report names takes part in any case:
 * event extraction looks for people and bodies acting, and leaves out the vessel that was
 * attacked, seized or sent.
 */
function addNames(profile: Profile, names: Named, participantsFound: boolean): void {
  const named: Participant[] = [
    ...names.people.map((name): Participant => ({ name, kind: 'person' })),
    ...names.organizations
      .filter(isDistinctiveOrganization)
      .map((name): Participant => ({ name, kind: 'organization' })),
  ];
  if (!participantsFound) {
    const source = (p: Participant): boolean => p.kind === 'person' && names.sources.includes(p.name);
    addParticipants(
      profile,
      named.filter((p) => !source(p)),
    );
    addSources(profile, named.filter(source));
    return;
  }
  addParticipants(
    profile,
    named.filter((p) => p.kind === 'organization' && isVesselName(p.name)),
  );
  for (const p of named) {
    const key = entityKey(p.name, p.kind);
    if (key === '' || profile.people.has(key) || profile.organizations.has(key)) continue;
    profile.others.add(key);
    if (p.kind === 'person') profile.mentionedPeople.add(key);
  }
}

/** Adds people taking part as a report's sources, unless another report has them taking part otherwise. */
function addSources(profile: Profile, people: Participant[]): void {
  for (const p of people) {
    const key = entityKey(p.name, p.kind);
    if (key === '') continue;
    if (!profile.people.has(key)) profile.sources.add(key);
    profile.people.add(key);
  }
}

/** Adds the people one report is about, counted by surname: outlets name a person in full or by surname alone. */
function addPrincipals(profile: Profile, names: string[]): void {
  const keys = new Set(names.map((name) => entityKey(name, 'person')).filter((key) => key !== ''));
  for (const key of keys) profile.principals.add(key);
  for (const surname of new Set([...keys].map(surnameOf)))
    profile.principalReports.set(surname, (profile.principalReports.get(surname) ?? 0) + 1);
}

/**
 * The share of a story's reports that must be about a person for the story to be about them:
 * more than a third (a story of one or two reports, any report's). An extractor takes an
 * aside for a party in some reports of an event; the person the event happened to stays the
 * one most reports are about. On the ECB+ tuning topics, undated, a half did no better over
 * five arrival orders; a third exactly (one report of three) vetoed reports of one event.
 */
export const PRINCIPAL_SHARE = 1 / 3;

function addPlace(profile: Profile, place: string): void {
  const key = placeKey(place);
  if (key !== '') profile.places.add(key);
}

/** The keys of the distinctive bodies among an event's participants (the names a report gives elsewhere left out). */
function bodiesTakingPart(participants: Participant[]): string[] {
  return participants
    .filter((p) => weightClass(p) === 'organization')
    .map((p) => entityKey(p.name, p.kind))
    .filter((key) => key !== '');
}

function hasNamedParticipant(participants: Participant[]): boolean {
  return participants.some((p) => weightClass(p) !== 'weak');
}

/** The profile of an article's main event, with the other names it mentions; `weights` weigh its terms. */
export function articleProfile(article: Article, weights: TermWeights): Profile {
  const event = article.mainEvent;
  const profile = emptyProfile(reportPeriod(event?.date, article.published.value));
  const participants = event?.participants ?? [];
  addParticipants(profile, participants);
  addPrincipals(profile, principalsOf(article));
  profile.firmPrincipals = profile.principals;
  profile.firmBodies = new Set(bodiesTakingPart(participants));
  if (event) profile.type = event.type;
  const location = eventLocation(event?.location, article.outlet.value);
  if (location) profile.place = placeKey(location);
  for (const place of ownPlaces(article)) addPlace(profile, place);
  profile.published.push(isoDay(article.published.value));
  const names = { people: article.people.map((p) => p.name), organizations: article.organizations };
  addNames(profile, { ...names, sources: sourcesOf(article) }, hasNamedParticipant(participants));
  const opening = article.sentences.slice(0, STORY_LIMITS.leadSentences).map((x) => x.text);
  const words = [article.headline?.value, event?.action, opening.join(' ').slice(0, STORY_LIMITS.leadChars)];
  profile.texts.push(termVector(words.filter(Boolean).join(' ')));
  profile.centroid = articleTerms(article, weights);
  addOffices(profile, officesOf(article));
  addTenures(profile, tenuresOf(article));
  addMoves(profile, movesOf(article, STORY_LIMITS.leadSentences));
  profile.dated = !UNDATED_SOURCES.has(article.published.source);
  addEventDay(profile, event?.date, profile.dated);
  if (profile.dated) profile.datedDays.push(isoDay(article.published.value));
  if (profile.dated && article.received) profile.received = isoDay(article.received);
  return profile;
}

/**
 * A source's stored terms, or (stored before terms were kept) its headline and lead's, unweighted:
 * a story read back must not need the word counts, which only an article's analysis loads.
 */
function sourceTerms(source: StorySource): Map<string, number> {
  if (source.terms) return new Map(Object.entries(source.terms));
  return unitVector(termVector([source.headline, source.lead].filter(Boolean).join(' ')));
}

function addSource(profile: Profile, source: StorySource): void {
  const participants = source.event?.participants ?? [];
  addParticipants(profile, participants);
  addPrincipals(profile, source.principals ?? []);
  const names = { people: source.people ?? [], organizations: source.organizations ?? [] };
  addNames(profile, { ...names, sources: source.sources ?? [] }, hasNamedParticipant(participants));
  for (const place of sourcePlaces(source)) profile.places.add(place);
  profile.published.push(isoDay(source.published));
  const words = [source.headline, source.event?.action, source.lead];
  profile.texts.push(termVector(words.filter(Boolean).join(' ')));
  addOffices(profile, source.offices ?? {});
  addTenures(profile, source.tenures ?? {});
  addMoves(profile, source.moves ?? {});
  for (const [word, x] of sourceTerms(source))
    profile.centroid.set(word, (profile.centroid.get(word) ?? 0) + x);
  addEventDay(profile, source.event?.date, !source.undated);
  if (!source.undated) {
    profile.dated = true;
    profile.datedDays.push(isoDay(source.published));
  }
}

/**
 * Adds what one report's event date tells of its weekday: a dated report's event day, or the
 * weekday an undated report's date words name (resolved against its arrival, its day says nothing).
 */
function addEventDay(profile: Profile, date: ResolvedDate | undefined, dated: boolean): void {
  const day = dated ? dayWeekday(date) : namedWeekday(date?.text);
  if (day !== undefined) profile.weekdayReports.set(day, (profile.weekdayReports.get(day) ?? 0) + 1);
}

/** The weekday of a date known to the day. */
function dayWeekday(date: ResolvedDate | undefined): number | undefined {
  return date?.precision === 'day' ? weekdayOf(date.start) : undefined;
}

function addOffices(profile: Profile, offices: Record<string, string>): void {
  for (const [office, name] of Object.entries(offices)) {
    const holder = holderKey(name);
    if (holder === '') continue;
    profile.offices.set(office, new Set([...(profile.offices.get(office) ?? []), holder]));
  }
}

function addTenures(profile: Profile, tenures: Record<string, string>): void {
  for (const [holder, tenure] of Object.entries(tenures))
    profile.tenures.set(holder, new Set([...(profile.tenures.get(holder) ?? []), tenure]));
}

function addMoves(profile: Profile, moves: Record<string, PersonMoves>): void {
  for (const [person, way] of Object.entries(moves)) {
    const ways: PostMove[] = way === 'both' ? ['in', 'out'] : [way];
    profile.moves.set(person, new Set([...(profile.moves.get(person) ?? []), ...ways]));
  }
}

const profiles = new WeakMap<Story, Profile>();

/**
 * The profile of a story: its canonical event, every name any source gave, each source's
 * wording. Computed once per story object (stories are rebuilt, never changed in place);
 * callers must not change the profile they get.
 */
export function storyProfile(story: Story): Profile {
  let profile = profiles.get(story);
  if (!profile) {
    profile = buildStoryProfile(story);
    profiles.set(story, profile);
  }
  return profile;
}

function buildStoryProfile(story: Story): Profile {
  const profile = emptyProfile(storyPeriod(story));
  addParticipants(profile, story.event.participants);
  for (const source of story.sources) addSource(profile, source);
  // A name one source had as a participant is not "other" because another source named it in passing.
  for (const key of profile.others)
    if (profile.people.has(key) || profile.organizations.has(key)) {
      profile.others.delete(key);
      profile.mentionedPeople.delete(key);
    }
  for (const key of profile.principals) {
    const reports = profile.principalReports.get(surnameOf(key)) ?? 0;
    if (reports > PRINCIPAL_SHARE * story.sources.length) profile.firmPrincipals.add(key);
  }
  profile.firmBodies = firmBodies(story.sources);
  profile.type = story.event.type;
  if (story.event.location) profile.place = placeKey(story.event.location);
  profile.centroid = unitVector(heaviest(profile.centroid, CENTROID_TERMS));
  return profile;
}

/** The bodies more than a third of the reports have taking part (`PRINCIPAL_SHARE`), counted by the name's last word. */
function firmBodies(sources: StorySource[]): Set<string> {
  const reports = new Map<string, number>();
  const keys = sources.map((source) => bodiesTakingPart(source.event?.participants ?? []));
  for (const word of keys.flatMap((own) => [...new Set(own.map(surnameOf))]))
    reports.set(word, (reports.get(word) ?? 0) + 1);
  return new Set(
    keys.flat().filter((key) => (reports.get(surnameOf(key)) ?? 0) > PRINCIPAL_SHARE * sources.length),
  );
}

/** A name's last two words, under which a name with a leading title or descriptor is also found. */
export function nameSuffix(key: string): string | undefined {
  const words = key.split('-');
  return words.length > 2 ? words.slice(-2).join('-') : undefined;
}

/**
 * Whether two keys name one entity: equal, or one is the other with leading words
 * ("fisheries-kenji-morimoto" and "kenji-morimoto") — never on a single shared word.
 */
export function sameEntity(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.includes('-') && long.endsWith(`-${short}`);
}

/** A person key's last word, the surname an outlet may name them by alone. */
export function surnameOf(key: string): string {
  return key.slice(key.lastIndexOf('-') + 1);
}

/** Whether any key of `a` names a person in `b`, in full or by surname alone ("obama", "barack-obama"). */
export function sharesPerson(a: Iterable<string>, b: Iterable<string>): boolean {
  const others = [...b].map(surnameOf);
  return [...a].some((key) => others.includes(surnameOf(key)));
}

/** The keys of `a` that name an entity in `b`. */
export function matchingKeys(a: Iterable<string>, b: Iterable<string>): string[] {
  const others = [...b];
  return [...a].filter((key) => others.some((other) => sameEntity(key, other))).sort();
}

/**
 * The keys a profile is indexed and searched under: the names taking part in its event (never
 * countries), and people's two-word suffixes. Names a report gives only outside its event are
 * left out: a background link counts the names taking part on both sides (`mentionScore`), so
 * a story found under such a name alone is not linked, and every key is an index item each
 * story writes.
 */
export function distinctiveKeys(profile: Profile): string[] {
  const keys = [...profile.people, ...profile.organizations];
  // A person may come with a title word glued on ("Fisheries Kenji Morimoto"); a body's suffix is too vague.
  const suffixes = [...profile.people].flatMap((key) => nameSuffix(key) ?? []);
  return [...new Set([...keys, ...suffixes])].sort();
}

/**
 * The keys a profile is found by: its names, and its kind of event at each place it names
 * other than a country ("disaster@chittagong"), so that reports naming nobody in common (a
 * storm, a quake) still meet.
 */
export function candidateKeys(profile: Profile): string[] {
  const type = profile.type;
  const places =
    type === undefined || type === 'other'
      ? []
      : kindAtPlaces(type, [...profile.places, ...(profile.place ? [profile.place] : [])]);
  return [...new Set([...distinctiveKeys(profile), ...places])].sort();
}

/**
 * The keys of a kind of event at places ("disaster@valparaiso"), countries left out: a link
 * between stories that name nobody in common needs a town, venue or region both name
 * (`mentionScore`), and a country is too wide to be one, so such a key found nothing a link
 * could rest on while every story wrote it.
 */
export function kindAtPlaces(type: EventType, places: Iterable<string>): string[] {
  return [...places].filter((place) => !isCountryKey(place)).map((place) => `${type}@${place}`);
}

/** Terms a story is indexed under: a report sharing two of its own top terms finds it. */
export const INDEXED_TERMS = 12;

/**
 * The story's own words it is indexed under besides its index report's: at most `terms` of them,
 * each among the `perReport` heaviest terms of most of its reports, and of `minReports` at least.
 */
export const SHARED_TERMS = { terms: 4, perReport: 16, minReports: 3 } as const;

/** The index key of a term; apart from entity keys, which are hyphenated names. */
export function termKey(word: string): string {
  return `t:${word}`;
}

/**
 * The term keys a story is indexed under: the heaviest terms of its index report, which on ECB+
 * find a story's later reports as well as the heaviest terms of the whole story did, and the
 * terms most of its reports share (`commonTerms`).
 */
export function indexedTermKeys(story: Story): string[] {
  const first = indexSource(story);
  if (!first) return [];
  const own = [...heaviest(sourceTerms(first), INDEXED_TERMS).keys()];
  const known = new Set(own);
  const shared = commonTerms(story).filter((word) => !known.has(word));
  return [...own, ...shared.slice(0, SHARED_TERMS.terms)].map(termKey);
}

/**
 * The terms among the heaviest of most of a story's reports (three at least), most shared first,
 * then heaviest.
 * Which report opened a story decides its index report, and so under which words it can be found:
 * a story opened by an atypical report (a profile of an actress's surgery opening the story of her
 * rehab) was found by few of its event's later reports and stories. Its reports' common words do
 * not depend on which came first, and one atypical report cannot add one (a round-up recalling
 * another event's people; every centroid term did: it found such stories whole).
 */
function commonTerms(story: Story): string[] {
  const need = Math.max(SHARED_TERMS.minReports, Math.floor(story.sources.length / 2) + 1);
  if (story.sources.length < need) return [];
  const counts = new Map<string, { reports: number; weight: number }>();
  for (const source of story.sources)
    for (const [word, weight] of heaviest(sourceTerms(source), SHARED_TERMS.perReport)) {
      const count = counts.get(word) ?? { reports: 0, weight: 0 };
      counts.set(word, { reports: count.reports + 1, weight: count.weight + weight });
    }
  return [...counts]
    .filter(([, count]) => count.reports >= need)
    .sort(([x, a], [y, b]) => b.reports - a.reports || b.weight - a.weight || (x < y ? -1 : 1))
    .map(([word]) => word);
}

/** The keys of the places one report names for its event: its own places and its event's location. */
export function sourcePlaces(source: StorySource): string[] {
  const location = eventLocation(source.event?.location, source.outlet);
  const keys = [...(source.places ?? []), ...(location ? [location] : [])].map(placeKey);
  return [...new Set(keys.filter((key) => key !== ''))];
}

/**
 * Places a report's kind of event is indexed and searched at, at most. Since the record lists
 * the towns running text names anywhere, a report may name a dozen; each one was an index item
 * its story wrote, and a query every search of its mentions made.
 */
export const INDEXED_PLACES = 3;

/** The places a report's keys name (`kindAtPlaces`): its event's location first, then the others it names, countries left out, at most INDEXED_PLACES. */
export function indexedPlaces(source: StorySource): string[] {
  const location = eventLocation(source.event?.location, source.outlet);
  const keys = [...(location ? [placeKey(location)] : []), ...sourcePlaces(source)];
  return [...new Set(keys.filter((key) => !isCountryKey(key)))].slice(0, INDEXED_PLACES);
}

/**
 * The keys one report adds to its story's index: its names and its own kind of event at its
 * places (`indexedPlaces`). A story's keys are the union of its reports' keys, so a report
 * joining it adds the keys it brings and moves none, whatever it does to the story's canonical
 * event.
 */
export function sourceKeys(source: StorySource): string[] {
  const profile = sourceProfile(source);
  const type = profile.type;
  const places = type === undefined || type === 'other' ? [] : kindAtPlaces(type, indexedPlaces(source));
  return [...new Set([...distinctiveKeys(profile), ...places])].sort();
}

const sourceProfiles = new WeakMap<StorySource, Profile>();

/**
 * The profile of one report of a story: its own names, places and kind of event. Computed once
 * per source object (a story rebuilt keeps its sources' objects); callers must not change it.
 */
export function sourceProfile(source: StorySource): Profile {
  let profile = sourceProfiles.get(source);
  if (!profile) {
    profile = emptyProfile(reportPeriod(source.event?.date, source.published));
    addSource(profile, source);
    if (source.event) profile.type = source.event.type;
    sourceProfiles.set(source, profile);
  }
  return profile;
}
