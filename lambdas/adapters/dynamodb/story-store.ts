/**
 * Stories in the single table. Each story item carries a version; writes are conditional on
 * it (dynalite has no transactions). Index items (entity, background mention, source, last
 * update) are written after their story, each stamped with the story version it reflects, so
 * a slow writer can neither overwrite nor delete a newer writer's entries. Readers treat index
 * items as hints and re-check the story itself, so leftovers are harmless.
 */
import {
  BatchWriteCommand,
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { Story } from '../../core/model';
import { pickCandidates, storyIndexEntries, storyPeriod } from '../../core/story';
import { AdapterError } from '../../errors';
import type { StoryCandidateQuery, StoryStore } from '../../ports';
import { batchGet } from './batch-get';
import { keys, TABLE_KEYS } from './keys';
import { isConditionFailure, storageError } from './sdk-errors';

interface IndexKey {
  PK: string;
  SK: string;
}

interface StoryItem extends IndexKey {
  GSI1PK: string;
  GSI1SK: string;
  version: number;
  story: Story;
}

type IndexItem = IndexKey &
  Partial<Record<'GSI1PK' | 'GSI1SK', string>> & { storyId: string; storyVersion: number };

/** Upper bound for sort keys that start with a day, so BETWEEN covers every id on the last day. */
const DAY_END = '~';

/** Index entries read per key and query: a key many stories share (a common word, a capital) stops here. */
const INDEX_KEY_CAP = 50;

function indexItems(story: Story): IndexItem[] {
  const entries = storyIndexEntries(story);
  const stamp = { storyId: story.id, storyVersion: story.version };
  return [
    ...entries.entities.map((e) => ({ ...keys.entityIndex(e.key, e.date, story.id), ...stamp })),
    ...entries.mentions.map((m) => ({ ...keys.backgroundMention(m.key, m.periodStart, story.id), ...stamp })),
    ...entries.sources.map((key) => ({ ...keys.storySource(key, story.id), ...stamp })),
    { ...keys.storySeen(story.id), ...keys.storyByMonth(story.lastSeen.slice(0, 10), story.id), ...stamp },
  ];
}

/**
 * The story item holds the story alone: the index items a version wrote are recomputed from the
 * version itself when it is replaced, so the item does not pay for a list of its own keys.
 */
function storyItem(story: Story): StoryItem {
  return {
    ...keys.story(story.id),
    ...keys.storyByMonth(storyPeriod(story).start, story.id),
    version: story.version,
    story,
  };
}

/** The keys of the index items the stored version of a story wrote. */
function writtenKeys(previous: StoryItem | undefined): IndexKey[] {
  return previous ? indexItems(previous.story).map(({ PK, SK }) => ({ PK, SK })) : [];
}

const keyId = (k: IndexKey) => `${k.PK}\u0000${k.SK}`;

/** BatchWriteItem takes at most 25 requests. */
const WRITE_CHUNK = 25;
const MAX_WRITE_ROUNDS = 8;
const WRITE_CONCURRENCY = 8;

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

/** StoryStore on DynamoDB. */
export class DynamoDbStoryStore implements StoryStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(id: string): Promise<Story | null> {
    try {
      const out = await this.client.send(
        new GetCommand({ TableName: this.tableName, Key: keys.story(id), ConsistentRead: true }),
      );
      return out.Item ? (out.Item as StoryItem).story : null;
    } catch (error) {
      throw storageError(`GetItem story ${id}`, error);
    }
  }

  async candidates(query: StoryCandidateQuery): Promise<Story[]> {
    const wanted = new Set(query.entityKeys);
    const hits = await this.hitsUnder('ENT', query);
    const stories = await this.getMany(pickCandidates(hits, query));
    // Index items may outlive a change of the story: keep only stories that still match.
    return stories.filter((s) =>
      storyIndexEntries(s).entities.some(
        (e) => wanted.has(e.key) && e.date >= query.from && e.date <= query.to,
      ),
    );
  }

  async referencing(query: StoryCandidateQuery): Promise<Story[]> {
    const wanted = new Set(query.entityKeys);
    const stories = await this.storiesIndexedUnder('BGM', query);
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
    const stories = await this.getMany(items.map((i) => String(i.storyId)));
    return stories.filter((s) => s.sources.some((src) => src.key === articleKey));
  }

  async save(story: Story, expectedVersion: number): Promise<void> {
    const fresh = indexItems(story);
    const item = storyItem(story);
    let previous: StoryItem | undefined;
    try {
      const out = await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: item,
          ...(expectedVersion === 0
            ? { ConditionExpression: 'attribute_not_exists(PK)' }
            : {
                ConditionExpression: '#version = :expected',
                ExpressionAttributeNames: { '#version': 'version' },
                ExpressionAttributeValues: { ':expected': expectedVersion },
              }),
          ReturnValues: 'ALL_OLD',
        }),
      );
      previous = out.Attributes as StoryItem | undefined;
    } catch (error) {
      throw storageError(`PutItem story ${story.id} at version ${expectedVersion}`, error);
    }
    const keep = new Set(fresh.map(keyId));
    const written = writtenKeys(previous);
    const had = new Set(written.map(keyId));
    const stale = written.filter((k) => !keep.has(keyId(k)));
    // Entries the previous version wrote already point at this story: only what changed is written.
    const added = fresh.filter((entry) => !had.has(keyId(entry)) || entry.SK === keys.storySeen(story.id).SK);
    await Promise.all([
      ...added.map((entry) => this.putIndex(entry)),
      ...stale.map((k) => this.deleteIndex(k, story.version)),
    ]);
  }

  /**
   * Writes stories known not to exist yet (an import, a benchmark's preload) with their index
   * items in batches: no version check, so never for stories that concurrent writers may touch.
   */
  async importNew(stories: Story[]): Promise<void> {
    const items = stories.flatMap((story) => {
      const fresh = indexItems(story);
      return [storyItem(story), ...fresh];
    });
    const chunks: (StoryItem | IndexItem)[][] = [];
    for (let i = 0; i < items.length; i += WRITE_CHUNK) chunks.push(items.slice(i, i + WRITE_CHUNK));
    // A few batches in flight at once: enough to keep the table busy without a socket per batch.
    let next = 0;
    const worker = async () => {
      for (let chunk = chunks[next++]; chunk; chunk = chunks[next++]) await this.batchWrite(chunk);
    };
    await Promise.all(Array.from({ length: WRITE_CONCURRENCY }, worker));
  }

  async remove(id: string, expectedVersion: number): Promise<void> {
    let previous: StoryItem | undefined;
    try {
      const out = await this.client.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: keys.story(id),
          ConditionExpression: '#version = :expected',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':expected': expectedVersion },
          ReturnValues: 'ALL_OLD',
        }),
      );
      previous = out.Attributes as StoryItem | undefined;
    } catch (error) {
      throw storageError(`DeleteItem story ${id} at version ${expectedVersion}`, error);
    }
    // A story deleted and later re-created under its id starts again at version 1: retire all.
    await Promise.all(writtenKeys(previous).map((k) => this.deleteIndex(k, Number.MAX_SAFE_INTEGER)));
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

  private async storiesIndexedUnder(prefix: 'ENT' | 'BGM', query: StoryCandidateQuery): Promise<Story[]> {
    return this.getMany(pickCandidates(await this.hitsUnder(prefix, query), query));
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
          ProjectionExpression: 'storyId',
          ScanIndexForward: false,
          Limit: INDEX_KEY_CAP,
        }),
      ),
    );
    for (const items of perKey) {
      for (const id of new Set(items.map((i) => String(i.storyId)))) hits.set(id, (hits.get(id) ?? 0) + 1);
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

  private async batchWrite(chunk: (StoryItem | IndexItem)[]): Promise<void> {
    let pending = chunk.map((Item) => ({ PutRequest: { Item } }));
    for (let round = 0; pending.length > 0; round += 1) {
      if (round >= MAX_WRITE_ROUNDS)
        throw new AdapterError(`BatchWriteItem left ${pending.length} items unprocessed`);
      if (round > 0) await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** round));
      try {
        const out = await this.client.send(
          new BatchWriteCommand({ RequestItems: { [this.tableName]: pending } }),
        );
        pending = (out.UnprocessedItems?.[this.tableName] ?? []) as typeof pending;
      } catch (error) {
        throw storageError('BatchWriteItem stories', error);
      }
    }
  }

  private async getMany(ids: string[]): Promise<Story[]> {
    const items = await batchGet(this.client, this.tableName, ids.map(keys.story));
    return (items as unknown as StoryItem[]).map((i) => i.story).sort((a, b) => a.id.localeCompare(b.id));
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

  /** Writes an index entry unless a newer version of the story already wrote it. */
  private async putIndex(entry: IndexItem): Promise<void> {
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
      if (!isConditionFailure(error)) throw storageError(`PutItem index ${entry.PK}`, error);
    }
  }

  /** Deletes an index entry unless a version newer than `replacedBelow` wrote it again. */
  private async deleteIndex(key: IndexKey, replacedBelow: number): Promise<void> {
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
      if (!isConditionFailure(error)) throw storageError(`DeleteItem index ${key.PK}`, error);
    }
  }
}
