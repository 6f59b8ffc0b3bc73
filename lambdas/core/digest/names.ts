/**
 * A person a sentence names by surname only ("DiLeo played ten seasons in Germany"), whom the item
 * has not yet named in full, is named in full at that first mention: the report's sentence naming
 * them is cited, so the verifier finds the name. Only a mention the extractor linked to that person,
 * outside quotation marks and not already after a first name or title, is written out.
 */
import type { Article, Person } from '../model';
import { ENGLISH_FUNCTION_WORDS } from './input-lexicon';
import type { TextPattern } from './patterns';

/** The sentence's text written with full names, and the sentences of the report naming them. */
export interface Introduced {
  text: string;
  naming: number[];
}

/** What quotation marks hold: a speaker's words are never rewritten. */
const QUOTED = /\u201C[^\u201D]*\u201D?|"[^"]*"?/gu;
/**
 * Right before the short form, a capitalized word (a first name, a title, "Gov."): it is named as the
 * writer chose; or an article: the name stands for an era or a side ("the Bush administration").
 */
const NAMED_BEFORE = /(?:\p{Uppercase}[\p{Alphabetic}.'\u2019-]*|\b(?:the|a|an))\s+$/u;

/**
 * A surname used as a modifier, before a noun of what is named after a person ("a Bush
 * administration rule", "the Obama years"): it names an era or a side, not the person.
 */
export const SURNAME_AS_MODIFIER: TextPattern = {
  kind: 'a surname before a noun of what is named after a person: an era or a side, not the person',
  regex:
    /^\s+(?:administration|administrations|era|years|presidency|government|cabinet|policy|policies|campaign|camp|family|doctrine|regime|rule|rules|White House)\b/u,
  matches: ' administration rule that the harbour board opposed',
  misses: ' said the harbour board opposed the rule',
};

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function wordAt(short: string): RegExp {
  return new RegExp(`(?<![\\p{Alphabetic}'\u2019-])${escaped(short)}(?![\\p{Alphabetic}-])`, 'gu');
}

/** The short form the report uses for this person in this sentence, when every use of it there is theirs. */
function shortFormIn(article: Article, sentence: number, person: Person): string | null {
  const own = person.mentions.filter((m) => m.sentence === sentence);
  const forms = new Set(own.map((m) => article.text.slice(m.start, m.end)));
  const [short] = [...forms].filter((f) => f !== person.name && person.name.endsWith(` ${f}`));
  const text = article.sentences[sentence]?.text ?? '';
  if (!short) return null;
  const uses = [...text.matchAll(wordAt(short))].length;
  const linked = own.filter((m) => article.text.slice(m.start, m.end) === short).length;
  return uses === linked ? short : null;
}

/** Where the short form first stands in the text outside quotation marks with no name before it, or -1. */
function firstBareUse(text: string, short: string): number {
  const quoted = [...text.matchAll(QUOTED)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
  const at = [...text.matchAll(wordAt(short))].map((m) => m.index ?? 0);
  const first = at.find((i) => !quoted.some(([from, to]) => i >= (from ?? 0) && i < (to ?? 0)));
  if (first === undefined || NAMED_BEFORE.test(text.slice(0, first))) return -1;
  return SURNAME_AS_MODIFIER.regex.test(text.slice(first + short.length)) ? -1 : first;
}

/**
 * The text with each person it names by surname only, in the report's sentence `sentence`, named
 * in full where the item (`told`) has not named them yet; unchanged when none is.
 */
export function introducePeople(text: string, article: Article, sentence: number, told: string): Introduced {
  let written = text;
  const naming: number[] = [];
  for (const person of article.people) {
    if (`${told} ${written}`.includes(person.name)) continue;
    const short = shortFormIn(article, sentence, person);
    const full = person.mentions.find((m) => article.text.slice(m.start, m.end) === person.name);
    const at = short ? firstBareUse(written, short) : -1;
    if (!short || !full || at < 0) continue;
    written = `${written.slice(0, at)}${person.name}${written.slice(at + short.length)}`;
    if (full.sentence !== sentence && !naming.includes(full.sentence)) naming.push(full.sentence);
  }
  return { text: written, naming };
}

/**
 * A name the sentence itself says who it is: an appositive after it ("Vik, the harbour master,",
 * "Vik, once Berg's rival,") or a role word before it ("skipper Vik").
 */
export const DESCRIBED_NAME: TextPattern = {
  kind: 'a name its own sentence describes: an appositive after it or a role word before it',
  regex:
    /^,\s+(?:the|a|an|once|now|then|who|whose|formerly|himself|herself|\p{Ll}[\p{Ll}-]+\s+(?:of|to|for|at|with|in)\b)/u,
  matches: ', the harbour master of Kessel, sailed on Friday.',
  misses: ' sailed ten seasons in the north.',
};

/** Before a sentence's subject: nothing, or an opening phrase and its comma ("In 2019, ", "Last night, "). */
const SUBJECT_POSITION = /^(?:[^,]{1,40},\s+)?$/u;

/**
 * Whether the name at `at` (of length `length`) is the sentence's subject and the sentence does not
 * say who they are (see DESCRIBED_NAME): a name further in ("launched by Ada Vik") only modifies.
 */
export function undescribedSubject(text: string, at: number, length: number): boolean {
  return SUBJECT_POSITION.test(text.slice(0, at)) && !describedAt(text, at, length);
}

/** Whether the sentence says who the name at `at` (of length `length`) is (see DESCRIBED_NAME). */
function describedAt(text: string, at: number, length: number): boolean {
  const before = /(\p{Ll}{3,})\s+$/u.exec(text.slice(0, at))?.[1];
  return (
    DESCRIBED_NAME.regex.test(text.slice(at + length)) ||
    (before !== undefined && !ENGLISH_FUNCTION_WORDS.has(before) && !/(?:ed|ly)$/u.test(before))
  );
}

/**
 * Whether the sentence's subject is a person named by surname only, of whom it says nothing, whom `told`
 * (what the reader has read) never names and whom the report introduced in another sentence ("DiLeo
 * played ten seasons in Germany" after a sentence the item does not print): written out in full, the
 * name still tells the reader nothing of who they are in the story.
 */
export function introducedElsewhere(text: string, article: Article, sentence: number, told: string): boolean {
  return article.people.some((person) => {
    const surname = person.name.split(/\s+/u).at(-1) ?? person.name;
    if (told.includes(person.name) || told.includes(surname) || text.includes(person.name)) return false;
    const short = shortFormIn(article, sentence, person);
    const at = short ? firstBareUse(text, short) : -1;
    const full = person.mentions.some((m) => article.text.slice(m.start, m.end) === person.name);
    return short !== null && at >= 0 && full && undescribedSubject(text, at, short.length);
  });
}
