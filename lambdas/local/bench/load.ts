/** The load check: 1,000 varied files in one run, in a fresh process, every file accounted for. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export interface LoadFigures {
  files: number;
  seconds: number;
  filesPerSecond: number;
  peakMemoryMB: number;
  extracted: number;
  rejected: number;
  deadLetters: number;
  /** Keys uploaded that have no record afterwards: must be empty. */
  unaccounted: string[];
}

// From the bench folder or the compiled CLI beside it alike.
const PROBE = fileURLToPath(new URL('../bench/load-probe.ts', import.meta.url));

/** Runs `count` varied files built from the corpus folders through the local stack. */
export async function measureLoad(corpus: string[], count = 1000): Promise<LoadFigures> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', PROBE, String(count), ...corpus],
    { maxBuffer: 16 * 1024 * 1024, env: { ...process.env, NODE_OPTIONS: '' } },
  );
  return JSON.parse(stdout) as LoadFigures;
}

/** The bench lines for the load check. */
export function formatLoad(load: LoadFigures): string[] {
  const accounted = load.extracted + load.rejected + load.deadLetters;
  return [
    `Load check (${load.files} varied files in one run, fresh process)`,
    `  throughput                ${load.filesPerSecond.toFixed(1)} files/s (${load.seconds.toFixed(1)} s)`,
    `  peak memory               ${load.peakMemoryMB.toFixed(0)} MB`,
    `  accounted for            ${String(accounted).padStart(5)} of ${load.files}: ${load.extracted} extracted, ${load.rejected} rejected, ${load.deadLetters} dead-lettered${load.unaccounted.length > 0 ? `; MISSING ${load.unaccounted.join(', ')}` : ''}`,
  ];
}
