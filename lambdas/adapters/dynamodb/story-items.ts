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
 */
import { createHash } from 'node:crypto';
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

export interface HeadItem extends ItemKey {
  GSI1PK: string;
  GSI1SK: string;
  version: number;
  /** The story without its sources and views, which live in the parts. */
  story: Omit<Story, 'sources' | 'views'>;
  parts: PartRef[];
}

export interface PartItem extends ItemKey {
  storyId: string;
  /** The story version that last wrote the part. */
  storyVersion: number;
  source: StorySource;
  view?: OutletView;
}

/** A story as items: its head and the parts its head names. */
export interface StoryItems {
  head: HeadItem;
  parts: PartItem[];
}

const HEAD_SK = keys.story('').SK;

function fingerprint(source: StorySource, view: OutletView | undefined): string {
  return createHash('sha256')
    .update(JSON.stringify([source, view ?? null]))
    .digest('base64url')
    .slice(0, 16);
}

/** The items that hold a story. */
export function toItems(story: Story): StoryItems {
  const views = new Map(story.views.map((v) => [v.key, v]));
  const parts = story.sources.map((source): PartItem => {
    const view = views.get(source.key);
    return {
      ...keys.storyPart(story.id, source.key, fingerprint(source, view)),
      storyId: story.id,
      storyVersion: story.version,
      source,
      ...(view ? { view } : {}),
    };
  });
  const { sources: _sources, views: _views, ...rest } = story;
  const head: HeadItem = {
    ...keys.story(story.id),
    ...keys.storyByMonth(storyPeriod(story).start, story.id),
    version: story.version,
    story: rest,
    parts: parts.map((p) => ({ key: p.source.key, sk: p.SK })),
  };
  return { head, parts };
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
export function fromItems(head: HeadItem, items: Record<string, unknown>[]): Story | undefined {
  const byKey = new Map(items.map((i) => [String(i.SK), i as unknown as PartItem]));
  const parts: PartItem[] = [];
  for (const ref of head.parts) {
    const part = byKey.get(ref.sk);
    if (!part) return undefined;
    parts.push(part);
  }
  return {
    ...head.story,
    sources: parts.map((p) => p.source),
    views: parts.flatMap((p) => (p.view ? [p.view] : [])),
  };
}
