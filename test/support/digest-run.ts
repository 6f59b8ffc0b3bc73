/** Files articles into one in-memory story store and composes the digest of every story it forms. */
import { composeDigest, type Digest } from '../../lambdas/core/digest';
import type { Article, Story } from '../../lambdas/core/model';
import { attachArticle } from '../../lambdas/use-cases/story-assignment';
import { InMemoryStoryStore } from './in-memory-stores';
import { WEIGHTS } from './term-weights';

/** The digest of `list` as of `uploaded` (the clock the story use-case reads and the digest's day). */
export async function digestOfArticles(
  list: readonly Article[],
  uploaded: string,
): Promise<{ digest: Digest; articles: Map<string, Article>; stories: Story[] }> {
  const store = new InMemoryStoryStore();
  const deps = { stories: store, clock: { now: () => new Date(uploaded) }, weights: WEIGHTS };
  for (const article of list) await attachArticle(deps, article);
  const stories = [...store.stories.values()];
  const articles = new Map(list.map((a) => [a.key, a]));
  const related = new Map(stories.map((s) => [s.id, s]));
  const digest = composeDigest(stories, articles, { date: uploaded.slice(0, 10), related });
  return { digest, articles, stories };
}
