/**
 * Who a quotation's own sentence credits it to, as far as a quotation printed as "“…,” X said" may
 * rest on it. Each row names its kind of text with an in-house example that must match and one that
 * must not; one table test runs them all.
 */
import { citedOutlet, passedOn, spokenTo } from '../extract/spoken-to';
import { escapeRegex } from '../extract/text';
import type { Person } from '../model';
import type { TextPattern } from './patterns';

/** A name crediting speech outside the quotation marks: "Mayor Ana Ruiz told", "Berg said". */
export const NAMED_CREDIT: TextPattern = {
  kind: 'a name right before a speech verb, crediting what is said to that person',
  regex: /(?<![\p{L}'\u2019])(\p{Lu}[\p{L}'\u2019-]+)\s+(?:said|says|told|tells|added|asked|wrote)\b/gu,
  matches: 'Harbour master Tom Berg told the board after the vote that the quay was shut.',
  misses: 'The harbour board said after the vote that the quay was shut.',
};

/**
 * A quotation whose closing mark the source left out, so that its text runs into the writer's credit
 * (“We keep the quay open all winter, the two mayors said in a letter”): printed with a credit of
 * ours, it says the credit twice, once inside the marks.
 */
export const OWN_CREDIT: TextPattern = {
  kind: 'a quotation that ends with its own credit ("…, the two mayors said in a letter")',
  regex:
    /,\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[\p{L}.'\u2019-]+\s+){0,3}(?:said|says|added|told\s+[^,]{1,30}|wrote)(?:\s+(?:in|on|at|to|by)\s+(?:a|an|the|his|her|their)\s+[\p{L}-]+)?[.,]?$/u,
  matches: 'We keep the quay open all winter, the two mayors said in a letter',
  misses: 'I told him the quay stays open, and it stayed open',
};

/**
 * Whether text outside a quotation's marks credits speech to another person the report names
 * ("Prosecutor Ann Lee told reporters, where lawyer Bob Cray said …, “…”"): which of the two speaks
 * the quotation is then not sure. A title before the verb ("the Governor said") names no one else.
 */
export function creditsAnother(outside: string, speaker: string, people: Person[]): boolean {
  const own = new Set(speaker.split(/\s+/u));
  const others = new Set(
    people
      .filter((p) => p.name !== speaker)
      .flatMap((p) => [...p.name.split(/\s+/u), ...p.aliases])
      .filter((word) => !own.has(word)),
  );
  return [...outside.matchAll(NAMED_CREDIT.regex)].some(([, name]) => name !== undefined && others.has(name));
}

/** Whether a quotation's text ends with the writer's credit, its closing mark left out. */
export function carriesOwnCredit(quote: string): boolean {
  return OWN_CREDIT.regex.test(quote.trim());
}

/**
 * One person of a body crediting a quotation ("said an official at the port authority", "a
 * spokesman for the harbour board said"): the body did not say it, one of its people did. Group 1
 * is that person as the source words them; the body's name follows.
 */
export const MEMBER_CREDIT: TextPattern = {
  kind: 'one person of a body credited with a quotation, not the body itself',
  regex:
    /\b((?:an?|one|two|three|several|some)\s+(?:(?:senior|junior|chief|top|local|regional|spokesman|press|other)\s+)?(?:officials?|spokes(?:man|woman|person|men|women|people)|sources?|executives?|employees?|diplomats?|aides?|members?|representatives?|analysts?|traders?|dealers?)\s+(?:at|of|with|from|for|in)\s+)(?:the\s+)?\p{Lu}/u,
  matches: '," said an official at the Port Authority.',
  misses: '," the Port Authority said in a statement.',
};

/**
 * The person of the body a quotation's credit names instead of the body ("an official at the Port
 * Authority"), as the source words them; null when the credit names the body itself.
 */
export function memberCredit(outside: string, body: string): string | null {
  const found = outside.match(MEMBER_CREDIT.regex);
  if (!found?.[1] || found.index === undefined) return null;
  const rest = outside.slice(found.index + found[1].length);
  const named = rest.replace(/^the\s+/u, '');
  return named.startsWith(body) ? `${found[1]}${rest.slice(0, rest.length - named.length)}${body}` : null;
}

/**
 * Words right before a quotation that make it a name, not speech: a title or a topic ("a seminar on
 * ‘Safer Harbours for All’", "a report entitled “…”"). Printed as "“…,” X said" it would state that
 * someone said it.
 */
export const NAMING_BEFORE_QUOTE: TextPattern = {
  kind: 'a quotation that names a title or a topic, after "on", "entitled" or "called"',
  regex: /\b(?:on|about|entitled|titled|called|named|dubbed|themed|headlined)\s+[\u201C\u2018"']\s*$/u,
  matches: 'The board held a seminar on \u2018',
  misses: 'The harbour master said \u2018',
};

/** Whether the words before a quotation's opening mark make it a title or a topic (see NAMING_BEFORE_QUOTE). */
export function namesSomething(before: string): boolean {
  return NAMING_BEFORE_QUOTE.regex.test(before.trimStart());
}

/** A name written as a whole, not inside a longer word ("Berg", not "Bergen"). */
function standingAlone(name: string, flags: 'u' | 'gu'): RegExp {
  return new RegExp(`(?<![\\p{L}])${escapeRegex(name)}(?![\\p{L}])`, flags);
}

/**
 * Whether the sentence before a quotation credited to "he" or "she" names another person of the
 * report besides the speaker ("But now that Vela 4 is out, Berg believes …"): the pronoun may be theirs.
 */
export function pronounMayBeAnother(before: string, speaker: string, people: Person[]): boolean {
  const surname = speaker.trim().split(/\s+/u).at(-1) ?? speaker;
  return people
    .filter((p) => p.name !== speaker)
    .map((p) => p.name.split(/\s+/u).at(-1) ?? p.name)
    .some((name) => name !== surname && standingAlone(name, 'u').test(before));
}

/** A speech verb outside a quotation's marks: someone besides an outlet cited after "according to" spoke. */
const SPOKE = /\b(?:said|says|told|tells|added|asked|shouted|yelled|wrote|stated|declared|recalled)\b/u;

/**
 * Whether a quotation's credit names an outlet that reported the words rather than said them: one of the
 * item's own outlets, a body its source sentence names after "told" or "in an interview with" ("…, an
 * official told Reuters"), one that passed on another's words there ("…, the agency quoted a corporal as
 * saying"), or a news organization cited after "according to" in a sentence crediting someone else ("…,
 * police said, according to the Ledger"). `sentences` are the quotation's source sentences outside its marks.
 */
export function creditedToOutlet(
  speaker: string,
  sentences: readonly string[],
  outlets: readonly string[],
): boolean {
  const name = speaker.trim().replace(/^the\s+/iu, '');
  if (outlets.some((o) => o.trim().replace(/^the\s+/iu, '') === name)) return true;
  const named = standingAlone(name, 'gu');
  return sentences.some((s) =>
    [...s.matchAll(named)].some(
      (m) =>
        spokenTo(s, m.index, name, true) ||
        passedOn(s, m.index + m[0].length) ||
        (citedOutlet(s, m.index, name) && SPOKE.test(s)),
    ),
  );
}
