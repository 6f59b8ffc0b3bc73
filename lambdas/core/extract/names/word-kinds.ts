/** Classifies each word of a capitalized run: known organizations, places and sides first, then single words. */
import type { CompiledLexicon } from '../compile';
import { isCapitalized, squash, type Token } from '../text';
import { type NameContext, phraseLen } from './context';
import { DESCRIPTOR_COMPOUND, STANDING } from './descriptors';
import type { Found, Kind, PlaceMention } from './types';

// Compiled once: a regex literal with \p{...} is built as a new RegExp at every call in the bundles.
const FORMER_TITLE = /^(?:then|ex|former)-\p{Alphabetic}/u;
const ELECT_TITLE = /\p{Alphabetic}-elect$/u;
const HAS_DIGIT = /\d/u;

/**
 * The kind of every word of the run i..j; known phrases are added to `found` as they are read.
 * A known phrase may run past j ("Bosnia and Herzegovina"), so the run's real end comes back too.
 */
export function classifyRun(
  ctx: NameContext,
  i: number,
  j: number,
  found: Found,
): { kinds: Kind[]; end: number } {
  const kinds: Kind[] = [];
  let end = j;
  let k = i;
  let seenName = false;
  while (k <= end) {
    const phrase = knownPhrase(ctx, k, end, seenName, kinds, found);
    end = Math.max(end, phrase.end);
    if (phrase.length > 0) {
      k += phrase.length;
      continue;
    }
    const afterTitles = kinds.length > 0 && kinds.every((x) => x === 'title');
    const kind = wordKind(ctx, k, i, end, seenName, afterTitles);
    if (kind === 'name') seenName = true;
    kinds.push(kind);
    k++;
  }
  fixSurnames(kinds, ctx.words, i);
  return { kinds, end };
}

/**
 * A known organization, place, "Fort"/"San" place or side adjective at token k: adds it to `found`,
 * pushes its kinds and returns how many tokens it took (0 when none) and how far the run now reaches.
 */
function knownPhrase(
  ctx: NameContext,
  k: number,
  j: number,
  seenName: boolean,
  kinds: Kind[],
  found: Found,
): { length: number; end: number } {
  const { body, tokens, words, lex } = ctx;
  const orgLen = phraseLen(ctx, lex.organizations, k);
  const knownLen = phraseLen(ctx, lex.places, k);
  const placeLen = townLength(ctx, k, j, knownLen);
  const adjLen = Math.min(phraseLen(ctx, lex.adjectives, k), j - k + 1);
  const end = Math.max(j, k + Math.max(orgLen, placeLen) - 1);
  const tok = tokens[k] as Token;
  const take = (length: number, kind: Kind): { length: number; end: number } => {
    for (let n = 0; n < length; n++) kinds.push(kind);
    return { length, end };
  };
  const vesselLen = vesselLength(ctx, k, j);
  if (vesselLen > 0) {
    const last = tokens[k + vesselLen - 1] as Token;
    found.organizations.push({
      start: tok.start,
      end: last.end,
      name: squash(body.slice(tok.start, last.end)),
    });
    return take(vesselLen, 'org');
  }
  if (orgLen > 0 && orgLen >= placeLen) {
    const last = tokens[k + orgLen - 1] as Token;
    const name = squash(body.slice(tok.start, last.end));
    found.organizations.push({ start: tok.start, end: last.end, name: lex.organization.get(name) ?? name });
    return take(orgLen, 'org');
  }
  if (placeLen > 0 && !(seenName && placeLen === 1 && kinds[kinds.length - 1] === 'name')) {
    const last = tokens[k + placeLen - 1] as Token;
    const name = squash(body.slice(tok.start, last.end));
    found.places.push(
      placeLen > knownLen
        ? { start: tok.start, end: last.end, name, kind: 'city' }
        : placeOf(name, tok.start, last.end, lex),
    );
    return take(placeLen, 'place');
  }
  const w = words[k] ?? '';
  const lastIdx =
    lex.placePrefixes.has(w) && !seenName && k < end && isCapitalized(words[k + 1] ?? '')
      ? prefixedPlaceEnd(ctx, k, end)
      : -1;
  if (lastIdx >= 0 && prefixedPlace(ctx, k, lastIdx)) {
    const last = tokens[lastIdx] as Token;
    found.places.push({
      start: tok.start,
      end: last.end,
      name: squash(body.slice(tok.start, last.end)),
      kind: 'city',
    });
    return take(lastIdx - k + 1, 'place');
  }
  // Unplaced, "New Harmony" or "Rio Verde" names a party, a paper or a firm, no person; "Glen Varrow" may be one.
  if (lastIdx >= 0 && !lex.givenNames.has(w) && !lex.listedGivenNames.has(w))
    return take(lastIdx - k + 1, 'common');
  if (adjLen > 0 && !seenName) {
    const last = tokens[k + adjLen - 1] as Token;
    const text = squash(body.slice(tok.start, last.end));
    const country = lex.country.get(text);
    found.sides.push({ start: tok.start, end: last.end, country });
    // "U.S. officials", "in the U.K.", "U.S. President X": a country's dotted initials name the country
    // itself, unlike a demonym ("American officials"), unless they open a longer name ("U.S. Open").
    if (country !== undefined && DOTTED_INITIALS.test(text) && !opensName(ctx, k + adjLen))
      found.places.push({ start: tok.start, end: last.end, name: country, kind: 'country', country });
    return take(adjLen, 'adj');
  }
  return { length: 0, end };
}

/** A country written as dotted capital initials: "U.S.", "U.K." (not "US", which is also a word). */
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,}$/u;

/** Whether token k is a capitalized word other than a title: "U.S. Open", "U.K. Treasury". */
function opensName(ctx: NameContext, k: number): boolean {
  const w = ctx.words[k] ?? '';
  return isCapitalized(w) && !ctx.lex.titleWords.has(ctx.lower[k] ?? '') && !ctx.lex.honorifics.has(w);
}

/** Words after a known place that may still belong to a town's name ("Salt Lake City" has three). */
const TOWN_TAIL_WORDS = 2;

/**
 * "Kansas City", "Jersey City", "Virginia Beach": a known place followed, in the same capitalized
 * run, by words that make with it the name of a town of the gazetteer is that town, not the state,
 * island or country its name starts with. Returns the place's length in tokens.
 */
function townLength(ctx: NameContext, k: number, j: number, placeLen: number): number {
  const { body, tokens, lex } = ctx;
  if (placeLen === 0 || lex.gazetteer === undefined) return placeLen;
  const first = tokens[k] as Token;
  for (let n = Math.min(j - k + 1, placeLen + TOWN_TAIL_WORDS); n > placeLen; n--) {
    const last = tokens[k + n - 1] as Token;
    if (lex.gazetteer.town(squash(body.slice(first.start, last.end))) !== undefined) return n;
  }
  return placeLen;
}

/**
 * "INS Kaveri", "MV Orla Star": a ship's prefix and the one or two capitalized words of its name,
 * in tokens (0: none). Without it the prefix reads as a given name and the ship as a person.
 */
function vesselLength(ctx: NameContext, k: number, j: number): number {
  const { words, lex } = ctx;
  if (!lex.vesselPrefixes.has(words[k] ?? '') || k >= j || !isCapitalized(words[k + 1] ?? '')) return 0;
  const third = words[k + 2] ?? '';
  const longer =
    k + 2 <= j && isCapitalized(third) && !lex.orgSuffixes.has(third) && !lex.notNameWords.has(third);
  return longer ? 3 : 2;
}

/** "Fort Myers", "San Mateo": a place prefix and the one or two names after it. */
function prefixedPlaceEnd(ctx: NameContext, k: number, j: number): number {
  const { words, lex } = ctx;
  const last = k + 1;
  const third = words[last + 1] ?? '';
  if (
    last < j &&
    isCapitalized(third) &&
    !lex.notNameWords.has(third) &&
    !lex.orgSuffixes.has(third) &&
    !lex.titleWords.has(ctx.lower[last + 1] ?? '') &&
    phraseLen(ctx, lex.places, last + 1) === 0
  ) {
    return last + 1;
  }
  return last;
}

/** A preposition right before a name that places something there ("in", "near", "from"). */
const PLACING_WORD = /(?<!\w)(?:in|at|near|outside|from)\s+$/iu;

/**
 * Whether "New Democracy", "Santa Maria" or "Fort Myers" (a place prefix and the names after it, k..last) is a
 * place: the gazetteer knows it as a town, a state or a country, or a preposition places it ("in Lake Ardmore").
 * A prefix opens parties, papers and people too ("New Scientist", "Glen Hoddle").
 */
function prefixedPlace(ctx: NameContext, k: number, last: number): boolean {
  const { body, tokens, lex } = ctx;
  const start = (tokens[k] as Token).start;
  const name = squash(body.slice(start, (tokens[last] as Token).end));
  return (
    lex.country.has(name) ||
    lex.gazetteer?.town(name) !== undefined ||
    lex.gazetteer?.division(name) !== undefined ||
    PLACING_WORD.test(body.slice(Math.max(0, start - 12), start))
  );
}

/** The kind of a single word k of the run i..end. */
function wordKind(
  ctx: NameContext,
  k: number,
  i: number,
  end: number,
  seenName: boolean,
  afterTitles: boolean,
): Kind {
  const { words, titled, lex } = ctx;
  const w = words[k] ?? '';
  const lower = ctx.lower[k] ?? '';
  // Asked of every word of a run: the patterns of hyphenated words ("ex-", "-elect", "-born") need a hyphen.
  const hyphened = w.includes('-');
  // "Nichols Saturday": a weekday ends a name before it; a month may be a surname ("May"), and one that is
  // also a given name opens a name when one follows it ("Jan Lindqvist").
  const givenName = lex.givenNames.has(w) && k < end;
  // "Nov 12": a month before a number is a date wherever it stands.
  const dated = startsWithDigit(words[k + 1] ?? '');
  if ((lex.month.has(lower) && ((!seenName && !givenName) || dated)) || lex.weekday.has(lower)) return 'time';
  if (k === i && opensWithRole(ctx, k, end)) return 'title';
  // "Senior Trooper Dale Ambroz": a role noun after title words, before a name, is part of the title.
  if (afterTitles && end - k >= 2 && lex.roleNouns.has(lower)) return 'title';
  // "the fifth-seeded Dutchman": a nationality noun alone is no name.
  if (lex.roleNouns.get(lower) === 'always') return 'common';
  if (lex.orgSuffixes.has(w) && k > i) return 'suffix';
  if (titled[k] === true) return 'title';
  if (lex.notNameWords.has(w)) return 'notname';
  // "Dean Harlowe scored twice", "Sultan Brekov won on points": a title word that is also a given name of the
  // hand list, opening a run of two words, is the person's given name (a title takes a full name or "of").
  if (givenName && k === i && end === k + 1 && lex.titleWords.has(lower)) return 'name';
  if (
    lex.honorifics.has(w) ||
    lex.titleWords.has(lower) ||
    lex.titleModifiers.has(lower) ||
    (hyphened && (FORMER_TITLE.test(lower) || hyphenatedTitle(lower, lex) || ELECT_TITLE.test(lower)))
  )
    return 'title';
  if (lex.particles.has(w)) return 'particle';
  if (
    lex.common.has(lower) ||
    (k === i && startsWithDigit(w)) ||
    // "AK-47 rifles", "F-16": a word with a digit in it names a model or a code, never a person.
    HAS_DIGIT.test(w) ||
    (hyphened && DESCRIPTOR_COMPOUND.test(w)) ||
    // "unseeded" and "unranked" are the standings without a hyphen, eight characters however they are cased.
    ((hyphened || w.length === 8) && STANDING.test(w))
  )
    return 'common';
  return 'name';
}

/** `/^\d/u.test(word)`, read without a regex: wordKind asks it of every word of a run and the word after. */
function startsWithDigit(word: string): boolean {
  const first = word.charCodeAt(0);
  return first >= 48 && first <= 57;
}

/** "Undersecretary-General", "Attorney-General": a title written with a hyphen, every part a title word. */
function hyphenatedTitle(lower: string, lex: CompiledLexicon): boolean {
  if (!lower.includes('-')) return false;
  const parts = lower.split('-');
  return (
    parts.some((p) => lex.titleWords.has(p)) &&
    parts.every((p) => lex.titleWords.has(p) || lex.titleModifiers.has(p))
  );
}

/**
 * "Reliever Dorin Vasquelo", "Swede Lennart Aaberg": a role noun opening a run of two or more names
 * describes the person (a nationality noun anywhere, other roles where the sentence starts).
 */
function opensWithRole(ctx: NameContext, k: number, end: number): boolean {
  const opening = ctx.lex.roleNouns.get(ctx.lower[k] ?? '');
  if (opening === undefined || end - k < 2) return false;
  return opening === 'always' || k === 0 || ctx.sentenceOf[k - 1] !== ctx.sentenceOf[k];
}

/**
 * A title word after a name with no name after it is a surname ("John Major", "Martin Luther King");
 * a short common word between a title and a name is a surname too ("Vice Premier He Lifeng").
 */
function fixSurnames(kinds: Kind[], words: readonly string[], i: number): void {
  for (let q = kinds.length - 1; q >= 0 && kinds[q] !== 'name'; q--) {
    if (kinds[q] === 'title' && kinds.slice(0, q).includes('name') && kinds[q - 1] === 'name')
      kinds[q] = 'name';
  }
  for (let q = 1; q + 1 < kinds.length; q++) {
    if (
      kinds[q] === 'common' &&
      kinds[q - 1] === 'title' &&
      kinds[q + 1] === 'name' &&
      (words[i + q] ?? '').length <= 3
    ) {
      kinds[q] = 'name';
    }
  }
}

function placeOf(name: string, start: number, end: number, lex: CompiledLexicon): PlaceMention {
  const country = lex.country.get(name);
  if (country !== undefined) return { start, end, name: country, kind: 'country', country };
  const city = lex.city.get(name);
  if (city !== undefined) return { start, end, name, kind: 'city', country: city };
  return { start, end, name, kind: 'region' };
}
