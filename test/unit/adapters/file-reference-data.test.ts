import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  FileReferenceData,
  GAZETTEER_FILE,
  LEXICON_FILE,
  WORDS_FILE,
} from '../../../lambdas/adapters/file-reference-data';
import { DEFAULT_LEXICON } from '../../../lambdas/core/extract/lexicon';
import { AdapterError } from '../../../lambdas/errors';
import { LOCAL_REFERENCE_DATA } from '../../../lambdas/local/cli/reference-data';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A folder holding a data file (the gazetteer unless named) with the given content, as a URL ending in a slash. */
function folderWith(content: string, file = GAZETTEER_FILE): URL {
  const dir = mkdtempSync(join(tmpdir(), 'nd-reference-'));
  dirs.push(dir);
  writeFileSync(join(dir, file), content);
  return pathToFileURL(`${dir}/`);
}

const SMALL = {
  towns: 'Lowmoor\tGB\tENG\t5200',
  countries: 'GB\tUnited Kingdom\tBritish\tLondon',
  divisions: 'GB\tEngland',
};

describe('Function: FileReferenceData', () => {
  it('reads the gazetteer file once and keeps it', () => {
    // Prepare
    const data = new FileReferenceData(folderWith(JSON.stringify({ about: [], ...SMALL })));

    // Act
    const first = data.gazetteer();

    // Assess
    expect(first).toEqual(SMALL);
    expect(data.gazetteer()).toBe(first);
  });

  it('reads the word tables file once and keeps its three tables', () => {
    // Prepare
    const tables = {
      counts: { source: 'made up', total: 1000, counts: 'harbour\t12\nferry\t3' },
      everyday: { source: 'made up', words: ['harbour', 'kettle'] },
      givenNames: { source: 'made up', words: ['Odalys', 'Wilhelmina'] },
    };
    const data = new FileReferenceData(folderWith(JSON.stringify(tables), WORDS_FILE));

    // Act
    const first = data.wordCounts();

    // Assess
    expect(first).toEqual({ total: 1000, counts: 'harbour\t12\nferry\t3' });
    expect(data.wordCounts()).toBe(first);
    expect(data.everydayWords()).toEqual(['harbour', 'kettle']);
    expect(data.everydayWords()).toBe(data.everydayWords());
    expect(data.givenNames()).toEqual(['Odalys', 'Wilhelmina']);
  });

  it('reads the lexicon rows file once and keeps it', () => {
    // Prepare
    const rows = { ...DEFAULT_LEXICON, months: ['Brumaire'] };
    const data = new FileReferenceData(folderWith(JSON.stringify(rows), LEXICON_FILE));

    // Act
    const first = data.lexicon();

    // Assess
    expect(first).toEqual(rows);
    expect(data.lexicon()).toBe(first);
  });

  it('uses the rows it is given instead of the file', () => {
    const data = new FileReferenceData(folderWith('not read', LEXICON_FILE), DEFAULT_LEXICON);

    expect(data.lexicon()).toBe(DEFAULT_LEXICON);
  });

  /** Each data file, and the read of the port that parses it. */
  const FILES = {
    gazetteer: [GAZETTEER_FILE, (data: FileReferenceData) => data.gazetteer()],
    'word tables': [WORDS_FILE, (data: FileReferenceData) => data.wordCounts()],
    'lexicon rows': [LEXICON_FILE, (data: FileReferenceData) => data.lexicon()],
  } as const;

  it.each<[keyof typeof FILES, string, string | null, RegExp]>([
    ['gazetteer', 'a missing file', null, /Cannot read the gazetteer .*npm ci/u],
    ['gazetteer', 'a file that is not JSON', '{"towns":', /Cannot read the gazetteer/u],
    [
      'gazetteer',
      'a file without the divisions table',
      JSON.stringify({ towns: '', countries: '' }),
      /lacks the towns/u,
    ],
    ['word tables', 'a missing file', null, /Cannot read the word tables .*npm ci/u],
    [
      'word tables',
      'a file without the total',
      JSON.stringify({ counts: { counts: '' } }),
      /lacks the word counts/u,
    ],
    [
      'word tables',
      'a file without the everyday words',
      JSON.stringify({ counts: { total: 1, counts: '' } }),
      /everyday words/u,
    ],
    [
      'word tables',
      'a file without the given names',
      JSON.stringify({ counts: { total: 1, counts: '' }, everyday: { words: [] } }),
      /given names/u,
    ],
    ['lexicon rows', 'a missing file', null, /Cannot read the lexicon rows .*npm ci/u],
    [
      'lexicon rows',
      'a file without the event patterns',
      JSON.stringify({ ...DEFAULT_LEXICON, eventPatterns: 'x' }),
      /lacks the lexicon rows eventPatterns/u,
    ],
    ['lexicon rows', 'an array', '[]', /lacks the lexicon rows countries, titlePhrases/u],
  ])('throws an AdapterError naming the %s file for %s', (what, _kind, content, message) => {
    const [file, read] = FILES[what];
    const folder =
      content === null
        ? pathToFileURL(`${mkdtempSync(join(tmpdir(), 'nd-reference-'))}/`)
        : folderWith(content, file);
    const data = new FileReferenceData(folder);

    expect(() => read(data)).toThrow(AdapterError);
    expect(() => read(data)).toThrow(message);
  });

  it('finds the generated lexicon rows beside the extractor, written from the sources', () => {
    const data = new FileReferenceData(new URL('../../../lambdas/extract/', import.meta.url));

    expect(data.lexicon()).toEqual(JSON.parse(JSON.stringify(DEFAULT_LEXICON)));
    expect(LOCAL_REFERENCE_DATA.lexicon()).toBe(DEFAULT_LEXICON);
  });

  it('finds the generated word tables of the repository for the local tools', () => {
    const { total, counts } = LOCAL_REFERENCE_DATA.wordCounts();

    expect(total).toBeGreaterThan(10_000_000);
    expect(counts.split('\n').length).toBeGreaterThan(20_000);
    expect(LOCAL_REFERENCE_DATA.everydayWords().length).toBeGreaterThan(1_500);
    expect(LOCAL_REFERENCE_DATA.givenNames().length).toBeGreaterThan(8_000);
  });

  it('finds the generated gazetteer of the repository for the local tools', () => {
    const gazetteer = LOCAL_REFERENCE_DATA.gazetteer();

    expect(gazetteer.towns.split('\n').length).toBeGreaterThan(40_000);
    expect(gazetteer.countries).toContain('\tFrance\t');
  });
});
