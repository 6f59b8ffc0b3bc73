/**
 * The digest of the ECB+ development split (413 real reports, read from ../shared at run time),
 * held to the figures reached on it: the reader's check finds nothing, and every story gets an item.
 * Skipped, saying why, where the corpus is absent.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Digest } from '../../../../lambdas/core/digest';
import type { Article, Story } from '../../../../lambdas/core/model';
import { digestProblems } from '../../../support/digest-check';
import { ecbplusDigest, ecbplusPresent } from '../../../support/ecbplus';

describe.skipIf(!ecbplusPresent)(
  'Function: composeDigest on the ECB+ development split (skipped: ../shared/corpora/ecbplus-dev absent)',
  () => {
    let digest: Digest;
    let articles: Map<string, Article>;
    let stories: Story[];

    beforeAll(async () => {
      ({ digest, articles, stories } = await ecbplusDigest());
    }, 300_000);

    it('prints no sentence that fails verification, no fragment headline, repeat, dateline or unknown credit', () => {
      expect(digestProblems(digest, articles)).toEqual([]);
    });

    it('gives every story its own item (9 of 88 stories had none before headlines were cut from event sentences)', () => {
      const items = new Set(digest.items.map((i) => i.storyId));
      expect(stories.filter((s) => !items.has(s.id)).map((s) => s.id)).toEqual([]);
    });

    it('never credits or lists an unknown outlet', () => {
      const text = digest.items.map((i) => `${i.whatsNew} ${i.background ?? ''}`).join('\n');
      expect(text).not.toMatch(/according to unknown|unknown (?:also )?reported/iu);
      expect(digest.items.flatMap((i) => i.sources).some((s) => s.outlet === 'unknown')).toBe(false);
    });
  },
);
