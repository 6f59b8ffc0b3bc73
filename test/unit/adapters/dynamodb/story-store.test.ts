import { ConditionalCheckFailedException, ScanCommand } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../../../lambdas/adapters/dynamodb/client';
import { type HeadBody, pack, toItems, unpack } from '../../../../lambdas/adapters/dynamodb/story-items';
import { DynamoDbStoryStore, newStoryItems } from '../../../../lambdas/adapters/dynamodb/story-store';
import type { Story, StorySource } from '../../../../lambdas/core/model';
import { addSource, newStory } from '../../../../lambdas/core/story';
import { AdapterError, ConflictError } from '../../../../lambdas/errors';
import { corpusArticles } from '../../../support/story-corpus';
import { WEIGHTS } from '../../../support/term-weights';

const NOW = new Date('2024-05-01T00:00:00Z');
const TABLE = 'news-digest';
const ddb = mockClient(DynamoDBDocumentClient);
const [a1, a2] = corpusArticles();
if (!a1 || !a2) throw new Error('corpus changed');
const story = newStory(a1, 'st_a', NOW, WEIGHTS);

/** A story's partition as one Query returns it: its head and parts. */
const partition = (s: Story) => {
  const { head, parts } = toItems(s);
  return { Items: [...parts, head] };
};

/** The Query that reads a story's partition answers with it. */
const stored = (s: Story) =>
  ddb.on(QueryCommand, { ExpressionAttributeValues: { ':pk': `STORY#${s.id}` } }).resolves(partition(s));

const conditionFailure = () =>
  new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} });

describe('Function: DynamoDbStoryStore', () => {
  let store: DynamoDbStoryStore;

  beforeEach(() => {
    ddb.reset();
    store = new DynamoDbStoryStore(createDocumentClient({ region: 'us-east-1' }), TABLE);
  });

  it('creates a story only if absent: its parts first, then its head, then its index items stamped with its version', async () => {
    // Prepare
    ddb.on(PutCommand).resolves({});

    // Act
    await store.save(story, 0);

    // Assess
    const puts = ddb.commandCalls(PutCommand).map((c) => c.args[0].input);
    const headAt = puts.findIndex((p) => p.Item?.SK === 'STORY');
    expect(puts.slice(0, headAt).map((p) => String(p.Item?.SK))).toEqual([
      expect.stringMatching(/^SRC#a1-wire-cn\.txt#/u),
    ]);
    expect(unpack<HeadBody>(puts[headAt]?.Item?.body).story).not.toHaveProperty('sources');
    expect(puts[headAt]).toMatchObject({
      Item: {
        PK: 'STORY#st_a',
        SK: 'STORY',
        GSI1PK: 'STORYMONTH#2024-03',
        GSI1SK: '2024-03-11#st_a',
        version: 1,
      },
      ConditionExpression: 'attribute_not_exists(PK) OR attribute_exists(movedTo)',
    });
    const indexKeys = puts.slice(headAt + 1).map((p) => `${p.Item?.PK} ${p.Item?.SK}`);
    expect(indexKeys).toEqual(
      expect.arrayContaining([
        'ENT#laura-whitcombe 2024-03-11#st_a',
        'ENT#zhou-minghai 2024-03-11#st_a',
        'BGM#tom-radley 2024-03-07#st_a',
        'SRC#a1-wire-cn.txt st_a',
        'STORY#st_a SEEN',
      ]),
    );
    expect(indexKeys).not.toContain('ENT#china 2024-03-11#st_a');
    expect(puts.filter((p) => p.Item?.SK !== 'STORY').every((p) => p.Item?.storyVersion === 1)).toBe(true);
    // The sort key names the story: no copy of its id rides along (a third of a small item).
    expect(puts.some((p) => p.Item && 'storyId' in p.Item)).toBe(false);
  });

  it('updates only from the expected version, writes no part it already has and leaves index items the new version lacks', async () => {
    // Prepare: the stored version's only source named a participant the new one lacks.
    const gone = { name: 'Someone Gone', kind: 'person' as const };
    const [source] = story.sources;
    if (!source?.event) throw new Error('corpus changed');
    const withGone = {
      ...source,
      event: { ...source.event, participants: [...source.event.participants, gone] },
    };
    const before = { ...story, sources: [withGone] };
    const updated = { ...story, version: 2 };
    stored(before);
    ddb.on(PutCommand).resolves({});
    ddb.on(DeleteCommand).resolves({});

    // Act
    await store.save(updated, 1);

    // Assess: the changed source is a new part and the old one goes; the stale index item stays
    // (searches count a story by its own entries), and no entry is written again
    const puts = ddb.commandCalls(PutCommand).map((c) => c.args[0].input);
    expect(puts.map((p) => String(p.Item?.SK))).toEqual([expect.stringMatching(/^SRC#/u), 'STORY']);
    expect(puts.find((p) => p.Item?.SK === 'STORY')).toMatchObject({
      ConditionExpression: '#version = :expected',
      ExpressionAttributeValues: { ':expected': 1 },
    });
    expect(ddb.commandCalls(DeleteCommand).map((c) => c.args[0].input)).toEqual([
      expect.objectContaining({
        Key: toItems(before).parts.map(({ PK, SK }) => ({ PK, SK }))[0],
        ConditionExpression: 'storyVersion < :version',
        ExpressionAttributeValues: { ':version': 2 },
      }),
    ]);
  });

  it.each([
    ['the same day: not rewritten', '2024-05-01T18:00:00.000Z', 0],
    ['a later day: filed under it', '2024-05-02T08:00:00.000Z', 1],
  ])('writes the last-update entry of a story updated on %s', async (_case, lastSeen, puts) => {
    // Prepare
    stored(story);
    ddb.on(PutCommand).resolves({});
    ddb.on(DeleteCommand).resolves({});

    // Act
    await store.save({ ...story, lastSeen, version: 2 }, 1);

    // Assess
    const seen = ddb.commandCalls(PutCommand).filter((c) => c.args[0].input.Item?.SK === 'SEEN');
    expect(seen).toHaveLength(puts);
  });

  it.each([
    ['on its event’s first day: the head’s month entry lists it already', '2024-03-11T15:00:00.000Z', []],
    ['on a later day: filed under that day too', '2024-03-12T08:00:00.000Z', ['2024-03-12#st_a']],
  ])('writes the last-update entry of a new story last updated %s', async (_case, lastSeen, entries) => {
    // Prepare
    ddb.on(PutCommand).resolves({});

    // Act
    await store.save({ ...story, firstSeen: lastSeen, lastSeen }, 0);

    // Assess
    const seen = ddb.commandCalls(PutCommand).filter((c) => c.args[0].input.Item?.SK === 'SEEN');
    expect(seen.map((c) => c.args[0].input.Item?.GSI1SK)).toEqual(entries);
  });

  it('leaves the last-update entry of a story whose event now starts on its last update', async () => {
    // Prepare: stored with its last update on a later day than its event's first
    const lastSeen = '2024-03-12T08:00:00.000Z';
    const before = { ...story, lastSeen };
    const [source] = story.sources;
    if (!source?.event) throw new Error('corpus changed');
    const date = { start: '2024-03-12', end: '2024-03-12', precision: 'day' as const, text: 'Tuesday' };
    const redated = { ...source, event: { ...source.event, date } };
    const after = { ...before, event: { ...before.event, date }, sources: [redated], version: 2 };
    stored(before);
    ddb.on(PutCommand).resolves({});
    ddb.on(DeleteCommand).resolves({});

    // Act
    await store.save(after, 1);

    // Assess: the listing re-checks each story's own days, and the entry is a write unit and
    // its month index entry another
    const deleted = ddb.commandCalls(DeleteCommand).map((c) => c.args[0].input.Key);
    expect(deleted).not.toContainEqual({ PK: 'STORY#st_a', SK: 'SEEN' });
    expect(ddb.commandCalls(PutCommand).map((c) => c.args[0].input.Item?.SK)).not.toContain('SEEN');
  });

  it('reads a story by one Query on its partition and takes only the parts its head names', async () => {
    // Prepare: a part left by a writer that lost a race sits beside the story's own
    const { head, parts } = toItems(story);
    const leftover = {
      ...parts[0],
      SK: 'SRC#a1-wire-cn.txt#leftover',
      body: pack({ source: { ...(story.sources[0] as StorySource), outlet: 'X' } }),
    };
    ddb.on(QueryCommand).resolves({ Items: [leftover, ...parts, head] });

    // Act
    const read = await store.get('st_a');

    // Assess
    expect(read).toEqual(story);
    expect(ddb.commandCalls(QueryCommand)[0]?.args[0].input).toMatchObject({ ConsistentRead: true });
  });

  it('reads again when a writer replaced the story during the read (a part its head names is missing)', async () => {
    // Prepare: the first read saw the new head but not its new part
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [toItems(story).head] })
      .resolves(partition(story));

    // Act
    const read = await store.get('st_a');

    // Assess
    expect(read).toEqual(story);
    expect(ddb.commandCalls(QueryCommand)).toHaveLength(2);
  });

  it('fails with AdapterError, not a shorter story, when a named part stays missing', async () => {
    // Prepare
    ddb.on(QueryCommand).resolves({ Items: [toItems(story).head] });

    // Act + Assess
    await expect(store.get('st_a')).rejects.toBeInstanceOf(AdapterError);
    expect(ddb.commandCalls(QueryCommand)).toHaveLength(4);
  });

  it('absorbs a story: the survivor first, without the entries its reports keep, then the pointer, then the parts', async () => {
    // Prepare
    const loser = newStory(a2, 'st_b', NOW, WEIGHTS);
    const merged = { ...addSource(story, a2, NOW, WEIGHTS), version: 2 };
    stored(story);
    stored(loser);
    ddb.on(PutCommand).resolves({});
    ddb.on(DeleteCommand).resolves({});

    // Act
    await store.absorb(merged, 1, loser);

    // Assess: the loser's source and mention entries stay under its id, which points here
    const puts = ddb.commandCalls(PutCommand).map((c) => c.args[0].input);
    const items = puts.map((p) => `${p.Item?.PK} ${p.Item?.SK}`);
    expect(items).not.toContain(`SRC#${a2.key} st_a`);
    expect(
      puts.filter((p) => String(p.Item?.PK).startsWith('BGM#') && String(p.Item?.SK).endsWith('st_a')),
    ).toEqual([]);
    const head = puts.find((p) => p.Item?.PK === 'STORY#st_a' && p.Item?.SK === 'STORY');
    expect(unpack<HeadBody>(head?.Item?.body).absorbed).toEqual(toItems(loser).parts.map((p) => p.SK));
    // Under its head's month index key: the pointer writes no index entry
    const { head: loserHead } = toItems(loser);
    expect(puts.at(-1)).toMatchObject({
      Item: {
        PK: 'STORY#st_b',
        SK: 'STORY',
        GSI1PK: loserHead.GSI1PK,
        GSI1SK: loserHead.GSI1SK,
        version: 2,
        movedTo: 'st_a',
      },
      ConditionExpression: '#version = :expected',
      ExpressionAttributeValues: { ':expected': 1 },
    });
    expect(items.indexOf('STORY#st_b STORY')).toBeGreaterThan(items.indexOf('STORY#st_a STORY'));
    // Its parts go; its index and last-update entries stay, leading here
    const deletes = ddb.commandCalls(DeleteCommand).map((c) => c.args[0].input.Key);
    expect(deletes).toEqual(toItems(loser).parts.map(({ PK, SK }) => ({ PK, SK })));
  });

  it('follows a merged-away id to the story that took it in', async () => {
    // Prepare
    ddb
      .on(QueryCommand, { ExpressionAttributeValues: { ':pk': 'STORY#st_b' } })
      .resolves({ Items: [{ PK: 'STORY#st_b', SK: 'STORY', version: 2, movedTo: 'st_a' }] });
    stored(story);

    // Act + Assess
    expect((await store.get('st_b'))?.id).toBe('st_a');
  });

  it('treats a story no longer at the expected version as a lost race, before writing anything', async () => {
    // Prepare
    stored(story);

    // Act + Assess
    await expect(store.save({ ...story, version: 3 }, 2)).rejects.toBeInstanceOf(ConflictError);
    expect(ddb.commandCalls(PutCommand)).toHaveLength(0);
  });

  it.each([
    ['save', () => store.save({ ...story, version: 4 }, 3)],
    ['remove', () => store.remove('st_a', 3)],
  ])('maps a failed condition on %s to ConflictError', async (_name, act) => {
    // Prepare
    stored({ ...story, version: 3 });
    ddb.on(PutCommand, { Item: { SK: 'STORY' } }).rejects(conditionFailure());
    ddb.on(DeleteCommand).rejects(conditionFailure());

    // Act + Assess
    await expect(act()).rejects.toBeInstanceOf(ConflictError);
  });

  it('wraps any other SDK failure in AdapterError with the cause', async () => {
    // Prepare
    const cause = new Error('socket hang up');
    ddb.on(QueryCommand).rejects(cause);

    // Act
    const error = await store.get('st_a').catch((e: unknown) => e);

    // Assess
    expect(error).toBeInstanceOf(AdapterError);
    expect((error as AdapterError).cause).toBe(cause);
  });

  it('ignores index writes a newer version of the story already made', async () => {
    // Prepare
    ddb.on(PutCommand, { Item: { SK: 'STORY' } }).resolves({});
    ddb.on(PutCommand, { Item: { PK: 'SRC#a1-wire-cn.txt' } }).rejects(conditionFailure());

    // Act + Assess
    await expect(store.save(story, 0)).resolves.toBeUndefined();
  });

  it('finds candidates by Query on the entity index within the window, re-checks each story, and never scans', async () => {
    // Prepare: one index item is stale — its story no longer names the person.
    ddb.on(QueryCommand).resolves({ Items: [{ SK: '2024-03-11#st_a' }, { SK: '2024-03-11#st_stale' }] });
    const stale = {
      ...story,
      id: 'st_stale',
      event: { ...story.event, participants: [] },
      sources: [],
      views: [],
    };
    stored(story);
    stored(stale);

    // Act
    const found = await store.candidates({
      entityKeys: ['zhou-minghai'],
      from: '2024-03-08',
      to: '2024-03-14',
    });

    // Assess
    expect(found.map((s) => s.id)).toEqual(['st_a']);
    expect(ddb.commandCalls(QueryCommand)[0]?.args[0].input).toMatchObject({
      KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': 'ENT#zhou-minghai', ':from': '2024-03-08', ':to': '2024-03-14~' },
    });
    expect(ddb.commandCalls(ScanCommand)).toHaveLength(0);
  });

  it('reads one capped page per key, newest first, then each story found with one Query', async () => {
    // Prepare
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [{ SK: '2024-03-11#st_a' }], LastEvaluatedKey: { PK: 'x', SK: 'y' } })
      .resolves({ Items: [] });
    stored(story);

    // Act
    const found = await store.candidates({
      entityKeys: ['zhou-minghai'],
      from: '2024-03-01',
      to: '2024-03-31',
    });

    // Assess: what lies past the cap is not wanted, so the next page is never read
    expect(found.map((s) => s.id)).toEqual(['st_a']);
    const pks = ddb.commandCalls(QueryCommand).map((c) => c.args[0].input.ExpressionAttributeValues?.[':pk']);
    expect(pks).toEqual(['ENT#zhou-minghai', 'STORY#st_a']);
    expect(ddb.commandCalls(QueryCommand)[0]?.args[0].input).toMatchObject({
      ScanIndexForward: false,
      Limit: 50,
    });
  });

  it('reads candidate stories eventually consistent, and consistently again one such a read does not find', async () => {
    // Prepare: st_new's head is not on the replica an eventually consistent read reaches yet
    ddb.on(QueryCommand).resolves({ Items: [] });
    ddb
      .on(QueryCommand, { ExpressionAttributeValues: { ':pk': 'ENT#zhou-minghai' } })
      .resolves({ Items: [{ SK: '2024-03-11#st_a' }, { SK: '2024-03-11#st_new' }] });
    stored(story);
    const fresh = { ...story, id: 'st_new' };
    ddb
      .on(QueryCommand, { ExpressionAttributeValues: { ':pk': 'STORY#st_new' }, ConsistentRead: true })
      .resolves(partition(fresh));

    // Act
    const found = await store.candidates({
      entityKeys: ['zhou-minghai'],
      from: '2024-03-08',
      to: '2024-03-14',
    });

    // Assess
    expect(found.map((s) => s.id)).toEqual(['st_a', 'st_new']);
    const reads = ddb
      .commandCalls(QueryCommand)
      .map((c) => c.args[0].input)
      .filter((input) => String(input.ExpressionAttributeValues?.[':pk']).startsWith('STORY#'))
      .map((input) => `${input.ExpressionAttributeValues?.[':pk']} ${input.ConsistentRead}`)
      .sort();
    expect(reads).toEqual(['STORY#st_a false', 'STORY#st_new false', 'STORY#st_new true']);
  });

  it('reads only the stories found under enough of the keys, most first, up to the limit', async () => {
    // Prepare: st_a under both keys, st_b under one
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [{ SK: '2024-03-01#st_a' }, { SK: '2024-03-02#st_b' }] })
      .resolves({ Items: [{ SK: '2024-03-01#st_a' }] });
    stored(story);

    // Act
    await store.candidates({
      entityKeys: ['t:quota', 't:trawler'],
      from: '2024-03-01',
      to: '2024-03-31',
      minHits: 2,
    });

    // Assess
    const read = ddb
      .commandCalls(QueryCommand)
      .map((c) => String(c.args[0].input.ExpressionAttributeValues?.[':pk']))
      .filter((pk) => pk.startsWith('STORY#'));
    expect(read).toEqual(['STORY#st_a']);
  });

  it('counts a story it reads by the entries it files now: one an entry it no longer files ranked first gives way', async () => {
    // Prepare: st_z no longer names Someone Gone, but its entry stays; st_b is found under one key
    ddb.on(QueryCommand, { ExpressionAttributeValues: { ':pk': 'ENT#someone-gone' } }).resolves({
      Items: [{ SK: '2024-03-11#st_z' }],
    });
    ddb.on(QueryCommand, { ExpressionAttributeValues: { ':pk': 'ENT#zhou-minghai' } }).resolves({
      Items: [{ SK: '2024-03-11#st_z' }, { SK: '2024-03-11#st_b' }],
    });
    stored({ ...story, id: 'st_z' });
    stored({ ...story, id: 'st_b' });

    // Act
    const found = await store.candidates({
      entityKeys: ['someone-gone', 'zhou-minghai'],
      from: '2024-03-08',
      to: '2024-03-14',
      limit: 1,
    });

    // Assess: st_z read, counted under one key, loses the tie; st_b read then
    expect(found.map((s) => s.id)).toEqual(['st_b']);
    const read = ddb
      .commandCalls(QueryCommand)
      .map((c) => String(c.args[0].input.ExpressionAttributeValues?.[':pk']))
      .filter((pk) => pk.startsWith('STORY#'));
    expect(read).toEqual(['STORY#st_z', 'STORY#st_b']);
  });

  it('keeps a story an id merged away leads to when the story itself is counted out', async () => {
    // Prepare: st_y (merged into st_z) and st_z are found under both keys; st_z no longer files
    // one of them, so it falls below two, while st_y, its earlier self, still leads to it
    ddb.on(QueryCommand).resolves({ Items: [{ SK: '2024-03-11#st_y' }, { SK: '2024-03-11#st_z' }] });
    ddb
      .on(QueryCommand, { ExpressionAttributeValues: { ':pk': 'STORY#st_y' } })
      .resolves({ Items: [{ PK: 'STORY#st_y', SK: 'STORY', version: 2, movedTo: 'st_z' }] });
    stored({ ...story, id: 'st_z' });

    // Act
    const found = await store.candidates({
      entityKeys: ['someone-gone', 'zhou-minghai'],
      from: '2024-03-08',
      to: '2024-03-14',
      minHits: 2,
    });

    // Assess: st_z read once
    expect(found.map((s) => s.id)).toEqual(['st_z']);
    const read = ddb
      .commandCalls(QueryCommand)
      .map((c) => String(c.args[0].input.ExpressionAttributeValues?.[':pk']))
      .filter((pk) => pk.startsWith('STORY#'))
      .sort();
    expect(read).toEqual(['STORY#st_y', 'STORY#st_z']);
  });

  it('lists stories by date with one GSI1 Query per month, newest first', async () => {
    // Prepare
    const april = {
      ...newStory(a2, 'st_b', NOW, WEIGHTS),
      event: {
        ...story.event,
        date: { start: '2024-04-02', end: '2024-04-02', precision: 'day' as const, text: 'x' },
      },
    };
    ddb.on(QueryCommand).resolves({ Items: [{ PK: 'STORY#st_a' }, { PK: 'STORY#st_b' }] });
    stored(story);
    stored(april);

    // Act
    const listed = await store.listByDate('2024-03-01', '2024-04-30');

    // Assess
    expect(listed.map((s) => s.id)).toEqual(['st_b', 'st_a']);
    expect(
      ddb
        .commandCalls(QueryCommand)
        .map((c) => c.args[0].input.ExpressionAttributeValues?.[':pk'])
        .slice(0, 2),
    ).toEqual(['STORYMONTH#2024-03', 'STORYMONTH#2024-04']);
    expect(ddb.commandCalls(QueryCommand)[0]?.args[0].input.IndexName).toBe('GSI1');
  });

  it("gives as a new story's items exactly the items save writes for it", async () => {
    // Prepare
    ddb.on(PutCommand).resolves({});
    const grown = addSource(story, a2, NOW, WEIGHTS);
    const byKey = (items: { PK?: unknown; SK?: unknown }[]) =>
      [...items].sort((x, y) => `${x.PK} ${x.SK}`.localeCompare(`${y.PK} ${y.SK}`));

    // Act
    await store.save(grown, 0);

    // Assess
    const written = ddb.commandCalls(PutCommand).map((c) => c.args[0].input.Item ?? {});
    expect(byKey(newStoryItems(grown))).toEqual(byKey(written));
  });
});
