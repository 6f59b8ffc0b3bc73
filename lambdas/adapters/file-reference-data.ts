/**
 * The ReferenceData port over the generated data files that ship beside a handler bundle
 * (lib/bundling.ts copies them into the asset): each file is read and parsed once, on first use,
 * and kept for the life of the process (a Lambda container's later invocations reuse it).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GazetteerData } from '../core/extract/gazetteer';
import type { ReferenceData } from '../core/reference-data';
import type { WordCounts } from '../core/story/term-weights';
import { AdapterError } from '../errors';

/** The gazetteer file bin/build-gazetteer.mjs writes (beside lambdas/extract/handler.ts). */
export const GAZETTEER_FILE = 'gazetteer.generated.json';
/** The word counts file bin/build-term-weights.mjs writes, beside the gazetteer. */
export const WORD_COUNTS_FILE = 'word-counts.generated.json';

export class FileReferenceData implements ReferenceData {
  #gazetteer: GazetteerData | undefined;
  #wordCounts: WordCounts | undefined;

  /** @param directory the folder holding the data files, e.g. `new URL('.', import.meta.url)` of a handler */
  constructor(private readonly directory: URL) {}

  gazetteer(): GazetteerData {
    this.#gazetteer ??= readGazetteer(new URL(GAZETTEER_FILE, this.directory));
    return this.#gazetteer;
  }

  wordCounts(): WordCounts {
    this.#wordCounts ??= readWordCounts(new URL(WORD_COUNTS_FILE, this.directory));
    return this.#wordCounts;
  }
}

/** The parsed JSON of a generated file, or an error that names the file and how to make it. */
function readJson(file: URL, what: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new AdapterError(`Cannot read the ${what} ${fileURLToPath(file)} (npm ci generates it)`, { cause });
  }
  return (parsed ?? {}) as Record<string, unknown>;
}

function readGazetteer(file: URL): GazetteerData {
  const { towns, countries, divisions } = readJson(file, 'gazetteer');
  if (typeof towns !== 'string' || typeof countries !== 'string' || typeof divisions !== 'string') {
    throw new AdapterError(`${fileURLToPath(file)} lacks the towns, countries and divisions tables`);
  }
  return { towns, countries, divisions };
}

function readWordCounts(file: URL): WordCounts {
  const { total, counts } = readJson(file, 'word counts');
  if (typeof total !== 'number' || typeof counts !== 'string') {
    throw new AdapterError(`${fileURLToPath(file)} lacks the total and the counts`);
  }
  return { total, counts };
}
