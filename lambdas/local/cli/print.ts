import { count } from './plural';
import type { DigestSummary, RunReport } from './run';

/** Who wrote the digest and, for a model, what it cost and what the verifier dropped. */
function composerLine(digest: DigestSummary): string {
  const { composer: usage, items } = digest;
  if (usage.composer === 'extractive') return 'Written by the extractive composer (no model).';
  const byModel = items.filter((i) => i.composer !== 'extractive').length;
  const dropped = items.reduce((n, i) => n + i.dropped.length, 0);
  return [
    `Written by ${usage.composer} (${usage.model}): ${byModel} of ${count(items.length, 'item')},`,
    `${count(dropped, 'sentence')} dropped by the verifier; ${count(usage.calls, 'call')},`,
    `${usage.tokensIn} tokens in, ${usage.tokensOut} out${usage.budgetExhausted ? ' (budget spent)' : ''}.`,
  ].join(' ');
}

/** Writes the human-readable report of a run. */
export function printReport(report: RunReport, out: NodeJS.WritableStream): void {
  const extracted = report.articles.filter((a) => a.status === 'extracted').length;
  out.write(
    `${extracted} of ${count(report.articles.length, 'article')} extracted into ${count(report.stories.length, 'story', 'stories')}\n\n`,
  );
  for (const a of report.articles) {
    if (a.status === 'rejected') {
      out.write(`  rejected   ${a.key}: ${a.reason}\n`);
    } else {
      out.write(`  extracted  ${a.key} (${a.outlet}, ${a.published}) -> story ${a.storyId}\n`);
    }
  }
  for (const s of report.skipped) out.write(`  skipped    ${s.path}: ${s.reason}\n`);
  if (report.deadLetters > 0) {
    out.write(
      `\n${report.deadLetters} notification(s) failed three times and were set aside; see the log above.\n`,
    );
  }
  if (!report.digest) {
    out.write('\nNo story to put in a digest.\n');
    return;
  }
  out.write(`\n${'='.repeat(72)}\n${report.digest.text.trim()}\n${'='.repeat(72)}\n`);
  out.write(`\n${composerLine(report.digest)}\n`);
  if (report.digest.outbox.length > 0) {
    out.write(`\nEmails written to the outbox:\n${report.digest.outbox.map((p) => `  ${p}`).join('\n')}\n`);
  }
}
