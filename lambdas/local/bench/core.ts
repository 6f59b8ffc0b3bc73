import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { analyzeDocument } from '../../core/analyze';
import { lexiconWith, loadLanguageScorer, measureThroughput } from '../../core/extract';
import type { RawObject } from '../../core/model';
import type { UploadFile } from '../cli/files';
import { LOCAL_REFERENCE_DATA } from '../cli/reference-data';

export interface CoreFigures {
  articles: number;
  passes: number;
  megabytes: number;
  msPerArticle: number;
  /** Raw file bytes (markup, headers and all) per second. */
  megabytesPerSecond: number;
  /** Clean article text (the body the NLP steps read) per second. */
  textMegabytesPerSecond: number;
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

/** Runs the pure extraction core over the corpus repeatedly for about `seconds`, on this one core. */
export async function measureCore(objects: RawObject[], seconds = 2): Promise<CoreFigures> {
  const bytes = objects.reduce((n, o) => n + o.bytes.length, 0);
  let textBytes = 0;
  const texts: string[] = [];
  for (const o of objects) {
    const result = await analyzeDocument(o, {
      maxBytes: Number.POSITIVE_INFINITY,
      reference: LOCAL_REFERENCE_DATA,
    });
    if ('text' in result) {
      textBytes += Buffer.byteLength(result.text);
      texts.push(result.text);
    }
  }
  let passes = 0;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    for (const o of objects)
      await analyzeDocument(o, { maxBytes: Number.POSITIVE_INFINITY, reference: LOCAL_REFERENCE_DATA });
    passes += 1;
  }
  const elapsed = (performance.now() - start) / 1000;
  const megabytes = (bytes * passes) / 1e6;
  return {
    articles: objects.length,
    passes,
    megabytes,
    msPerArticle: (elapsed * 1000) / (passes * objects.length),
    megabytesPerSecond: megabytes / elapsed,
    textMegabytesPerSecond: (textBytes * passes) / 1e6 / elapsed,
    nlpMegabytesPerSecond: measureThroughput(texts, () => performance.now(), {
      minBytes: 2_000_000,
      lexicon: lexiconWith(LOCAL_REFERENCE_DATA),
      languageScorer: await loadLanguageScorer(),
    }).megabytesPerSecond,
  };
}
