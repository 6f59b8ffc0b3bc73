import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { printReport } from '../../../lambdas/local/cli/print';
import type { DigestSummary, RunReport } from '../../../lambdas/local/cli/run';

const item = { storyId: 's', whatsNew: 'A b c.', background: null, verdicts: [] };

function printed(digest: Pick<DigestSummary, 'items' | 'composer'>): string {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (b: Buffer) => chunks.push(b));
  const report: RunReport = {
    articles: [],
    stories: [],
    digest: { subject: 'S', text: 'What is new', html: '', outbox: [], ...digest },
    deadLetters: 0,
    skipped: [],
  };
  printReport(report, out);
  return Buffer.concat(chunks).toString('utf8');
}

describe('Function: printReport, who wrote the digest', () => {
  it.each<[string, Pick<DigestSummary, 'items' | 'composer'>, string]>([
    [
      'the extractive composer',
      {
        items: [{ ...item, composer: 'extractive', dropped: [] }],
        composer: { composer: 'extractive', calls: 0, tokensIn: 0, tokensOut: 0, budgetExhausted: false },
      },
      'Written by the extractive composer (no model).',
    ],
    [
      'a model that ran out of budget',
      {
        items: [
          { ...item, composer: 'openai-compatible', dropped: [{ text: 'x', ok: false, failures: [] }] },
          { ...item, composer: 'extractive', fallback: 'the digest token budget is spent', dropped: [] },
        ],
        composer: {
          composer: 'openai-compatible',
          model: 'llama3.1',
          calls: 1,
          tokensIn: 900,
          tokensOut: 120,
          tokenBudget: 1000,
          budgetExhausted: true,
        },
      },
      'Written by openai-compatible (llama3.1): 1 of 2 items, 1 sentence dropped by the verifier; 1 call, 900 tokens in, 120 out (budget spent).',
    ],
  ])('names %s', (_case, digest, line) => {
    expect(printed(digest)).toContain(line);
  });
});
