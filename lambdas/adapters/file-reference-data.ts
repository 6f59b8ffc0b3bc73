/**
 * The ReferenceData port over the generated data files that ship beside a handler bundle
 * (lib/bundling.ts copies them into the asset): each file is read and parsed once, on first use,
 * and kept for the life of the process (a Lambda container's later invocations reuse it).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GazetteerData } from '../core/extract/gazetteer';
import type { Lexicon } from '../core/extract/lexicon';
import type { ReferenceData, WordCounts } from '../core/reference-data';
import { AdapterError } from '../errors';

/** The gazetteer file bin/build-gazetteer.mjs writes (beside lambdas/extract/handler.ts). */
export const GAZETTEER_FILE = 'gazetteer.generated.json';
/** The word tables file bin/build-words.mjs writes, beside the gazetteer. */
export const WORDS_FILE = 'words.generated.json';
/** The lexicon rows file bin/build-lexicon.mjs writes from lambdas/core/extract/lexicon, beside the gazetteer. */
export const LEXICON_FILE = 'lexicon.generated.json';

interface WordTables {
  counts: WordCounts;
  everyday: readonly string[];
  givenNames: readonly string[];
}

export class FileReferenceData implements ReferenceData {
  #gazetteer: GazetteerData | undefined;
  #words: WordTables | undefined;
  #lexicon: Lexicon | undefined;

  /**
   * @param directory the folder holding the data files, e.g. `new URL('.', import.meta.url)` of a handler
   * @param lexicon rows to use instead of the lexicon file: the local tools pass the sources' own
   *   (DEFAULT_LEXICON), so that a row just edited counts without regenerating the file
   */
  constructor(
    private readonly directory: URL,
    lexicon?: Lexicon,
  ) {
    this.#lexicon = lexicon;
  }

  lexicon(): Lexicon {
    this.#lexicon ??= readLexicon(new URL(LEXICON_FILE, this.directory));
    return this.#lexicon;
  }

  gazetteer(): GazetteerData {
    this.#gazetteer ??= readGazetteer(new URL(GAZETTEER_FILE, this.directory));
    return this.#gazetteer;
  }

  wordCounts(): WordCounts {
    return this.#wordTables().counts;
  }

  everydayWords(): readonly string[] {
    return this.#wordTables().everyday;
  }

  givenNames(): readonly string[] {
    return this.#wordTables().givenNames;
  }

  #wordTables(): WordTables {
    this.#words ??= readWordTables(new URL(WORDS_FILE, this.directory));
    return this.#words;
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

function readWordTables(file: URL): WordTables {
  const { counts, everyday, givenNames } = readJson(file, 'word tables');
  const { total, counts: rows } = (counts ?? {}) as Partial<Record<keyof WordCounts, unknown>>;
  const words = (everyday as { words?: unknown } | undefined)?.words;
  const names = (givenNames as { words?: unknown } | undefined)?.words;
  if (
    typeof total !== 'number' ||
    typeof rows !== 'string' ||
    !Array.isArray(words) ||
    !Array.isArray(names)
  ) {
    throw new AdapterError(
      `${fileURLToPath(file)} lacks the word counts, the everyday words or the given names`,
    );
  }
  return { counts: { total, counts: rows }, everyday: words.map(String), givenNames: names.map(String) };
}

/** The lexicon rows; a file without the rows every step reads is refused rather than half used. */
function readLexicon(file: URL): Lexicon {
  const rows = readJson(file, 'lexicon rows');
  const required: readonly (keyof Lexicon)[] = [
    'countries',
    'titlePhrases',
    'speechVerbs',
    'eventPatterns',
    'months',
  ];
  const missing = required.filter((name) => !Array.isArray(rows[name]));
  if (missing.length > 0) {
    throw new AdapterError(`${fileURLToPath(file)} lacks the lexicon rows ${missing.join(', ')}`);
  }
  return rows as unknown as Lexicon;
}
