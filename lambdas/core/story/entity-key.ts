/** Normalized keys for names, so different spellings of one entity meet in the index. */
import { VESSEL_PREFIXES } from '../extract/lexicon/vessels';
import type { EntityKind, Participant } from '../model';
import {
  COUNTRY_KEYS,
  ENTITY_ALIASES,
  GENERIC_ORGANIZATION_WORDS,
  ORGANIZATION_SUFFIXES,
  PERSON_HONORIFICS,
  SPELLINGS,
} from './aliases';

/** Ship-name prefixes, as written. */
const VESSEL_PREFIX_SET: ReadonlySet<string> = new Set(VESSEL_PREFIXES);

/** Runs of letters and digits: the words of a name. */
const LETTERS_OR_DIGITS = /(?:\p{Alphabetic}|\p{N})+/gu;

/** The words of a name: diacritics folded, lower case, periods inside abbreviations dropped, British spellings keyed as American. */
function nameWords(name: string): string[] {
  const words =
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[\u2019']s\b/g, 's')
      .replace(/\./g, '')
      .match(LETTERS_OR_DIGITS) ?? [];
  return words.map((w) => SPELLINGS.get(w) ?? w);
}

/** A stable key for a name: "U.S." and "United States" give one key, "Zhào" and "Zhao" too. */
export function entityKey(name: string, kind?: EntityKind): string {
  let words = nameWords(name);
  if (words[0] === 'the' && words.length > 1) words = words.slice(1);
  if (kind === 'person') {
    // Honorifics and middle initials vary between outlets; the full name does not.
    words = words.filter((w, i) => !PERSON_HONORIFICS.has(w) && (w.length > 1 || i === 0));
  }
  if (kind === 'organization') {
    while (words.length > 1 && ORGANIZATION_SUFFIXES.has(words[words.length - 1] ?? ''))
      words = words.slice(0, -1);
  }
  const key = words.join('-');
  return ENTITY_ALIASES[key] ?? key;
}

/** Whether a key names a country (or a union of countries). */
export function isCountryKey(key: string): boolean {
  return COUNTRY_KEYS.has(key);
}

/** Whether an organization name is specific enough to tell stories apart ("Apple", not "the government"). */
export function isDistinctiveOrganization(name: string): boolean {
  const key = entityKey(name, 'organization');
  if (key === '' || isCountryKey(key)) return false;
  return !nameWords(name).every(
    (w) => GENERIC_ORGANIZATION_WORDS.has(w) || isCountryKey(ENTITY_ALIASES[w] ?? w),
  );
}

/** Whether a name is a ship's: a vessel prefix and a name after it ("INS Kaveri", "MV Orla Star"). */
export function isVesselName(name: string): boolean {
  const [prefix, ...rest] = name.trim().split(/\s+/u);
  return rest.length > 0 && VESSEL_PREFIX_SET.has(prefix ?? '');
}

/** How much a shared participant says about two reports being one event. */
export type EntityWeightClass = 'person' | 'organization' | 'weak';

/**
 * Classifies a participant by how much sharing it tells: people most, countries and generic
 * bodies least. A ship counts as a person: in a piracy or navy report it is the one the incident
 * happened to, and reports of one hijacking name the same ship where a look-alike one names another.
 */
export function weightClass(participant: Participant): EntityWeightClass {
  if (participant.kind === 'person') return 'person';
  if (participant.kind === 'organization' && isVesselName(participant.name)) return 'person';
  if (participant.kind === 'organization' && isDistinctiveOrganization(participant.name))
    return 'organization';
  return 'weak';
}

/** The key of a place name: its first comma-separated part ("Beijing, China" is Beijing). */
export function placeKey(place: string): string {
  return entityKey(place.split(',')[0] ?? place, 'place');
}
