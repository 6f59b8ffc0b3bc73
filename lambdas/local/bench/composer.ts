/**
 * The composer's cost: the bundled examples ingested once, then one digest of their stories
 * written by the extractive composer and one by the model composer against a scripted
 * OpenAI-compatible server on loopback (it answers with each story's first two source sentences,
 * as a terse model would, and counts a token per four characters). The cost per 1,000 articles
 * prices those counted tokens at a stated list price.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PassThrough } from 'node:stream';
import type { ComposerUsage } from '../../ports';
import type { SendDigestSummary } from '../../use-cases/send-digest';
import { Progress } from '../cli/progress';
import { runFiles } from '../cli/run';
import { echoSources, startFakeModelServer } from '../fake-model-server';
import { DEFAULT_LOCAL_OPTIONS, type LocalComposer, startLocalStack } from '../runtime';

/** A model's on-demand list price in US dollars per million tokens, and when it was read. */
export interface ModelPrice {
  model: string;
  inputPerMillion: number;
  outputPerMillion: number;
  asOf: string;
}

/** Bedrock on-demand prices in us-east-1; the first is the stack's default model. */
export const PRICES: ModelPrice[] = [
  { model: 'amazon.nova-micro-v1:0', inputPerMillion: 0.035, outputPerMillion: 0.14, asOf: '2026-12-05' },
  { model: 'amazon.nova-lite-v1:0', inputPerMillion: 0.06, outputPerMillion: 0.24, asOf: '2026-12-05' },
];

export interface ComposerRow {
  composer: ComposerUsage['composer'];
  items: number;
  /** Items the model wrote (the rest fell back to the extractive composer). */
  byModel: number;
  /** One digest invocation on the local stack, from request to sent. */
  digestMs: number;
  usage: ComposerUsage;
}

export interface ComposerFigures {
  articles: number;
  stories: number;
  rows: ComposerRow[];
  /** US dollars per 1,000 articles, each article's story written once, by price row. */
  costPerThousandArticles: { model: string; dollars: number; asOf: string }[];
}

async function digestWith(
  storeDir: string,
  outboxDir: string,
  storyIds: string[],
  composer: LocalComposer,
): Promise<ComposerRow> {
  const stack = await startLocalStack({ ...DEFAULT_LOCAL_OPTIONS, storeDir, outboxDir, composer });
  try {
    const start = performance.now();
    const summary = (await stack.invokeDigest({
      storyIds,
      period: `run-bench-${composer.kind}`,
      force: true,
    })) as SendDigestSummary;
    const digestMs = performance.now() - start;
    const preview = summary.preview;
    if (!preview) throw new Error(`the ${composer.kind} composer sent no digest`);
    return {
      composer: preview.composer.composer,
      items: preview.items.length,
      byModel: preview.items.filter((i) => i.composer !== 'extractive').length,
      digestMs,
      usage: preview.composer,
    };
  } finally {
    await stack.stop();
  }
}

/** Ingests the examples, then composes their digest with each composer on the same store. */
export async function measureComposer(examplesDir: string): Promise<ComposerFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'news-digest-bench-composer-'));
  const server = await startFakeModelServer(echoSources);
  try {
    const storeDir = join(dir, 'store');
    const outboxDir = join(dir, 'outbox');
    const quiet = new Progress(new PassThrough(), true);
    const report = await runFiles([examplesDir], { json: true, storeDir, outboxDir }, quiet);
    const storyIds = report.stories.map((s) => s.id);
    const articles = report.articles.filter((a) => a.status === 'extracted').length;
    const rows = [
      await digestWith(storeDir, outboxDir, storyIds, { kind: 'extractive' }),
      await digestWith(storeDir, outboxDir, storyIds, {
        kind: 'openai-compatible',
        url: server.url,
        model: 'echo',
      }),
    ];
    const model = rows[1]?.usage ?? rows[0]?.usage;
    return {
      articles,
      stories: storyIds.length,
      rows,
      costPerThousandArticles: PRICES.map((p) => ({
        model: p.model,
        asOf: p.asOf,
        dollars:
          (((model?.tokensIn ?? 0) * p.inputPerMillion + (model?.tokensOut ?? 0) * p.outputPerMillion) /
            1e6) *
          (1000 / Math.max(1, articles)),
      })),
    };
  } finally {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The bench's composer lines. */
export function formatComposer(figures: ComposerFigures): string[] {
  return [
    `Composer (${figures.articles} bundled example articles in ${figures.stories} stories, one digest; the model is a scripted OpenAI-compatible server on loopback; tokens ~ characters / 4)`,
    ...figures.rows.map(
      (r) =>
        `  ${r.composer.padEnd(18)} ${String(r.items).padStart(3)} items (${r.byModel} by the model)  ${r.digestMs.toFixed(0).padStart(6)} ms a digest  ${r.usage.calls} calls, ${r.usage.tokensIn} tokens in, ${r.usage.tokensOut} out`,
    ),
    ...figures.costPerThousandArticles.map(
      (c) =>
        `  cost per 1,000 articles, ${c.model} on Bedrock (us-east-1 on-demand list price, ${c.asOf}): $${c.dollars.toFixed(4)}; extractive: $0`,
    ),
  ];
}
