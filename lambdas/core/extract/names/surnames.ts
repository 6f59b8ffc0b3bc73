/**
 * Whose a bare surname is when the person step could not say: wire copy types a surname it gave in full two
 * ways ("Piotr Walczak" ... "Walzcak said"), and a family shares one ("Rita Moss" and her son "Dan Moss"): the
 * quote step reads it where it stands.
 */
import type { People } from '../04-coreference';

/** The shortest surname read as mistyped: a short one is as often another name one letter off. */
const VARIANT_MIN_LENGTH = 5;

/**
 * The shortest surname read as typed with a letter more or less: wire copy spells a long transliterated name
 * two ways in one report ("Valdobrenko", "Valdrobrenko"); a short one is as often another name ("Anderson",
 * "Andersson").
 */
const LETTER_MORE_MIN_LENGTH = 10;

/**
 * Whether `word` is `surname` typed with one letter wrong or two letters swapped ("Walzcak", "Walczek" for
 * "Walczak"), same length and first letter, or a long one with one letter more or less ("Valdrobrenko" for
 * "Valdobrenko"). Not another name of its own ("Walczuk", two letters off; "Petrova").
 */
export function spellingVariant(word: string, surname: string): boolean {
  if (word === surname || word[0] !== surname[0]) return false;
  if (Math.abs(word.length - surname.length) === 1) return letterMoreOrLess(word, surname);
  if (word.length !== surname.length || word.length < VARIANT_MIN_LENGTH) return false;
  const differ: number[] = [];
  for (let i = 1; i < word.length; i++) {
    if (word[i] !== surname[i]) differ.push(i);
    if (differ.length > 2) return false;
  }
  if (differ.length === 1) return true;
  const [i, j] = differ as [number, number];
  return differ.length === 2 && word[i] === surname[j] && word[j] === surname[i];
}

/** Whether the longer of two names of lengths one apart is the shorter with one letter put in, both long. */
function letterMoreOrLess(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length < LETTER_MORE_MIN_LENGTH) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

/** Where a bare surname is read: its offset, the person quoted last before it, and the sentence of an offset. */
export interface SurnameContext {
  at: number;
  lastQuoted: string | undefined;
  sentenceOf: (at: number) => number;
}

/**
 * The person a bare surname stands for: the one whose full name ends in it; of several ("Moss"), the one quoted
 * last if it is one of them, else the one named last before it in a sentence naming no other of them ("Mayor Dora
 * King met Senator Ray King" leaves "King" open); else the one person whose surname it is a mistyping of.
 */
export function surnameOwner(people: People, word: string, where: SurnameContext): string | undefined {
  const owners = people.people.filter((p) => p.name.split(' ').at(-1) === word);
  if (owners.length === 1) return owners[0]?.name;
  if (owners.length > 1) {
    const names = new Set(owners.map((p) => p.name));
    if (where.lastQuoted !== undefined && names.has(where.lastQuoted)) return where.lastQuoted;
    return namedLastAlone(people, names, where);
  }
  const variants = people.people.filter(
    (p) => p.name.includes(' ') && spellingVariant(word, p.name.split(' ').at(-1) ?? ''),
  );
  return variants.length === 1 ? variants[0]?.name : undefined;
}

/** Whether more than one person of the text has `word` as surname ("Moss": Rita Moss and Dan Moss). */
export function sharedSurname(people: People, word: string): boolean {
  return people.people.filter((p) => p.name.split(' ').at(-1) === word).length > 1;
}

/** Of `names`, the one named last before `where.at`, if no other of them is named in the same sentence. */
function namedLastAlone(
  people: People,
  names: ReadonlySet<string>,
  where: SurnameContext,
): string | undefined {
  const before = people.mentions.filter((m) => m.start < where.at && names.has(m.name));
  const last = before.at(-1);
  if (last === undefined) return undefined;
  const sentence = where.sentenceOf(last.start);
  const rival = before.findLast((m) => m.name !== last.name);
  return rival !== undefined && where.sentenceOf(rival.start) === sentence ? undefined : last.name;
}
