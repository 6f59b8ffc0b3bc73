import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../lambdas/core/analyze';
import type { Article } from '../../../lambdas/core/model';
import { LOCAL_REFERENCE_DATA } from '../../../lambdas/local/cli/reference-data';
import { attachArticle } from '../../../lambdas/use-cases/story-assignment';
import { InMemoryStoryStore } from '../../support/in-memory-stores';
import { SEEDS_DIR, SEEDS_PRESENT, SEEDS_SKIP_REASON } from '../../support/seeds';
import { WEIGHTS } from '../../support/term-weights';

const SEEDS: [file: string, outlet: string][] = [
  ['000_af31facfb1cc1fc8.txt', 'Caixin'],
  ['001_6af33e1a854d831d.txt', 'The Hill'],
];

async function analyzeSeed(file: string, outlet: string): Promise<Article> {
  const result = await analyzeDocument(
    {
      key: file,
      bytes: readFileSync(join(SEEDS_DIR, file)),
      metadata: { outlet, published: '2023-06-06' },
      lastModified: '2023-06-06T12:00:00Z',
    },
    { maxBytes: 5 * 1024 * 1024, reference: LOCAL_REFERENCE_DATA },
  );
  if ('code' in result) throw new Error(`seed ${file} rejected: ${result.reason}`);
  return result;
}

describe.skipIf(!SEEDS_PRESENT)(
  'Function: attachArticle on the seed articles, through the real extractor',
  () => {
    if (!SEEDS_PRESENT) console.warn(SEEDS_SKIP_REASON);

    it.each([
      ['Caixin first', [0, 1]],
      ['The Hill first', [1, 0]],
    ])('files both outlets into one story about the Beijing meeting (%s)', async (_order, order) => {
      // Prepare
      const articles = await Promise.all(SEEDS.map(([file, outlet]) => analyzeSeed(file, outlet)));
      const stories = new InMemoryStoryStore();
      const deps = { stories, clock: { now: () => new Date('2023-06-06T18:00:00Z') }, weights: WEIGHTS };

      // Act
      for (const i of order) await attachArticle(deps, articles[i] as Article);

      // Assess
      const all = [...stories.stories.values()];
      expect(all).toHaveLength(1);
      const [story] = all;
      expect(story?.sources.map((s) => s.outlet).sort()).toEqual(['Caixin', 'The Hill']);
      expect(story?.event).toMatchObject({
        type: 'meeting',
        location: 'Beijing',
        date: { start: '2023-06-05' },
      });
      const people = story?.event.participants.filter((p) => p.kind === 'person').map((p) => p.name) ?? [];
      expect(people).toEqual(
        expect.arrayContaining([
          'Ma Zhaoxu',
          'Daniel Kritenbrink',
          'Sarah Beran',
          'Nicholas Burns',
          'Yang Tao',
        ]),
      );
      expect(story?.views.map((v) => v.outlet).sort()).toEqual(['Caixin', 'The Hill']);
      expect(story?.headline).toBeTruthy();
    });
  },
);
