/** Turns a classified run into name groups: people, and organizations ending in a suffix word ("... Group"). */
import { isCapitalized, spaceGap, squash, type Token } from '../text';
import { type NameContext, phraseLen } from './context';
import { addName } from './person';
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
