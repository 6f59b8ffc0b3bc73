import { describe, expect, it } from 'vitest';
import type { Story } from '../../../lambdas/core/model';
import { ConflictError } from '../../../lambdas/errors';
import { attachArticle } from '../../../lambdas/use-cases/story-assignment';
import { clusterInMemory } from '../../support/cluster-in-memory';
import { InMemoryStoryStore } from '../../support/in-memory-stores';
import { corpusArticles, EXPECTED_CLUSTERS, EXPECTED_LINKS } from '../../support/story-corpus';

describe('Function: clusterInMemory', () => {
  it('clusters the corpus and links its background as expected', async () => {
    // Act
    const { storyOf, links } = await clusterInMemory(corpusArticles());

    // Assess
    for (const cluster of EXPECTED_CLUSTERS) {
      expect(new Set(cluster.map((key) => storyOf[key])).size).toBe(1);
    }
    expect(new Set(Object.values(storyOf)).size).toBe(EXPECTED_CLUSTERS.length);
    for (const [key, targets] of Object.entries(EXPECTED_LINKS)) {
      const id = storyOf[key] ?? '';
      expect([...(links[id] ?? [])].sort()).toEqual(targets.map((t) => storyOf[t]).sort());
    }
  });
});

describe('Function: attachArticle with the in-memory store', () => {
  it('ends concurrent attachments in the same clusters as sequential ones', async () => {
    // Prepare
    const stories = new InMemoryStoryStore();
    const deps = { stories, clock: { now: () => new Date('2024-05-01T00:00:00Z') }, sleep: async () => {} };
    const articles = corpusArticles();

    // Act
    await Promise.all(articles.map((a) => attachArticle(deps, a)));

    // Assess
    const clusters = [...stories.stories.values()].map((s) => s.sources.map((src) => src.key).sort()).sort();
    expect(clusters).toEqual(EXPECTED_CLUSTERS.map((c) => [...c].sort()).sort());
  });

  it('opens one story when the same article is delivered twice at once', async () => {
    // Prepare
    const stories = new InMemoryStoryStore();
    const deps = { stories, clock: { now: () => new Date('2024-05-01T00:00:00Z') }, sleep: async () => {} };
    const [first] = corpusArticles();
    if (!first) throw new Error('corpus changed');

    // Act
    const outcomes = await Promise.all([attachArticle(deps, first), attachArticle(deps, first)]);

    // Assess
    expect(stories.stories.size).toBe(1);
    expect(outcomes[0]?.storyId).toBe(outcomes[1]?.storyId);
    expect(outcomes.filter((o) => o.created)).toHaveLength(1);
  });

  it('gives up with ConflictError after the allowed attempts when every write loses', async () => {
    // Prepare: a store whose every save loses a race.
    class LosingStore extends InMemoryStoryStore {
      override async save(story: Story): Promise<void> {
        throw new ConflictError(`lost the race for ${story.id}`);
      }
    }
    const stories = new LosingStore();
    const [first] = corpusArticles();
    if (!first) throw new Error('corpus changed');
    const sleeps: number[] = [];
    const deps = {
      stories,
      clock: { now: () => new Date('2024-05-01T00:00:00Z') },
      maxAttempts: 4,
      random: () => 0.5,
      sleep: async (ms: number) => {
        sleeps.push(ms);
      },
    };

    // Act
    const outcome = attachArticle(deps, first);

    // Assess
    await expect(outcome).rejects.toBeInstanceOf(ConflictError);
    expect(sleeps).toHaveLength(3);
    expect(sleeps[2]).toBeGreaterThan(sleeps[0] ?? 0);
  });
});
