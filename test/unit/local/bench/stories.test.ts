import { describe, expect, it } from 'vitest';
import { addSource, newStory, storyIndexEntries } from '../../../../lambdas/core/story';
import { addDays } from '../../../../lambdas/core/story/dates';
import { STORED_STORIES, shiftedStory, tableChunks } from '../../../../lambdas/local/bench/stories';
import { corpusArticles } from '../../../support/story-corpus';
import { WEIGHTS } from '../../../support/term-weights';

const NOW = new Date('2024-05-01T00:00:00Z');
const [a1, a2] = corpusArticles();
if (!a1 || !a2) throw new Error('corpus changed');
const story = addSource(newStory(a1, 'st_a', NOW, WEIGHTS), a2, NOW, WEIGHTS);

describe('Function: shiftedStory', () => {
  it.each([
    [500, 1],
    [1_000, 2],
  ])('moves a story %i days under ids and keys of copy %i, its reports with it', (days, copy) => {
    // Act
    const moved = shiftedStory(story, days, copy);

    // Assess
    expect(moved.id).toBe(`st_a@${copy}`);
    expect(moved.sources.map((s) => s.key)).toEqual(story.sources.map((s) => `${s.key}@${copy}`));
    expect(moved.views.map((v) => v.key)).toEqual(story.views.map((v) => `${v.key}@${copy}`));
    expect(moved.sources.map((s) => s.published)).toEqual(
      story.sources.map((s) => `${addDays(s.published, days)}${s.published.slice(10)}`),
    );
    expect(moved.event.date?.start).toBe(addDays(story.event.date?.start ?? '', days));
    expect(moved.indexedBy).toBe(`${story.indexedBy}@${copy}`);
  });

  it('files the copy under the same index keys as the story, each as many days later', () => {
    // Act
    const moved = storyIndexEntries(shiftedStory(story, 500, 1)).entities;

    // Assess
    const expected = storyIndexEntries(story).entities.map((e) => ({ ...e, date: addDays(e.date, 500) }));
    expect(moved).toEqual(expected);
  });
});

describe('Function: tableChunks', () => {
  const first = [story, shiftedStory(story, 1, 9)];

  it.each([
    [2, [2]],
    [5, [2, 2, 1]],
    [6, [2, 2, 2]],
  ])('gives a table of %i stories a base table at a time (%j)', (count, sizes) => {
    // Act
    const chunks = [...tableChunks({ first, count, baseSpan: 500 })];

    // Assess
    expect(chunks.map((c) => c.length)).toEqual(sizes);
    const ids = chunks.flat().map((s) => s.id);
    expect(new Set(ids).size).toBe(count);
  });

  it('repeats the base table one span later each time', () => {
    // Act
    const [, second, third] = [...tableChunks({ first, count: 6, baseSpan: 500 })];

    // Assess
    const start = story.event.date?.start ?? '';
    expect([second?.[0]?.event.date?.start, third?.[0]?.event.date?.start]).toEqual([
      addDays(start, 500),
      addDays(start, 1_000),
    ]);
  });

  it('measures the stored-story counts the issue asks for by default', () => {
    // Assess
    expect(STORED_STORIES).toEqual([100, 10_000, 100_000]);
  });
});
