import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../../config';
import { analyzeDocument } from '../../core/analyze';
import type { Article, RawObject } from '../../core/model';
import { collectFiles } from '../cli/files';
import type { Progress } from '../cli/progress';
import { LOCAL_REFERENCE_DATA } from '../cli/reference-data';
import { type BundleFigures, measureBundles } from './bundles';
import { type ComposerFigures, formatComposer, measureComposer } from './composer';
import { type CoreFigures, loadRawObjects, measureCore } from './core';
import { type EndToEndFigures, measureEndToEnd } from './end-to-end';
import { formatLargeArticles, type LargeArticleFigures, measureLargeArticles } from './large';
import { formatLoad, type LoadFigures, measureLoad } from './load';
import { measureStoryScaling, STORED_STORIES, type StoryScalingRow } from './stories';
import { formatThreads, measureThreads, type ThreadFigures } from './threads';

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));

const CORPUS = ['examples/', 'test/fixtures/eval/', 'test/fixtures/pipeline/'].map((p) =>
  fileURLToPath(new URL(`../../../${p}`, import.meta.url)),
);

/** Real reports to build the story tables from, when the development split sits beside the repository. */
const ECBPLUS_DOCS = fileURLToPath(new URL('../../../../shared/corpora/ecbplus-dev/docs/', import.meta.url));

/** Distinct files sent through one stack for the end-to-end rows. */
const END_TO_END_FILES = [200, 1_000] as const;

/**
 * The parts of a bench run, in the order they run and print; `--only` picks some. The core runs first: no other
 * part's heap, emulators or child processes are in the process while it is timed, with `--only` or without.
 */
export const BENCH_PARTS = [
  'core',
  'end-to-end',
  'bundles',
  'stories',
  'threads',
  'large',
  'load',
  'composer',
] as const;
export type BenchPart = (typeof BENCH_PARTS)[number];

/** What one run measured: every part it ran (all of them unless `--only` chose some). */
export interface BenchReport {
  node: string;
  core?: CoreFigures;
  endToEnd?: EndToEndFigures[];
  bundles?: BundleFigures[];
  /** Where the stories' reports came from. */
  storyReports?: string;
  stories?: StoryScalingRow[];
  threads?: ThreadFigures[];
  large?: LargeArticleFigures[];
  load?: LoadFigures;
  composer?: ComposerFigures;
}

/** The reports story tables are built from: the ECB+ development split when present, else the corpus. */
async function storyReports(corpus: RawObject[]): Promise<{ source: string; articles: Article[] }> {
  const real = existsSync(ECBPLUS_DOCS);
  const objects = real ? await loadRawObjects((await collectFiles([ECBPLUS_DOCS])).files) : corpus;
  const articles: Article[] = [];
  for (const raw of objects) {
    const result = await analyzeDocument(raw, {
      maxBytes: DEFAULT_MAX_ARTICLE_BYTES,
      reference: LOCAL_REFERENCE_DATA,
    });
    if (!('code' in result)) articles.push(result);
  }
  const source = real ? `${articles.length} ECB+ development reports` : `${articles.length} corpus articles`;
  return { source, articles };
}

/** Measures the figures README quotes (the parts asked for, all by default); prints them, never judges them. */
export async function runBench(
  progress: Progress,
  options: { stored?: readonly number[]; only?: readonly BenchPart[] } = {},
): Promise<BenchReport> {
  const parts = BENCH_PARTS.filter((part) => options.only?.includes(part) ?? true);
  const step = (part: BenchPart, what: string) =>
    progress.info(`${parts.indexOf(part) + 1}/${parts.length} ${what}`);
  const files = (await collectFiles(CORPUS.filter((p) => existsSync(p)))).files.filter(
    (f) => f.contentType !== 'application/octet-stream',
  );
  progress.info(`Corpus: ${files.length} article files`);
  const objects = await loadRawObjects(files);
  const report: BenchReport = { node: process.version };
  if (parts.includes('core')) {
    step('core', 'extraction core, one core, pure functions ...');
    report.core = await measureCore(objects);
  }
  if (parts.includes('end-to-end')) {
    report.endToEnd = [];
    for (const count of END_TO_END_FILES) {
      step('end-to-end', `end to end: ${count} files through the local S3, extractor, DynamoDB ...`);
      report.endToEnd.push(await measureEndToEnd(files, count));
    }
  }
  if (parts.includes('bundles')) {
    step('bundles', 'Lambda bundles: size and cold import ...');
    report.bundles = await measureBundles();
  }
  const reports =
    parts.includes('stories') || parts.includes('threads') ? await storyReports(objects) : undefined;
  if (reports !== undefined) report.storyReports = reports.source;
  if (reports !== undefined && parts.includes('stories')) {
    report.stories = await measureStoryScaling(reports.articles, options.stored ?? STORED_STORIES, (stored) =>
      step('stories', `story assignment: preloading ${stored} stories (${reports.source}) ...`),
    );
  }
  if (reports !== undefined && parts.includes('threads')) {
    step('threads', `threads: a digest window of up to 5,000 stories (${reports.source}) ...`);
    report.threads = measureThreads(reports.articles);
  }
  if (parts.includes('large')) {
    step('large', 'large articles: 1 MiB, 5 MiB and the allowed maximum ...');
    report.large = await measureLargeArticles();
  }
  if (parts.includes('load')) {
    step('load', 'load check: 1,000 varied files in one run ...');
    report.load = await measureLoad(CORPUS.filter((p) => existsSync(p)));
  }
  if (parts.includes('composer')) {
    step('composer', 'composer: one digest of the examples, extractive and by a scripted model server ...');
    report.composer = await measureComposer(EXAMPLES);
  }
  return report;
}

/** Largest table's figures against the smallest's: near 1 when the work per article is flat. */
function ratios(rows: StoryScalingRow[]): string[] {
  const small = rows[0];
  const large = rows[rows.length - 1];
  if (!small || !large || small === large) return [];
  const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : `${(a / b).toFixed(2)}x`);
  return [
    `  ${large.stored} vs ${small.stored} stored: time ${ratio(large.msPerArticle, small.msPerArticle)}, read units ${ratio(large.rruPerArticle, small.rruPerArticle)}, calls ${ratio(large.callsPerArticle, small.callsPerArticle)}`,
  ];
}

/** One bundle's row: sizes, then init and first-article CPU against the SDK-only bundle's. */
function formatBundle(b: BundleFigures): string {
  const kib = (bytes: number, width: number) => (bytes / 1024).toFixed(0).padStart(width);
  const ratio = (x: number, y: number) => `${(x / y).toFixed(2)}x`.padStart(6);
  const first = b.firstArticle;
  const firstColumns =
    first === undefined
      ? `${'-'.padStart(14)} ${'-'.padStart(7)} ${'-'.padStart(6)}`
      : `${first.ms.toFixed(0).padStart(14)} ${first.sdkMs.toFixed(0).padStart(7)} ${ratio(first.ms, first.sdkMs)}`;
  const sizes = `${kib(b.bytes, 6)} ${kib(b.dataBytes, 8)} ${kib(b.lazyBytes, 8)} ${kib(b.sdkBytes, 8)} ${ratio(b.bytes, b.sdkBytes)}`;
  const init = `${b.coldImportMs.toFixed(0).padStart(7)} ${b.sdkColdImportMs.toFixed(0).padStart(7)} ${ratio(b.coldImportMs, b.sdkColdImportMs)}`;
  return `  ${b.name.padEnd(12)} ${sizes}   ${init}   ${firstColumns}`;
}

function formatCore(core: CoreFigures): string[] {
  return [
    `Extraction core (parse + metadata + NLP, pure, one core; run first; timed after ${core.warmArticles.toLocaleString('en-US')} articles, once V8 has optimized it)`,
    `  articles in corpus        ${core.articles} (${core.passes} passes)`,
    `  per article               ${core.msPerArticle.toFixed(3)} ms`,
    `  throughput                ${core.megabytesPerSecond.toFixed(2)} MB/s of raw files, ${core.textMegabytesPerSecond.toFixed(2)} MB/s of article text`,
    `  per CPU second           ${core.cpuTextMegabytesPerSecond.toFixed(2)} MB/s of article text (this process's CPU time, every thread)`,
    `  while V8 optimizes        ${core.warmingTextMegabytesPerSecond.toFixed(2)} MB/s of article text (the first 2 s after one pass)`,
    `  NLP steps alone           ${core.nlpMegabytesPerSecond.toFixed(2)} MB/s of article text (analyzeBody)`,
  ];
}

function formatEndToEnd(rows: EndToEndFigures[]): string[] {
  return [
    'End to end (upload -> S3 emulator -> queue -> extractor -> DynamoDB emulator, one store)',
    ...rows.map(
      (e) =>
        `  ${String(e.files).padStart(5)} files   ${e.filesPerSecond.toFixed(1).padStart(5)} files/s, peak RSS ${e.peakRssMb.toFixed(0)} MB, ${e.lost} lost`,
    ),
  ];
}

function formatBundles(bundles: BundleFigures[]): string[] {
  return [
    'Lambda bundles (as the stack builds them: lib/bundling.ts) against a bundle of the same SDK clients alone',
    `  ${'handler'.padEnd(12)} ${'KiB'.padStart(6)} ${'data KiB'.padStart(8)} ${'lazy KiB'.padStart(8)} ${'SDK KiB'.padStart(8)} ${'size'.padStart(6)}   ${'init ms'.padStart(7)} ${'SDK ms'.padStart(7)} ${'init'.padStart(6)}   ${'1st article ms'.padStart(14)} ${'SDK ms'.padStart(7)} ${'1st'.padStart(6)}`,
    ...bundles.map(formatBundle),
    `  (CPU ms, median of ${bundles[0]?.samples.length ?? 0} fresh processes each, the functions' NODE_OPTIONS. init: importing the`,
    '  bundle. 1st article: importing it and invoking the handler once on one article on S3 and DynamoDB',
    '  emulators, reading the data files; the SDK-only bundle reads the same object and writes one item.',
    '  lazy: packages shipped beside the bundle, imported only by an article that needs one)',
  ];
}

/** Kinds of write shown per story row: the ones that tell where the units go. */
const WRITE_KINDS_SHOWN = 5;

function formatStories(rows: StoryScalingRow[], source: string): string[] {
  const writes = (r: StoryScalingRow) =>
    Object.entries(r.wruByKind)
      .slice(0, WRITE_KINDS_SHOWN)
      .map(([kind, units]) => `${kind} ${units.toFixed(1)}`)
      .join(', ');
  return [
    `Stories (attachArticle on the DynamoDB emulator; stories from ${source}, re-dated; half the reports are of a stored event)`,
    `  ${'stored'.padStart(7)} ${'ms/art'.padStart(7)} ${'cpu ms'.padStart(7)} ${'calls'.padStart(6)} ${'RRU'.padStart(6)} ${'WRU'.padStart(6)} ${'± se'.padStart(5)}  joined   preload`,
    ...rows.map(
      (r) =>
        `  ${String(r.stored).padStart(7)} ${r.msPerArticle.toFixed(1).padStart(7)} ${r.cpuMsPerArticle.toFixed(1).padStart(7)} ${r.callsPerArticle.toFixed(1).padStart(6)} ${r.rruPerArticle.toFixed(1).padStart(6)} ${r.wruPerArticle.toFixed(1).padStart(6)} ${r.wruStdError.toFixed(1).padStart(5)}  ${`${r.joined}/${r.ofPreloaded}`.padStart(7)}  ${r.preloadSeconds.toFixed(0).padStart(6)} s`,
    ),
    ...ratios(rows),
    '  write units per article by kind (largest first; ± se: standard error of the WRU mean):',
    ...rows.map((r) => `  ${String(r.stored).padStart(7)}  ${writes(r)}`),
  ];
}

/** Renders the report as the table README shows: the parts it holds, in their order. */
export function formatBench(report: BenchReport): string {
  const sections = [
    report.core && formatCore(report.core),
    report.endToEnd && formatEndToEnd(report.endToEnd),
    report.bundles && formatBundles(report.bundles),
    report.stories && formatStories(report.stories, report.storyReports ?? ''),
    report.threads && formatThreads(report.threads),
    report.large && formatLargeArticles(report.large),
    report.load && formatLoad(report.load),
    report.composer && formatComposer(report.composer),
  ].filter((lines) => lines !== undefined);
  return `${[`news-digest bench (Node ${report.node})`, ...sections.flatMap((lines) => ['', ...lines])].join('\n')}\n`;
}
