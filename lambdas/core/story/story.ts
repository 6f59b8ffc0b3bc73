/** Building a story from its sources: adding, replacing and removing one article's contribution. */
import { createHash } from 'node:crypto';
import type {
  Article,
  EventSummary,
  OutletView,
  Participant,
  Quote,
  Story,
  StoryEvent,
  StorySource,
} from '../model';
import { dayNumber, eventPeriod, precisionRank, reportPeriod } from './dates';
import { entityKey, placeKey } from './entity-key';
import { movesOf } from './moves';
import { officesOf, tenuresOf } from './offices';
import type { TermWeights } from './term-weights';
import { heaviest, weightedTerms } from './tokens';

/** Bounds that keep one story item far below DynamoDB's 400 KB, whatever the articles hold. */
export const STORY_LIMITS = {
  leadChars: 600,
  leadSentences: 3,
  quotesPerView: 12,
  quoteChars: 1_000,
  mentionsPerSource: 12,
  participantsPerEvent: 40,
  namesPerSource: 30,
  /** UTF-8 bytes of a story's JSON above which later sources keep only what recomputing needs. */
  storyBytes: 300_000,
  /** Earliest sources that always keep every detail. */
  fullSources: 10,
  /** Heaviest terms a source keeps for the story's profile: as good as all of them on ECB+, a tenth of the bytes. */
  sourceTerms: 40,
} as const;

const termsOf = new WeakMap<Article, Map<string, number>>();

/** The article's unit TF-IDF vector over its headline and whole text, computed once per article. */
export function articleTerms(article: Article, weights: TermWeights): Map<string, number> {
  let terms = termsOf.get(article);
  if (!terms) {
    terms = weightedTerms([article.headline?.value ?? '', article.text].join('\n'), weights);
    termsOf.set(article, terms);
  }
  return terms;
}

/** Where a publication date came from when nothing in or about the article gave one. */
export const UNDATED_SOURCES: ReadonlySet<string> = new Set(['upload-time', 'unknown']);

/** The source's heaviest terms, rounded: four decimals tell terms apart as well as seventeen. */
function storedTerms(article: Article, weights: TermWeights): Record<string, number> {
  const top = heaviest(articleTerms(article, weights), STORY_LIMITS.sourceTerms);
  return Object.fromEntries([...top].map(([word, x]) => [word, Math.round(x * 10_000) / 10_000]));
}

/** A deterministic id from the article that opens the story, so a retried invocation does not create a twin. */
export function storyIdFor(article: Article): string {
  const period = eventPeriod(article.mainEvent?.date, article.published.value);
  const digest = createHash('sha256').update(`${period.start}#${article.key}`).digest('hex');
  return `st_${period.start.replaceAll('-', '')}_${digest.slice(0, 16)}`;
}

/**
 * The places an article names for its own event: places it only gives for an earlier event it
 * recalls elsewhere ("they last met in Geneva") are left out, and so is its own outlet's name,
 * which an extractor may read from a masthead as a place.
 */
export function ownPlaces(article: Article): string[] {
  const main = article.mainEvent?.location;
  // Without a location of its own, the event may well be where the recalled one was: keep them.
  const recalled = new Set(
    main === undefined
      ? []
      : article.background.flatMap((b) => (b.location && b.location !== main ? [placeKey(b.location)] : [])),
  );
  const outlet = entityKey(article.outlet.value, 'organization');
  const names = [...article.places, ...(main ? [main] : [])];
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = placeKey(name);
    if (key === '' || key === outlet || recalled.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** An event's location unless it is the reporting outlet's own name, which no event happens at. */
export function eventLocation(location: string | undefined, outlet: string): string | undefined {
  if (location === undefined || placeKey(location) === entityKey(outlet, 'organization')) return undefined;
  return location;
}

function summarize(event: NonNullable<Article['mainEvent']>): EventSummary {
  const summary: EventSummary = {
    type: event.type,
    action: event.action,
    participants: event.participants.slice(0, STORY_LIMITS.participantsPerEvent),
  };
  if (event.location) summary.location = event.location;
  if (event.date) {
    const { start, end, precision, text } = event.date;
    summary.date = { start, end, precision, text };
  }
  return summary;
}

/**
 * The people an article is about: those taking part in its event whom it names more than once,
 * and anyone it names at least as often as the least named of them. A person named once is
 * often an aside the extractor took for a party (a film titled like a name, a coach compared
 * with the one fired, the reporter a rumour is credited to); a person named as often as a party
 * is one the report is about although the extractor left them out (a film's director beside
 * its author, the champion beside the challenger).
 */
export function principalsOf(article: Article): string[] {
  const mentions = new Map(article.people.map((p) => [entityKey(p.name, 'person'), p.mentions.length]));
  const timesNamed = (name: string) => mentions.get(entityKey(name, 'person')) ?? 0;
  const parties = (article.mainEvent?.participants ?? [])
    .filter((p) => p.kind === 'person' && timesNamed(p.name) > 1)
    .map((p) => p.name);
  if (parties.length === 0) return [];
  const least = Math.min(...parties.map(timesNamed));
  const asOften = article.people.filter((p) => p.mentions.length >= least).map((p) => p.name);
  return [...new Set([...parties, ...asOften])];
}

/**
 * The people an article names only as its sources: named once, and speaking in one of its quotes (a fire
 * service's spokesman, a witness). They tell of the event; a report that names no party to it is not about them.
 */
export function sourcesOf(article: Article): string[] {
  const speakers = new Set(article.quotes.filter((q) => q.speakerKind === 'person').map((q) => q.speaker));
  return article.people.filter((p) => p.mentions.length === 1 && speakers.has(p.name)).map((p) => p.name);
}

/** What one article contributes to a story; `weights` weigh its terms. */
export function sourceFromArticle(article: Article, weights: TermWeights): StorySource {
  const source: StorySource = {
    key: article.key,
    outlet: article.outlet.value,
    published: article.published.value,
    contentHash: article.contentHash,
    background: article.background.slice(0, STORY_LIMITS.mentionsPerSource).map(summarize),
  };
  const people = [...new Set(article.people.map((p) => p.name))].slice(0, STORY_LIMITS.namesPerSource);
  const organizations = [...new Set(article.organizations)].slice(0, STORY_LIMITS.namesPerSource);
  const places = ownPlaces(article).slice(0, STORY_LIMITS.namesPerSource);
  if (places.length > 0) source.places = places;
  if (people.length > 0) source.people = people;
  if (organizations.length > 0) source.organizations = organizations;
  if (article.url) source.url = article.url.value;
  if (article.headline) source.headline = article.headline.value;
  if (article.mainEvent) source.event = summarize(article.mainEvent);
  const terms = storedTerms(article, weights);
  if (Object.keys(terms).length > 0) source.terms = terms;
  if (UNDATED_SOURCES.has(article.published.source)) source.undated = true;
  const principals = principalsOf(article);
  if (principals.length > 0) source.principals = principals;
  const sources = sourcesOf(article);
  if (sources.length > 0) source.sources = sources;
  const offices = officesOf(article);
  if (Object.keys(offices).length > 0) source.offices = offices;
  const tenures = tenuresOf(article);
  if (Object.keys(tenures).length > 0) source.tenures = tenures;
  const moves = movesOf(article, STORY_LIMITS.leadSentences);
  if (Object.keys(moves).length > 0) source.moves = moves;
  const opening = article.sentences.slice(0, STORY_LIMITS.leadSentences).map((s) => s.text);
  const lead = opening.length > 0 ? opening.join(' ') : article.text.slice(0, STORY_LIMITS.leadChars);
  if (lead.trim() !== '') source.lead = lead.slice(0, STORY_LIMITS.leadChars);
  return source;
}

function viewOf(source: StorySource, article: Article): OutletView {
  const quotes: Quote[] = article.quotes
    .filter((q) => q.text.length <= STORY_LIMITS.quoteChars)
    .slice(0, STORY_LIMITS.quotesPerView);
  return { outlet: source.outlet, key: source.key, quotes };
}

/** Sources in publication order, then by key, so the same set of sources always gives the same story. */
function bySourceOrder(a: StorySource, b: StorySource): number {
  return a.published.localeCompare(b.published) || a.key.localeCompare(b.key);
}

/** The value most sources agree on; ties go to the one seen first. */
function majority<T>(values: T[], keyOf: (value: T) => string): T | undefined {
  const counts = new Map<string, { value: T; count: number }>();
  for (const value of values) {
    const key = keyOf(value);
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, { value, count: 1 });
  }
  let best: { value: T; count: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.value;
}

/** The most common non-empty text, ties going to the longest (the fuller title or name). */
function fullest(values: (string | undefined)[]): string | undefined {
  const present = values.filter((v): v is string => v !== undefined && v.trim() !== '');
  const counts = new Map<string, number>();
  for (const v of present) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0];
}

function mergeParticipants(events: EventSummary[]): Participant[] {
  const groups = new Map<string, Participant[]>();
  for (const event of events) {
    for (const p of event.participants) {
      const key = `${p.kind === 'person' ? 'p' : 'e'}:${entityKey(p.name, p.kind)}`;
      groups.set(key, [...(groups.get(key) ?? []), p]);
    }
  }
  // Insertion order is first appearance; a stable sort keeps it among equally cited participants.
  return [...groups.values()]
    .sort((a, b) => b.length - a.length)
    .slice(0, STORY_LIMITS.participantsPerEvent)
    .map((group) => {
      const first = group[0] as Participant;
      const merged: Participant = { name: fullest(group.map((p) => p.name)) ?? first.name, kind: first.kind };
      const role = fullest(group.map((p) => p.role));
      const affiliation = fullest(group.map((p) => p.affiliation));
      if (role) merged.role = role;
      if (affiliation) merged.affiliation = affiliation;
      return merged;
    });
}

/** The canonical event of a set of sources: majority type and place, the most precise date, all participants. */
export function canonicalEvent(sources: StorySource[]): StoryEvent {
  const events = sources.flatMap((s) => (s.event ? [s.event] : []));
  const type = majority(
    events.map((e) => e.type),
    (t) => t,
  );
  const event: StoryEvent = { type: type ?? 'other', participants: mergeParticipants(events) };
  const location = majority(
    sources.flatMap((s) => {
      const place = eventLocation(s.event?.location, s.outlet);
      return place ? [place] : [];
    }),
    placeKey,
  );
  if (location) event.location = location;
  // A report with no publication date resolved 'on Saturday' against the day it was uploaded,
  // which says nothing of when its event was: when any report is dated, only dated ones date it.
  const dated = sources.some((s) => !s.undated) ? sources.filter((s) => !s.undated) : sources;
  const dates = dated.flatMap((s) => (s.event?.date ? [s.event.date] : []));
  const bestRank = Math.min(...dates.map((d) => precisionRank(d.precision)));
  const date = majority(
    dates
      .filter((d) => precisionRank(d.precision) === bestRank)
      .sort((a, b) => a.start.localeCompare(b.start)),
    (d) => `${d.start}/${d.end}`,
  );
  if (date) event.date = date;
  return event;
}

function headlineOf(sources: StorySource[], event: StoryEvent): string {
  const withHeadline = sources.find((s) => s.headline && s.headline.trim() !== '');
  if (withHeadline?.headline) return withHeadline.headline;
  const action = sources.find((s) => s.event?.action)?.event?.action;
  if (action) return action;
  const lead = sources.find((s) => s.lead)?.lead;
  return lead ?? `${event.type} reported by ${sources.map((s) => s.outlet).join(', ')}`;
}

/** Rebuilds everything derived from the sources; the caller decides version and times. */
function rebuild(story: Story, sources: StorySource[], views: OutletView[], now: Date): Story {
  const ordered = [...sources].sort(bySourceOrder);
  const viewByKey = new Map(views.map((v) => [v.key, v]));
  const event = canonicalEvent(ordered);
  return compact({
    ...story,
    headline: headlineOf(ordered, event),
    event,
    sources: ordered,
    views: ordered.flatMap((s) => {
      const view = viewByKey.get(s.key);
      return view ? [view] : [];
    }),
    lastSeen: now.toISOString(),
    version: story.version + 1,
  });
}

const storyBytes = (story: Story) => new TextEncoder().encode(JSON.stringify(story)).length;

/** Ways to slim a later source, mildest first: each keeps what the canonical event and links need longest. */
const SLIMMING: ((source: StorySource) => StorySource)[] = [
  ({ lead: _lead, people: _people, organizations: _organizations, places: _places, ...rest }) => rest,
  ({ background: _background, ...rest }) => rest,
  (source) => (source.event ? { ...source, event: { ...source.event, participants: [] } } : source),
];

/**
 * Keeps a much-reported story within DynamoDB's item limit: sources after the earliest few
 * lose their lead and names, then their mentions and quotes, then their participants.
 */
function compact(story: Story): Story {
  if (storyBytes(story) <= STORY_LIMITS.storyBytes) return story;
  const keep = STORY_LIMITS.fullSources;
  let slim = story;
  for (const [step, slimSource] of SLIMMING.entries()) {
    slim = { ...slim, sources: slim.sources.map((s, i) => (i < keep ? s : slimSource(s))) };
    if (step === 1)
      slim = { ...slim, views: slim.views.map((v, i) => (i < keep ? v : { ...v, quotes: [] })) };
    if (storyBytes(slim) <= STORY_LIMITS.storyBytes) return slim;
  }
  return slim;
}

/** A new story holding one article. */
export function newStory(article: Article, id: string, now: Date, weights: TermWeights): Story {
  const source = sourceFromArticle(article, weights);
  const empty: Story = {
    id,
    headline: '',
    event: { type: 'other', participants: [] },
    sources: [],
    views: [],
    backgroundStoryIds: [],
    firstSeen: now.toISOString(),
    lastSeen: now.toISOString(),
    version: 0,
  };
  return { ...rebuild(empty, [source], [viewOf(source, article)], now), indexedBy: source.key };
}

/**
 * How much earlier than a story's index report a joining report must be published to take the
 * index over. A report searches 14 days either side of its publication, so an index a week
 * off still finds the reports of the story's days, and a report a few days earlier than the
 * story's first (common when outlets' reports arrive out of order) moves no index entry.
 */
const INDEX_TAKEOVER_DAYS = 7;

/** Whether a joining report takes over the index: a dated one from an undated one, or one published over a week earlier. */
function takesOverIndex(report: StorySource, current: StorySource): boolean {
  if (Boolean(report.undated) !== Boolean(current.undated)) return !report.undated;
  return dayNumber(current.published) - dayNumber(report.published) > INDEX_TAKEOVER_DAYS;
}

/** Whether the story already holds exactly these bytes of this article. */
export function holdsArticle(story: Story, article: Article): boolean {
  return story.sources.some((s) => s.key === article.key && s.contentHash === article.contentHash);
}

/** The story with the article added, or its earlier contribution replaced; unchanged when already held. */
export function addSource(story: Story, article: Article, now: Date, weights: TermWeights): Story {
  if (holdsArticle(story, article)) return story;
  const source = sourceFromArticle(article, weights);
  const updated = rebuild(
    story,
    [...story.sources.filter((s) => s.key !== article.key), source],
    [...story.views.filter((v) => v.key !== article.key), viewOf(source, article)],
    now,
  );
  const current = indexSource(story);
  return { ...updated, indexedBy: current && !takesOverIndex(source, current) ? current.key : source.key };
}

/**
 * The story with one report of another story added as it stands there (its source and its
 * outlet's view). The story keeps its index report: a move never files a story's terms again.
 */
export function moveSource(story: Story, from: Story, key: string, now: Date): Story {
  const source = from.sources.find((s) => s.key === key);
  if (!source) return story;
  const updated = rebuild(
    story,
    [...story.sources.filter((s) => s.key !== key), source],
    [...story.views.filter((v) => v.key !== key), ...from.views.filter((v) => v.key === key)],
    now,
  );
  return { ...updated, indexedBy: indexSource(story)?.key ?? key };
}

/** A story's earliest report (a dated one when any is). */
export function earliestSource(story: Story): StorySource | undefined {
  const dated = story.sources.filter((s) => !s.undated);
  return (dated.length > 0 ? dated : story.sources).reduce<StorySource | undefined>(
    (earliest, s) =>
      !earliest ||
      s.published.localeCompare(earliest.published) < 0 ||
      (s.published === earliest.published && s.key < earliest.key)
        ? s
        : earliest,
    undefined,
  );
}

/**
 * The report a story is indexed by (its terms, its days): the one it names, else its earliest.
 * It changes only when a report published over a week earlier joins, the report leaves or the
 * story absorbs another, so the reports that join a story move none of its index entries.
 */
export function indexSource(story: Story): StorySource | undefined {
  return story.sources.find((s) => s.key === story.indexedBy) ?? earliestSource(story);
}

/** The story indexed by the earliest of these of its reports. */
function indexedByEarliest(story: Story, reports: (StorySource | undefined)[]): Story {
  const first = earliestSource({ ...story, sources: reports.filter((r) => r !== undefined) });
  return first ? { ...story, indexedBy: first.key } : story;
}

/** The story without one article, its event recomputed from the sources that remain. */
export function removeSource(story: Story, key: string, now: Date): Story {
  if (!story.sources.some((s) => s.key === key)) return story;
  const rest = rebuild(
    story,
    story.sources.filter((s) => s.key !== key),
    story.views.filter((v) => v.key !== key),
    now,
  );
  // When its index report leaves, the earliest of the others takes over.
  return story.indexedBy === key ? indexedByEarliest(rest, rest.sources) : rest;
}

/** The story as one of its reports alone would make it: what that report says, read back from the store. */
export function soloStory(story: Story, key: string, now: Date): Story {
  const source = story.sources.find((s) => s.key === key);
  if (!source) return story;
  const solo = rebuild(
    story,
    [source],
    story.views.filter((v) => v.key === key),
    now,
  );
  return { ...solo, indexedBy: key };
}

/** The winner with all of the loser's sources, for two stories that turned out to be one event. */
export function mergeStories(winner: Story, loser: Story, now: Date): Story {
  const keys = new Set(loser.sources.map((s) => s.key));
  const merged = rebuild(
    winner,
    [...winner.sources.filter((s) => !keys.has(s.key)), ...loser.sources],
    [...winner.views.filter((v) => !keys.has(v.key)), ...loser.views],
    now,
  );
  const links = [...winner.backgroundStoryIds, ...loser.backgroundStoryIds];
  return {
    // Indexed as the earlier of the two was: a merge rewrites the index entries in any case.
    ...indexedByEarliest(merged, [indexSource(winner), indexSource(loser)]),
    firstSeen: [winner.firstSeen, loser.firstSeen].sort()[0] ?? winner.firstSeen,
    backgroundStoryIds: [...new Set(links)].filter((id) => id !== winner.id && id !== loser.id),
  };
}

/** The period a story's event covers: its date, or the week before its first source (its first dated one, when any is). */
export function storyPeriod(story: Story) {
  const first = story.sources.find((s) => !s.undated) ?? story.sources[0];
  return reportPeriod(story.event.date, first?.published ?? story.firstSeen);
}
