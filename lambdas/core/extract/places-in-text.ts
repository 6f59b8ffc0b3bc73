/**
 * Places named in running text ("in a Brooklyn courtroom", "centred in Van province", "near
 * Kourou, French Guiana", "in the capital, Lima", "in the Gulf of Aden"), read by the rows of
 * lexicon/place-phrases.ts and checked against the gazetteer.
 */
import { readDateline } from '../dateline';
import { unicodePattern } from '../unicode-pattern';
import type { CompiledLexicon } from './compile';
import type { Gazetteer } from './gazetteer';
import type { PlacePhrase, PlacePhraseKind } from './lexicon/place-phrases';
import { firstAtOrAfter } from './text';

/** Everything but letters, dropped before names are compared. */
const NOT_A_LETTER = unicodePattern(String.raw`[^\p{Alphabetic}]`, 'g');

// Compiled once: a regex literal inside a loop builds a new RegExp object at every pass.
const NEXT_LOWER_WORD = /^\s(\p{Lowercase}+)/u;
const WORD_START = unicodePattern(String.raw`(^|[\s-])\p{Alphabetic}`, 'g');

export interface PlaceCandidate {
  name: string;
  /** A jurisdiction row's place is read as the country, province or town it names. */
  kind: Exclude<PlacePhraseKind, 'jurisdiction'> | 'country';
  start: number;
  end: number;
  /** Used as an attribute of a noun ("a Toronto lender"), not as the place itself. */
  attributive: boolean;
  /** The words as written ("Britain" for the country "United Kingdom"). */
  surface: string;
}

/** What the reader needs besides the rows: the gazetteer and what other steps already took. */
export interface PlaceContext {
  gazetteer?: Gazetteer;
  /** Towns of the hand lexicon, which the gazetteer may lack. */
  cities: ReadonlyMap<string, string>;
  countries: ReadonlyMap<string, string>;
  /** Words that are never a town: months, weekdays. */
  notTown: (word: string) => boolean;
  /** Function words ("to", "on", "during"): a place before one is used alone, not as an attribute. */
  functionWord: (word: string) => boolean;
  /** A first-level division written short after a town ("Calif.", "N.Y."). */
  regionAbbreviation: (text: string) => boolean;
  /** True when a candidate is taken by another reading (a person's or an organization's name). */
  taken: (candidate: PlaceCandidate) => boolean;
  /**
   * Whether a town row reads a state or province named alone ("in Saskatchewan") as one: the record's places list
   * it; the event's place reader leaves it to the rows whose words say it is one ("Dorvan province").
   */
  divisions?: boolean;
}

export interface CompiledPlacePhrase {
  kind: PlacePhraseKind;
  re: RegExp;
  /** A stretch every match holds (see `PlacePhrase.needs`). */
  needs?: RegExp;
  /** Read in every sentence (see `PlacePhrase.everywhere`). */
  everywhere: boolean;
  /** Read only for a record's places (see `PlacePhrase.recordOnly`). */
  recordOnly: boolean;
}

const abbreviationCache = new WeakMap<Gazetteer, (text: string) => boolean>();

/** Countries whose divisions the press writes short after a town ("Fresno, Calif.", "Kelowna, B.C."). */
const SHORT_DIVISION_COUNTRIES = ['US', 'CA', 'AU'];

/**
 * Whether `text` ("Calif.", "N.Y.") is a division of the United States, Canada or Australia written short: its
 * letters are the name's, in order, from the first.
 */
export function divisionAbbreviation(gazetteer: Gazetteer | undefined): (text: string) => boolean {
  const cached = gazetteer === undefined ? undefined : abbreviationCache.get(gazetteer);
  if (cached !== undefined) return cached;
  const names = SHORT_DIVISION_COUNTRIES.flatMap((iso) => gazetteer?.divisionsOf(iso) ?? []).map((n) =>
    n.toLowerCase().replace(NOT_A_LETTER, ''),
  );
  const check = (text: string): boolean => {
    const letters = text.toLowerCase().replace(NOT_A_LETTER, '');
    return names.some((name) => {
      if (letters === '' || name[0] !== letters[0]) return false;
      let at = 0;
      for (const c of letters) {
        at = name.indexOf(c, at) + 1;
        if (at === 0) return false;
      }
      return true;
    });
  };
  if (gazetteer !== undefined) abbreviationCache.set(gazetteer, check);
  return check;
}

/** Compiles the rows once; every row with the `u` flag. */
export function compilePlacePhrases(rows: readonly PlacePhrase[]): CompiledPlacePhrase[] {
  return rows.map((row) => {
    const compiled = {
      kind: row.kind,
      re: new RegExp(row.source, 'gu'),
      everywhere: row.everywhere === true,
      recordOnly: row.recordOnly === true,
    };
    return row.needs === undefined ? compiled : { ...compiled, needs: new RegExp(row.needs, 'u') };
  });
}

/** The whole of `name` as a country, a state or province, or a town the gazetteer or the lexicon knows. */
function knownJurisdiction(
  name: string,
  ctx: PlaceContext,
): { name: string; kind: PlaceCandidate['kind']; length: number } | undefined {
  const country = ctx.countries.get(name);
  if (country !== undefined) return { name: country, kind: 'country', length: name.length };
  if (ctx.gazetteer?.division(name) !== undefined) return { name, kind: 'province', length: name.length };
  if (ctx.cities.has(name) || ctx.gazetteer?.town(name) !== undefined)
    return { name, kind: 'town', length: name.length };
  return undefined;
}

/** The longest leading words of `run` that the gazetteer or the lexicon knows as a town or country (or state, see `divisions`). */
function knownPrefix(
  run: string,
  ctx: PlaceContext,
): { name: string; kind: 'town' | 'country' | 'province'; length: number } | undefined {
  const words = run.split(/\s+/u);
  for (let n = words.length; n > 0; n--) {
    const name = words.slice(0, n).join(' ');
    if (n === 1 && ctx.notTown(name)) return undefined;
    const country = ctx.countries.get(name);
    if (country !== undefined) return { name: country, kind: 'country', length: name.length };
    // A state or province that shares its name with a small town ("Oregon") is read as the state, and so is one
    // whose name a town's opens ("Nuevo León" is no town "Nuevo").
    if (ctx.gazetteer?.division(name) !== undefined && !ctx.cities.has(name))
      return ctx.divisions === true ? { name, kind: 'province', length: name.length } : undefined;
    if (ctx.cities.has(name) || ctx.gazetteer?.town(name) !== undefined)
      return { name, kind: 'town', length: name.length };
  }
  return undefined;
}

const OWNER_WORD = unicodePattern(String.raw`^(\p{Uppercase}[\p{Alphabetic}-]*)['\u2019]s\s`);

/**
 * The words "California's " opening a venue's name ("California's Harbourview Center"): a known country, state or
 * town owning it is where it stands, not part of its name ("Men's Central Jail" keeps its first word).
 */
function placeOwner(name: string, ctx: PlaceContext): string {
  const m = OWNER_WORD.exec(name);
  const word = m?.[1];
  if (m === null || word === undefined) return '';
  const known =
    ctx.countries.has(word) ||
    ctx.cities.has(word) ||
    ctx.gazetteer?.division(word) !== undefined ||
    ctx.gazetteer?.town(word) !== undefined;
  return known ? m[0] : '';
}

/** The rows' `needs` read in one scan of a text (see `rowsNeeded`). */
interface NeedsScreen {
  /** Matches (empty) where some row's `needs` matches. */
  scan: RegExp;
  /** Each row's `needs`, sticky, to ask at such a place which rows it serves; undefined for a row without one. */
  sticky: Array<RegExp | undefined>;
  count: number;
}

const screenCache = new WeakMap<readonly CompiledPlacePhrase[], NeedsScreen>();

/** The screen of a list of rows, built once per list (the event reads all rows, the towns reader some). */
function needsScreen(rows: readonly CompiledPlacePhrase[]): NeedsScreen {
  const cached = screenCache.get(rows);
  if (cached !== undefined) return cached;
  const sources = rows.flatMap((r) => (r.needs === undefined ? [] : [`(?:${r.needs.source})`]));
  const screen = {
    scan: new RegExp(`(?=${sources.join('|')})`, 'gu'),
    sticky: rows.map((r) => (r.needs === undefined ? undefined : new RegExp(r.needs.source, 'uy'))),
    count: sources.length,
  };
  screenCache.set(rows, screen);
  return screen;
}

/**
 * Per row, whether `text` holds what its `needs` asks for (true for a row without one): the same as
 * `needs.test(text)` row by row, but one scan of the text finds the places where some row's needs match, and only
 * there is each row asked. The rows' own scans stopped at the first match, but on most texts ran to the end, one
 * by one: the tests cost about as much as the rows' scans.
 */
function rowsNeeded(text: string, rows: readonly CompiledPlacePhrase[]): boolean[] {
  const { scan, sticky, count } = needsScreen(rows);
  const held = rows.map((r) => r.needs === undefined);
  let left = count;
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m !== null && left > 0; m = scan.exec(text)) {
    for (let i = 0; i < rows.length; i++) {
      const re = sticky[i];
      if (re === undefined || held[i] === true) continue;
      re.lastIndex = m.index;
      if (re.test(text)) {
        held[i] = true;
        left--;
      }
    }
    // The scan matches empty: step past this place, over a whole code point (the `u` flag would step back into one).
    scan.lastIndex = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return held;
}

/** Whether `name` is a country (any of its names) or a state or province: what may follow a town to place it. */
function wider(name: string, ctx: PlaceContext): boolean {
  return ctx.countries.has(name) || ctx.gazetteer?.division(name) !== undefined;
}

/** Every place the rows find in `text` (which starts at `offset` of the body), in text order. */
export function findPlacesInText(
  text: string,
  offset: number,
  rows: readonly CompiledPlacePhrase[],
  ctx: PlaceContext,
): PlaceCandidate[] {
  // What earlier rows found, sorted and disjoint (each was kept only where nothing covered it); a row's own
  // matches never overlap, so each checks the earlier rows' places by binary search, not one by one.
  let found: PlaceCandidate[] = [];
  const covered = (start: number, end: number): boolean => {
    const before = found[firstAtOrAfter(found, end) - 1];
    return before !== undefined && before.end > start;
  };
  const needed = rowsNeeded(text, rows);
  for (let r = 0; r < rows.length; r++) {
    const { kind, re } = rows[r] as CompiledPlacePhrase;
    if (needed[r] !== true) continue;
    const fromRow: PlaceCandidate[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const raw = m.groups?.place ?? m.groups?.place2;
      const region = m.groups?.region;
      const within = m.groups?.within;
      if (raw === undefined || (region !== undefined && !ctx.regionAbbreviation(region))) continue;
      if (within !== undefined && !wider(within, ctx)) continue;
      if (m.groups?.owner !== undefined && knownJurisdiction(m.groups.owner, ctx) === undefined) continue;
      const owner = kind === 'venue' ? placeOwner(raw, ctx) : '';
      const start = offset + m.index + m[0].lastIndexOf(raw) + owner.length;
      const known =
        kind === 'town'
          ? knownPrefix(raw, ctx)
          : kind === 'jurisdiction'
            ? knownJurisdiction(raw, ctx)
            : { name: raw.slice(owner.length), kind, length: raw.length - owner.length };
      // "the city of Peru-Lima": a country glued to the name makes it no town's name.
      if (
        known === undefined ||
        (kind === 'locality' && raw.split(/[\s-]/u).some((w) => ctx.countries.has(w)))
      )
        continue;
      const end = start + known.length;
      if (covered(start, end)) continue;
      const next = NEXT_LOWER_WORD.exec(text.slice(end - offset, end - offset + 24))?.[1];
      // "Skerra island" or "Dorvan province" name the place itself; a town or a district ("the Larchfield
      // neighbourhood of Ashford") may be an attribute of a wider place or of a noun.
      const attributive =
        kind === 'jurisdiction' ||
        ((kind === 'town' || kind === 'district') && next !== undefined && !ctx.functionWord(next));
      const surface = text.slice(start - offset, end - offset);
      const candidate = { name: known.name, kind: known.kind, start, end, attributive, surface };
      if (!ctx.taken(candidate)) fromRow.push(candidate);
    }
    if (fromRow.length > 0) found = [...found, ...fromRow].sort((a, b) => a.start - b.start);
  }
  return found;
}

/** What joins the names of a list ("X and Y", "X, Y, and Z"), then the next name's capitalized words. */
const NEXT_IN_LIST = unicodePattern(
  String.raw`^(?:,\s(?:(?:and|or)\s)?|\s(?:and|or)\s)(\p{Uppercase}[\p{Alphabetic}'\u2019.-]*[\p{Alphabetic}](?:\s\p{Uppercase}[\p{Alphabetic}'\u2019-]*[\p{Alphabetic}]){0,2})`,
);

const CLUB_COUNTRY = unicodePattern(
  String.raw`^\sof\s(\p{Uppercase}\p{Alphabetic}+(?:\s\p{Uppercase}\p{Alphabetic}+)?)`,
);

/**
 * The towns listed after a place the rows found ("in Ashford and Dover", "offices in Ashford, Dover and Kelby"): a name
 * the gazetteer or the lexicon knows as a town, joined to a place by "and", "or" or a comma, is one more place of the
 * list. Read from each found place on, so a list is followed to its end; countries, states and people are left out.
 */
export function listedTowns(
  text: string,
  found: ReadonlyArray<{ start: number; end: number }>,
  ctx: PlaceContext,
): PlaceCandidate[] {
  const out: PlaceCandidate[] = [];
  const seen = new Set(found.map((p) => p.start));
  const queue: Array<{ start: number; end: number }> = [...found];
  for (let p = queue.shift(); p !== undefined; p = queue.shift()) {
    const m = NEXT_IN_LIST.exec(text.slice(p.end, p.end + 80));
    const run = m?.[1];
    if (m === null || run === undefined) continue;
    const known = knownPrefix(run, ctx);
    // The whole name must be the town's: "Georgia and Southland Life" lists a firm, not a town.
    if (known === undefined || known.kind === 'country' || known.length !== run.length) continue;
    const start = p.end + m[0].length - run.length;
    // "Red Star of Serbia, Ashford of Norland": a town's name with its country after "of" is a club of a list of clubs.
    const of = CLUB_COUNTRY.exec(text.slice(start + run.length, start + run.length + 40))?.[1];
    if (of !== undefined && ctx.countries.has(of)) continue;
    if (seen.has(start)) continue;
    const end = start + known.length;
    const candidate: PlaceCandidate = {
      name: known.name,
      kind: known.kind,
      start,
      end,
      attributive: false,
      surface: text.slice(start, end),
    };
    if (ctx.taken(candidate)) continue;
    seen.add(start);
    out.push(candidate);
    queue.push(candidate);
  }
  return out;
}

/** Whether the lexicon or the gazetteer knows `name` as a town, a country (any of its names) or a region. */
export function knownPlaceName(name: string, lex: CompiledLexicon): boolean {
  return (
    lex.city.has(name) ||
    lex.country.has(name) ||
    lex.gazetteer?.town(name) !== undefined ||
    lex.gazetteer?.division(name) !== undefined
  );
}

/**
 * The place of a dateline opening `text` ("BEIJING (Reuters) —", "Mumbai:"), in title case, when the
 * lexicon knows it as a town or country; with `gazetteer`, a dateline strong by its form may name any
 * town the gazetteer knows.
 */
export function knownDatelinePlace(
  text: string,
  lex: CompiledLexicon,
  options: { gazetteer?: boolean } = {},
): string | undefined {
  const line = readDateline(text);
  if (line === null) return undefined;
  const name = line.place.toLowerCase().replace(WORD_START, (c) => c.toUpperCase());
  const known =
    lex.city.has(name) ||
    lex.country.has(name) ||
    (options.gazetteer === true && line.strong && lex.gazetteer?.town(name) !== undefined);
  return known ? name : undefined;
}
