/** `news-digest digest`: compose and send the digest now on the persistent local stack, as the schedule would. */
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { SendDigestSummary } from '../../use-cases/send-digest';
import { DEFAULT_LOCAL_OPTIONS, type LocalStackOptions, startLocalStack } from '../runtime';
import { count } from './plural';
import type { Progress } from './progress';

export interface DigestCommandOptions extends Partial<LocalStackOptions> {
  /** `YYYY-MM-DD` or `YYYY-Www`; the digest handler defaults to today. */
  period?: string;
  /** Send the whole window again, not only what is new to each reader. */
  force?: boolean;
}

/** What `digest --json` prints: the handler's summary and the emails it wrote to the outbox. */
export interface DigestCommandReport {
  summary: SendDigestSummary;
  outbox: string[];
}

/** Starts the local stack on the store, invokes the digest handler once, and lists the emails it wrote. */
export async function sendDigestNow(
  options: DigestCommandOptions,
  progress: Progress,
): Promise<DigestCommandReport> {
  const { period, force, ...local } = options;
  const outboxDir = resolve(local.outboxDir ?? DEFAULT_LOCAL_OPTIONS.outboxDir);
  const stack = await startLocalStack({ ...DEFAULT_LOCAL_OPTIONS, ...definedOnly(local) });
  try {
    progress.info(`Local stack up on ${resolve(local.storeDir ?? DEFAULT_LOCAL_OPTIONS.storeDir)}`);
    // Each email is a new file with a unique name: what was not there before is this run's.
    const before = new Set(await emails(outboxDir));
    const summary = (await stack.invokeDigest({
      ...(period ? { period } : {}),
      ...(force ? { force } : {}),
    })) as SendDigestSummary;
    const written = (await emails(outboxDir)).filter((name) => !before.has(name));
    return { summary, outbox: written.map((name) => join(outboxDir, name)).sort() };
  } finally {
    await stack.stop();
  }
}

async function emails(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith('.eml'));
}

const SKIPPED: Record<SendDigestSummary['skipped'][number]['reason'], string> = {
  'not-due': 'not due (weekly reader)',
  'already-sent': 'already sent for this period',
  'in-progress': 'another run is sending it',
  'nothing-new': 'nothing new since the last digest',
  'no-match': 'no story matches your filters',
};

/** Writes the summary for a person: who got what, who was skipped and why, the first reader's digest. */
export function printDigestReport(report: DigestCommandReport, out: NodeJS.WritableStream): void {
  const { summary } = report;
  out.write(
    `Digest for ${summary.day}: ${summary.sent.length} sent, ${summary.skipped.length} skipped, ${summary.failed.length} failed\n\n`,
  );
  for (const s of summary.sent)
    out.write(`  sent     ${s.email} (${count(s.items, 'story', 'stories')}, period ${s.period})\n`);
  for (const s of summary.skipped) {
    const when = s.retryAfter ? `; a rerun after ${s.retryAfter} sends it` : '';
    out.write(`  skipped  ${s.email}: ${SKIPPED[s.reason]}${when}\n`);
  }
  for (const f of summary.failed) out.write(`  failed   ${f.email}: ${f.error}\n`);
  if (summary.preview) {
    out.write(`\n${'='.repeat(72)}\n${summary.preview.text.trim()}\n${'='.repeat(72)}\n`);
  } else if (summary.sent.length === 0) {
    out.write('\nNo digest sent. Stories are picked by event date: try --period YYYY-MM-DD, or --force.\n');
  }
  if (report.outbox.length > 0) {
    out.write(`\nEmails written to the outbox:\n${report.outbox.map((p) => `  ${p}`).join('\n')}\n`);
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
