import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { analyzeDocument } from '../../core/analyze';
import { lexiconWith, loadLanguageScorer, measureThroughput } from '../../core/extract';
import type { RawObject } from '../../core/model';
import type { UploadFile } from '../cli/files';
import { LOCAL_REFERENCE_DATA } from '../cli/reference-data';

export interface CoreFigures {
  articles: number;
  /** Articles analysed before the timed passes: WARM_ARTICLES, fewer only when MAX_WARM_SECONDS ran out. */
  warmArticles: number;
  passes: number;
  megabytes: number;
  msPerArticle: number;
  /** Raw file bytes (markup, headers and all) per second. */
  megabytesPerSecond: number;
  /** Clean article text (the body the NLP steps read) per second. */
  textMegabytesPerSecond: number;
  /**
   * The same per second of this process's CPU time (user and system, every thread, GC included): on a
   * machine shared with other work the wall clock counts time the core waited for the CPU.
   */
  cpuTextMegabytesPerSecond: number;
  /** The same in the first seconds after one pass, while V8 still optimizes the code (the row's figure before it warmed). */
  warmingTextMegabytesPerSecond: number;
  /** The NLP steps alone (analyzeBody) on the same clean text. */
  nlpMegabytesPerSecond: number;
}

/** Loads files as the extractor would receive them from the bucket. */
export async function loadRawObjects(files: UploadFile[]): Promise<RawObject[]> {
  return Promise.all(
    files.map(async (f) => ({
      key: f.key,
      bytes: new Uint8Array(await readFile(f.path)),
      contentType: f.contentType,
      metadata: f.metadata,
      lastModified: '2026-01-01T00:00:00.000Z',
    })),
  );
}

/**
 * Articles analysed before the timed passes. V8's optimizing compiler is at work long after the first pass, and
 * throws compiled code away again: optimized `Array.prototype.map` makes holey arrays where the builtin makes
 * packed ones, so once a step that maps is optimized, the functions reading its arrays meet an array kind they
 * were not compiled for and deoptimize ("wrong map"); one run once an article is optimized again only 10-20
 * passes later. On the 76 bench files `--trace-deopt` shows such storms up to pass 55 (4,200 articles), 0-3
 * deopts in 10 passes after the 60th. An extractor container reads article after article, so the row reports
 * the warm speed and the warming one beside it.
 */
const WARM_ARTICLES = 6_000;
/** Enough warming on a slow machine. */
const MAX_WARM_SECONDS = 30;

const OPTIONS = { maxBytes: Number.POSITIVE_INFINITY, reference: LOCAL_REFERENCE_DATA };

/** One pass of the core over the corpus. */
async function pass(objects: RawObject[]): Promise<void> {
  for (const o of objects) await analyzeDocument(o, OPTIONS);
}

/** Passes over the corpus for about `seconds`: how many, and the wall and CPU seconds they took. */
async function timedPasses(
  objects: RawObject[],
  seconds: number,
): Promise<{ passes: number; elapsed: number; cpu: number }> {
  let passes = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  while (performance.now() - start < seconds * 1000) {
    await pass(objects);
    passes += 1;
  }
  const cpu = process.cpuUsage(cpuStart);
  return { passes, elapsed: (performance.now() - start) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
}

/** Runs the pure extraction core over the corpus repeatedly for about `seconds`, on this one core, once warm. */
export async function measureCore(objects: RawObject[], seconds = 2): Promise<CoreFigures> {
  const bytes = objects.reduce((n, o) => n + o.bytes.length, 0);
  let textBytes = 0;
  const texts: string[] = [];
  for (const o of objects) {
    const result = await analyzeDocument(o, OPTIONS);
    if ('text' in result) {
      textBytes += Buffer.byteLength(result.text);
      texts.push(result.text);
    }
  }
  const warming = await timedPasses(objects, seconds);
  const warmStart = performance.now();
  let analysed = (1 + warming.passes) * objects.length;
  while (analysed < WARM_ARTICLES && performance.now() - warmStart < MAX_WARM_SECONDS * 1000) {
    await pass(objects);
    analysed += objects.length;
  }
  const { passes, elapsed, cpu } = await timedPasses(objects, seconds);
  const megabytes = (bytes * passes) / 1e6;
  return {
    articles: objects.length,
    warmArticles: analysed,
    passes,
    megabytes,
    msPerArticle: (elapsed * 1000) / (passes * objects.length),
    megabytesPerSecond: megabytes / elapsed,
    textMegabytesPerSecond: (textBytes * passes) / 1e6 / elapsed,
    cpuTextMegabytesPerSecond: (textBytes * passes) / 1e6 / cpu,
    warmingTextMegabytesPerSecond: (textBytes * warming.passes) / 1e6 / warming.elapsed,
    nlpMegabytesPerSecond: measureThroughput(texts, () => performance.now(), {
      minBytes: 2_000_000,
      lexicon: lexiconWith(LOCAL_REFERENCE_DATA),
      languageScorer: await loadLanguageScorer(),
    }).megabytesPerSecond,
  };
}
