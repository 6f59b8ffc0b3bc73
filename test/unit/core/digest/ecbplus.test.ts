/**
 * The digest of the ECB+ development split (413 real reports, read from ../shared at run time),
 * held to the figures reached on it: the reader's check finds nothing, and every story gets an item.
 * Skipped, saying why, where the corpus is absent.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Digest } from '../../../../lambdas/core/digest';
import type { Article, Story } from '../../../../lambdas/core/model';
import { digestProblems } from '../../../support/digest-check';
import { ecbplusDigest, ecbplusPart, ecbplusPresent, leadFigures } from '../../../support/ecbplus';

/**
 * Shares of items on the tuning topics (1-15) whose first two sentences name the main event's who,
 * where and when, of those where the story has one (2026-12-05: who 54/61, where 34/50 (was 27/50),
 * when 17/31). Topics 16-20 were kept aside and are reported apart in docs/digest-real-text.md.
 */
const MIN_TUNING_SHARE = { who: 0.88, where: 0.68, when: 0.54 };

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

    it('names who, where and when in the first two sentences, on the tuning topics', () => {
      const tuning = stories.filter((s) => ecbplusPart(s) === 'tuning');
      const ids = new Set(tuning.map((s) => s.id));
      const figures = leadFigures(
        { ...digest, items: digest.items.filter((i) => ids.has(i.storyId)) },
        tuning,
        articles,
      );
      for (const field of ['who', 'where', 'when'] as const) {
        const [hits, known] = figures[field];
        expect(hits / known, field).toBeGreaterThanOrEqual(MIN_TUNING_SHARE[field]);
      }
    });

    it('never restates the story’s own event as background (3 sentences did before)', () => {
      expect(leadFigures(digest, stories, articles).backgroundRestating).toBe(0);
    });

    it('never credits or lists an unknown outlet', () => {
      const text = digest.items.map((i) => `${i.whatsNew} ${i.background ?? ''}`).join('\n');
      expect(text).not.toMatch(/according to unknown|unknown (?:also )?reported/iu);
      expect(digest.items.flatMap((i) => i.sources).some((s) => s.outlet === 'unknown')).toBe(false);
    });
  },
);
