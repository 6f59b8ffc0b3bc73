import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { collectFiles } from '../cli/files';
import type { Progress } from '../cli/progress';
import { type BundleFigures, measureBundles } from './bundles';
import { type CoreFigures, loadRawObjects, measureCore } from './core';
import { type EndToEndFigures, measureEndToEnd } from './end-to-end';

const CORPUS = ['examples/', 'test/fixtures/eval/', 'test/fixtures/pipeline/'].map((p) =>
  fileURLToPath(new URL(`../../../${p}`, import.meta.url)),
);

export interface BenchReport {
  node: string;
  core: CoreFigures;
  endToEnd: EndToEndFigures;
  bundles: BundleFigures[];
}

/** Measures the figures README quotes; prints them, never judges them. */
export async function runBench(progress: Progress): Promise<BenchReport> {
  const files = (await collectFiles(CORPUS.filter((p) => existsSync(p)))).filter(
    (f) => f.contentType !== 'application/octet-stream',
  );
  progress.info(`Corpus: ${files.length} article files`);
  progress.info('1/3 extraction core, one core, pure functions ...');
  const core = await measureCore(await loadRawObjects(files));
  progress.info('2/3 end to end through the local S3, extractor, DynamoDB ...');
  const endToEnd = await measureEndToEnd(files, Math.max(1, Math.ceil(200 / files.length)));
  progress.info('3/3 Lambda bundles: size and cold import ...');
  const bundles = await measureBundles();
  return { node: process.version, core, endToEnd, bundles };
}

/** Renders the report as the table README shows. */
export function formatBench(report: BenchReport): string {
  const lines = [
    `news-digest bench (Node ${report.node})`,
    '',
    'Extraction core (parse + metadata + NLP, pure, one core)',
    `  articles in corpus        ${report.core.articles} (${report.core.passes} passes)`,
    `  per article               ${report.core.msPerArticle.toFixed(3)} ms`,
    `  throughput                ${report.core.megabytesPerSecond.toFixed(2)} MB/s of raw article bytes`,
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
  ];
  return `${lines.join('\n')}\n`;
}
