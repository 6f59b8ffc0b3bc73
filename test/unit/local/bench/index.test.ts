import { describe, expect, it } from 'vitest';
import { BENCH_PARTS, type BenchReport, formatBench } from '../../../../lambdas/local/bench/index';

const CORE: NonNullable<BenchReport['core']> = {
  articles: 3,
  warmArticles: 6_000,
  passes: 2,
  megabytes: 0.1,
  msPerArticle: 1,
  megabytesPerSecond: 2,
  textMegabytesPerSecond: 1,
  cpuTextMegabytesPerSecond: 1.1,
  warmingTextMegabytesPerSecond: 0.9,
  nlpMegabytesPerSecond: 1.5,
};

const STORIES: NonNullable<BenchReport['stories']> = [100, 10_000].map((stored) => ({
  stored,
  msPerArticle: 40,
  cpuMsPerArticle: 50,
  callsPerArticle: 30,
  rruPerArticle: 6,
  wruPerArticle: 11,
  wruStdError: 0.8,
  wruByKind: { 'put term index': 3.1, 'put story part': 1.4 },
  joined: 20,
  ofPreloaded: 20,
  preloadSeconds: 1,
}));

const THREADS: NonNullable<BenchReport['threads']> = [1_000, 5_000].map((stories) => ({
  stories,
  ms: stories / 10,
  cpuMs: stories / 9,
  threads: 7,
  links: 30,
}));

describe('Function: formatBench', () => {
  it.each<[string, Partial<BenchReport>, string[], string[]]>([
    [
      'the core alone (--only core), with the articles it warmed on',
      { core: CORE },
      ['Extraction core', 'run first; timed after 6,000 articles'],
      ['Stories', 'End to end'],
    ],
    [
      'the stories alone (--only stories), with their ratios',
      { stories: STORIES, storyReports: '2 reports' },
      [
        'Stories (attachArticle',
        'from 2 reports',
        '10000 vs 100 stored: time 1.00x',
        '   11.0   0.8',
        '10000  put term index 3.1, put story part 1.4',
      ],
      ['Extraction core', 'Lambda bundles'],
    ],
    [
      'the threads alone (--only threads), a row a window',
      { threads: THREADS, storyReports: '2 reports' },
      ['Threads (threadsOf', '     1000      100      111        7     30', '     5000      500      556'],
      ['Stories (', 'Extraction core'],
    ],
    [
      'two parts, in the order they run',
      { core: CORE, stories: STORIES, storyReports: '2 reports' },
      ['Extraction core', 'Stories ('],
      ['Large articles'],
    ],
  ])('prints only the parts a run measured: %s', (_case, parts, shown, absent) => {
    // Act
    const text = formatBench({ node: 'v20', ...parts });

    // Assess
    for (const heading of shown) expect(text).toContain(heading);
    for (const heading of absent) expect(text).not.toContain(heading);
    if (parts.core && parts.stories)
      expect(text.indexOf('Extraction core')).toBeLessThan(text.indexOf('Stories ('));
  });
});

describe('Constant: BENCH_PARTS', () => {
  it('runs the core first, before any part that starts emulators or fills the heap', () => {
    // Assess
    expect(BENCH_PARTS[0]).toBe('core');
  });
});
