import { describe, expect, it } from 'vitest';
import { addSource, newStory, storyIndexEntries } from '../../../../lambdas/core/story';
import { addDays } from '../../../../lambdas/core/story/dates';
import { shiftedStory } from '../../../../lambdas/local/bench/stories';
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
  });

  it('files the copy under the same index keys as the story, each as many days later', () => {
    // Act
    const moved = storyIndexEntries(shiftedStory(story, 500, 1)).entities;

    // Assess
    const expected = storyIndexEntries(story).entities.map((e) => ({ ...e, date: addDays(e.date, 500) }));
    expect(moved).toEqual(expected);
  });
});
