/**
 * Stories in the single table, each as a head item and one part per source (see
 * `story-items.ts`). The head carries a version; writes are conditional on it (dynalite has no
 * transactions). Index items (entity, background mention, source, last update) are written
 * after their story, each stamped with the story version it reflects, so a slow writer can
 * neither overwrite nor delete a newer writer's entries. Readers treat index items as hints and
 * re-check the story itself, so leftovers are harmless: a removed story leaves its index entries
 * behind rather than pay a write unit to delete each, and a story merged into another leaves them
 * too, with a pointer at its head that readers follow to the survivor (`absorb`).
 */
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { Story } from '../../core/model';
import type { StoryCandidateQuery } from '../../core/story';
import { pickCandidates, type StoryIndexEntries, storyIndexEntries, storyPeriod } from '../../core/story';
import { AdapterError, ConflictError } from '../../errors';
import type { StoryStore } from '../../ports';
import { keys, TABLE_KEYS } from './keys';
import { isConditionFailure, storageError } from './sdk-errors';
import {
  fromItems,
  type HeadItem,
  type ItemKey,
  isHead,
  movedItem,
  movedTo,
  type PartItem,
  partKeys,
  toItems,
} from './story-items';

type IndexKey = ItemKey;

/**
 * An index item names its story in its sort key only (`<date>#<id>`, or the id itself for a
 * source entry): a copy of the id beside it was a third of the item, and hot keys are read 50
 * items at a time. Items written with the copy still read.
 */
type IndexItem = IndexKey & Partial<Record<'GSI1PK' | 'GSI1SK', string>> & { storyVersion: number };

/** An item whose writes are ordered by the story version stamped on it: an index item or a part. */
type StampedItem = IndexItem | PartItem;

/** Upper bound for sort keys that start with a day, so BETWEEN covers every id on the last day. */
const DAY_END = '~';

/** Index entries read per key and query: a key many stories share (a common word, a capital) stops here. */
const INDEX_KEY_CAP = 50;

/**
 * The last-update entry, unless the head's own month entry (at the first day of the story's
 * event) already files the story under that day: a story last updated that day is listed once.
 */
function seenItem(story: Story): IndexItem[] {
  const day = story.lastSeen.slice(0, 10);
  if (day === storyPeriod(story).start) return [];
  return [
    {
      ...keys.storySeen(story.id),
      ...keys.storyByMonth(day, story.id),
      storyVersion: story.version,
    },
  ];
}

const NONE: ReadonlySet<string> = new Set();

/** The index entries of the story's own reports, not those of the reports it absorbed (`indexItems`). */
function ownEntries(
  story: Story,
  absorbed: ReadonlySet<string>,
  entries: StoryIndexEntries = storyIndexEntries(story),
): StoryIndexEntries {
  if (absorbed.size === 0) return entries;
  const parts = partKeys(story);
  return storyIndexEntries({
    ...story,
    sources: story.sources.filter((_, i) => !absorbed.has(parts[i] ?? '')),
  });
}

/** The prefixes of the index items a search reads: entities, background mentions. */
type IndexPrefix = 'ENT' | 'BGM';

/**
 * Under how many of the query's keys a story files itself in its window, under its own id:
 * what a search's items say of it, but for entries it no longer files (`indexChanges`).
 */
function ownHits(
  story: Story,
  absorbed: ReadonlySet<string>,
  prefix: IndexPrefix,
  query: StoryCandidateQuery,
): number {
  const wanted = new Set(query.entityKeys);
  const filed =
    prefix === 'ENT'
      ? storyIndexEntries(story).entities.map((e) => ({ key: e.key, day: e.date }))
      : ownEntries(story, absorbed).mentions.map((m) => ({ key: m.key, day: m.periodStart }));
  const inWindow = filed.filter((e) => wanted.has(e.key) && e.day >= query.from && e.day <= query.to);
  return new Set(inWindow.map((e) => e.key)).size;
}

/**
 * The index items a story files. Reports taken in from a merged-away story (`absorbed`: their
 * parts' sort keys) keep their source and mention entries under its id, which points here, so
 * those are not filed again; a report's own mentions do not depend on the story's other reports.
 */
function indexItems(story: Story, absorbed: ReadonlySet<string> = NONE): IndexItem[] {
  const entries = storyIndexEntries(story);
  const own = ownEntries(story, absorbed, entries);
  const stamp = { storyVersion: story.version };
  return [
    ...entries.entities.map((e) => ({ ...keys.entityIndex(e.key, e.date, story.id), ...stamp })),
    ...own.mentions.map((m) => ({ ...keys.backgroundMention(m.key, m.periodStart, story.id), ...stamp })),
    ...own.sources.map((key) => ({ ...keys.storySource(key, story.id), ...stamp })),
    ...seenItem(story),
  ];
}

/**
 * Every item `save` writes for a story that is not in the table yet: head, parts and index
 * items. A preload (the bench's tables) writes these straight into the emulator's store.
 */
export function newStoryItems(story: Story): (HeadItem | StampedItem)[] {
  const { head, parts } = toItems(story);
  return [head, ...parts, ...indexItems(story)];
}

/** The keys of the index items a version of a story wrote, given the parts it had absorbed. */
function writtenKeys(previous: Story | undefined, absorbed: ReadonlySet<string>): IndexKey[] {
  return previous ? indexItems(previous, absorbed).map(({ PK, SK }) => ({ PK, SK })) : [];
}

const keyId = (k: IndexKey) => `${k.PK}\u0000${k.SK}`;

/** The story an entity or mention index item points at: the id after its sort key's day. */
const indexedStory = (item: Record<string, unknown>) =>
  String(item.SK).slice(String(item.SK).indexOf('#') + 1);

/** Reads of a story that a writer replaced while it was read, before that is an error. */
const READ_ATTEMPTS = 4;
/** Stories read at once: each is one Query. */
const READ_CONCURRENCY = 16;
/** Stories remembered as read, so a save writes only the parts its version added. */
const KNOWN_STORIES = 512;
/** Merged-away ids a read follows in a row (a story merged into one that was merged in turn). */
const MAX_HOPS = 8;

/** What a story's partition holds: the story, the id of the story it was merged into, or nothing. */
type Stored = { story: Story } | { movedTo: string } | null;

/**
 * Where following an id led: a story, an id the caller reads anyway (`via`: following stopped
 * there), or nothing.
 */
type Reached = { story: Story } | { via: string } | null;

/** Months (`yyyy-mm`) from one day's month to another's, inclusive. */
function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const last = to.slice(0, 7);
  for (;;) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    if (current > last) return months;
    months.push(current);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
}

/** The stories the picked ids lead to (an id that stopped at another, to that one's), by id. */
function storiesReached(picked: string[], reached: ReadonlyMap<string, Reached>): Story[] {
  const found = new Map<string, Story>();
  for (const id of picked) {
    let r = reached.get(id) ?? null;
    for (let hop = 0; r && 'via' in r && hop <= MAX_HOPS; hop += 1) r = reached.get(r.via) ?? null;
    if (r && 'story' in r) found.set(r.story.id, r.story);
  }
  return [...found.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** StoryStore on DynamoDB. */
export class DynamoDbStoryStore implements StoryStore {
  /** Stories as last read or written, by `id@version`: versions are never reused, so an entry never goes stale. */
  private readonly known = new Map<string, Story>();
  /** The absorbed parts (`HeadBody.absorbed`) of each story read or written. */
  private readonly absorbedBy = new WeakMap<Story, ReadonlySet<string>>();

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(id: string): Promise<Story | null> {
    const reached = await this.follow(id, (next) => this.readStored(next, true));
    return reached && 'story' in reached ? reached.story : null;
  }

  /**
   * The story with this id or, when it was merged into another, the story that took it in, each
   * partition read by `read`; following stops at ids in `skip` (the caller reads them anyway).
   */
  private async follow(
    id: string,
    read: (id: string) => Promise<Stored>,
    skip: ReadonlySet<string> = NONE,
  ): Promise<Reached> {
    let next = id;
    for (let hop = 0; hop <= MAX_HOPS; hop += 1) {
      const stored = await read(next);
      if (stored === null) return null;
      if ('story' in stored) return stored;
      if (skip.has(stored.movedTo)) return { via: stored.movedTo };
      next = stored.movedTo;
    }
    return null;
  }

  /**
   * A story's partition by one Query. Eventually consistent reads cost half: parts are written
   * before their head in one partition, so such a read still sees every part its head names,
   * and every write after it is conditional on the version read.
   */
  private async readStored(id: string, consistent: boolean): Promise<Stored> {
    for (let attempt = 1; attempt <= READ_ATTEMPTS; attempt += 1) {
      const items = await this.query({
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': keys.story(id).PK },
        ConsistentRead: consistent,
      });
      const head = items.find(isHead);
      if (!head) return null;
      const to = movedTo(head);
      if (to !== undefined) return { movedTo: to };
      const stored = fromItems(head, items);
      if (stored) return { story: this.remember(stored.story, stored.absorbed) };
    }
    throw new AdapterError(`story ${id}: its head names parts that ${READ_ATTEMPTS} reads did not find`);
  }

  async candidates(query: StoryCandidateQuery): Promise<Story[]> {
    const wanted = new Set(query.entityKeys);
    const stories = await this.search('ENT', query);
    // Index items may outlive a change of the story: keep only stories that still match.
    return stories.filter((s) =>
      storyIndexEntries(s).entities.some(
        (e) => wanted.has(e.key) && e.date >= query.from && e.date <= query.to,
      ),
    );
  }

  async referencing(query: StoryCandidateQuery): Promise<Story[]> {
    const wanted = new Set(query.entityKeys);
    const stories = await this.search('BGM', query);
    return stories.filter((s) =>
      storyIndexEntries(s).mentions.some(
        (m) => wanted.has(m.key) && m.periodStart >= query.from && m.periodStart <= query.to,
      ),
    );
  }

  async withSource(articleKey: string): Promise<Story[]> {
    const items = await this.query({
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': `SRC#${articleKey}` },
    });
    // A source entry's sort key is its story's id.
    const stories = await this.getMany(items.map((i) => String(i.SK)));
    return stories.filter((s) => s.sources.some((src) => src.key === articleKey));
  }

  async save(story: Story, expectedVersion: number): Promise<void> {
    await this.write(story, expectedVersion, []);
  }

  /**
   * Saves a story that took in `loser`'s reports, then leaves the loser's id pointing at it: the
   * loser's index entries stay and lead here, so the story files again neither the source nor
   * the mention entries of the reports it took in (a write unit each), while a search that meets
   * the old entries reads the story they lead to.
   */
  async absorb(story: Story, expectedVersion: number, loser: Story): Promise<void> {
    const gone = await this.version(loser.id, loser.version);
    const kept = await this.version(story.id, expectedVersion);
    // Parts the survivor filed itself keep their entries under its own id (racing reconcilers
    // that merged both ways each hold the other's reports as absorbed).
    const own = new Set(partKeys(kept).filter((sk) => !this.absorbedOf(kept).has(sk)));
    const inherited = [...this.absorbedOf(gone), ...partKeys(gone)].filter((sk) => !own.has(sk));
    await this.write(story, expectedVersion, inherited);
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: movedItem(gone, gone.version + 1, story.id),
          ConditionExpression: '#version = :expected',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':expected': gone.version },
        }),
      );
    } catch (error) {
      throw storageError(`PutItem story ${gone.id} moved to ${story.id} at version ${gone.version}`, error);
    }
    await this.retire(gone);
  }

  /**
   * Writes a story conditionally on the version it replaces; `inherited`: parts whose source and
   * mention entries a merged-away id keeps (`absorb`), besides those the replaced version had.
   */
  private async write(story: Story, expectedVersion: number, inherited: readonly string[]): Promise<void> {
    const previous = expectedVersion === 0 ? undefined : await this.version(story.id, expectedVersion);
    const had = previous ? this.absorbedOf(previous) : NONE;
    const { head, parts } = toItems(story, [...had, ...inherited]);
    const present = new Set(parts.map((p) => p.SK));
    const absorbed = new Set([...had, ...inherited].filter((sk) => present.has(sk)));
    const before = previous ? toItems(previous).parts : [];
    const hadPart = new Set(before.map(keyId));
    // Parts first: a reader of the new head finds every part it names.
    await Promise.all(parts.filter((p) => !hadPart.has(keyId(p))).map((p) => this.putStamped(p)));
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: head,
          ...(expectedVersion === 0
            ? {
                // A merged-away story's id may open a story again once the one it pointed at is gone.
                ConditionExpression: 'attribute_not_exists(PK) OR attribute_exists(movedTo)',
              }
            : {
                ConditionExpression: '#version = :expected',
                ExpressionAttributeNames: { '#version': 'version' },
                ExpressionAttributeValues: { ':expected': expectedVersion },
              }),
        }),
      );
    } catch (error) {
      throw storageError(`PutItem story ${story.id} at version ${expectedVersion}`, error);
    }
    this.remember(story, absorbed);
    const kept = new Set(parts.map(keyId));
    const goneParts = before.filter((p) => !kept.has(keyId(p)));
    await Promise.all([
      ...this.indexChanges(story, absorbed, previous, had),
      ...goneParts.map((p) => this.deleteStamped(p, story.version)),
    ]);
  }

  /**
   * Writes the index items a story files that the version it replaced did not. Entries the
   * previous version wrote already point at this story: only what changed is written. The
   * last-update entry keeps its key but is filed under its day, which may move. Entries the story
   * no longer files stay, as a removed story's do: searches count a story they read by its own
   * entries (`ownHits`) and drop one that no longer matches, and deleting each was a write unit
   * (a merge that moves a story's index to the other's days left 20-40).
   */
  private indexChanges(
    story: Story,
    absorbed: ReadonlySet<string>,
    previous: Story | undefined,
    hadAbsorbed: ReadonlySet<string>,
  ): Promise<void>[] {
    const had = new Set(writtenKeys(previous, hadAbsorbed).map(keyId));
    const day = (s: Story) => s.lastSeen.slice(0, 10);
    const seenMoved = previous === undefined || day(previous) !== day(story);
    const added = indexItems(story, absorbed).filter(
      (entry) => !had.has(keyId(entry)) || (seenMoved && entry.SK === keys.storySeen(story.id).SK),
    );
    return added.map((entry) => this.putStamped(entry));
  }

  async remove(id: string, expectedVersion: number): Promise<void> {
    const previous = await this.version(id, expectedVersion);
    try {
      await this.client.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: keys.story(id),
          ConditionExpression: '#version = :expected',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':expected': expectedVersion },
        }),
      );
    } catch (error) {
      throw storageError(`DeleteItem story ${id} at version ${expectedVersion}`, error);
    }
    await this.retire(previous);
  }

  /**
   * Deletes the parts of a story whose head is gone or moved. Its index entries stay: hints to a
   * story that is gone (or moved, `absorb`), which readers drop as they drop any stale entry;
   * deleting them was a write unit each, 25-40 for a story merged into another. So does its
   * last-update entry (two write units with its month index entry): the digest's listing reads
   * the id, finds it gone or follows it, and lists a story by that story's own days.
   * Deletes are stamped past any version: a story re-created under the id starts at version 1.
   */
  private async retire(story: Story): Promise<void> {
    await Promise.all(toItems(story).parts.map((k) => this.deleteStamped(k, Number.MAX_SAFE_INTEGER)));
  }

  /**
   * The story at the version a write expects, as last read or else read now. A story that is
   * gone or at another version is a lost race, as the conditional write would find.
   */
  private async version(id: string, expected: number): Promise<Story> {
    const known = this.known.get(`${id}@${expected}`);
    const stored = known ? { story: known } : await this.readStored(id, true);
    const story = stored && 'story' in stored ? stored.story : null;
    if (story?.version !== expected)
      throw new ConflictError(`story ${id} is no longer at version ${expected}`);
    return story;
  }

  /** The parts of a story read or written here whose entries a merged-away id keeps. */
  private absorbedOf(story: Story): ReadonlySet<string> {
    return this.absorbedBy.get(story) ?? NONE;
  }

  private remember(story: Story, absorbed: Iterable<string>): Story {
    this.absorbedBy.set(story, new Set(absorbed));
    const key = `${story.id}@${story.version}`;
    this.known.delete(key);
    this.known.set(key, story);
    // A Map iterates in insertion order: the first key is the least recently used.
    if (this.known.size > KNOWN_STORIES) this.known.delete(this.known.keys().next().value as string);
    return story;
  }

  async listByDate(from: string, to: string): Promise<Story[]> {
    const ids = new Set<string>();
    for (const month of monthsBetween(from, to)) {
      const items = await this.query({
        TableName: this.tableName,
        IndexName: TABLE_KEYS.gsi1.name,
        KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
        ExpressionAttributeNames: { '#pk': TABLE_KEYS.gsi1.partitionKey, '#sk': TABLE_KEYS.gsi1.sortKey },
        ExpressionAttributeValues: { ':pk': `STORYMONTH#${month}`, ':from': from, ':to': `${to}${DAY_END}` },
        ProjectionExpression: 'PK',
      });
      for (const item of items) ids.add(String(item.PK).slice('STORY#'.length));
    }
    const inWindow = (day: string) => day >= from && day <= to;
    return (await this.getMany([...ids]))
      .filter((s) => inWindow(storyPeriod(s).start) || inWindow(s.lastSeen.slice(0, 10)))
      .sort(
        (a, b) =>
          storyPeriod(b).start.localeCompare(storyPeriod(a).start) || b.lastSeen.localeCompare(a.lastSeen),
      );
  }

  /**
   * The stories a search finds: the ids found under the most keys (`pickCandidates`), each read
   * or, when the caller holds it (`query.known`), taken as held, and sorted by id. A story reached
   * under its own id is counted again by the entries it files now (`ownHits`): entries it no
   * longer files stay in the table and may have ranked it higher. When that changes which ids
   * are picked, those newly picked are read too, so a search picks what it would had every such
   * entry been deleted, and reads more only then.
   */
  private async search(prefix: IndexPrefix, query: StoryCandidateQuery): Promise<Story[]> {
    const hits = await this.hitsUnder(prefix, query);
    const held = new Map((query.known ?? []).map((s) => [s.id, s]));
    const reached = new Map<string, Reached>();
    for (;;) {
      const picked = pickCandidates(hits, query);
      const unread = picked.filter((id) => !reached.has(id));
      for (const id of unread) {
        const story = held.get(id);
        if (story) reached.set(id, { story });
      }
      const toRead = unread.filter((id) => !held.has(id));
      for (const [id, r] of await this.reachMany(toRead, [...reached.keys()])) reached.set(id, r);
      let recounted = false;
      for (const id of unread) {
        const r = reached.get(id);
        if (!r || !('story' in r) || r.story.id !== id) continue;
        const own = ownHits(r.story, this.absorbedOf(r.story), prefix, query);
        if (own < (hits.get(id) ?? 0)) {
          hits.set(id, own);
          recounted = true;
        }
      }
      if (!recounted) return storiesReached(picked, reached);
    }
  }

  /**
   * How many of the query's keys each story is indexed under in the window: one Query per key,
   * newest entries first and at most INDEX_KEY_CAP of them, so no key grows a report's reads.
   */
  private async hitsUnder(prefix: 'ENT' | 'BGM', query: StoryCandidateQuery): Promise<Map<string, number>> {
    const hits = new Map<string, number>();
    const perKey = await Promise.all(
      [...new Set(query.entityKeys)].map((entityKey) =>
        this.queryPage({
          TableName: this.tableName,
          KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
          ExpressionAttributeValues: {
            ':pk': `${prefix}#${entityKey}`,
            ':from': query.from,
            ':to': `${query.to}${DAY_END}`,
          },
          ProjectionExpression: 'SK',
          ScanIndexForward: false,
          Limit: INDEX_KEY_CAP,
        }),
      ),
    );
    for (const items of perKey) {
      for (const id of new Set(items.map(indexedStory))) hits.set(id, (hits.get(id) ?? 0) + 1);
    }
    return hits;
  }

  /** One page of a Query: for capped lookups, where what lies past the cap is not wanted. */
  private async queryPage(input: QueryCommandInput): Promise<Record<string, unknown>[]> {
    try {
      const out = await this.client.send(new QueryCommand(input));
      return out.Items ?? [];
    } catch (error) {
      throw storageError(`Query ${String(input.ExpressionAttributeValues?.[':pk'])}`, error);
    }
  }

  /** The stories with these ids that exist (or took them in), by id (`reachMany`). */
  private async getMany(ids: string[]): Promise<Story[]> {
    const found = new Map<string, Story>();
    for (const r of (await this.reachMany(ids)).values())
      if (r && 'story' in r) found.set(r.story.id, r.story);
    return [...found.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  /**
   * Where each of these ids leads: one Query each, a few at a time. The ids come from index
   * items, hints written after their story: a story an eventually consistent read does not find
   * yet (a racing opener's, just saved) is read again consistently. An id merged into one of the
   * ids, or into one of `held` (which the caller has), is not followed there.
   */
  private async reachMany(ids: string[], held: string[] = []): Promise<Map<string, Reached>> {
    const reached = new Map<string, Reached>();
    const read = async (id: string) => (await this.readStored(id, false)) ?? this.readStored(id, true);
    const wanted = new Set([...ids, ...held]);
    let next = 0;
    const worker = async () => {
      for (let id = ids[next++]; id !== undefined; id = ids[next++])
        reached.set(id, await this.follow(id, read, wanted));
    };
    await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, ids.length) }, worker));
    return reached;
  }

  private async query(input: QueryCommandInput): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      try {
        const out = await this.client.send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
        items.push(...(out.Items ?? []));
        start = out.LastEvaluatedKey;
      } catch (error) {
        throw storageError(`Query ${String(input.ExpressionAttributeValues?.[':pk'])}`, error);
      }
    } while (start);
    return items;
  }

  /** Writes an index item or a part unless a newer version of the story already wrote it. */
  private async putStamped(entry: StampedItem): Promise<void> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: entry,
          ConditionExpression: 'attribute_not_exists(PK) OR storyVersion <= :version',
          ExpressionAttributeValues: { ':version': entry.storyVersion },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw storageError(`PutItem ${entry.PK} ${entry.SK}`, error);
    }
  }

  /** Deletes an index item or a part unless a version newer than `replacedBelow` wrote it again. */
  private async deleteStamped(key: IndexKey, replacedBelow: number): Promise<void> {
    try {
      await this.client.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: { PK: key.PK, SK: key.SK },
          ConditionExpression: 'storyVersion < :version',
          ExpressionAttributeValues: { ':version': replacedBelow },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw storageError(`DeleteItem ${key.PK} ${key.SK}`, error);
    }
  }
}
