/**
 * Where the main event happened: the place its own sentences name, checked against the gazetteer
 * and the place phrases of running text, then the dateline, a venue, the lead and the headline.
 */
import type { Sentence } from '../model';
import { unicodePattern } from '../unicode-pattern';
import type { CompiledLexicon } from './compile';
import type { EventInputs } from './event-inputs';
import { leadSentences } from './lead';
import {
  type CompiledPlacePhrase,
  divisionAbbreviation,
  findPlacesInText,
  knownDatelinePlace,
  type PlaceCandidate,
  type PlaceContext,
} from './places-in-text';
import { firstAtOrAfter } from './text';

/** Characters no word of a name holds: what a headline's words are split on. */
const NOT_IN_A_NAME = unicodePattern(String.raw`[^\p{Alphabetic}.'\u2019-]+`);

// Compiled once: a regex literal inside a loop builds a new RegExp object at every pass.
const LONGER_NAME_AFTER = /^\s\p{Uppercase}\p{Lowercase}/u;
const TO_BEFORE = /\bto\s+(?:the\s+)?$/i;
const POSSESSIVE_AFTER = /^['\u2019]s\b/u;
/** "the leading stories in the Ashford press": the name says whose papers a press review relays, where nothing happened. */
const PRESS_AFTER =
  /^\s(?:press|papers|newspapers|dailies)\b(?!\s(?:centre|center|room|office|offices|club|conference|box|gallery)\b)/u;

export const VENUE = unicodePattern(
  String.raw`\b(?:in|at)\s+(?:the\s+)?((?:\p{Uppercase}[\p{Alphabetic}'\u2019.-]*\s+){0,3}(?:Stadium|Arena|Park|Hall|Palace|Center|Centre|Hotel|Square|Airport|Ground|Theatre|Theater|Cathedral|Museum|Building|Court))\b(?!\s\p{Uppercase}\p{Lowercase})`,
);

/** A sentence's opening clause that tells what happened before the news ("After she left the clinic, ..."). */
const EARLIER_CLAUSE =
  /^(?:(?:Hours|Days|Weeks|Shortly|Soon|Just)\s+)?(?:After|Before|Following)\s[^,;]{3,200},\s/u;

/**
 * The part of a sentence that may place its event: not an opening clause that tells what happened before
 * ("After she left a clinic in Ashford, she ..."), nor a closing attribution ("..., officials in Tokyo said").
 */
export function eventClause(s: Sentence): { start: number; end: number } {
  const tail = Math.min(
    ATTRIBUTION_TAIL.exec(s.text)?.index ?? s.text.length,
    EARLIER_TAIL.exec(s.text)?.index ?? s.text.length,
    HISTORY_TAIL.exec(s.text)?.index ?? s.text.length,
  );
  return { start: s.start + (EARLIER_CLAUSE.exec(s.text)?.[0].length ?? 0), end: s.start + tail };
}

/** A closing relative clause that tells a building's history (", which was built in the 1930s by settlers in X"). */
const HISTORY_TAIL =
  /,\s+(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+(?:(?:first|originally|once)\s+)?(?:built|founded|opened|constructed|erected|established|set\s+up|designed)\b/u;

/**
 * A route's two ends ("en route from the Elm Unit in Ashford, Kent, to the Oak Unit in Dover"): a transfer or a trip
 * that the news interrupted happened between them, at neither.
 */
const ROUTE = unicodePattern(
  String.raw`\bfrom\s+(?:the|a|an)\s+(?:[\p{Alphabetic}.'\u2019-]+\s+){0,4}?(?:in|at)\s+[^;]{0,40}?\bto\s+(?:the|a|an|one)\s+(?:[\p{Alphabetic}.'\u2019-]+\s+){0,4}?(?:in|at)\s+\p{Uppercase}[\p{Alphabetic}.'\u2019-]*(?:,?\s+\p{Uppercase}[\p{Alphabetic}.'\u2019-]*){0,2}`,
);

/** The span of a route's two ends in a sentence range, if it names one. */
function routeSpan(body: string, start: number, end: number): { start: number; end: number } | undefined {
  const m = ROUTE.exec(body.slice(start, end));
  return m === null ? undefined : { start: start + m.index, end: start + m.index + m[0].length };
}

/** A closing phrase that tells what someone did before the news ("..., following her exit from a clinic in X"). */
const EARLIER_TAIL = /\s(?:following|after)\s+(?:her|his|their|its)\s/u;

/** The place of an event told by its sentences (`main` first), else by the dateline, a venue, the lead or the headline. */
export function pickLocation(
  inp: EventInputs,
  eventSentences: number[],
  main: number,
  action: { start: number; end: number } | undefined,
  fallBack = true,
): string | undefined {
  const { body, entities } = inp;
  const order = [main, ...eventSentences.filter((s) => s !== main)];
  const dateline = inp.datelinePlace || inlineDateline(inp);
  let venue: string | undefined;
  let unknown: string | undefined;
  for (const idx of order) {
    const sentence = inp.sentences[idx];
    if (sentence === undefined) continue;
    const { start, end } = eventClause(sentence);
    const s = { ...sentence, start };
    const route = routeSpan(inp.body, s.start, end);
    const onRoute = (p: { start: number; end: number }): boolean =>
      route !== undefined && p.start >= route.start && p.end <= route.end;
    const here = entities.places.filter((p) => p.start >= s.start && p.end <= end && !onRoute(p));
    const prepped = here.filter(
      (p) =>
        // "in the Gulf Champions Cup final": a region word that opens a longer name is no place; nor is
        // "in southwest Kandor's Vell Province" its owner.
        !(p.kind !== 'city' && LONGER_NAME_AFTER.test(body.slice(p.end, p.end + 3))) &&
        !POSSESSIVE_AFTER.test(body.slice(p.end, p.end + 3)) &&
        !PRESS_AFTER.test(body.slice(p.end, p.end + 12)) &&
        (placedAt(body, p.start) ||
          (idx === main &&
            action !== undefined &&
            p.start >= action.start &&
            p.start - action.start < 40 &&
            p.end <= action.end &&
            !TO_BEFORE.test(body.slice(Math.max(0, p.start - 8), p.start)))),
    );
    const named = namedPlaces(inp, s.start, end).filter((p) => !onRoute(p));
    // "in the Gulf of Varna": the town inside a longer name is no place of its own.
    const inside = (p: { start: number; end: number }): boolean =>
      named.some((n) => n.start <= p.start && n.end >= p.end && n.end - n.start > p.end - p.start);
    const city = prepped.find((p) => p.kind === 'city' && !inside(p));
    const capital = capitalIn(inp, body.slice(s.start, end), dateline);
    if (capital !== undefined && (city === undefined || capital.at < city.start - s.start))
      return capital.name;
    if (city !== undefined) return city.name;
    const place = named.find((p) => p.kind !== 'venue' && !(p.attributive && dateline !== undefined));
    if (place !== undefined) return place.name;
    if (prepped[0] !== undefined) return prepped[0].name;
    if (idx === main) {
      venue = VENUE.exec(s.text)?.[1] ?? named.find((p) => p.kind === 'venue')?.name;
      unknown = unknownTown(inp, s.start, end);
    }
  }
  if (!fallBack) return undefined;
  // A town the lexicon lacks, placed by "in" in the main sentence ("a federal judge in Columbus"), names where the
  // event happened better than a dateline, which may be the story's town across the state.
  if (unknown !== undefined) return unknown;
  // The city of the dateline says more than a venue ("at Khalifa International Stadium") of the same lead.
  if (dateline !== undefined && dateline !== '') return leadTownBeyond(inp, dateline) ?? dateline;
  if (venue !== undefined) return venue;
  return namedBuilding(inp, main) ?? ownerTown(inp, main) ?? leadPlace(inp) ?? headlinePlace(inp);
}

/**
 * Buildings a local fire or crime report may first name by a common noun in its main sentence ("the mayor's home
 * church was badly damaged") and in full only in a sentence after it ("Ola Berg, pastor of the Greywell Bible
 * Church, said ..."). Not a place name of its own: only the noun the main sentence used, written with a capital.
 */
const BUILDING_NOUN = unicodePattern(
  String.raw`\b(church|chapel|cathedral|mosque|synagogue|temple|warehouse|factory|school|hospital|hotel|theatre|theater|museum|library)\b`,
);

/** A town that owns the building the main sentence names ("destroyed Greywell's historic dairy warehouse"). */
const OWNER_OF_BUILDING = unicodePattern(
  String.raw`\b(\p{Uppercase}\p{Lowercase}+(?:\s\p{Uppercase}\p{Lowercase}+)?)['\u2019]s\s+(?:[\p{Alphabetic}-]+\s+){0,5}?(?:church|chapel|cathedral|mosque|synagogue|temple|warehouse|factory|school|hospital|hotel|theatre|theater|museum|library|building)\b`,
);

/** The town the main sentence names as the owner of the building the news struck, when the gazetteer knows it and no one bears its name. */
export function ownerTown(inp: EventInputs, main: number): string | undefined {
  const sentence = inp.sentences[main];
  const m = sentence === undefined ? null : OWNER_OF_BUILDING.exec(sentence.text);
  const town = m?.[1];
  if (sentence === undefined || m === null || town === undefined || !knownTown(inp, town)) return undefined;
  const at = sentence.start + m.index;
  const named = inp.people.mentions.some((x) => x.start < at + town.length && x.end > at);
  return named ? undefined : town;
}

/** How many sentences after the main one may name in full the building it names by a common noun. */
const BUILDING_SENTENCES_AFTER = 2;

/** The building the main sentence names by a common noun, as a sentence right after it names it in full. */
export function namedBuilding(inp: EventInputs, main: number): string | undefined {
  const sentence = inp.sentences[main];
  const noun = sentence === undefined ? undefined : BUILDING_NOUN.exec(sentence.text)?.[1];
  if (noun === undefined) return undefined;
  const head = `${noun.charAt(0).toUpperCase()}${noun.slice(1)}`;
  // One to four capitalized words, the first not an article, then the noun: "Greywell Bible Church".
  const full = unicodePattern(
    String.raw`(?<!\p{Alphabetic})(?!The\s)(?:\p{Uppercase}[\p{Alphabetic}'\u2019.-]*\s+){1,4}${head}\b`,
  );
  for (const next of inp.sentences.slice(main + 1, main + 1 + BUILDING_SENTENCES_AFTER)) {
    const name = full.exec(next.text)?.[0];
    if (name !== undefined) return name;
  }
  return undefined;
}

const TOWN_POLICE = unicodePattern(
  String.raw`((?:\p{Uppercase}[\p{Alphabetic}'\u2019-]*\s){1,3})[Pp]olice\b`,
  'g',
);

/**
 * The town whose police the report quotes or names ("Ashford police said", "the Ashford Police Department"):
 * an attack or an arrest whose report names no place for it is most often one that town's police handle.
 */
export function policeTown(inp: EventInputs): string | undefined {
  for (const m of inp.body.matchAll(TOWN_POLICE)) {
    const words = (m[1] ?? '').trim().split(/\s+/u);
    // The longest known town ending right before the word ("But Los Angeles police": Los Angeles).
    for (let n = 0; n < words.length; n++) {
      const name = words.slice(n).join(' ');
      if (knownTown(inp, name)) return name;
    }
  }
  return undefined;
}

/** A town of the lexicon, or one of the gazetteer that is not also a country's name. */
function knownTown(inp: EventInputs, name: string): boolean {
  return (
    inp.lex.city.has(name) || (!inp.lex.country.has(name) && inp.lex.gazetteer?.town(name) !== undefined)
  );
}

/** How specific each kind of named place is: the most specific in a sentence names the event's place. */
const SPECIFICITY: Record<PlaceCandidate['kind'], number> = {
  venue: 0,
  district: 0,
  town: 0,
  locality: 0,
  capital: 0,
  island: 1,
  province: 2,
  water: 2,
  country: 3,
};

/**
 * The places the running text of a sentence range names ("in a Brooklyn courtroom"), most specific first; a
 * demonym ("into the European quarter") names no country.
 */
export function namedPlaces(inp: EventInputs, start: number, end: number): PlaceCandidate[] {
  // The lead's sentences are read for places by several rules: each range is read once per report.
  inp.memo.namedPlaces ??= new Map<string, PlaceCandidate[]>();
  const ranges = inp.memo.namedPlaces;
  const key = `${start}:${end}`;
  const cached = ranges.get(key);
  if (cached !== undefined) return cached;
  const found = readNamedPlaces(inp, start, end);
  ranges.set(key, found);
  return found;
}

const eventRowsCache = new WeakMap<CompiledLexicon, CompiledPlacePhrase[]>();

/** The rows that may say where an event happened: all but those read only for a record's places. */
function eventRows(lex: CompiledLexicon): CompiledPlacePhrase[] {
  const cached = eventRowsCache.get(lex);
  if (cached !== undefined) return cached;
  const rows = lex.placePhrases.filter((r) => !r.recordOnly);
  eventRowsCache.set(lex, rows);
  return rows;
}

function readNamedPlaces(inp: EventInputs, start: number, end: number): PlaceCandidate[] {
  const { lex } = inp;
  const text = inp.body.slice(start, end);
  const found = findPlacesInText(text, start, eventRows(lex), placeContext(inp));
  return (
    found
      // Any demonym, not only a country's first: "a British man" names his nationality, no place.
      .filter((p) => p.kind !== 'country' || isPlacePhrase(lex, p.surface))
      // "in a Somerset town": the name is the wider place around a town the text does not name.
      .filter((p) => !(p.attributive && SETTLEMENT_AFTER.test(text.slice(p.end - start))))
      .filter((p) => !(p.attributive && PRESS_AFTER.test(text.slice(p.end - start))))
      .filter((p) => !spreadTo(inp.body, p.start))
      .sort(
        (a, b) =>
          SPECIFICITY[a.kind] - SPECIFICITY[b.kind] ||
          Number(a.attributive) - Number(b.attributive) ||
          a.start - b.start,
      )
  );
}

const SETTLEMENT_AFTER = /^\s(?:town|village|city|suburb|hamlet|community)\b/u;

/** "when the flooding spreads into the coastal district of X": where the event went next, not where it happened. */
const SPREAD_TO = /(?<!\w)spread(?:s|ing)?\s+(?:on\s+)?(?:to|into)\s+(?:[\p{Alphabetic}-]+\s+){0,4}$/iu;

/** True when the place at `start` is one the event spread to. */
function spreadTo(body: string, start: number): boolean {
  return SPREAD_TO.test(body.slice(Math.max(0, start - 50), start));
}

/** Longer than any name a step finds: how far before a place a name overlapping it may start. */
const LONGEST_NAME = 200;

/**
 * Whether an item of `items` (sorted by start) overlapping the candidate passes `test`: only the items
 * starting at most a name's length before it are read, so a report of thousands of towns and names stays linear.
 */
function someOverlapping<T extends { start: number; end: number }>(
  items: readonly T[],
  c: PlaceCandidate,
  test: (item: T) => boolean,
): boolean {
  for (let k = firstAtOrAfter(items, c.end) - 1; k >= 0; k--) {
    const item = items[k] as T;
    if (item.start < c.start - LONGEST_NAME) return false;
    if (item.end > c.start && test(item)) return true;
  }
  return false;
}

const IN_BEFORE = /\bin\s+(?:\p{Lowercase}+\s+)?$/u;

/** What the place phrases need besides their rows (the gazetteer, the lexicon, what other steps took), once per report. */
export function placeContext(inp: EventInputs): PlaceContext {
  if (inp.memo.placeContext !== undefined) return inp.memo.placeContext;
  const { entities, people, lex } = inp;
  // A venue is often also an organization's name. A town's bare name read as a person's short form ("in
  // Ashford" after "Ashford Fire Chief") stays a town after "in": the preposition and the gazetteer outweigh it.
  // After any other word it is the person ("the blaze was directed at Vikstrom", who is the governor).
  const shortForm = (m: { start: number; end: number }, c: PlaceCandidate): boolean =>
    c.kind === 'town' &&
    inp.body.slice(m.start, m.end) === c.surface &&
    IN_BEFORE.test(inp.body.slice(Math.max(0, c.start - 12), c.start));
  const organizations = [...entities.organizations].sort((a, b) => a.start - b.start);
  const taken = (c: PlaceCandidate): boolean =>
    (c.kind !== 'venue' && POSSESSIVE_AFTER.test(inp.body.slice(c.end, c.end + 3))) ||
    someOverlapping(people.mentions, c, (m) => m.name !== c.surface && !shortForm(m, c)) ||
    (c.kind !== 'venue' &&
      someOverlapping(organizations, c, (o) => !lex.city.has(o.name) && o.name !== c.surface));
  const ctx: PlaceContext = {
    cities: lex.city,
    countries: lex.country,
    notTown: (w) => lex.month.has(w.toLowerCase()) || lex.weekday.has(w.toLowerCase()),
    functionWord: (w) => lex.common.has(w),
    regionAbbreviation: divisionAbbreviation(lex.gazetteer),
    taken,
  };
  // Set after the literal: spreading the optional gazetteer into it showed in profiles.
  if (lex.gazetteer !== undefined) ctx.gazetteer = lex.gazetteer;
  inp.memo.placeContext = ctx;
  return ctx;
}

/** Words of a headline a place name may span ("New York", "Salt Lake City"). */
const HEADLINE_NAME_WORDS = 3;

/**
 * Words before a state or country in a headline that make it something other than where the news happened:
 * a destination ("ambassador to X"), a cause or a topic ("profit jumps on X rerouting", "talks over X").
 */
const NOT_WHERE_BEFORE = new Set([
  'to',
  'for',
  'from',
  'on',
  'over',
  'about',
  'against',
  'with',
  'by',
  'toward',
  'towards',
]);

/**
 * The place a headline names: a town of the lexicon, else a state or province, else a country ("Texas Inmate
 * on the Loose", "Polls Open Across New Zealand"), unless a word before the state or country makes it a
 * destination or a topic; a demonym ("Greek austerity") names no place, nor does a country the lead makes a party
 * to its news ("Kandor asks Dorvan to explain ..." over "Kandor asked ...": who acted, not where).
 */
export function headlinePlace(inp: EventInputs): string | undefined {
  const words = inp.headline?.split(NOT_IN_A_NAME).filter((w) => w !== '') ?? [];
  const { lex } = inp;
  const town = words.find((w) => lex.city.has(w));
  if (town !== undefined) return town;
  const names = headlineNames(words);
  const countryOf = (name: string): string | undefined =>
    isPlacePhrase(lex, name) ? lex.country.get(name) : undefined;
  // A headline telling what a country did names the other countries it dealt with, no place either.
  const parties = names.some((name) => {
    const country = countryOf(name);
    return country !== undefined && leadsAsParty(inp, [name, country]);
  });
  for (const name of names) {
    if (lex.gazetteer?.division(name) !== undefined && !lex.country.has(name)) return name;
    const country = countryOf(name);
    if (country !== undefined && !parties) return country;
  }
  return undefined;
}

/** The runs of a headline's words that may name a place, longest first, none right after a destination or topic word. */
function headlineNames(words: readonly string[]): string[] {
  const names: string[] = [];
  // Longest first, so that "New Zealand" is read before a province called "Zealand".
  for (let n = HEADLINE_NAME_WORDS; n > 0; n--)
    for (let i = 0; i + n <= words.length; i++)
      if (!NOT_WHERE_BEFORE.has(words[i - 1]?.toLowerCase() ?? ''))
        names.push(words.slice(i, i + n).join(' '));
  return names;
}

/**
 * Whether the lead names a country as a party to its news: its possessive ("Kandor's ambassador said", "Kandor's
 * exports rose") or the subject a lead sentence opens with ("Kandor asked its neighbour ..."). Such a country is who
 * acted (its government, its economy); a headline naming it says who, not where.
 */
function leadsAsParty(inp: EventInputs, names: readonly string[]): boolean {
  return leadSentences(inp.sentences).some((s) =>
    names.some((name) => {
      for (let at = s.text.indexOf(name); at >= 0; at = s.text.indexOf(name, at + 1)) {
        const after = s.text.slice(at + name.length, at + name.length + 3);
        if (LETTER_BEFORE.test(s.text.slice(Math.max(0, at - 1), at))) continue;
        if (POSSESSIVE_AFTER.test(after) || (at === 0 && SUBJECT_AFTER.test(after))) return true;
      }
      return false;
    }),
  );
}

const LETTER_BEFORE = /\p{Alphabetic}$/u;
/** A lower-case word right after the name a sentence opens with: the name is its subject ("Kandor asked"). */
const SUBJECT_AFTER = /^\s\p{Lowercase}/u;

/** Whether the lexicon knows `name` as a place's own name or alias, not only as a demonym ("British"). */
function isPlacePhrase(lex: CompiledLexicon, name: string): boolean {
  const words = name.split(' ');
  return lex.places.get(words[0] ?? '')?.some((p) => p.join(' ') === name) ?? false;
}

/**
 * A town the gazetteer lacks, written with its country after "in" ("won in Berne, Switzerland on Saturday"):
 * the country's name is there only to say where the town is.
 */
const TOWN_COMMA_COUNTRY = unicodePattern(
  String.raw`\b(?:in|at|near)\s+(\p{Uppercase}\p{Lowercase}{2,}),\s+(\p{Uppercase}\p{Lowercase}+(?:\s\p{Uppercase}\p{Lowercase}+){0,2})`,
  'g',
);

/** The town a sentence range names with its country, when no step took the town's name for anything else. */
export function townWithCountry(inp: EventInputs, start: number, end: number): string | undefined {
  const text = inp.body.slice(start, end);
  TOWN_COMMA_COUNTRY.lastIndex = 0;
  for (let m = TOWN_COMMA_COUNTRY.exec(text); m !== null; m = TOWN_COMMA_COUNTRY.exec(text)) {
    const town = m[1] ?? '';
    const at = start + m.index + m[0].indexOf(town);
    const taken = (x: { start: number; end: number }): boolean => x.start < at + town.length && x.end > at;
    if (
      inp.lex.country.has(m[2] ?? '') &&
      !NOT_TOWN.test(town) &&
      !inp.lex.country.has(town) &&
      !inp.entities.organizations.some(taken) &&
      !inp.people.mentions.some(taken)
    )
      return town;
  }
  return undefined;
}

/**
 * Another town of the dateline's country that the lead names ("MOSCOW - Police in the Urals city of Kelby ..."): a wire
 * files from the capital what happened elsewhere in the country, so the dateline is where the report was written.
 */
function leadTownBeyond(inp: EventInputs, dateline: string): string | undefined {
  const place = leadPlace(inp);
  // A state whose name a small town also bears is the state, no town of it.
  if (
    place === undefined ||
    place === dateline ||
    !knownTown(inp, place) ||
    inp.lex.gazetteer?.division(place) !== undefined
  )
    return undefined;
  const country = countryOfTown(inp, dateline) ?? inp.lex.country.get(dateline);
  return country !== undefined && countryOfTown(inp, place) === country ? place : undefined;
}

/** The first place the lead names in running text when the event's own sentences name none. */
function leadPlace(inp: EventInputs): string | undefined {
  for (const s of leadSentences(inp.sentences)) {
    const { start, end } = eventClause(s);
    const route = routeSpan(inp.body, start, end);
    const place = namedPlaces(inp, start, end).find(
      (p) =>
        (!p.attributive || p.kind !== 'country') &&
        (route === undefined || p.start < route.start || p.end > route.end),
    );
    if (place !== undefined) return place.name;
    const town = townWithCountry(inp, start, end);
    if (town !== undefined) return town;
  }
  return undefined;
}

const UNKNOWN_TOWN = unicodePattern(
  String.raw`\b(?:in|at|near|struck|hit|battered|jolted|rocked)\s+(\p{Uppercase}[\p{Lowercase}'\u2019]{2,}(?:\s(?!County|District|Prefecture|Township|Stadium|Arena|Park|Hall|Palace|Center|Centre|Hotel|Square|Airport|Ground|Theatre|Theater|Cathedral|Museum|Building|University|College|School|Hospital)\p{Uppercase}\p{Lowercase}{2,})?)(?:\s(?:County|District|Prefecture|Township))?(?=\s*[,.;]|\s+(?:on|in|at|to|and|for|after|before|late|early|this|last|refused|ruled|said|denied|\p{Lowercase}+ed)\b)`,
  'g',
);
const NOT_TOWN =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Parliament|Congress|Court|Senate|Washington|North|South|East|West|Central|Northern|Southern|Eastern|Western|Southeast|Northeast|Southwest|Northwest|Europe|Asia|Africa)$/;

/**
 * A capitalized name after "in"/"at" in a sentence that the earlier steps know as nothing else (no person,
 * organization, region or date there): most often a town the lexicon lacks.
 */
export function unknownTown(inp: EventInputs, start: number, end: number): string | undefined {
  const text = inp.body.slice(start, end);
  UNKNOWN_TOWN.lastIndex = 0;
  for (let m = UNKNOWN_TOWN.exec(text); m !== null; m = UNKNOWN_TOWN.exec(text)) {
    const name = m[1] ?? '';
    const at = start + m.index + m[0].lastIndexOf(name);
    const taken = (x: { start: number; end: number }): boolean => x.start < at + name.length && x.end > at;
    if (
      NOT_TOWN.test(name) ||
      inp.lex.country.has(name) ||
      inp.entities.places.some(taken) ||
      inp.entities.organizations.some(taken) ||
      inp.people.mentions.some(taken) ||
      inp.dates.some((d) => taken(d.span))
    )
      continue;
    return name;
  }
  return undefined;
}

// Not the comma of "Fresno, Calif. police said ...", whose state belongs to the town.
const ATTRIBUTION_TAIL =
  /,\s+(?!\p{Uppercase}\p{Lowercase}{0,4}\.\s)(?:[^,;]{0,60}\s)?(?:said|says|told|reported|according to)\b[^,;]{0,60}[.!?]?["\u201D\u2019]?\s*$/u;
const CAPITAL_PHRASE = unicodePattern(
  String.raw`\b(?:in|at)\s+the\s+(?:(\p{Uppercase}[\p{Alphabetic}-]+)\s+)?capital\b(?:\s+of\s+(\p{Uppercase}[\p{Alphabetic}]+(?:\s+\p{Uppercase}[\p{Alphabetic}]+)?))?`,
);

/**
 * "in the Indonesian capital" or "in the capital of Laos" names that country's capital; a bare "in the capital"
 * is the capital of the dateline's country (a wire's dateline is that country's city).
 */
export function capitalIn(
  inp: EventInputs,
  text: string,
  dateline: string | undefined,
): { name: string; at: number } | undefined {
  const m = CAPITAL_PHRASE.exec(text);
  if (m === null) return undefined;
  const named = m[1] ?? m[2];
  const country =
    named !== undefined
      ? inp.lex.country.get(named)
      : dateline === undefined
        ? undefined
        : (inp.lex.city.get(dateline) ?? inp.lex.country.get(dateline));
  if (named !== undefined && country === undefined) return undefined;
  const name =
    country === undefined
      ? dateline
      : (inp.lex.capitals.get(country) ?? (named === undefined ? dateline : undefined));
  return name === undefined || name === '' ? undefined : { name, at: m.index };
}

/** A dateline left at the start of the first prose sentence of a page ("TOKYO (PPA) — Japan urged ..."). */
export function inlineDateline(inp: EventInputs): string | undefined {
  const first = leadSentences(inp.sentences)[0];
  return first === undefined ? undefined : knownDatelinePlace(first.text, inp.lex);
}

// "flew to Dallas to meet the pitcher": the travellers' destination is where they meet.
const PLACE_PREPOSITION =
  /(?<!\w)(?:in|at|near|outside|across|through|throughout|around|(?:flew|travell?ed|drove|headed)\s+to)\s+(?:the\s+)?(?:(?:central|downtown|northern|southern|eastern|western|(?:north|south)(?:east|west)(?:ern)?|greater|rural|coastal|suburban)\s+)?$/iu;

/** True when a place at `start` follows "in", "at", "near", "through central" and the like. */
export function placedAt(body: string, start: number): boolean {
  return PLACE_PREPOSITION.test(body.slice(Math.max(0, start - 40), start));
}

/** How many prose sentences of the lead may name a more precise place than the one found. */
const REFINING_SENTENCES = 5;

/**
 * An arrest told in the passive with where it was made ("were detained on Sunday in the northern town of Kelby",
 * "was caught in Ashford", "was stopped at an Ashford airport gate"): the town's own words ("town of") or the gazetteer
 * say it is a town.
 */
const ARREST_TOWN = unicodePattern(
  String.raw`\b(?:was|were|been)\s(?:arrested|caught|detained|seized|captured|stopped)\s(?:[\p{Alphabetic}-]+\s){0,3}?(?:in|at|near)\s(?:the\s(?:[\p{Lowercase}-]+\s){0,2}(?<called>town|village|city|port|resort)\sof\s|(?:a|an|the)\s)?(?<town>\p{Uppercase}[\p{Lowercase}'\u2019-]+(?:\s\p{Uppercase}[\p{Lowercase}'\u2019-]+)?)`,
);

/** The town an arrest was made in, as a lead sentence after the first tells it in the passive. */
function arrestTown(inp: EventInputs): string | undefined {
  for (const s of leadSentences(inp.sentences, REFINING_SENTENCES).slice(1)) {
    const m = ARREST_TOWN.exec(s.text);
    const town = m?.groups?.town;
    if (town !== undefined && (m?.groups?.called !== undefined || knownTown(inp, town))) return town;
  }
  return undefined;
}

/**
 * A country says less than a town of it where the report places the event ("riots across Portugal" then "a
 * bus depot in Porto"), or than its capital named bare ("gathered in the capital"); a national event (an
 * election) whose sentences name no place happens in the country the lead names, an attack or an arrest in
 * the town whose police the report names.
 */
export function refinePlace(
  inp: EventInputs,
  location: string | undefined,
  type: string,
  eventSentences: readonly number[],
): string | undefined {
  // "were caught in X" told after the lead names only a country or a continent ("... smugglers bound for rebels in
  // Dorvan"): where the arrest was made.
  const caught = type === 'arrest' ? arrestTown(inp) : undefined;
  if (caught !== undefined && (location === undefined || !knownTown(inp, location))) return caught;
  if (location === undefined) {
    if (type === 'election') return leadCountry(inp);
    return type === 'attack' || type === 'arrest' ? policeTown(inp) : undefined;
  }
  // A national vote placed in its country stays there: the towns its lead names are where candidates stand.
  if (inp.lex.country.get(location) !== location || type === 'election') return location;
  const lead = leadSentences(inp.sentences, REFINING_SENTENCES);
  const order = [...new Set([...lead.map((s) => s.index), ...eventSentences])].sort((a, b) => a - b);
  for (const idx of order) {
    const s = inp.sentences[idx];
    if (s === undefined) continue;
    const { start, end } = eventClause(s);
    const capital = capitalIn(inp, inp.body.slice(start, end), location);
    if (capital !== undefined && capital.name !== location) return capital.name;
    // A place its own words call a town or an island ("the town of Marrowdale") may be missing from the gazetteer.
    const town = townsIn(inp, start, end).find((t) => {
      const country = countryOfTown(inp, t.name);
      return country === location || (country === undefined && t.kind !== 'town');
    });
    if (town !== undefined) return town.name;
  }
  return (type === 'disaster' ? hardestHit(inp, location) : undefined) ?? location;
}

/**
 * A street address with its town ("in High Street, Ashford", "on Elm Street in Ashford", "on Ashford High Street"): local fire and
 * crime reports place the scene exactly in the lead's next sentence after naming only the county or region.
 */
const STREET_TOWN = unicodePattern(
  String.raw`\b(?:Street|Road|Avenue|Lane|Drive|Boulevard)\s*(?:,|\s+in)\s+(?<after>\p{Uppercase}[\p{Lowercase}'\u2019-]+(?:\s\p{Uppercase}[\p{Lowercase}'\u2019-]+)?)|\b(?:on|in|at)\s+(?<before>\p{Uppercase}[\p{Lowercase}'\u2019-]+(?:\s\p{Uppercase}[\p{Lowercase}'\u2019-]+)?)\s+High\s+Street\b`,
  'g',
);

/** The town of a street address in the main sentence or the next, when the gazetteer knows it and no one is named so. */
export function streetTown(inp: EventInputs, main: number): string | undefined {
  for (const s of inp.sentences.slice(main, main + 2)) {
    // An exec loop on the compiled regex: `matchAll` copies it at every sentence, which cost three times the scan.
    STREET_TOWN.lastIndex = 0;
    for (let m = STREET_TOWN.exec(s.text); m !== null; m = STREET_TOWN.exec(s.text)) {
      const town = m.groups?.after ?? m.groups?.before;
      if (
        town !== undefined &&
        knownTown(inp, town) &&
        !inp.people.mentions.some((p) => p.name === town || p.name.endsWith(` ${town}`))
      )
        return town;
    }
  }
  return undefined;
}

/** A report's words for the place a disaster struck hardest ("the worst-hit town", "were most badly affected"). */
const HARDEST_HIT =
  /(?<!\w)(?:worst|hardest|most\s(?:strongly|severely|badly))[\s-](?:hit|affected|damaged)\b/iu;
const CAPITALIZED_RUN = unicodePattern(
  String.raw`\p{Uppercase}[\p{Alphabetic}'\u2019-]+(?:\s\p{Uppercase}[\p{Alphabetic}'\u2019-]+)*`,
  'g',
);

/**
 * A town of the country a disaster is placed in, named in a sentence that says which place it hit hardest ("The
 * island town of Harrow and its villages were worst hit"), wherever the sentence stands in the report.
 */
export function hardestHit(inp: EventInputs, country: string): string | undefined {
  for (const s of inp.sentences) {
    if (!HARDEST_HIT.test(s.text)) continue;
    for (const m of s.text.matchAll(CAPITALIZED_RUN)) if (countryOfTown(inp, m[0]) === country) return m[0];
  }
  return undefined;
}

/** Where someone spoke about the event, not where it happened ("told a news conference in Tokyo"). */
const SPEAKERS_PLACE =
  /(?<!\w)(?:(?:news|press)\s+conference|briefing|reporters|interview|statement)\s+(?:in|at)\s+$/iu;

/** True when the place at `start` is where someone spoke about the event ("told a news conference in Tokyo"). */
export function speakersPlace(body: string, start: number): boolean {
  return SPEAKERS_PLACE.test(body.slice(Math.max(0, start - 40), start));
}

/** Towns placed by a preposition in a range, in text order: the gazetteer's and the place phrases'. */
function townsIn(inp: EventInputs, start: number, end: number): Array<{ name: string; kind: string }> {
  const known = inp.entities.places
    .filter((p) => p.kind === 'city' && p.start >= start && p.end <= end && placedAt(inp.body, p.start))
    .map((p) => ({ name: p.name, kind: 'town', start: p.start }));
  const named = namedPlaces(inp, start, end).filter(
    (p) =>
      (p.kind === 'town' ||
        p.kind === 'locality' ||
        p.kind === 'capital' ||
        p.kind === 'district' ||
        p.kind === 'island') &&
      !p.attributive,
  );
  return [...known, ...named]
    .filter((p) => !speakersPlace(inp.body, p.start) && !spreadTo(inp.body, p.start))
    .sort((a, b) => a.start - b.start);
}

/** The country of a town, by the hand lexicon, else by the gazetteer, under the lexicon's name for it. */
export function countryOfTown(inp: EventInputs, name: string): string | undefined {
  const hand = inp.lex.city.get(name);
  if (hand !== undefined && hand !== '') return inp.lex.country.get(hand) ?? hand;
  const iso = inp.lex.gazetteer?.town(name)?.country;
  const facts = iso === undefined ? undefined : inp.lex.gazetteer?.country(iso);
  return facts === undefined ? undefined : (inp.lex.country.get(facts.name) ?? facts.name);
}

/** The first country the lead names, not as a person's side ("Estonia's voters"). */
function leadCountry(inp: EventInputs): string | undefined {
  for (const s of leadSentences(inp.sentences)) {
    const country = inp.entities.places.find(
      (p) =>
        p.kind === 'country' &&
        p.start >= s.start &&
        p.end <= s.end &&
        p.name === inp.lex.country.get(p.name),
    );
    if (country !== undefined) return country.name;
  }
  return undefined;
}
