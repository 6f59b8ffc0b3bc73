/**
 * How a story lies in the table: a head item with the story's event, links and times, and one
 * part item per source (with that outlet's view). A report joining a story writes the head and
 * its own part; the parts of the other reports stay as they are.
 *
 * Parts are content-addressed (their sort key holds a fingerprint of what they hold) and the
 * head lists the parts of its version, so a reader takes exactly the parts its head names:
 * parts are written before their head, a part another version still names is never deleted
 * (deletes are conditional on the version stamp, as for index items), and a reader that a
 * writer overtook (a named part missing) reads again.
 *
 * What a head or part holds is stored as compressed JSON in one binary attribute: write and
 * read units are charged per KB of item, and a report's part (its terms, lead, quotes) is about
 * 2 KB as JSON and mostly under 1 KB compressed.
 */
import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { OutletView, Story, StorySource } from '../../core/model';
import { storyPeriod } from '../../core/story';
import { keys } from './keys';

export interface ItemKey {
  PK: string;
  SK: string;
}

/** A source the head names: its article key and its part's sort key. */
export interface PartRef {
  key: string;
  sk: string;
}

/** What a head holds: the story without its sources and views, which live in the parts. */
export interface HeadBody {
  story: Omit<Story, 'sources' | 'views'>;
  parts: PartRef[];
  /**
   * The parts (sort keys) of reports taken in from stories merged into this one, whose source
   * and mention entries stay filed under the merged-away id, which points here: the story does
   * not file them again. Absent when there are none.
   */
  absorbed?: string[];
}

/** A story as its items hold it, with the parts whose entries a merged-away id keeps (`HeadBody.absorbed`). */
export interface StoredStory {
  story: Story;
  absorbed: string[];
}

/** What a part holds: one source and its outlet's view. */
export interface PartBody {
  source: StorySource;
  view?: OutletView;
}

export interface HeadItem extends ItemKey {
  GSI1PK: string;
  GSI1SK: string;
  version: number;
  /** A `HeadBody`, packed. */
  body: Uint8Array;
}

export interface PartItem extends ItemKey {
  /** The story version that last wrote the part. */
  storyVersion: number;
  /** A `PartBody`, packed. */
  body: Uint8Array;
}

/** A story as items: its head and the parts its head names. */
export interface StoryItems {
  head: HeadItem;
  parts: PartItem[];
}

const HEAD_SK = keys.story('').SK;

/**
 * Words a body is compressed against (a preset dictionary): the field names and common values
 * of a head and a part, and frequent words of news prose. A head or part is a few hundred
 * bytes to 2 KB, too short for plain compression to learn its field names; with them given,
 * a report's part mostly fits the one write unit of an item up to 1 KB. Part of the stored
 * format: items written with it read only with it (a test pins it).
 */
const DICTIONARY = Buffer.from(
  [
    '{"story":{"id":"","headline":"","event":{"type":"","participants":[],"location":"","date":{}},',
    '"backgroundStoryIds":[],"firstSeen":"","lastSeen":"","version":1},"parts":[{"key":"","sk":"SRC#"}]}',
    'meeting talks visit call summit agreement sanction statement announcement protest accusation',
    'attack election ruling lawsuit arrest appointment resignation deal earnings disaster match launch',
    '"precision":"week" "precision":"month" "precision":"year" "precision":"range" "undated":true',
    '"speakerKind":"unknown" "speakerKind":"organization" "role":"" "affiliation":"" "kind":"place"',
    'https://www. .com/ .html "url":"" "contentHash":"" "headline":"" "outlet":"" "published":"" ',
    ' government president minister officials police people country state year week month day',
    ' has have had been were will would could about after before when where which who their they',
    ' The In A He She It is was are for with from by at on an as his her its that this of and to',
    '"background":[{"type":"","action":"","participants":[{"name":"","kind":"person"}],"location":""',
    '"places":[""],"people":[""],"organizations":[""],"terms":{"":0.1,"":0.2},"lead":" said ',
    '"view":{"outlet":"","key":"","quotes":[{"speaker":"","speakerKind":"person","text":"","span":',
    '{"sentence":0,"start":0,"end":0}}]}}{"source":{"key":"","outlet":"","published":"",',
    '"event":{"type":"","action":"","participants":[{"name":"","kind":"person"},{"name":"",',
    '"kind":"organization"},{"name":"","kind":"country"}],"location":"","date":{"start":"20',
    '","end":"20","precision":"day","text":""}},',
  ].join(''),
);

/** JSON, compressed against DICTIONARY: the binary attribute a head or part keeps its body in. */
export function pack(body: HeadBody | PartBody): Uint8Array {
  return deflateRawSync(JSON.stringify(body), { level: 9, dictionary: DICTIONARY });
}

/** The body a packed attribute holds. */
export function unpack<T extends HeadBody | PartBody>(packed: Uint8Array): T {
  return JSON.parse(inflateRawSync(packed, { dictionary: DICTIONARY }).toString('utf8')) as T;
}

/**
 * The body of a head or part item, packed or, for an item written before bodies were packed,
 * spread over its attributes: a table kept between runs (`.news-digest`) still reads.
 */
function bodyOf<T extends HeadBody | PartBody>(item: object): T {
  return 'body' in item && item.body instanceof Uint8Array ? unpack<T>(item.body) : (item as T);
}

function fingerprint(source: StorySource, view: OutletView | undefined): string {
  return createHash('sha256')
    .update(JSON.stringify([source, view ?? null]))
    .digest('base64url')
    .slice(0, 16);
}

/** The sort key of each source's part, in the order of the story's sources. */
export function partKeys(story: Story): string[] {
  const views = new Map(story.views.map((v) => [v.key, v]));
  return story.sources.map(
    (source) => keys.storyPart(story.id, source.key, fingerprint(source, views.get(source.key))).SK,
  );
}

/** The items that hold a story; `absorbed` (`HeadBody.absorbed`) keeps those of its parts. */
export function toItems(story: Story, absorbed: readonly string[] = []): StoryItems {
  const views = new Map(story.views.map((v) => [v.key, v]));
  const refs: PartRef[] = [];
  const parts = story.sources.map((source): PartItem => {
    const view = views.get(source.key);
    const key = keys.storyPart(story.id, source.key, fingerprint(source, view));
    refs.push({ key: source.key, sk: key.SK });
    return { ...key, storyVersion: story.version, body: pack(view ? { source, view } : { source }) };
  });
  const present = new Set(refs.map((r) => r.sk));
  const kept = [...new Set(absorbed)].filter((sk) => present.has(sk)).sort();
  const { sources: _sources, views: _views, ...rest } = story;
  const head: HeadItem = {
    ...keys.story(story.id),
    ...keys.storyByMonth(storyPeriod(story).start, story.id),
    version: story.version,
    body: pack({ story: rest, parts: refs, ...(kept.length > 0 ? { absorbed: kept } : {}) }),
  };
  return { head, parts };
}

/**
 * What a story merged into another leaves at its head: a small item naming the story that took
 * in its reports, so the index entries it leaves behind still lead to them, with a version past
 * the story's last, so a writer that read the story before the merge finds it changed. It keeps
 * the head's month entry, as a search keeps the story's other entries: taking it out of the
 * month index was a write unit, and the digest's listing follows it to the survivor, which it
 * lists by the survivor's own days.
 */
export function movedItem(
  story: Story,
  version: number,
  to: string,
): ItemKey & { GSI1PK: string; GSI1SK: string; version: number; movedTo: string } {
  return {
    ...keys.story(story.id),
    ...keys.storyByMonth(storyPeriod(story).start, story.id),
    version,
    movedTo: to,
  };
}

/** The story a merged-away story's head points at (`movedItem`); undefined for a story's own head. */
export function movedTo(head: object): string | undefined {
  return 'movedTo' in head && typeof head.movedTo === 'string' ? head.movedTo : undefined;
}

/** Whether an item read under a story's partition is its head. */
export function isHead(item: Record<string, unknown>): boolean {
  return item.SK === HEAD_SK;
}

/**
 * The story a head and the items read beside it make, or undefined when a part the head names
 * was not among them: a Query is no snapshot, so a writer may have replaced the story while it
 * was read (its new parts sort before the head, its old ones are deleted after it), and the
 * caller reads again. Parts the head does not name (left by a writer that lost a race, or by an
 * older version) are ignored.
 */
export function fromItems(head: object, items: readonly Partial<ItemKey>[]): StoredStory | undefined {
  const byKey = new Map(items.map((i) => [String(i.SK), i]));
  const { story, parts: refs, absorbed } = bodyOf<HeadBody>(head);
  const parts: PartBody[] = [];
  for (const ref of refs) {
    const part = byKey.get(ref.sk);
    if (!part) return undefined;
    parts.push(bodyOf<PartBody>(part));
  }
  return {
    story: {
      ...story,
      sources: parts.map((p) => p.source),
      views: parts.flatMap((p) => (p.view ? [p.view] : [])),
    },
    absorbed: absorbed ?? [],
  };
}
