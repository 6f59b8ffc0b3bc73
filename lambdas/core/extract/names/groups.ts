/** Turns a classified run into name groups: people, and organizations ending in a suffix word ("... Group"). */
import { isCapitalized, spaceGap, squash, type Token } from '../text';
import { type NameContext, phraseLen } from './context';
import { addName, type NameGroup } from './person';
import { type Found, FUNCTION_WORDS, type Kind, type OrgMention } from './types';

const GENERIC_BODIES =
  /^(?:[A-Z][a-z]+\s+)*(?:Ministry|Department|Office|Embassy|Consulate|Mission|Cabinet)$/u;

/** Adds the names (runs of name words, particles between) and suffix organizations of the run to `found`. */
export function collectGroups(
  ctx: NameContext,
  runStart: number,
  runEnd: number,
  kinds: readonly Kind[],
  headlineLike: ReadonlySet<number>,
  found: Found,
): void {
  let g = 0;
  while (g < kinds.length) {
    if (kinds[g] !== 'name') {
      g++;
      continue;
    }
    let h = g;
    for (;;) {
      let q = h + 1;
      while (kinds[q] === 'particle' && q < h + 4) q++;
      if (kinds[q] !== 'name') break;
      h = q;
    }
    const after = kinds[h + 1];
    const first = runStart + g;
    const last = runStart + h;
    g = h + 1;
    if (after === 'suffix' || after === 'notname' || after === 'org') {
      if (surnameIsThingWord(ctx, { first, last, runStart, runEnd, kinds, headlineLike }, found)) continue;
      if (after === 'suffix')
        found.organizations.push(orgEndingAt(ctx, runStart + kinds.lastIndexOf('suffix')));
      continue;
    }
    addName(ctx, { first, last, runStart, runEnd, kinds, headlineLike }, found);
  }
  const suffixAt = kinds.lastIndexOf('suffix');
  // "Interior Cabinet Secretary": an organization word inside a title names no organization.
  if (suffixAt >= 0 && !kinds.slice(0, suffixAt).includes('name') && kinds[suffixAt + 1] !== 'title') {
    found.organizations.push(orgEndingAt(ctx, runStart + suffixAt));
  }
}

// Compiled once: a regex literal with \p{...} is built as a new RegExp at every call in the bundles.
/** No letter, digit or name character right before a word: it stands alone, not inside a longer word. */
const ALONE_BEFORE = /(?:^|[^\p{L}\p{N}.'\u2019-])$/u;
/** A capitalized word or "the" before a word: it ends a longer name ("City Hall", "the Hall"). */
const NAME_OR_ARTICLE_BEFORE = /(?:\p{Uppercase}[\p{L}.'\u2019-]*|\bthe)\s+$/u;
/** A word that places something at what follows ("at", "outside"). */
const PLACED_BEFORE = /(?<![\p{L}])(?:in|at|near|outside|inside|from|to)\s+$/iu;
const WORD_AFTER = /^\s+(\p{Lowercase}+)/u;

/**
 * "Dana Hall of Utah said ... Hall said", "fourth seed Omar Courier": a given name of the hand list, then one word
 * that also ends names of places, papers or firms ("Hall", "Courier"), is a person's name when the text gives a cue
 * for it (a seeding or a lower-case role before, a speech verb or an appositive after) or writes that word alone
 * before a speech verb. Not "Royal Albert Hall said", not "Carla Tower was sold", not a name the text also places
 * something at ("a concert at Albert Hall"). Says whether it added the person.
 */
function surnameIsThingWord(ctx: NameContext, group: NameGroup, found: Found): boolean {
  const { first, last, runStart, kinds } = group;
  const thing = last + 1;
  if (
    first !== last ||
    first !== runStart ||
    thing - runStart !== kinds.length - 1 ||
    kinds[thing - runStart] === 'org'
  )
    return false;
  if (!ctx.lex.givenNames.has(ctx.words[first] ?? '')) return false;
  const name = squash(ctx.body.slice((ctx.tokens[first] as Token).start, (ctx.tokens[thing] as Token).end));
  if (placedSomewhere(ctx.body, name)) return false;
  const widened = { ...group, last: thing };
  return addName(ctx, widened, found, !speaksAlone(ctx, ctx.words[thing] ?? ''));
}

/** "at Albert Hall", "outside Ena Tower": the name written after a word that places something there names a place. */
function placedSomewhere(body: string, name: string): boolean {
  for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + name.length))
    if (PLACED_BEFORE.test(body.slice(Math.max(0, at - 12), at))) return true;
  return false;
}

/** Whether the body writes `word` alone, not after a name or "the", right before a speech verb ("Hall said"). */
function speaksAlone(ctx: NameContext, word: string): boolean {
  const { body, lex } = ctx;
  for (let at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + word.length)) {
    const before = body.slice(Math.max(0, at - 30), at);
    if (!ALONE_BEFORE.test(before) || NAME_OR_ARTICLE_BEFORE.test(before)) continue;
    const verb = WORD_AFTER.exec(body.slice(at + word.length, at + word.length + 20))?.[1];
    if (verb !== undefined && lex.speechVerbs.has(verb)) return true;
  }
  return false;
}

/** The organization whose last word is token `last`, with the country it belongs to when it opens with one. */
function orgEndingAt(ctx: NameContext, last: number): OrgMention {
  const { body, tokens, words, lex } = ctx;
  let first = orgStart(ctx, last);
  let affiliation: string | undefined;
  const lead = phraseLen(ctx, lex.adjectives, first) || phraseLen(ctx, lex.places, first);
  const rest = squash(
    body.slice((tokens[first + lead] ?? (tokens[last] as Token)).start, (tokens[last] as Token).end),
  );
  if (lead > 0 && first + lead <= last && GENERIC_BODIES.test(rest)) {
    affiliation = lex.country.get(words.slice(first, first + lead).join(' '));
    first += lead;
  }
  const prev = tokens[first - 1];
  if (affiliation === undefined && prev?.possessive === true) affiliation = lex.country.get(prev.text);
  const start = (tokens[first] as Token).start;
  const end = (tokens[last] as Token).end;
  return { start, end, name: squash(body.slice(start, end)), affiliation };
}

/** Walks back over capitalized words and "of/and/for" to take in "North American and Oceanian Affairs Department". */
function orgStart(ctx: NameContext, last: number): number {
  const { body, tokens, words } = ctx;
  let first = last;
  for (let n = 0; n < 8 && first > 0; n++) {
    const prev = tokens[first - 1] as Token;
    const cur = tokens[first] as Token;
    if (prev.possessive || !spaceGap(body, prev.end, cur.start)) break;
    if (isCapitalized(prev.text) && !FUNCTION_WORDS.has(prev.text.toLowerCase())) first--;
    else if (
      ['of', 'and', 'for', '&'].includes(prev.text) &&
      first - 1 > 0 &&
      isCapitalized(tokens[first - 2]?.text ?? '')
    ) {
      first--;
    } else break;
  }
  while (first < last && !isCapitalized(words[first] ?? '')) first++;
  return first;
}
