/**
 * In-memory ArticleStore and StoryStore with the DynamoDB adapters' semantics — versions,
 * ConflictError, index lookups instead of scans — for unit tests and the evaluation script.
 */
import type { Story } from '../../lambdas/core/model';
import {
  pickCandidates,
  type StoryCandidateQuery,
  type StoryIndexEntries,
  storyIndexEntries,
  storyPeriod,
} from '../../lambdas/core/story';
import { ConflictError } from '../../lambdas/errors';
import type { ArticleRecord, ArticleStore, StoryMove, StoryStore } from '../../lambdas/ports';

/** Yields to other pending work, so concurrent calls interleave as they would over the network. */
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Article records in a Map. */
export class InMemoryArticleStore implements ArticleStore {
  readonly records = new Map<string, ArticleRecord>();

  async get(key: string): Promise<ArticleRecord | null> {
    await tick();
    const record = this.records.get(key);
    return record ? structuredClone(record) : null;
  }

  async put(record: ArticleRecord): Promise<void> {
    await tick();
    this.records.set(record.key, structuredClone(record));
  }

  async delete(key: string): Promise<void> {
    await tick();
    this.records.delete(key);
  }

  async moveToStory(key: string, to: string, move: StoryMove): Promise<void> {
    await tick();
    const record = this.records.get(key);
    if (record?.storyId === move.from) this.records.set(key, { ...record, storyId: to, storyMove: move });
  }

  async getMany(keys: string[]): Promise<ArticleRecord[]> {
    await tick();
    return keys.flatMap((key) => {
      const record = this.records.get(key);
      return record ? [structuredClone(record)] : [];
    });
  }
}

/** Stories in a Map, with the same conditional writes as DynamoDbStoryStore. */
export class InMemoryStoryStore implements StoryStore {
  readonly stories = new Map<string, Story>();
  /** Each story's index entries as of its last save, as the DynamoDB adapter's index items hold them. */
  private readonly entries = new Map<string, StoryIndexEntries>();
  /** Counts of calls by method, for tests that assert how much work a use-case does. */
  readonly calls: Record<string, number> = {};

  private count(method: string): void {
    this.calls[method] = (this.calls[method] ?? 0) + 1;
  }

  private all(): Story[] {
    return [...this.stories.values()].map((s) => structuredClone(s));
  }

  /** Ids of stories merged into another, and the story that took each in (`absorb`). */
  private readonly moved = new Map<string, string>();

  async get(id: string): Promise<Story | null> {
    this.count('get');
    await tick();
    let story = this.stories.get(id);
    for (let next = this.moved.get(id); !story && next !== undefined; next = this.moved.get(next))
      story = this.stories.get(next);
    return story ? structuredClone(story) : null;
  }

  async candidates(query: StoryCandidateQuery): Promise<Story[]> {
    this.count('candidates');
    await tick();
    const wanted = new Set(query.entityKeys);
    const hits = new Map<string, number>();
    for (const [id, entries] of this.entries) {
      const found = new Set(
        entries.entities
          .filter((e) => wanted.has(e.key) && e.date >= query.from && e.date <= query.to)
          .map((e) => e.key),
      );
      if (found.size > 0) hits.set(id, found.size);
    }
    const held = new Map((query.known ?? []).map((s) => [s.id, s]));
    const ids = pickCandidates(hits, query);
    const read = this.read(ids.filter((id) => !held.has(id)));
    return [...ids.flatMap((id) => held.get(id) ?? []), ...read].sort((a, b) => a.id.localeCompare(b.id));
  }

  async referencing(query: StoryCandidateQuery): Promise<Story[]> {
    this.count('referencing');
    await tick();
    const wanted = new Set(query.entityKeys);
    const ids = [...this.entries]
      .filter(([, entries]) =>
        entries.mentions.some(
          (m) => wanted.has(m.key) && m.periodStart >= query.from && m.periodStart <= query.to,
        ),
      )
      .map(([id]) => id);
    return this.read(ids);
  }

  private read(ids: string[]): Story[] {
    return ids.flatMap((id) => {
      const story = this.stories.get(id);
      return story ? [structuredClone(story)] : [];
    });
  }

  async withSource(articleKey: string): Promise<Story[]> {
    this.count('withSource');
    await tick();
    const holders = [...this.stories.values()].filter((s) => s.sources.some((src) => src.key === articleKey));
    return holders.map((s) => structuredClone(s));
  }

  async save(story: Story, expectedVersion: number): Promise<void> {
    this.count('save');
    await tick();
    const current = this.stories.get(story.id)?.version ?? 0;
    if (current !== expectedVersion) {
      throw new ConflictError(`Story ${story.id} is at version ${current}, not ${expectedVersion}`);
    }
    this.stories.set(story.id, structuredClone(story));
    this.entries.set(story.id, storyIndexEntries(story));
    this.moved.delete(story.id);
  }

  async absorb(story: Story, expectedVersion: number, loser: Story): Promise<void> {
    await this.save(story, expectedVersion);
    await this.remove(loser.id, loser.version);
    this.moved.set(loser.id, story.id);
  }

  async remove(id: string, expectedVersion: number): Promise<void> {
    this.count('remove');
    await tick();
    const current = this.stories.get(id)?.version ?? 0;
    if (current !== expectedVersion || current === 0) {
      throw new ConflictError(`Story ${id} is at version ${current}, not ${expectedVersion}`);
    }
    this.stories.delete(id);
    this.entries.delete(id);
  }

  async listByDate(from: string, to: string): Promise<Story[]> {
    this.count('listByDate');
    await tick();
    const inWindow = (day: string) => day >= from && day <= to;
    return this.all()
      .filter((s) => inWindow(storyPeriod(s).start) || inWindow(s.lastSeen.slice(0, 10)))
      .sort(newestFirst);
  }
}

/** Orders stories newest event first, then most recently updated. */
export function newestFirst(a: Story, b: Story): number {
  return storyPeriod(b).start.localeCompare(storyPeriod(a).start) || b.lastSeen.localeCompare(a.lastSeen);
}
