import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { collectFiles } from '../cli/files';
import type { Progress } from '../cli/progress';
import { type BundleFigures, measureBundles } from './bundles';
import { type CoreFigures, loadRawObjects, measureCore } from './core';
import { type EndToEndFigures, measureEndToEnd } from './end-to-end';
import { formatLargeArticles, type LargeArticleFigures, measureLargeArticles } from './large';
import { measureStoryScaling, type StoryScalingFigures } from './stories';

const CORPUS = ['examples/', 'test/fixtures/eval/', 'test/fixtures/pipeline/'].map((p) =>
  fileURLToPath(new URL(`../../../${p}`, import.meta.url)),
);

export interface BenchReport {
  node: string;
  core: CoreFigures;
  endToEnd: EndToEndFigures;
  bundles: BundleFigures[];
  stories: StoryScalingFigures;
  large: LargeArticleFigures[];
}

/** Measures the figures README quotes; prints them, never judges them. */
export async function runBench(progress: Progress): Promise<BenchReport> {
  const files = (await collectFiles(CORPUS.filter((p) => existsSync(p)))).files.filter(
    (f) => f.contentType !== 'application/octet-stream',
  );
  progress.info(`Corpus: ${files.length} article files`);
  progress.info('1/5 extraction core, one core, pure functions ...');
  const core = await measureCore(await loadRawObjects(files));
  progress.info('2/5 end to end through the local S3, extractor, DynamoDB ...');
  const endToEnd = await measureEndToEnd(files, Math.max(1, Math.ceil(200 / files.length)));
  progress.info('3/5 Lambda bundles: size and cold import ...');
  const bundles = await measureBundles();
  progress.info('4/5 story assignment on 100 and 10,000 stored stories ...');
  const stories = await measureStoryScaling();
  progress.info('5/5 large articles: 1 MiB, 5 MiB and the allowed maximum ...');
  const large = await measureLargeArticles();
  return { node: process.version, core, endToEnd, bundles, stories, large };
}

/** Renders the report as the table README shows. */
export function formatBench(report: BenchReport): string {
  const lines = [
    `news-digest bench (Node ${report.node})`,
    '',
    'Extraction core (parse + metadata + NLP, pure, one core)',
    `  articles in corpus        ${report.core.articles} (${report.core.passes} passes)`,
    `  per article               ${report.core.msPerArticle.toFixed(3)} ms`,
    `  throughput                ${report.core.megabytesPerSecond.toFixed(2)} MB/s of raw files, ${report.core.textMegabytesPerSecond.toFixed(2)} MB/s of article text`,
    `  NLP steps alone           ${report.core.nlpMegabytesPerSecond.toFixed(2)} MB/s of article text (analyzeBody)`,
    '',
    'End to end (upload -> S3 emulator -> queue -> extractor -> DynamoDB emulator)',
    `  files                     ${report.endToEnd.files} in ${report.endToEnd.seconds.toFixed(2)} s`,
    `  throughput                ${report.endToEnd.filesPerSecond.toFixed(1)} files/s`,
    '',
    'Lambda bundles (esbuild, minified ESM, AWS SDK included)',
    ...report.bundles.map(
      (b) =>
        `  ${b.name.padEnd(12)} ${(b.bytes / 1024).toFixed(0).padStart(6)} KiB   cold import ${b.coldImportMs.toFixed(0)} ms (median of ${b.samples.length})`,
    ),
    '',
    'Stories (attachArticle on the DynamoDB emulator; half the articles join a stored story)',
    ...[report.stories.small, report.stories.large].map(
      (r) =>
        `  ${String(r.stories).padStart(6)} stories      ${r.msPerArticle.toFixed(1)} ms/article, ${r.joined}/${r.articles / 2} joined (preload ${r.preloadSeconds.toFixed(1)} s)`,
    ),
    `  ratio large/small         ${report.stories.ratio.toFixed(2)}x`,
    '',
    ...formatLargeArticles(report.large),
  ];
  return `${lines.join('\n')}\n`;
}
