/**
 * The ReferenceData port over the generated data files that ship beside a handler bundle
 * (lib/bundling.ts copies them into the asset): each file is read and parsed once, on first use,
 * and kept for the life of the process (a Lambda container's later invocations reuse it).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GazetteerData } from '../core/extract/gazetteer';
import type { ReferenceData } from '../core/extract/lexicon';
import { AdapterError } from '../errors';

/** The gazetteer file bin/build-gazetteer.mjs writes (beside lambdas/extract/handler.ts). */
export const GAZETTEER_FILE = 'gazetteer.generated.json';

export class FileReferenceData implements ReferenceData {
  #gazetteer: GazetteerData | undefined;

  /** @param directory the folder holding the data files, e.g. `new URL('.', import.meta.url)` of a handler */
  constructor(private readonly directory: URL) {}

  gazetteer(): GazetteerData {
    this.#gazetteer ??= readGazetteer(new URL(GAZETTEER_FILE, this.directory));
    return this.#gazetteer;
  }
}

function readGazetteer(file: URL): GazetteerData {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new AdapterError(`Cannot read the gazetteer ${fileURLToPath(file)} (npm ci generates it)`, {
      cause,
    });
  }
  const { towns, countries, divisions } = (parsed ?? {}) as Partial<Record<keyof GazetteerData, unknown>>;
  if (typeof towns !== 'string' || typeof countries !== 'string' || typeof divisions !== 'string') {
    throw new AdapterError(`${fileURLToPath(file)} lacks the towns, countries and divisions tables`);
  }
  return { towns, countries, divisions };
}
