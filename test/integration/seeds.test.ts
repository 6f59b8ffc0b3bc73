import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Progress } from '../../lambdas/local/cli/progress';
import { runFiles } from '../../lambdas/local/cli/run';
import { SEEDS_DIR, SEEDS_PRESENT, SEEDS_SKIP_REASON } from '../support/seeds';

if (!SEEDS_PRESENT) console.warn(SEEDS_SKIP_REASON);

interface SeedGold {
  articles: {
    file: string;
    people: string[];
    staff?: string[];
    quotes: { speaker: string; text: string }[];
  }[];
}

describe.skipIf(!SEEDS_PRESENT)('Command: run on the seed articles', () => {
  it('merges the two outlets into one story on Monday 2023-06-05 in Beijing', async () => {
    // Prepare: copies of the seeds with sidecars, as a user would upload them
    const dir = await mkdtemp(join(tmpdir(), 'nd-seeds-'));
    const store = await mkdtemp(join(tmpdir(), 'nd-store-'));
    const outbox = await mkdtemp(join(tmpdir(), 'nd-outbox-'));
    const seeds = [
      { file: '000_af31facfb1cc1fc8.txt', meta: { published: '2023-06-06' } },
      { file: '001_6af33e1a854d831d.txt', meta: { published: '2023-06-06', outlet: 'The Hill' } },
    ];
    for (const seed of seeds) {
      await copyFile(join(SEEDS_DIR, seed.file), join(dir, seed.file));
      await writeFile(join(dir, `${seed.file}.meta.json`), JSON.stringify(seed.meta));
    }

    // Act
    const report = await runFiles(
      [dir],
      { json: true, storeDir: store, outboxDir: outbox },
      new Progress(process.stderr, true),
    );

    // Assess
    expect(report.articles.map((a) => a.status)).toEqual(['extracted', 'extracted']);
    expect(report.articles.map((a) => a.outlet)).toEqual(['Caixin', 'The Hill']);
    expect(report.stories).toHaveLength(1);
    const [story] = report.stories;
    expect(story?.sources.map((s) => s.outlet).sort()).toEqual(['Caixin', 'The Hill']);
    expect(story?.date).toBe('2023-06-05');
    expect(story?.location).toBe('Beijing');
    expect(report.digest?.text).toContain("What's new:");

    // The facts gold.json lists for each article: people (never the staff), titles, quotes with speakers
    const gold = JSON.parse(await readFile(join(SEEDS_DIR, 'gold.json'), 'utf8')) as SeedGold;
    const norm = (t: string) =>
      t
        .replace(/[“”"‘’']/g, '')
        .replace(/[.,]+$/, '')
        .trim();
    for (const expected of gold.articles) {
      const article = report.articles.find((a) => a.key === expected.file);
      expect(article?.people).toEqual(expect.arrayContaining(expected.people));
      for (const staff of expected.staff ?? []) expect(article?.people).not.toContain(staff);
      for (const quote of expected.quotes) {
        const found = article?.quotes.find((q) => norm(q.text).includes(norm(quote.text)));
        expect(found, `quote "${quote.text}" in ${expected.file}`).toBeDefined();
        expect(found?.speaker).toBe(quote.speaker);
      }
    }
    const roles = Object.assign({}, ...report.articles.map((a) => a.roles)) as Record<string, string>;
    expect(roles['Ma Zhaoxu']).toMatch(/Vice Foreign Minister/i);
    expect(roles['Nicholas Burns']).toMatch(/ambassador to China/i);
    expect(roles['Daniel Kritenbrink']).toMatch(/assistant (U\.S\. )?secretary of state/i);
    await Promise.all([dir, store, outbox].map((d) => rm(d, { recursive: true, force: true })));
  });
});
