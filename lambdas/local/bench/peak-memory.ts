/**
 * A bench probe's own peak resident memory. `process.resourceUsage().maxRSS` is no good in a child
 * the bench starts: Linux keeps that high-water mark across exec, so a probe reports the bench's
 * own size at the fork when that is larger (every probe once read 920 MB after a 10,000-story
 * preload). The kernel's VmHWM belongs to the exec'd image alone; maxRSS stays the answer where
 * /proc is missing.
 */
import { existsSync, readFileSync } from 'node:fs';

const STATUS = '/proc/self/status';

/** The `VmHWM` line of a /proc/<pid>/status text, in bytes, or undefined when it has none. */
export function highWaterMarkBytes(status: string): number | undefined {
  const match = /^VmHWM:\s+(\d+)\s+kB$/mu.exec(status);
  return match ? Number(match[1]) * 1024 : undefined;
}

/** This process's peak resident memory in bytes. */
export function peakRssBytes(): number {
  const status = existsSync(STATUS) ? readFileSync(STATUS, 'utf8') : '';
  return highWaterMarkBytes(status) ?? process.resourceUsage().maxRSS * 1024;
}
