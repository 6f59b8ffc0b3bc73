/** What the event readers (steps 6 and 7, the place and actor readers) take in and work out once per analysis. */
import type { EventType, Person, Sentence } from '../model';
import type { DateMention } from './02-dates';
import type { Entities } from './03-names';
import type { People } from './04-coreference';
import type { CompiledLexicon } from './compile';
import type { EventMatches } from './event-matches';
import type { OrgMention } from './names/types';
import type { CandidatePlace } from './place-candidates';
import type { PlaceCandidate, PlaceContext } from './places-in-text';

/** What the event steps share: the earlier steps' findings. */
export interface EventInputs {
  body: string;
  sentences: readonly Sentence[];
  dates: readonly DateMention[];
  entities: Entities;
  people: People;
  persons: readonly Person[];
  headline?: string;
  datelinePlace?: string;
  /** Publication date or date-time, ISO: the event's day when the lead names none. */
  published?: string;
  /**
   * Names the name step took for people's that a word beside them makes an organization's ("Corven Athletic
   * striker", `evidencedOrganizations`): organizations of the event sentences too.
   */
  cuedOrganizations?: readonly OrgMention[];
  lex: CompiledLexicon;
  /** What the event and place readers work out once per analysis, filled on first use (`{}` to start). */
  memo: EventMemo;
  /** Given the main event's candidate places (see `AnalysisContext.observePlaces`). */
  observePlaces?: PlaceObserver;
}

/** Takes the main event's candidate places with their features and the rules' place: the eval's place ranker reads them. */
export type PlaceObserver = (candidates: readonly CandidatePlace[], rulesPick: string | undefined) => void;

/**
 * Each field is built the first time a reader asks and read again by the others of this analysis. It travels in the
 * inputs rather than in WeakMaps keyed by them: V8's young-generation collections kept such a map's values alive, and
 * the place reader's context closes over the whole analysis, so every report's tokens, names and sentences were
 * copied and promoted to the old generation (2.1 MB a bench pass; 0.5 MB without).
 */
export interface EventMemo {
  /** The event patterns' matches in the texts step 6 and step 7 both read. */
  matches?: EventMatches;
  /** The people by name (participantsIn runs about four times a report). */
  personsByName?: ReadonlyMap<string, Person>;
  /** Every country side the text names (adjectives, then country names). */
  countrySides?: readonly CountrySide[];
  /** What the place phrases need besides their rows (see `placeContext`). */
  placeContext?: PlaceContext;
  /** The places the running text of each sentence range names, by "start:end" (see `namedPlaces`). */
  namedPlaces?: Map<string, PlaceCandidate[]>;
}

/** The best event-type match of a text range. */
export interface TypeMatch {
  type: EventType;
  score: number;
  start: number;
  end: number;
}

/** A country side the text names: a demonym ("Chinese officials") or a country name, by its span. */
export interface CountrySide {
  start: number;
  end: number;
  country: string;
}
