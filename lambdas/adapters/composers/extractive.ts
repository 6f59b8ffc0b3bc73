/** The offline composer: sentences built from attributed clauses of the articles (lambdas/core/digest). */
import { type ComposeOptions, composeDigest } from '../../core/digest';
import type { Article, Story } from '../../core/model';
import type { ComposedDigest, Composer } from '../../ports';

/** Composes with the extractive core: no model, no network, no cost. */
export class ExtractiveComposer implements Composer {
  async compose(
    stories: Story[],
    articlesByKey: Map<string, Article>,
    options: ComposeOptions,
  ): Promise<ComposedDigest> {
    const digest = composeDigest(stories, articlesByKey, options);
    return {
      digest,
      authorship: digest.items.map((i) => ({ storyId: i.storyId, composer: 'extractive', dropped: [] })),
      usage: { composer: 'extractive', calls: 0, tokensIn: 0, tokensOut: 0, budgetExhausted: false },
    };
  }
}
