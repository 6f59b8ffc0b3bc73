/** Large articles: time and peak memory of the extraction core per size, each in a fresh process. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { MAX_ARTICLE_BYTES_LIMIT } from '../../config';

export interface LargeArticleFigures {
  bytes: number;
  seconds: number;
  peakMemoryMB: number;
  outcome: string;
}

// From the bench folder or the compiled CLI beside it alike.
const PROBE = fileURLToPath(new URL('../bench/large-probe.ts', import.meta.url));
const MIB = 1024 * 1024;

/** Measures 1 MiB, 5 MiB and the allowed maximum (MAX_ARTICLE_BYTES_LIMIT), one child process each. */
export async function measureLargeArticles(): Promise<LargeArticleFigures[]> {
  const figures: LargeArticleFigures[] = [];
  for (const bytes of [MIB, 5 * MIB, MAX_ARTICLE_BYTES_LIMIT]) {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', PROBE, String(bytes)],
      { maxBuffer: MIB, env: { ...process.env, NODE_OPTIONS: '' } },
    );
    const probe = JSON.parse(stdout) as { bytes: number; ms: number; peakRssBytes: number; outcome: string };
    figures.push({
      bytes: probe.bytes,
      seconds: probe.ms / 1000,
      peakMemoryMB: probe.peakRssBytes / MIB,
      outcome: probe.outcome,
    });
  }
  return figures;
}

/** The bench lines for large articles. */
export function formatLargeArticles(figures: LargeArticleFigures[]): string[] {
  return [
    'Large articles (extraction core, one fresh process per size; the allowed maximum last)',
    ...figures.map(
      (f) =>
        `  ${(f.bytes / MIB).toFixed(0).padStart(3)} MiB                  ${f.seconds.toFixed(1)} s, peak ${f.peakMemoryMB.toFixed(0)} MB (${(f.seconds / (f.bytes / MIB)).toFixed(2)} s/MiB), ${f.outcome}`,
    ),
  ];
}
