/**
 * Threads in the digest: what `threadsOf` costs on a large window of stories. Finding threads asks every story
 * of the window which earlier stories are developments of its saga; the window here is the story rows' table
 * held in memory (real reports filed into stories, repeated under later dates, so every saga recurs).
 */
import { performance } from 'node:perf_hooks';
import { threadsOf } from '../../core/digest/threads';
import type { Article } from '../../core/model';
import { storyProfile } from '../../core/story/profile';
import { storiesInMemory } from './stories';

/** One row of `threads` in `npm run bench -- --json`. */
export interface ThreadFigures {
  stories: number;
  ms: number;
  cpuMs: number;
  threads: number;
  links: number;
}

/** Stories in the windows timed: a busy week, and five times that. */
export const THREAD_WINDOWS = [1_000, 5_000] as const;

/** Times `threadsOf` on the first stories of one table, each window's size in turn. */
export function measureThreads(reports: Article[]): ThreadFigures[] {
  const table = storiesInMemory(Math.max(...THREAD_WINDOWS), reports);
  // A story's profile is built once and kept (the merger's memo): the rows time the search for threads alone.
  for (const story of table) storyProfile(story);
  return THREAD_WINDOWS.map((count) => {
    const stories = table.slice(0, count);
    const cpu = process.cpuUsage();
    const start = performance.now();
    const threads = threadsOf(stories);
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpu);
    return {
      stories: stories.length,
      ms,
      cpuMs: (used.user + used.system) / 1000,
      threads: threads.length,
      links: threads.reduce((n, t) => n + t.links.length, 0),
    };
  });
}

/** The rows as the bench prints them. */
export function formatThreads(rows: ThreadFigures[]): string[] {
  return [
    "Threads (threadsOf over a digest window of the story rows' stories, in memory; profiles built before)",
    `  ${'stories'.padStart(7)} ${'ms'.padStart(8)} ${'cpu ms'.padStart(8)} ${'threads'.padStart(8)} ${'links'.padStart(6)}`,
    ...rows.map(
      (r) =>
        `  ${String(r.stories).padStart(7)} ${r.ms.toFixed(0).padStart(8)} ${r.cpuMs.toFixed(0).padStart(8)} ${String(r.threads).padStart(8)} ${String(r.links).padStart(6)}`,
    ),
  ];
}
