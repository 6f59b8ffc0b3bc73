import { describe, expect, it } from 'vitest';
import {
  fromItems,
  type HeadBody,
  movedItem,
  movedTo,
  type PartBody,
  partKeys,
  toItems,
  unpack,
} from '../../../../lambdas/adapters/dynamodb/story-items';
import { addSource, newStory } from '../../../../lambdas/core/story';
import { corpusArticles } from '../../../support/story-corpus';
import { WEIGHTS } from '../../../support/term-weights';

const NOW = new Date('2024-05-01T00:00:00Z');
const articles = corpusArticles();
const [a1, a2, a3] = articles;
if (!a1 || !a2 || !a3) throw new Error('corpus changed');
const one = newStory(a1, 'st_a', NOW, WEIGHTS);
const three = addSource(addSource(one, a2, NOW, WEIGHTS), a3, NOW, WEIGHTS);

/** An item's size as DynamoDB bills it: each attribute's name plus its value's bytes. */
function billedBytes(item: object): number {
  return Object.entries(item).reduce((sum, [name, value]) => {
    const bytes =
      value instanceof Uint8Array ? value.byteLength : Buffer.byteLength(JSON.stringify(value) ?? '');
    return sum + Buffer.byteLength(name) + bytes;
  }, 0);
}

describe('Function: toItems / fromItems', () => {
  it.each([
    ['one source', one],
    ['three sources', three],
  ])('reads back the story it wrote, with %s', (_case, story) => {
    // Act
    const { head, parts } = toItems(story);

    // Assess
    expect(fromItems({ ...head }, [...parts].reverse())).toEqual({ story, absorbed: [] });
  });

  it('keeps, of the absorbed parts it is given, those of the story, and reads them back', () => {
    // Prepare
    const [, second] = toItems(three).parts.map((p) => p.SK);
    if (!second) throw new Error('no second part');

    // Act
    const { head, parts } = toItems(three, [second, 'SRC#gone.txt#x', second]);

    // Assess
    expect(fromItems(head, parts)?.absorbed).toEqual([second]);
    expect(partKeys(three)).toEqual(parts.map((p) => p.SK));
  });

  it('keeps the head free of sources and views, naming its parts instead', () => {
    // Act
    const { head, parts } = toItems(three);

    // Assess
    const body = unpack<HeadBody>(head.body);
    expect(body.story).not.toHaveProperty('sources');
    expect(body.story).not.toHaveProperty('views');
    expect(body.parts.map((p) => p.sk)).toEqual(parts.map((p) => p.SK));
  });

  it('bills every part of the in-house reports fewer bytes than its JSON would', () => {
    // Act
    const parts = articles.map((a) => toItems(newStory(a, 'st_x', NOW, WEIGHTS)).parts[0]);

    // Assess: packed bodies are at least a third smaller
    for (const part of parts) {
      if (!part) throw new Error('no part');
      const plain = { ...part, body: unpack<PartBody>(part.body) };
      expect(billedBytes(part)).toBeLessThan(billedBytes(plain) * (2 / 3));
    }
  });

  it('reads a story whose items were written before bodies were packed', () => {
    // Prepare: the same items with their bodies spread over plain attributes
    const { head, parts } = toItems(three);
    const { body: headBody, ...headKeys } = head;
    const legacyHead = { ...headKeys, ...unpack<HeadBody>(headBody) };
    const legacyParts = parts.map(({ body, ...key }) => ({ ...key, ...unpack<PartBody>(body) }));

    // Act + Assess
    expect(fromItems(legacyHead, legacyParts)?.story).toEqual(three);
  });

  it('reads a body packed by an earlier build: the compression dictionary is part of the stored format', () => {
    // Prepare: packed when the format was introduced; a changed dictionary reads it wrong
    const packed = Buffer.from(
      'wwyFgsy8vNQUvZKKEuTwcK1IzAXlofDMolS0sDEyMDLRNTDWNTQMMTSxMjCwMjCIUoLHNijdg9yenJkDifj8PAXf/DxQboOm5VSFpKLMlPRUaA4rSs0vSM3TU0JKRxB5UDIy1VGCGgbimdTW1gIA',
      'base64',
    );

    // Act + Assess
    expect(unpack(packed)).toEqual({
      source: {
        key: 'pinned.txt',
        outlet: 'Example Wire',
        published: '2024-03-11T14:00:00Z',
        lead: 'The council said on Monday that the bridge would reopen.',
        terms: { bridge: 0.5, council: 0.4 },
      },
    });
  });

  it('points a merged-away story at the one that took it in, keeping its month entry', () => {
    // Act
    const moved = movedItem(three, 4, 'st_a');

    // Assess: under the head's month index key, so the index is not written
    const { head } = toItems(three);
    expect(moved).toEqual({
      PK: head.PK,
      SK: 'STORY',
      GSI1PK: head.GSI1PK,
      GSI1SK: head.GSI1SK,
      version: 4,
      movedTo: 'st_a',
    });
    expect(movedTo(moved)).toBe('st_a');
    expect(movedTo(toItems(three).head)).toBeUndefined();
  });

  it('reads nothing when a part its head names is missing', () => {
    // Prepare
    const { head, parts } = toItems(three);

    // Act + Assess
    expect(fromItems(head, parts.slice(1))).toBeUndefined();
  });
});
