/**
 * After step 4: a person the headline names in full and the body only by surname ("Ines Varga wins ..." over
 * "Varga, 31, took ..."): the body's surname mentions take the headline's full name.
 */
import type { Person, Sentence } from '../../model';
import { unicodePattern } from '../../unicode-pattern';
import type { People, ResolvedMention } from '../04-coreference';
import type { CompiledLexicon } from '../compile';
import { spanOf } from '../text';
import { isListedGivenName } from './listed-given-names';
import type { Entities } from './types';

/**
 * Two to four capitalized words, a generational suffix allowed after them ("Arlen Voss Jr"); not the tail of a
 * word ("O'Brien", "Jean-Luc"), but a quote mark after a space may open it ("Star of the year 'Ines Varga hosts").
 */
const HEADLINE_NAME = unicodePattern(
  String.raw`(?<![\p{Alphabetic}-]|[\p{Alphabetic}-][\u2019'])\p{Uppercase}[\p{Lowercase}\u2019'-]+(?:\s+\p{Uppercase}[\p{Lowercase}\u2019'-]+){1,3}(?:,?\s+(?:Jr|Sr|II|III|IV)\b\.?)?`,
  'g',
);
const SUFFIX = /,?\s+(Jr|Sr|II|III|IV)\.?$/u;

interface FullName {
  name: string;
  surname: string;
}

/** The full names of the headline: a given name before the last word (a listed one first), no title or everyday word in it. */
export function headlineFullNames(headline: string, lex: CompiledLexicon): FullName[] {
  const out: FullName[] = [];
  // An exec loop on the compiled regex: `matchAll` copies it at every headline, which cost more than the scan.
  HEADLINE_NAME.lastIndex = 0;
  for (let m = HEADLINE_NAME.exec(headline); m !== null; m = HEADLINE_NAME.exec(headline)) {
    const tail = SUFFIX.exec(m[0]);
    const suffix = tail?.[1];
    const ordinary = (w: string): boolean =>
      lex.titleWords.has(w.toLowerCase()) || lex.common.has(w.toLowerCase());
    // A title-case headline runs the name into its verb ("Ada Vik Checks Into Rehab"): the name ends there.
    const all = (tail === null ? m[0] : m[0].slice(0, tail.index)).split(/\s+/u);
    // A headline's verb is in the present ("Checks", "Wins"): an everyday word with an "s" added. A noun that ends
    // a longer name ("Ada Vik Center") is no verb, and the name goes on.
    const verb = (w: string): boolean => {
      const lower = w.toLowerCase();
      return lower.endsWith('s') && lex.englishWords.has(lower.slice(0, -1)) && !lex.givenNames.has(w);
    };
    const cut = all.findIndex((w, i) => i >= 2 && (ordinary(w) || verb(w)));
    const words = cut < 0 ? all : all.slice(0, cut);
    const core = words.join(' ');
    const surname = words[words.length - 1] ?? '';
    // The surname alone in the body is the evidence a first name of the packaged lists needs ("Tara Reid").
    const given = (w: string, i: number): boolean =>
      lex.givenNames.has(w) || (i === 0 && isListedGivenName(w, lex));
    if (!words.slice(0, -1).some(given) || words.some(ordinary)) continue;
    if (lex.givenNames.has(surname)) continue;
    const written = cut >= 0 ? undefined : suffix === 'Jr' || suffix === 'Sr' ? `${suffix}.` : suffix;
    out.push({ name: written === undefined ? core : `${core} ${written}`, surname });
  }
  return out;
}

/** Gives the headline's full name to a person the body names only by that surname. */
export function withHeadlineNames(
  resolved: People,
  entities: Entities,
  sentences: readonly Sentence[],
  headline: string | undefined,
  lex: CompiledLexicon,
): People {
  if (headline === undefined) return resolved;
  let { people, mentions } = resolved;
  for (const full of headlineFullNames(headline, lex)) {
    // The body names them in full, or a longer name holds the surname: coreference has decided.
    const decided = people.some(
      (p) => p.name === full.name || (p.name !== full.surname && p.name.split(/\s+/u).includes(full.surname)),
    );
    const ends = new Map(
      [...entities.people, ...entities.singles]
        .filter((m) => m.name === full.surname)
        .map((m) => [m.start, m.end]),
    );
    if (decided || ends.size === 0) continue;
    const own: ResolvedMention[] = [...ends]
      .sort((a, b) => a[0] - b[0])
      .map(([start, end]) => ({ start, end, name: full.name }));
    const person: Person = {
      ...people.find((p) => p.name === full.surname),
      name: full.name,
      aliases: [full.surname],
      mentions: own.map((m) => spanOf(sentences, m.start, m.end)),
    };
    const at = people.findIndex((p) => p.name === full.surname);
    people = at < 0 ? [...people, person] : people.map((p, i) => (i === at ? person : p));
    mentions = [...mentions.filter((m) => m.name !== full.surname), ...own].sort((a, b) => a.start - b.start);
  }
  return { people, mentions };
}
