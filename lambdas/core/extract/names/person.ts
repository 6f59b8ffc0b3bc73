/** One name group of a run: whether it is a person's name, and on what cue. */

import { unicodePattern } from '../../unicode-pattern';
import { spaceGap, squash, type Token } from '../text';
import { appositiveAt } from './appositive';
import type { NameContext } from './context';
import { STANDING } from './descriptors';
import type { Found, Kind, PersonMention } from './types';

// Compiled once: a regex literal with \p{...} is built as a new RegExp at every call in the bundles.
const INITIALS_ONLY = /^(?:\p{Uppercase}\.)+$/u;
const LOWER_LETTER = /\p{Lowercase}/u;

/** "Minister of Agriculture, Forestry and": a title naming a list of portfolios, whose last item starts the next run. */
const PORTFOLIO_LIST = unicodePattern(
  String.raw`\b(?:of|for)\s+(?:\p{Uppercase}[\p{Alphabetic}\u2019'-]*\s+){0,2}(?:\p{Uppercase}[\p{Alphabetic}\u2019'-]*,\s+(?:\p{Uppercase}[\p{Alphabetic}\u2019'-]*\s+){0,2})+and\s+$`,
);
/** ", 63," and ", who": an age or a relative "who" after a name says it is a person's. */
const HUMAN_APPOSITIVE = /^,\s+(?:\d{1,3},|who\b)/u;
/** ", who have", "X are": a plural verb after a name, as British sports pages write after a club. */
const PLURAL_VERB_AFTER = /^(?:,\s+who)?\s+(?:are|were|have)\b/u;
const ONLY_WHO_AFTER = /^,\s+who\b/u;
const LETTER_AT = /\p{Alphabetic}/u;
const AND_BEFORE = /\band\s+$/u;

/** Tokens first..last of the run runStart..runEnd, whose words have the given kinds. */
export interface NameGroup {
  first: number;
  last: number;
  runStart: number;
  runEnd: number;
  kinds: readonly Kind[];
  /** Sentences in title case (headlines), where two capitalized words say nothing. */
  headlineLike: ReadonlySet<number>;
}

/**
 * Adds the group to `found`: a person when a cue says so (title, appositive, speech verb, or the shape of
 * two to four name words), a single when it is one word that coreference may still resolve. With `cued`, the
 * shape alone is not enough. Says whether a person was added.
 */
export function addName(ctx: NameContext, group: NameGroup, found: Found, cued = false): boolean {
  const { body, tokens, words } = ctx;
  const opening = tokens[group.first] as Token;
  // The run's first word closes a list of portfolios ("... Forestry and Fisheries Kenji Morimoto"): a title.
  const listed =
    group.first === group.runStart &&
    group.last - group.first >= 2 &&
    PORTFOLIO_LIST.test(body.slice(Math.max(0, opening.start - 120), opening.start));
  const first = listed ? group.first + 1 : group.first;
  const start = (tokens[first] as Token).start;
  const end = (tokens[group.last] as Token).end;
  const nameWords = words.slice(first, group.last + 1);
  // Initials alone ("A. B.") are not a name.
  if (nameWords.every((w) => INITIALS_ONLY.test(w))) return false;
  // Words all in capitals are datelines, section labels and bylines, not names in running text.
  if (nameWords.every((w) => !LOWER_LETTER.test(w))) return false;
  const cue = personCue(ctx, { ...group, first }, listed, nameWords);
  // A name that only its shape makes a person's is no person when its caller asks for a cue.
  if (cued && (cue === null || cue === 'shape')) return false;
  const before = tokens[first - 1];
  // "unveiled the Orbi Fold": a bare capitalized pair right after "the" names a thing; people take no article.
  if (
    cue === 'shape' &&
    first === group.runStart &&
    before !== undefined &&
    spaceGap(body, before.end, start) &&
    /^the$/iu.test(before.text)
  )
    return false;
  const mention: PersonMention = {
    start,
    end,
    name: withSuffix(squash(body.slice(start, end)), body.slice(end, end + 6)),
    words: nameWords,
    cue: cue ?? 'shape',
  };
  if (nameWords.length === 1 || cue === null || nameWords.length > 4) {
    if (nameWords.length === 1) found.singles.push(mention);
    // One word is a person only with a title or an appositive ("President Lula", "Ortega, the mayor,"):
    // before "said" it is as often a company ("Northwind said"); coreference still resolves surnames.
    // "eighth-seeded Olympic champion Ada Vik", "veteran Marxist leader Tomas Brel": a word right before a title
    // or a role qualifies that title, and the title before it belongs to the person named after.
    const qualifiesTitle = cue === 'title' && titleAfter(ctx, group.last);
    if (nameWords.length === 1 && (cue === 'title' || cue === 'appositive') && !qualifiesTitle)
      found.people.push(mention);
    return false;
  }
  found.people.push(mention);
  return true;
}

/** What says the group is a person: a title before it, an appositive, a speech verb, or its shape; null for none. */
function personCue(
  ctx: NameContext,
  group: NameGroup,
  listed: boolean,
  nameWords: readonly string[],
): PersonMention['cue'] | null {
  const { body, tokens, titled, sentenceOf, lex } = ctx;
  const { first, last, runStart, runEnd } = group;
  const start = (tokens[first] as Token).start;
  const end = (tokens[last] as Token).end;
  const before = tokens[first - 1];
  const beforeAdjacent = before !== undefined && spaceGap(body, before.end, start);
  const nextTok = tokens[last + 1];
  const nextAdjacent = nextTok !== undefined && spaceGap(body, end, nextTok.start);
  if (listed || titleHeadBefore(ctx, group)) return 'title';
  if (
    beforeAdjacent &&
    first === runStart &&
    (lex.titleWords.has(before.text.toLowerCase()) || titled[first - 1] === true)
  )
    return 'title';
  // "the winger Tomas Brel", "guitar legend Tomo Harrowgate", "Top-seeded Aurelio Tessandri": a role noun
  // or a player's seeding or ranking written just before the name.
  if (
    beforeAdjacent &&
    (STANDING.test(before.text) || (first === runStart && lex.roleNouns.has(before.text)))
  )
    return 'title';
  const after = body.slice(end, end + 12);
  if (
    appositiveAt(ctx, end) !== null ||
    (HUMAN_APPOSITIVE.test(after) &&
      !(nameWords.length === 1 && ONLY_WHO_AFTER.test(after) && writtenAsClub(ctx, nameWords[0] ?? '')))
  )
    return 'appositive';
  if (
    (nextAdjacent && last === runEnd && lex.speechVerbs.has(nextTok.text)) ||
    (beforeAdjacent && first === runStart && /^(?:said|says|added|according to)$/u.test(before.text))
  )
    return 'speech';
  if (nameWords.length < 2 || nameWords.length > 4 || group.headlineLike.has(sentenceOf[first] ?? -1))
    return null;
  return personContext(ctx, end) ? 'context' : 'shape';
}

/**
 * Whether the title words of the run just before the name hold a head ("Deputy Mayor", "Dr."); modifiers
 * alone ("Grand Slam", "White Sox", "National Day") describe a thing, not a person.
 */
function titleHeadBefore(ctx: NameContext, group: NameGroup): boolean {
  const { words, titled, lex } = ctx;
  let head = false;
  for (let q = group.first - 1; q >= group.runStart && group.kinds[q - group.runStart] === 'title'; q--) {
    const w = words[q] ?? '';
    const lower = w.toLowerCase();
    if (titled[q] === true || !lex.titleModifiers.has(lower) || lex.titleWords.has(lower)) head = true;
  }
  return head;
}

/** "Arlen Voss, Jr.": a generational suffix set off by a comma still belongs to the name. */
const SUFFIX_AFTER = /^,\s?(Jr|Sr)\.?(?!\p{Alphabetic})/u;

/** The name with the suffix written after its comma ("Arlen Voss Jr."), or the name as it is. */
function withSuffix(name: string, after: string): string {
  const suffix = SUFFIX_AFTER.exec(after)?.[1];
  return suffix === undefined ? name : `${name} ${suffix}.`;
}

/** "Tomas Brel (7-5)": a pitcher's or a player's record after the name, in sports reports. */
const RECORD_AFTER = /^\s*\(\d{1,2}-\d{1,2}\)/u;
/** "Oskar Lindqvaro of Sweden": a name followed by the country a competitor or a delegate comes from. */
const OF_PLACE_AFTER = unicodePattern(
  String.raw`^\s+of\s+(?:the\s+)?(\p{Uppercase}[\p{Alphabetic}.]*(?:\s+\p{Uppercase}[\p{Alphabetic}.]*)?)`,
);

/** What follows a name in the text says it is a person's: a sports record, or "of <Country>". */
function personContext(ctx: NameContext, end: number): boolean {
  const after = ctx.body.slice(end, end + 40);
  if (RECORD_AFTER.test(after)) return true;
  const place = OF_PLACE_AFTER.exec(after);
  if (place?.[1] === undefined) return false;
  return ctx.lex.country.has(place[1]) || ctx.lex.country.has(place[1].split(/\s+/u)[0] ?? '');
}

/** Whether the token after `last`, in the same run of text, is a title word or a role noun ("champion", "leader"). */
function titleAfter(ctx: NameContext, last: number): boolean {
  const { body, tokens, lex } = ctx;
  const end = (tokens[last] as Token).end;
  const next = tokens[last + 1];
  if (next === undefined || !spaceGap(body, end, next.start)) return false;
  return lex.titleWords.has(next.text.toLowerCase()) || lex.roleNouns.has(next.text);
}

/**
 * "Corven, who have won ...", "Corven are third", "Corven striker Ivo Brandt": a word the report writes with a
 * plural verb after it (never after "and", where two people are the subject) or before a club's role or a firm's
 * shares (the organization cues' words after a name). Then ", who" after it is a club's, not a person's.
 */
function writtenAsClub(ctx: NameContext, word: string): boolean {
  const { body, lex } = ctx;
  for (let at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + word.length)) {
    const end = at + word.length;
    if (LETTER_AT.test(body[end] ?? '') || LETTER_AT.test(body[at - 1] ?? '')) continue;
    const rest = body.slice(end, end + 30);
    if (lex.thingCues.organization.after.test(rest)) return true;
    if (PLURAL_VERB_AFTER.test(rest) && !AND_BEFORE.test(body.slice(Math.max(0, at - 5), at))) return true;
  }
  return false;
}
