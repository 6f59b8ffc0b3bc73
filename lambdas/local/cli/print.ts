import { count } from './plural';
import type { RunReport } from './run';

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
  if (report.digest.outbox.length > 0) {
    out.write(`\nEmails written to the outbox:\n${report.digest.outbox.map((p) => `  ${p}`).join('\n')}\n`);
  }
}
