/**
 * Offices one person holds at a time, as reports name them beside their holder ("Interior
 * Secretary Ada Voss", "the club's general manager, Ben Ortiz"). Two accounts that name two
 * holders of one such office, and never each other's, tell of different times: the secretary
 * who issued a rule and the one who reversed it, the coach fired one year and the one fired
 * before him.
 */
import type { Article } from '../model';
import { entityKey } from './entity-key';

/**
 * The last word of a title (before any "of" phrase) that names an office with one holder at a
 * time, with a title it reads and one it does not (a role several people fill at once).
 */
export const SINGLE_HOLDER_OFFICES: readonly { head: string; example: string; notExample: string }[] = [
  { head: 'president', example: 'team president', notExample: 'club presidents' },
  { head: 'secretary', example: 'interior secretary', notExample: 'party secretaries' },
  { head: 'minister', example: 'foreign minister', notExample: 'cabinet ministers' },
  { head: 'premier', example: 'provincial premier', notExample: 'premier league' },
  { head: 'chancellor', example: 'university chancellor', notExample: 'chancellery staff' },
  { head: 'governor', example: 'central bank governor', notExample: 'board of governors' },
  { head: 'mayor', example: 'harbour town mayor', notExample: 'mayoral candidate' },
  { head: 'chairman', example: 'board chairman', notExample: 'chairmanship bid' },
  { head: 'chairwoman', example: 'committee chairwoman', notExample: 'committee chairwomen' },
  { head: 'ceo', example: 'airline ceo', notExample: 'airline ceos' },
  { head: 'coach', example: 'head coach', notExample: 'coaching staff' },
  { head: 'manager', example: 'general manager', notExample: 'store managers' },
  { head: 'commissioner', example: 'league commissioner', notExample: 'county commissioners' },
  { head: 'director', example: 'athletic director', notExample: 'board of directors' },
  { head: 'chief', example: 'fire chief', notExample: 'tribal chiefs' },
  { head: 'speaker', example: 'house speaker', notExample: 'keynote speakers' },
];

const HEADS: ReadonlySet<string> = new Set(SINGLE_HOLDER_OFFICES.map((row) => row.head));

/**
 * Title words that make it no current office of one holder: a past or future holder ("former",
 * "president-elect"), a stand-in ("acting", "interim"), or a rank several hold ("deputy",
 * "assistant", "vice").
 */
const NOT_ONE_CURRENT_HOLDER =
  /\b(?:former|ex|then|late|outgoing|incoming|acting|interim|elect|candidate|deputy|assistant|associate|vice)\b/u;

/** Titles longer than this are descriptions ("the director who shot the first film"), not offices. */
const MAX_TITLE_WORDS = 5;

/** Words a title's key leaves out: "the club's general manager" is the club general manager. */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** The key of an office a title names ("interior secretary"), or undefined when it names none. */
export function officeKey(title: string): string | undefined {
  const words = title
    .toLowerCase()
    .match(/[\p{L}\p{N}'-]+/gu)
    ?.map((word) => word.replace(/'s$/u, ''));
  if (!words || words.length < 2 || words.length > MAX_TITLE_WORDS) return undefined;
  if (NOT_ONE_CURRENT_HOLDER.test(words.join(' '))) return undefined;
  // "Secretary of the Interior" is the interior secretary: one key for both wordings.
  const ofAt = words.indexOf('of');
  const named = ofAt > 0 ? [...words.slice(ofAt + 1), ...words.slice(0, ofAt)] : words;
  const key = named.filter((word) => !ARTICLES.has(word));
  const head = key[key.length - 1];
  return key.length > 1 && head !== undefined && HEADS.has(head) ? key.join(' ') : undefined;
}

/** A title word of someone yet to take office: "President-elect", "the incoming governor". */
const ELECT = /^(?:elect|incoming)$/u;

/**
 * The office a title names with when its holder holds it: "president-elect" for one chosen but
 * not yet in office ("Democratic President-elect", "incoming president"), "president" for one in
 * office ("President", "Interior Secretary"), or undefined (no office of one holder, or a past or
 * acting holder). By the office's last word alone: an outlet writes "President" where another
 * writes "Democratic President-elect".
 */
export function tenureKey(title: string): string | undefined {
  const words = title
    .toLowerCase()
    .match(/[\p{L}\p{N}']+/gu)
    ?.map((word) => word.replace(/'s$/u, ''));
  if (!words || words.length > MAX_TITLE_WORDS) return undefined;
  const ofAt = words.indexOf('of');
  const named = ofAt > 0 ? words.slice(0, ofAt) : words;
  const rest = words.filter((word) => !ELECT.test(word));
  const head = named.filter((word) => !ELECT.test(word)).at(-1);
  // A past or acting holder, a deputy, or a title given in retrospect ("then-President-elect").
  if (head === undefined || !HEADS.has(head) || NOT_ONE_CURRENT_HOLDER.test(rest.join(' '))) return undefined;
  return rest.length < words.length ? `${head}-elect` : head;
}

/** The people an article names by an office they hold or are yet to take (`tenureKey`), by surname (`holderKey`). */
export function tenuresOf(article: Article): Record<string, string> {
  const tenures: Record<string, string> = {};
  for (const person of article.people) {
    const tenure = person.title === undefined ? undefined : tenureKey(person.title);
    const holder = holderKey(person.name);
    if (tenure !== undefined && holder !== '') tenures[holder] = tenure;
  }
  return tenures;
}

/** Generational suffixes that follow a surname ("Nick Rahall II"). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** The surname a holder is known by, with a generational suffix left off. */
export function holderKey(name: string): string {
  const words = entityKey(name, 'person').split('-');
  while (words.length > 1 && NAME_SUFFIXES.has(words[words.length - 1] ?? '')) words.pop();
  return words[words.length - 1] ?? '';
}

/** The offices an article names with their holder's name, the first holder it names for each. */
export function officesOf(article: Article): Record<string, string> {
  const offices: Record<string, string> = {};
  for (const person of article.people) {
    const office = person.title === undefined ? undefined : officeKey(person.title);
    if (office !== undefined) offices[office] ??= person.name;
  }
  return offices;
}
