/** Organizations built on "of": "Ministry of Foreign Affairs", "National Institute of Allergy and Infectious Diseases". */
import { isCapitalized, squash, type Token } from '../text';
import { gapOk, type NameContext, phraseLen } from './context';
import { type Found, FUNCTION_WORDS } from './types';

/** Adds every "<Prefix|Suffix> of <Names>" organization to `found`; returns the tokens they cover. */
export function ofOrganizations(ctx: NameContext, found: Found): boolean[] {
  const { tokens, words, lex } = ctx;
  const used = new Array<boolean>(tokens.length).fill(false);
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (!opensOfName(ctx, k)) continue;
    const end = ofNameEnd(ctx, k + 2);
    let start = k;
    while (
      start > 0 &&
      gapOk(ctx, start - 1) &&
      isCapitalized(words[start - 1] ?? '') &&
      !FUNCTION_WORDS.has(ctx.lower[start - 1] ?? '') &&
      k - start < 4
    ) {
      start--;
    }
    const a = tokens[start] as Token;
    const b = tokens[end] as Token;
    const name = squash(ctx.body.slice(a.start, b.end));
    found.organizations.push({ start: a.start, end: b.end, name: lex.organization.get(name) ?? name });
    for (let n = start; n <= end; n++) used[n] = true;
    k = end;
  }
  return used;
}

/** "Ministry of", "Institute of", "Committee on": an organization word, "of" (or "on"), a capitalized object. */
function opensOfName(ctx: NameContext, k: number): boolean {
  const { words, lex } = ctx;
  const w = words[k] ?? '';
  const next = words[k + 1];
  // The word after first: it is tried at every token, and "of" or "on" follows few of them.
  if (
    (next !== 'of' && next !== 'on') ||
    !(lex.orgPrefixes.has(w) || lex.orgSuffixes.has(w)) ||
    (next === 'on' && !lex.orgPrefixes.has(w)) ||
    !gapOk(ctx, k) ||
    !gapOk(ctx, k + 1)
  )
    return false;
  const object = ctx.lower[k + 2] ?? '';
  return !(
    lex.weekday.has(object) ||
    lex.month.has(object) ||
    !isCapitalized(words[k + 2] ?? '') ||
    (phraseLen(ctx, lex.places, k + 2) > 0 && !isCapitalized(words[k + 3] ?? ''))
  );
}

/** The last token of the object: capitalized words, joined by "of/and/for/the/&" (never "of <Place>"). */
function ofNameEnd(ctx: NameContext, from: number): number {
  const { tokens, words, lex } = ctx;
  let end = from;
  for (let n = 0; n < 10 && end + 1 < tokens.length && gapOk(ctx, end); n++) {
    const next = words[end + 1] ?? '';
    if (isCapitalized(next)) end++;
    else if (
      ['of', 'and', 'for', 'the', '&'].includes(next) &&
      gapOk(ctx, end + 1) &&
      isCapitalized(words[end + 2] ?? '') &&
      !(next === 'of' && phraseLen(ctx, lex.places, end + 2) > 0)
    )
      end += 2;
    else break;
  }
  return end;
}
