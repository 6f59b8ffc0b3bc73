/** Clusters articles into stories with the real use-case over the in-memory store, for evaluation. */
import type { Article } from '../../lambdas/core/model';
import { attachArticle } from '../../lambdas/use-cases/story-assignment';
import { InMemoryStoryStore } from './in-memory-stores';
import { WEIGHTS } from './term-weights';

/** Attaches the articles in order; returns each article's story id and each story's background story ids. */
export async function clusterInMemory(
  articles: Article[],
  now: Date = new Date('2030-01-01T00:00:00Z'),
): Promise<{ storyOf: Record<string, string>; links: Record<string, string[]> }> {
  const stories = new InMemoryStoryStore();
  const deps = { stories, clock: { now: () => now }, weights: WEIGHTS };
  for (const article of articles) await attachArticle(deps, article);
  const storyOf: Record<string, string> = {};
  const links: Record<string, string[]> = {};
  for (const story of stories.stories.values()) {
    for (const source of story.sources) storyOf[source.key] = story.id;
    links[story.id] = story.backgroundStoryIds;
  }
  return { storyOf, links };
}
