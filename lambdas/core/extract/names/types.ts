/** What the name step finds, and the sink its sub-steps add to. */
import type { Token } from '../text';

/** A name found in the text, with the cue that made it a person. */
export interface PersonMention {
  start: number;
  end: number;
  name: string;
  words: string[];
  title?: string;
  affiliation?: string;
  /** `context`: what follows the name says it is a person's ("(7-5)", "of Sweden"). */
  cue: 'title' | 'appositive' | 'speech' | 'context' | 'shape';
}

/** An organization named in the text; `affiliation` is the country it belongs to when stated. */
export interface OrgMention {
  start: number;
  end: number;
  name: string;
  affiliation?: string;
}

/** A country, city or region named in the text. */
export interface PlaceMention {
  start: number;
  end: number;
  name: string;
  kind: 'country' | 'city' | 'region';
  country?: string;
}

/** A demonym or region adjective ("Chinese", "U.S."), naming a side. */
export interface SideMention {
  start: number;
  end: number;
  country?: string;
}

/** Everything the name step finds; `singles` are one-word names that only coreference can resolve. */
export interface Entities {
  tokens: Token[];
  people: PersonMention[];
  singles: PersonMention[];
  organizations: OrgMention[];
  places: PlaceMention[];
  sides: SideMention[];
}

/** The lists the sub-steps add to, in text order. */
export type Found = Omit<Entities, 'tokens'>;

/** What one word of a capitalized run is. */
export type Kind =
  | 'name'
  | 'place'
  | 'org'
  | 'adj'
  | 'title'
  | 'time'
  | 'common'
  | 'notname'
  | 'suffix'
  | 'particle';

/** Words that end a walk back over an organization's name. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'and',
  'but',
  'or',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'to',
  'of',
  'as',
  'after',
  'before',
  'also',
  'when',
  'while',
]);
