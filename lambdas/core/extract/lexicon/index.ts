/**
 * The default lexicon of the extraction steps: plain data, passed into every step so
 * callers can extend or replace it without touching the rules. The generated world gazetteer and
 * the everyday English words are not in it: they ship as data files beside the extractor bundle
 * and reach the steps through the ReferenceData port (`lexiconWith`), read on the first article
 * rather than at cold start; so do these rows, as a file generated from them.
 */

import type { GazetteerData } from '../gazetteer';
import { ACTOR_FRAME_ROWS, type ActorFrameRow } from './actor-evidence';
import {
  AMBIGUOUS_ABBREVIATIONS,
  COMMON_WORDS,
  NON_TERMINAL_ABBREVIATIONS,
  SENTENCE_OPENERS,
} from './common';
import { CAPITAL_ROWS } from './events-capitals';
import { ENGLISH_FUNCTION_WORDS } from './language';
import { NOT_NAME_WORDS, ORG_PREFIXES, ORG_SUFFIXES, ORGANIZATION_ROWS } from './organizations';
import {
  CREDIT_PREFIXES,
  GIVEN_NAMES,
  HONORIFICS,
  NAME_PARTICLES,
  TITLE_GLUE,
  TITLE_MODIFIERS,
  TITLE_PHRASES,
  TITLE_WORDS,
} from './people';
import { ROLE_NOUN_ROWS, type RoleNounRow } from './person-evidence';
import { PERSON_GATE_WEIGHTS } from './person-gate';
import { PLACE_PHRASES, type PlacePhrase } from './place-phrases';
import { CITY_ROWS, COUNTRY_ROWS, PLACE_PREFIXES, REGION_ADJECTIVES, REGIONS } from './places';
import { THING_CUE_ROWS, type ThingCueRow } from './thing-evidence';
import { MONTH_ROWS, NUMBER_WORDS, WEEKDAYS } from './time';
import { EVENT_PATTERNS, type EventPattern, SPEECH_VERBS } from './verbs';
import { VESSEL_PREFIXES } from './vessels';

export type { ActorFrameRow } from './actor-evidence';
export type { RoleNounRow } from './person-evidence';
export type { PlacePhrase } from './place-phrases';
export type { ThingCueRow } from './thing-evidence';
export type { EventPattern } from './verbs';
export { EVENT_TYPE_DESCRIPTIONS } from './verbs';

/** Everything the steps know about words; see the files of this folder for the row formats. */
export interface Lexicon {
  countries: readonly string[];
  cities: readonly string[];
  regions: readonly string[];
  regionAdjectives: readonly string[];
  placePrefixes: readonly string[];
  organizations: readonly string[];
  orgSuffixes: readonly string[];
  orgPrefixes: readonly string[];
  /** Ship-name prefixes ("INS", "MV"): with the capitalized words after them, a vessel. */
  vesselPrefixes: readonly string[];
  notNameWords: readonly string[];
  titlePhrases: readonly string[];
  titleWords: readonly string[];
  titleModifiers: readonly string[];
  titleGlue: readonly string[];
  honorifics: readonly string[];
  nameParticles: readonly string[];
  /** Common given names; optional so lexicons written before it still compile. */
  givenNames?: readonly string[];
  /** Nouns that say the name after them is a person's; optional so older lexicons still compile. */
  roleNouns?: readonly RoleNounRow[];
  /** Words that say the name beside them is a thing's (a paper, a firm, a club, a village); optional so older lexicons still compile. */
  thingCues?: readonly ThingCueRow[];
  /** How the text says a person of the main event's sentences is no party to it; optional so older lexicons still compile. */
  actorFrames?: readonly ActorFrameRow[];
  /** Weights of the statistical person gate; absent or empty, no name passes it. */
  personGate?: readonly number[];
  /**
   * About 2,000 everyday English words (lowercase), a feature of the person gate: "Park", "Wire",
   * "Hope". The list of the random-words package (MIT), kept by its maintainers; from the reference data.
   */
  englishWords?: readonly string[];
  /**
   * About 8,400 first names common in English-speaking countries, from the stdlib first-name packages (PDDL /
   * CC0; from the reference data). Many are also surnames, places or words ("Adams", "Georgia", "Hope"), so
   * unlike `givenNames` one counts only with other evidence from the text (see names/listed-given-names.ts).
   */
  listedGivenNames?: readonly string[];
  creditPrefixes: readonly string[];
  speechVerbs: readonly string[];
  eventPatterns: readonly EventPattern[];
  months: readonly string[];
  weekdays: readonly string[];
  numberWords: Readonly<Record<string, number>>;
  commonWords: readonly string[];
  nonTerminalAbbreviations: readonly string[];
  ambiguousAbbreviations: readonly string[];
  sentenceOpeners: readonly string[];
  /** `Country|Capital` rows; the gazetteer's capitals fill in the countries they lack. */
  capitals?: readonly string[];
  /** The generated world gazetteer (bin/build-gazetteer.mjs), from the ReferenceData port: see `lexiconWith`. */
  gazetteer?: GazetteerData;
  /** How running text names a place (lexicon/place-phrases.ts). */
  placePhrases?: readonly PlacePhrase[];
  /** Words frequent in English prose and rare elsewhere (lexicon/language.ts). */
  englishFunctionWords?: readonly string[];
}

/**
 * The hand rows and packaged lists, without the gazetteer. The extractor reads them from a generated
 * file through the ReferenceData port (bin/build-lexicon.mjs writes it from this object); the local tools
 * and the tests use this object itself, so an edited row counts at once.
 */
export const DEFAULT_LEXICON: Lexicon = {
  countries: COUNTRY_ROWS,
  cities: CITY_ROWS,
  regions: REGIONS,
  regionAdjectives: REGION_ADJECTIVES,
  placePrefixes: PLACE_PREFIXES,
  organizations: ORGANIZATION_ROWS,
  orgSuffixes: ORG_SUFFIXES,
  orgPrefixes: ORG_PREFIXES,
  vesselPrefixes: VESSEL_PREFIXES,
  notNameWords: NOT_NAME_WORDS,
  titlePhrases: TITLE_PHRASES,
  titleWords: TITLE_WORDS,
  titleModifiers: TITLE_MODIFIERS,
  titleGlue: TITLE_GLUE,
  honorifics: HONORIFICS,
  nameParticles: NAME_PARTICLES,
  givenNames: GIVEN_NAMES,
  roleNouns: ROLE_NOUN_ROWS,
  thingCues: THING_CUE_ROWS,
  actorFrames: ACTOR_FRAME_ROWS,
  personGate: PERSON_GATE_WEIGHTS,
  creditPrefixes: CREDIT_PREFIXES,
  speechVerbs: SPEECH_VERBS,
  eventPatterns: EVENT_PATTERNS,
  months: MONTH_ROWS,
  weekdays: WEEKDAYS,
  numberWords: NUMBER_WORDS,
  commonWords: COMMON_WORDS,
  nonTerminalAbbreviations: NON_TERMINAL_ABBREVIATIONS,
  ambiguousAbbreviations: AMBIGUOUS_ABBREVIATIONS,
  sentenceOpeners: SENTENCE_OPENERS,
  capitals: CAPITAL_ROWS,
  placePhrases: PLACE_PHRASES,
  englishFunctionWords: ENGLISH_FUNCTION_WORDS.words,
};
