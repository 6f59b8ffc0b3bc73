/**
 * The candidate places of a report's main event, each with the features a learned ranker reads: every place the
 * readers of event-place.ts find becomes one candidate (which reader found it, what kind of place it is, where and
 * how often the report names it). A measuring instrument: the eval's place ranker (test/eval/place-ranker.ts) fits
 * and cross-validates a model on them through `AnalysisContext.observePlaces`; the extractor's place stays the rules'
 * (a ranker measured in session 20 did not beat them safely, nor, as a hybrid, on a blind sixth round; see
 * docs/measured.md; nor in session 23 on the CoNLL train reports, its third pick fresh to both).
 */
import type { Sentence } from '../model';
import type { EventInputs } from './event-inputs';
import {
  capitalIn,
  countryOfTown,
  eventClause,
  hardestHit,
  headlinePlace,
  inlineDateline,
  namedBuilding,
  namedPlaces,
  ownerTown,
  placedAt,
  policeTown,
  speakersPlace,
  streetTown,
  townWithCountry,
  unknownTown,
  VENUE,
} from './event-place';
import { leadSentences } from './lead';
import type { PlaceCandidate } from './places-in-text';
import { spanOf } from './text';

/** The features of a candidate place, in the order of the weights (the first is the intercept). */
export const PLACE_FEATURES = [
  'bias',
  'the dateline',
  'the headline reader',
  'a place phrase, not attributive',
  'only attributive',
  'the unknown-town reader',
  'the venue reader',
  'a building, police, street or capital reader',
  'kind: country',
  'kind: state, province or region',
  'kind: sea or island',
  'kind: venue',
  'in the main sentence',
  'in another event sentence',
  'after in/at in an event sentence',
  'after in/at in the lead',
  'only where someone spoke',
  'log mentions',
  'first in lead sentence 1',
  'first in a later lead sentence',
  'first after the lead',
  'log population',
  'known to the lexicon or gazetteer',
  'same country as the dateline',
  'words beyond the first',
  'named in the headline',
  'a wider place of another candidate',
  'within another candidate',
] as const;

/** Where the main event was read: what the candidates' features are measured against. */
export interface PlaceFrame {
  main: number;
  primary: number;
  eventSentences: readonly number[];
}

/** One candidate place with its features, in PLACE_FEATURES order. */
export interface CandidatePlace {
  name: string;
  features: number[];
}

type Kind = 'town' | 'country' | 'region' | 'water' | 'venue';
type Source = 'dateline' | 'headline' | 'phrase' | 'attributive' | 'unknown' | 'venue' | 'other' | 'mention';

interface Reading {
  name: string;
  kind: Kind;
  source: Source;
  start?: number;
}

/** How many lead sentences are read for candidates. */
const LEAD_READ = 5;
const WATER = /\b(?:Sea|Ocean|Gulf|Strait|Bay|Channel|Island|Islands)\b/u;
const NOT_A_LETTER = /[^\p{Alphabetic}]/gu;

/** The name as the candidates are grouped by: letters only, lowercase. */
function keyOf(name: string): string {
  return name.toLowerCase().replace(NOT_A_LETTER, '');
}

function kindOfPhrase(kind: PlaceCandidate['kind']): Kind {
  if (kind === 'country') return 'country';
  if (kind === 'province') return 'region';
  if (kind === 'water' || kind === 'island') return 'water';
  if (kind === 'venue') return 'venue';
  return 'town';
}

function kindOfName(inp: EventInputs, name: string): Kind {
  if (inp.lex.country.has(name)) return 'country';
  if (WATER.test(name)) return 'water';
  if (inp.lex.gazetteer?.division(name) !== undefined && !inp.lex.city.has(name)) return 'region';
  return 'town';
}

/** Every reading of a place the event-place readers give, with its source and kind. */
function readings(inp: EventInputs, frame: PlaceFrame): Reading[] {
  const out: Reading[] = [];
  const add = (name: string | undefined, source: Source, kind?: Kind): void => {
    if (name !== undefined && name !== '') out.push({ name, source, kind: kind ?? kindOfName(inp, name) });
  };
  for (const p of inp.entities.places)
    out.push({
      name: p.name,
      source: 'mention',
      kind:
        p.kind === 'city'
          ? 'town'
          : p.kind === 'country'
            ? 'country'
            : WATER.test(p.name)
              ? 'water'
              : 'region',
      start: p.start,
    });
  const ranges = new Set<number>([
    ...leadSentences(inp.sentences, LEAD_READ).map((s) => s.index),
    ...frame.eventSentences,
    frame.main,
    frame.primary,
  ]);
  for (const idx of ranges) {
    const s = inp.sentences[idx];
    if (s === undefined) continue;
    const { start, end } = eventClause(s);
    for (const p of namedPlaces(inp, start, end))
      out.push({
        name: p.name,
        source: p.attributive ? 'attributive' : 'phrase',
        kind: kindOfPhrase(p.kind),
        start: p.start,
      });
    add(townWithCountry(inp, start, end), 'phrase', 'town');
  }
  const main = inp.sentences[frame.main];
  const dateline = inp.datelinePlace || inlineDateline(inp);
  add(dateline, 'dateline');
  add(headlinePlace(inp), 'headline');
  if (main !== undefined) {
    const { start, end } = eventClause(main);
    add(unknownTown(inp, start, end), 'unknown', 'town');
    add(VENUE.exec(main.text)?.[1], 'venue', 'venue');
    add(capitalIn(inp, inp.body.slice(start, end), dateline)?.name, 'other', 'town');
  }
  add(namedBuilding(inp, frame.main), 'other', 'venue');
  add(ownerTown(inp, frame.main), 'other', 'town');
  add(policeTown(inp), 'other', 'town');
  add(streetTown(inp, frame.primary), 'other', 'town');
  for (const r of [...out])
    if (r.kind === 'country' && r.source !== 'mention') add(hardestHit(inp, r.name), 'other', 'town');
  return out;
}

/** The country a place stands in (itself for a country). */
function countryOf(inp: EventInputs, name: string): string | undefined {
  return inp.lex.country.get(name) ?? countryOfTown(inp, name);
}

/** The candidates of a report, each with its features. */
export function placeCandidates(inp: EventInputs, frame: PlaceFrame): CandidatePlace[] {
  const groups = new Map<string, Reading[]>();
  for (const r of readings(inp, frame)) {
    const key = keyOf(r.name);
    if (key === '') continue;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [r]);
    else group.push(r);
  }
  const lead = leadSentences(inp.sentences, LEAD_READ);
  const dateline = inp.datelinePlace || inlineDateline(inp);
  const datelineCountry = dateline === undefined || dateline === '' ? undefined : countryOf(inp, dateline);
  const headline = keyOfWords(inp.headline ?? '');
  const named = [...groups.values()].map(
    (group) =>
      (group.find((r) => r.source === 'phrase' || r.source === 'mention') ?? (group[0] as Reading)).name,
  );
  const countries = named.map((name) => countryOf(inp, name));
  return [...groups.keys()].map((key, k) => {
    const group = groups.get(key) as Reading[];
    const name = named[k] as string;
    const country = countries[k];
    const isCountry = inp.lex.country.get(name) === name;
    return {
      name,
      features: features(inp, frame, group, name, {
        lead,
        datelineCountry,
        inHeadline: headline.includes(keyOfWords(name)),
        wider: isCountry && countries.some((c, j) => j !== k && c === name),
        within: !isCountry && country !== undefined && named.some((n, j) => j !== k && n === country),
      }),
    };
  });
}

/** A text's words by their keys, one space between and around: " ashford rovers ". */
function keyOfWords(text: string): string {
  return ` ${text
    .split(/\s+/u)
    .map(keyOf)
    .filter((w) => w !== '')
    .join(' ')} `;
}

interface Shared {
  lead: readonly Sentence[];
  datelineCountry: string | undefined;
  inHeadline: boolean;
  /** A country another candidate (a town, a region) stands in. */
  wider: boolean;
  /** A town or region standing in a country that is also a candidate. */
  within: boolean;
}

function features(
  inp: EventInputs,
  frame: PlaceFrame,
  group: readonly Reading[],
  name: string,
  shared: Shared,
): number[] {
  const has = (s: Source): number => (group.some((r) => r.source === s) ? 1 : 0);
  const kindVotes = (k: Kind): number => (group.some((r) => r.kind === k) ? 1 : 0);
  const spans = group.filter((r): r is Reading & { start: number } => r.start !== undefined);
  const starts = [...new Set(spans.map((r) => r.start))].sort((a, b) => a - b);
  const sentenceOf = (at: number): number => spanOf(inp.sentences, at, at).sentence;
  const mainSentences = new Set([frame.main, frame.primary]);
  const eventSentences = new Set(frame.eventSentences);
  const inMain = starts.some((at) => mainSentences.has(sentenceOf(at)));
  const inEvent = starts.some(
    (at) => !mainSentences.has(sentenceOf(at)) && eventSentences.has(sentenceOf(at)),
  );
  const after = (at: number): boolean => placedAt(inp.body, at);
  const leadIdx = shared.lead.map((s) => s.index);
  const inLeadAt = (at: number): number => leadIdx.indexOf(sentenceOf(at));
  const firstAt = starts[0];
  const firstLead = firstAt === undefined ? -2 : inLeadAt(firstAt);
  const town = inp.lex.gazetteer?.town(name);
  const known =
    inp.lex.city.has(name) ||
    inp.lex.country.has(name) ||
    town !== undefined ||
    inp.lex.gazetteer?.division(name) !== undefined;
  const country = countryOf(inp, name);
  const phrase = has('phrase');
  return [
    1,
    has('dateline'),
    has('headline'),
    phrase,
    has('attributive') && !phrase && !starts.some(after) ? 1 : 0,
    has('unknown'),
    has('venue'),
    has('other'),
    kindVotes('country'),
    kindVotes('region'),
    kindVotes('water'),
    kindVotes('venue'),
    inMain ? 1 : 0,
    inEvent ? 1 : 0,
    starts.some(
      (at) => after(at) && (mainSentences.has(sentenceOf(at)) || eventSentences.has(sentenceOf(at))),
    )
      ? 1
      : 0,
    starts.some((at) => after(at) && inLeadAt(at) >= 0) ? 1 : 0,
    starts.length > 0 && starts.every((at) => speakersPlace(inp.body, at)) ? 1 : 0,
    Math.log1p(starts.length),
    firstLead === 0 ? 1 : 0,
    firstLead > 0 ? 1 : 0,
    firstLead === -1 ? 1 : 0,
    town === undefined ? 0 : Math.log10(1 + town.population) / 7,
    known ? 1 : 0,
    shared.datelineCountry !== undefined && country === shared.datelineCountry ? 1 : 0,
    name.split(/\s+/u).length - 1,
    shared.inHeadline ? 1 : 0,
    shared.wider ? 1 : 0,
    shared.within ? 1 : 0,
  ];
}
