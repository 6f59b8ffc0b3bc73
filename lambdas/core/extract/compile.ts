/** Turns a data lexicon into lookup tables and regexes once, so the steps stay fast. */
import type { EventType } from '../model';
import { compileGazetteer, type Gazetteer } from './gazetteer';
import type { ActorFrameRow, Lexicon, ThingCueRow } from './lexicon';
import { type CompiledPlacePhrase, compilePlacePhrases } from './places-in-text';
import { escapeRegex } from './text';

/** A multi-word phrase table keyed by first word, longest phrases first. */
export type PhraseIndex = Map<string, string[][]>;

/** The lexicon as lookup tables; built by `compileLexicon`. */
export interface CompiledLexicon {
  lexicon: Lexicon;
  /** Any surface form of a country (name, alias, demonym) to its canonical name. */
  country: Map<string, string>;
  /** Canonical country to its first demonym ("China" -> "Chinese"). */
  demonymOf: Map<string, string>;
  /** City to its country. */
  city: Map<string, string>;
  placePrefixes: Set<string>;
  places: PhraseIndex;
  /** Region and group adjectives, and single-word demonyms, as phrases ("East Asian"). */
  adjectives: PhraseIndex;
  /** Any surface form of a known organization to its canonical name. */
  organization: Map<string, string>;
  organizations: PhraseIndex;
  /** Country a generic organization name belongs to ("State Department" -> "United States"). */
  orgHome: Map<string, string>;
  orgSuffixes: Set<string>;
  orgPrefixes: Set<string>;
  /** Ship-name prefixes, as written ("INS"). */
  vesselPrefixes: Set<string>;
  notNameWords: Set<string>;
  /** Title phrases by lowercase words ("vice foreign minister"). */
  titles: PhraseIndex;
  titleWords: Set<string>;
  titleModifiers: Set<string>;
  titleGlue: Set<string>;
  honorifics: Set<string>;
  particles: Set<string>;
  /** Common given names across naming traditions, as written. */
  givenNames: Set<string>;
  /** Lowercase role noun to where its capitalized form may open a run of names (see `RoleNounRow`). */
  roleNouns: Map<string, 'always' | 'sentence'>;
  /** What says a name is a thing's (see `ThingCueRow`): a cue word ending the text before it, opening the text after it, or its own first or last word. */
  thingCues: ThingCues & {
    /** The same cues of the rows that say the thing is an organization (`ThingCueRow.organization`). */
    organization: ThingCues;
  };
  /** The rows of `ActorFrameRow`, their patterns compiled. */
  actorFrames: readonly CompiledActorFrame[];
  /** Everyday English words, lowercase. */
  englishWords: Set<string>;
  /** First names of the packaged lists that the hand list lacks, as written: evidence needed (`Lexicon.listedGivenNames`). */
  listedGivenNames: Set<string>;
  creditPrefixes: readonly string[];
  speechVerbs: Set<string>;
  speechVerbSource: string;
  /** The speech verbs in the order of `speechVerbSource`. */
  speechVerbsByLength: readonly string[];
  /**
   * `leads`: when set, a match needs one of these lowercase words in the text (see `leadWords`); `prefixes`, set
   * for a pattern without `leads`: a match needs a word of the text that opens with one of them (see `leadPrefixes`,
   * and the row's own `needs`, which stand in for both).
   */
  events: Array<{
    type: EventType;
    re: RegExp;
    weight: number;
    leads?: readonly string[];
    prefixes?: readonly string[];
  }>;
  /** The lead words and prefixes of the `events` patterns as a trie of letters (see `possibleEvents`). */
  eventOpeners: OpenerTrie;
  /** Lowercase month name or abbreviation (with or without period) to 0-11. */
  month: Map<string, number>;
  /** Lowercase weekday to 0-6 (Sunday = 0). */
  weekday: Map<string, number>;
  weekdaySource: string;
  numberWords: Map<string, number>;
  numberSource: string;
  common: Set<string>;
  nonTerminal: Set<string>;
  ambiguous: Set<string>;
  openers: Set<string>;
  /** Abbreviations whose period belongs to the word. */
  abbreviations: Set<string>;
  /** Towns, countries and divisions of the world, when the lexicon carries the generated gazetteer. */
  gazetteer?: Gazetteer;
  placePhrases: CompiledPlacePhrase[];
  /** Lowercase English function words (step 0). */
  functionWords: Set<string>;
  /** Country to its capital ("Peru" -> "Lima"). */
  capitals: Map<string, string>;
}

const cache = new WeakMap<Lexicon, CompiledLexicon>();

function addPhrase(index: PhraseIndex, phrase: string): void {
  const words = phrase.split(/\s+/).filter((w) => w.length > 0);
  const first = words[0];
  if (first === undefined) return;
  const list = index.get(first) ?? [];
  list.push(words);
  list.sort((a, b) => b.length - a.length);
  index.set(first, list);
}

/** Longest first, so that a regex alternation of them takes the longest that matches at a place. */
function byLength(values: Iterable<string>): string[] {
  return [...values].sort((a, b) => b.length - a.length);
}

function alternation(values: Iterable<string>): string {
  return byLength(values).map(escapeRegex).join('|');
}

/** An actor frame row with its patterns compiled and its types as sets. */
export interface CompiledActorFrame {
  types?: ReadonlySet<EventType>;
  notTypes: ReadonlySet<EventType>;
  afterMain: boolean;
  outsideAction: boolean;
  alone: boolean;
  before?: RegExp;
  after?: RegExp;
  unlessTitle?: RegExp;
}

function compileActorFrames(rows: readonly ActorFrameRow[]): CompiledActorFrame[] {
  return rows.map((row) => {
    const frame: CompiledActorFrame = {
      notTypes: new Set(row.notTypes ?? []),
      afterMain: row.afterMain === true,
      outsideAction: row.outsideAction === true,
      alone: row.alone === true,
    };
    if (row.types !== undefined) frame.types = new Set(row.types);
    if (row.before !== undefined) frame.before = new RegExp(`${row.before}$`, 'u');
    if (row.after !== undefined) frame.after = new RegExp(`^${row.after}`, 'u');
    if (row.unlessTitle !== undefined) frame.unlessTitle = new RegExp(row.unlessTitle, 'iu');
    return frame;
  });
}

/** A cue regex per side and the name words of some thing-cue rows. */
export interface ThingCues {
  before: RegExp;
  after: RegExp;
  first: Set<string>;
  opens: Set<string>;
  last: Set<string>;
}

/** The cues that deny a person (every row but the `organizationOnly` ones), and apart those naming organizations. */
function compileThingCues(rows: readonly ThingCueRow[]): CompiledLexicon['thingCues'] {
  return {
    ...thingCuesOf(rows.filter((r) => r.organizationOnly !== true)),
    organization: thingCuesOf(rows.filter((r) => r.organization === true)),
  };
}

/** A cue regex per side; a row list with no word on a side gives a regex that never matches. */
function thingCuesOf(rows: readonly ThingCueRow[]): ThingCues {
  const words = (side: 'before' | 'after'): string =>
    alternation(rows.flatMap((r) => r[side] ?? [])).replace(/ /gu, '\\s+') || '(?!)';
  // Shapes are regex sources of their own, each an alternative beside the words.
  const shapes = (side: 'beforeShapes' | 'afterShapes'): string =>
    rows.flatMap((r) => (r[side] ?? []).map((shape) => `|(?:${shape})`)).join('');
  return {
    before: new RegExp(
      `(?:(?:^|[^\\p{Alphabetic}])(?:${words('before')})\\s+${shapes('beforeShapes')})$`,
      'iu',
    ),
    after: new RegExp(`^(?:\\s+(?:${words('after')})\\b${shapes('afterShapes')})`, 'u'),
    first: new Set(rows.flatMap((r) => r.first ?? [])),
    opens: new Set(rows.flatMap((r) => r.opens ?? [])),
    last: new Set(rows.flatMap((r) => r.last ?? [])),
  };
}

/** Compiles (and memoizes per lexicon object) the lookup tables of a lexicon. */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const cached = cache.get(lexicon);
  if (cached !== undefined) return cached;
  const country = new Map<string, string>();
  const demonyms = new Set<string>();
  const demonymOf = new Map<string, string>();
  const places: PhraseIndex = new Map();
  for (const row of lexicon.countries) {
    const [name = '', dems = '', aliases = ''] = row.split('|');
    if (name === '') continue;
    country.set(name, name);
    addPhrase(places, name);
    for (const alias of aliases.split(',').filter((a) => a !== '')) {
      country.set(alias, name);
      addPhrase(places, alias);
    }
    const demList = dems.split(',').filter((d) => d !== '');
    if (demList[0] !== undefined) demonymOf.set(name, demList[0]);
    for (const d of demList) {
      demonyms.add(d);
      if (!country.has(d)) country.set(d, name);
    }
  }
  for (const row of gazetteerCountries(lexicon)) {
    if (country.has(row.name)) continue;
    country.set(row.name, row.name);
    addPhrase(places, row.name);
    if (row.demonym === '' || country.has(row.demonym)) continue;
    demonymOf.set(row.name, row.demonym);
    demonyms.add(row.demonym);
    country.set(row.demonym, row.name);
  }
  const city = new Map<string, string>();
  for (const row of lexicon.cities) {
    const [name = '', of = ''] = row.split('|');
    if (name === '') continue;
    city.set(name, of);
    addPhrase(places, name);
  }
  for (const r of lexicon.regions) addPhrase(places, r);
  const adjectives: PhraseIndex = new Map();
  for (const a of [...lexicon.regionAdjectives, ...demonyms]) addPhrase(adjectives, a);
  const organization = new Map<string, string>();
  const organizations: PhraseIndex = new Map();
  const orgHome = new Map<string, string>();
  for (const row of lexicon.organizations) {
    const [head = '', aliases = ''] = row.split('|');
    const [name = '', home] = head.split('@');
    if (name === '') continue;
    if (home !== undefined) orgHome.set(name, home);
    for (const form of [name, ...aliases.split(',').filter((a) => a !== '')]) {
      organization.set(form, name);
      addPhrase(organizations, form);
    }
  }
  const titles: PhraseIndex = new Map();
  for (const t of lexicon.titlePhrases) addPhrase(titles, t.toLowerCase());
  const month = new Map<string, number>();
  lexicon.months.forEach((row, i) => {
    const [name = '', abbrs = ''] = row.split('|');
    month.set(name.toLowerCase(), i);
    for (const a of abbrs.split(',').filter((x) => x !== '')) month.set(a.toLowerCase(), i);
  });
  const weekday = new Map<string, number>();
  lexicon.weekdays.forEach((d, i) => {
    weekday.set(d.toLowerCase(), i);
  });
  const numberWords = new Map(Object.entries(lexicon.numberWords));
  const { events, eventOpeners } = compileEvents(lexicon);
  const givenNames = new Set(lexicon.givenNames ?? []);
  const compiled: CompiledLexicon = {
    lexicon,
    country,
    demonymOf,
    city,
    placePrefixes: new Set(lexicon.placePrefixes),
    places,
    adjectives,
    organization,
    organizations,
    orgHome,
    orgSuffixes: new Set(lexicon.orgSuffixes),
    orgPrefixes: new Set(lexicon.orgPrefixes),
    vesselPrefixes: new Set(lexicon.vesselPrefixes),
    notNameWords: new Set(lexicon.notNameWords),
    titles,
    titleWords: new Set(lexicon.titleWords.map((w) => w.toLowerCase())),
    titleModifiers: new Set(lexicon.titleModifiers.map((w) => w.toLowerCase())),
    titleGlue: new Set(lexicon.titleGlue),
    honorifics: new Set(lexicon.honorifics),
    particles: new Set(lexicon.nameParticles),
    givenNames,
    englishWords: new Set(lexicon.englishWords ?? []),
    listedGivenNames: new Set((lexicon.listedGivenNames ?? []).filter((name) => !givenNames.has(name))),
    roleNouns: new Map(
      (lexicon.roleNouns ?? []).flatMap((row) => row.words.map((w) => [w, row.opening] as const)),
    ),
    thingCues: compileThingCues(lexicon.thingCues ?? []),
    actorFrames: compileActorFrames(lexicon.actorFrames ?? []),
    creditPrefixes: lexicon.creditPrefixes,
    speechVerbs: new Set(lexicon.speechVerbs),
    speechVerbSource: alternation(lexicon.speechVerbs),
    speechVerbsByLength: byLength(lexicon.speechVerbs),
    events,
    eventOpeners,
    month,
    weekday,
    weekdaySource: alternation(weekday.keys()),
    numberWords,
    numberSource: alternation(numberWords.keys()),
    common: new Set(lexicon.commonWords.map((w) => w.toLowerCase())),
    nonTerminal: new Set(lexicon.nonTerminalAbbreviations),
    ambiguous: new Set(lexicon.ambiguousAbbreviations),
    openers: new Set(lexicon.sentenceOpeners),
    abbreviations: new Set([
      ...lexicon.nonTerminalAbbreviations,
      ...lexicon.ambiguousAbbreviations,
      ...lexicon.honorifics.filter((h) => h.endsWith('.')),
    ]),
    placePhrases: compilePlacePhrases(lexicon.placePhrases ?? []),
    functionWords: new Set(lexicon.englishFunctionWords ?? []),
    capitals: capitalsOf(lexicon, country),
  };
  if (lexicon.gazetteer !== undefined) compiled.gazetteer = compileGazetteer(lexicon.gazetteer);
  cache.set(lexicon, compiled);
  return compiled;
}

/** A pattern that uses a Unicode property class, which matches only in Unicode mode. */
const NEEDS_UNICODE = /\\p\{/u;

/**
 * A pattern opening with `\b` and a word in every alternative (its lead words or prefixes say so), for the `giu`
 * flags, with that `\b` written `(?<!\w)`: before a word character the two are the same test, and V8 runs the
 * lookbehind at every character about ten times faster than its case-insensitive Unicode `\b` (see
 * lambdas/core/unicode-pattern.ts). Any other pattern is returned as it is.
 */
function unicodeWordStart(pattern: string): string {
  const opensWithWord = leadWords(pattern) !== undefined || leadPrefixes(pattern) !== undefined;
  return opensWithWord ? `(?<!\\w)${pattern.slice('\\b'.length)}` : pattern;
}

/** The event patterns, with the words and prefixes that screen the texts each is run on (see `possibleEvents`). */
function compileEvents(lexicon: Lexicon): Pick<CompiledLexicon, 'events' | 'eventOpeners'> {
  const events: CompiledLexicon['events'] = lexicon.eventPatterns.map((p) => {
    // Unicode mode only for a row that needs it (a \p{...} class): on every other row it matches the same
    // text, and on the lead sentences it costs the core about 8% (warm measureCore, 0.62 -> 0.67 MB/s).
    const re = NEEDS_UNICODE.test(p.pattern)
      ? new RegExp(unicodeWordStart(p.pattern), 'giu')
      : new RegExp(p.pattern, 'gi');
    const leads = p.needs === undefined ? leadWords(p.pattern) : undefined;
    if (leads !== undefined) return { type: p.type, re, weight: p.weight, leads };
    const prefixes = p.needs ?? leadPrefixes(p.pattern);
    return prefixes === undefined
      ? { type: p.type, re, weight: p.weight }
      : { type: p.type, re, weight: p.weight, prefixes };
  });
  return { events, eventOpeners: openerTrie(events) };
}

/**
 * The gazetteer's countries and territories (world-countries) with their demonyms: the hand rows
 * name those news mentions most, with the aliases and demonyms reporters use; the gazetteer adds
 * the rest of the world ("talks held in Liberia", "a Maltese ferry"), never overriding a hand row.
 */
function gazetteerCountries(lexicon: Lexicon): { name: string; demonym: string }[] {
  return (lexicon.gazetteer?.countries.split('\n') ?? []).flatMap((line) => {
    const [, name = '', demonym = ''] = line.split('\t');
    return name === '' ? [] : [{ name, demonym }];
  });
}

/** Capitals from the hand rows, then the gazetteer's for countries the rows lack, keyed by canonical country. */
function capitalsOf(lexicon: Lexicon, country: ReadonlyMap<string, string>): Map<string, string> {
  const capitals = new Map<string, string>();
  for (const row of lexicon.capitals ?? []) {
    const [name = '', city = ''] = row.split('|');
    if (name !== '' && city !== '') capitals.set(name, city);
  }
  for (const line of lexicon.gazetteer?.countries.split('\n') ?? []) {
    const [, name = '', , city = ''] = line.split('\t');
    const canonical = country.get(name) ?? name;
    if (canonical !== '' && city !== '' && !capitals.has(canonical)) capitals.set(canonical, city);
  }
  return capitals;
}

/**
 * For a pattern `\b(?:alt|alt ...)` of plain words, the lowercase word (run of \w) each alternative starts
 * with: a match needs that word in the text, so a text holding none of them cannot match. `undefined` when
 * the pattern has another shape (then only the regex can tell).
 */
export function leadWords(pattern: string): string[] | undefined {
  if (!pattern.startsWith('\\b(?:')) return undefined;
  const close = pattern.indexOf(')', 5);
  if (close < 0) return undefined;
  const alternatives = pattern.slice(5, close).split('|');
  // A word-only alternative must end at a word boundary, or the text's word could run on past it.
  const bounded = pattern.startsWith('\\b', close + 1);
  const out = new Set<string>();
  for (const alt of alternatives) {
    if (!/^[A-Za-z0-9_][A-Za-z0-9_ -]*$/.test(alt)) return undefined;
    const head = /^\w+/.exec(alt)?.[0] ?? '';
    if (head.length === alt.length && !bounded) return undefined;
    out.add(head.toLowerCase());
  }
  return [...out];
}

const QUANTIFIER = /^[?*+{]/;

/**
 * For a pattern `\b(?:alt|alt ...)` whose alternatives each open with literal letters, or with a group of such
 * alternatives ("(?:peace|trade) talks"), the lowercase letters a match can open with: a text none of whose words
 * opens with one of them cannot match. The same for `\bword...`. A letter made optional ("floods?") is left off,
 * a lookaround ("(?<!news )forum") skipped: it matches no text. `undefined` when an alternative can open otherwise
 * (a class, an escape, an optional group) or the pattern has alternatives outside any group.
 */
export function leadPrefixes(pattern: string): string[] | undefined {
  // Alternatives outside any group ("\bsummit|walkout") need not open at the \b.
  const topLevel = groupAlternatives(`(?:${pattern})`)?.alternatives.length;
  if (!pattern.startsWith('\\b') || topLevel !== 1) return undefined;
  const prefixes = openings(pattern.slice(2));
  return prefixes === undefined ? undefined : [...new Set(prefixes)];
}

/** A lookaround that opens a regex source: `(?=`, `(?!`, `(?<=` or `(?<!`. */
const LOOKAROUND = /^\(\?<?[=!]/;

/** The lowercase letters every match of a regex source opens with, one string per way it can open. */
function openings(source: string): string[] | undefined {
  if (LOOKAROUND.test(source)) {
    const group = groupAlternatives(source);
    return group === undefined || QUANTIFIER.test(source.slice(group.end))
      ? undefined
      : openings(source.slice(group.end));
  }
  if (source.startsWith('(?:')) {
    const group = groupAlternatives(source);
    if (group === undefined || QUANTIFIER.test(source.slice(group.end))) return undefined;
    const inner = group.alternatives.map(openings);
    return inner.every((o): o is string[] => o !== undefined) ? inner.flat() : undefined;
  }
  const run = /^\w+/.exec(source)?.[0] ?? '';
  const literal = QUANTIFIER.test(source.slice(run.length)) ? run.slice(0, -1) : run;
  return literal === '' ? undefined : [literal.toLowerCase()];
}

/** The top-level alternatives of the group `(?:...)` that opens `source`, and the index just past its `)`. */
function groupAlternatives(source: string): { alternatives: string[]; end: number } | undefined {
  const alternatives: string[] = [];
  let depth = 0;
  let from = 3;
  let inClass = false;
  for (let i = 3; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === '|' && depth === 0) {
      alternatives.push(source.slice(from, i));
      from = i + 1;
    } else if (c === ')') {
      if (depth === 0) return { alternatives: [...alternatives, source.slice(from, i)], end: i + 1 };
      depth--;
    }
  }
  return undefined;
}

/**
 * The trie of the event patterns' lead words and prefixes, flat and small (screening ~560 texts a bench pass walked
 * a trie of objects and lists, ~4% of the core). The root's child for the word character of slot c (see
 * `wordSlot`) is `rootNext[c]`; node n's children are the entries `childStart[n]` to `childStart[n + 1]` of
 * `childSlot` and `childNode`; 0 stands for none (node 0 is the root, nobody's child). Each node has `width` 32-bit
 * words of pattern bits (bit i of word i >> 5: pattern i of `events`): in `words` the patterns whose lead word its
 * path spells, in `prefixes` those a word opening with its path's letters or a shorter part of them can start.
 */
export interface OpenerTrie {
  rootNext: Int32Array;
  childStart: Int32Array;
  childSlot: Uint8Array;
  childNode: Int32Array;
  words: Uint32Array;
  prefixes: Uint32Array;
  /** The patterns no text rules out (neither lead words nor prefixes). */
  always: Uint32Array;
  width: number;
}

/** a-z, 0-9 and _: the ASCII word characters (`\w`), lowercased. */
const WORD_SLOTS = 37;

/** The slot of an ASCII word character, upper and lower case alike (a-z 0-25, 0-9 26-35, _ 36); -1 for any other. */
function wordSlot(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 65 && code <= 90) return code - 65;
  if (code >= 48 && code <= 57) return code - 22;
  return code === 95 ? 36 : -1;
}

function setBit(bits: Uint32Array, at: number, i: number): void {
  bits[at + (i >> 5)] = (bits[at + (i >> 5)] as number) | (1 << (i & 31));
}

function openerTrie(events: CompiledLexicon['events']): OpenerTrie {
  // The paths first, as nested maps; then numbered breadth-first into the flat arrays.
  type Draft = { next: Map<number, Draft>; words: number[]; prefixes: number[] };
  const draft = (): Draft => ({ next: new Map(), words: [], prefixes: [] });
  const root = draft();
  const at = (letters: string): Draft => {
    let node = root;
    for (let i = 0; i < letters.length; i++) {
      const slot = wordSlot(letters.charCodeAt(i));
      const next = node.next.get(slot) ?? draft();
      node.next.set(slot, next);
      node = next;
    }
    return node;
  };
  events.forEach((e, i) => {
    for (const w of e.leads ?? []) at(w).words.push(i);
    for (const prefix of e.prefixes ?? []) at(prefix).prefixes.push(i);
  });
  const nodes = [root];
  const parent = [0];
  for (let k = 0; k < nodes.length; k++)
    for (const child of (nodes[k] as Draft).next.values()) {
      nodes.push(child);
      parent.push(k);
    }
  const number = new Map(nodes.map((n, k) => [n, k]));
  const width = Math.max(1, Math.ceil(events.length / 32));
  const edges = nodes.length - 1;
  const trie: OpenerTrie = {
    rootNext: new Int32Array(WORD_SLOTS),
    childStart: new Int32Array(nodes.length + 1),
    childSlot: new Uint8Array(edges),
    childNode: new Int32Array(edges),
    words: new Uint32Array(nodes.length * width),
    prefixes: new Uint32Array(nodes.length * width),
    always: new Uint32Array(width),
    width,
  };
  let edge = 0;
  nodes.forEach((n, k) => {
    trie.childStart[k] = edge;
    for (const [slot, child] of n.next) {
      if (k === 0) trie.rootNext[slot] = number.get(child) as number;
      trie.childSlot[edge] = slot;
      trie.childNode[edge] = number.get(child) as number;
      edge++;
    }
    for (const i of n.words) setBit(trie.words, k * width, i);
    for (const i of n.prefixes) setBit(trie.prefixes, k * width, i);
    // Breadth-first, a parent comes first: its prefixes, gathered from the root down, hold for the child too.
    for (let w = 0; w < width; w++)
      trie.prefixes[k * width + w] =
        (trie.prefixes[k * width + w] as number) |
        (trie.prefixes[(parent[k] as number) * width + w] as number);
  });
  trie.childStart[nodes.length] = edge;
  events.forEach((e, i) => {
    if (e.leads === undefined && e.prefixes === undefined) setBit(trie.always, 0, i);
  });
  return trie;
}

/** Node `node`'s child for the word character of slot `slot`, 0 for none. */
function childOf(trie: OpenerTrie, node: number, slot: number): number {
  if (node === 0) return trie.rootNext[slot] as number;
  const end = trie.childStart[node + 1] as number;
  for (let e = trie.childStart[node] as number; e < end; e++)
    if (trie.childSlot[e] === slot) return trie.childNode[e] as number;
  return 0;
}

/**
 * Per `lex.events` pattern, false when the text lacks all its lead words (or has no word opening with one of its
 * prefixes), so the pattern cannot match. The words are the runs of ASCII word characters, lowercased, read
 * through the trie letter by letter: no word is cut out of the text or looked up whole.
 */
export function possibleEvents(lex: CompiledLexicon, text: string): readonly boolean[] {
  const trie = lex.eventOpeners;
  const { width } = trie;
  const bits = trie.always.slice();
  // The deepest node the current word reached; `inside` while the word still follows the trie.
  let node = 0;
  let inside = true;
  for (let i = 0; i <= text.length; i++) {
    const slot = i < text.length ? wordSlot(text.charCodeAt(i)) : -1;
    if (slot >= 0) {
      if (!inside) continue;
      const child = childOf(trie, node, slot);
      if (child !== 0) node = child;
      else inside = false;
      continue;
    }
    // A word ended: the prefixes along its path in the trie, and its lead word if the whole word spells one.
    if (node !== 0) {
      for (let w = 0; w < width; w++) {
        let add = trie.prefixes[node * width + w] as number;
        if (inside) add |= trie.words[node * width + w] as number;
        bits[w] = (bits[w] as number) | add;
      }
    }
    node = 0;
    inside = true;
  }
  const out: boolean[] = [];
  for (let i = 0; i < lex.events.length; i++) out.push(((bits[i >> 5] as number) & (1 << (i & 31))) !== 0);
  return out;
}

/** Longest phrase of an index that starts at token `i`; returns the number of tokens matched (0 if none). */
export function matchPhrase(index: PhraseIndex, words: readonly string[], i: number): number {
  const candidates = index.get(words[i] ?? '');
  if (candidates === undefined) return 0;
  for (const phrase of candidates) {
    let ok = true;
    for (let k = 0; k < phrase.length && ok; k++) ok = words[i + k] === phrase[k];
    if (ok) return phrase.length;
  }
  return 0;
}
