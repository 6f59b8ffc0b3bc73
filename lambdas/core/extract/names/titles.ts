/** Titles of the people found: from words written just before the name, else from an appositive after it. */
import { isCapitalized, spaceGap, squash, type Token } from '../text';
import { appositiveAt } from './appositive';
import { type NameContext, phraseLen } from './context';
import type { PersonMention } from './types';

type Role = { title: string; affiliation?: string };

/** Title glue after which the next name is the title's object ("CEO of", "spokesman for"). */
const OBJECT_GLUE: ReadonlySet<string> = new Set(['of', 'for', 'to']);

/** Sets `title` and `affiliation` on each person mention (sorted by start) where the text gives them. */
export function assignTitles(ctx: NameContext, people: readonly PersonMention[]): void {
  const { tokens } = ctx;
  const owned = new Set<number>();
  let p = 0;
  for (const m of people) {
    while (p < tokens.length && (tokens[p] as Token).end <= m.start) p++;
    for (let q = p; q < tokens.length && (tokens[q] as Token).start < m.end; q++) owned.add(q);
  }
  p = 0;
  for (const m of people) {
    while (p < tokens.length && (tokens[p] as Token).start < m.start) p++;
    const chosen = titleBefore(ctx, p, owned) ?? appositiveAt(ctx, m.end) ?? titleBeforeComma(ctx, m.start);
    if (chosen !== null) {
      m.title = chosen.title;
      if (chosen.affiliation !== undefined) m.affiliation = chosen.affiliation;
    }
  }
}

/** "Pentagon press secretary Brig. Gen. Pat Ryder": the role written just before the name at token nameIdx. */
function titleBefore(ctx: NameContext, nameIdx: number, owned: ReadonlySet<number>): Role | null {
  const { body, tokens, words, titled, lex } = ctx;
  const walked = walkBackOverTitle(ctx, nameIdx, owned);
  let a = walked.from;
  let affiliation = walked.affiliation;
  while (a < nameIdx && lex.titleGlue.has(ctx.lower[a] ?? '')) a++;
  if (a >= nameIdx) return null;
  let z = nameIdx - 1;
  // "president and CEO of Kestrel Medical", "spokesman for Ada Vik": the name is whom the office serves, not its holder.
  if (OBJECT_GLUE.has(ctx.lower[z] ?? '')) return null;
  let hasHead = false;
  for (let q = a; q <= z; q++) {
    // "Then-President": the head may follow a hyphen.
    const parts = (ctx.lower[q] ?? '').split('-');
    if (titled[q] === true || parts.some((x) => lex.titleWords.has(x))) hasHead = true;
  }
  if (!hasHead) return null;
  // Keep the role, drop the trailing ranks.
  while (z > a && lex.honorifics.has(words[z] ?? '')) z--;
  if (z === a && /^(?:Mr|Mrs|Ms|Mx|Dr)\.?$/u.test(words[z] ?? '')) return null;
  const lead = phraseLen(ctx, lex.places, a) || phraseLen(ctx, lex.adjectives, a);
  const leadCountry = lead > 0 ? lex.country.get(words.slice(a, a + lead).join(' ')) : undefined;
  if (leadCountry !== undefined && a + lead <= z) {
    affiliation = leadCountry;
    a += lead;
  }
  const title = squash(body.slice((tokens[a] as Token).start, (tokens[z] as Token).end));
  return { title, affiliation };
}

/** The first token of the title words before the name, and the owner a possessive names ("China's"). */
function walkBackOverTitle(
  ctx: NameContext,
  nameIdx: number,
  owned: ReadonlySet<number>,
): { from: number; affiliation?: string } {
  const { body, tokens, sentenceOf, lex } = ctx;
  const sentence = sentenceOf[nameIdx];
  let a = nameIdx;
  for (let n = 0; n < 18 && a > 0; n++) {
    const prev = tokens[a - 1] as Token;
    const cur = tokens[a] as Token;
    if (sentenceOf[a - 1] !== sentence || owned.has(a - 1)) break;
    if (
      !spaceGap(body, prev.end, cur.start) &&
      !(prev.possessive && /^['\u2019]s[ \t]/u.test(body.slice(prev.end, cur.start)))
    ) {
      break;
    }
    const lower = prev.text.toLowerCase();
    if (prev.possessive) {
      return {
        from: a,
        affiliation: lex.country.get(prev.text) ?? lex.organization.get(prev.text) ?? prev.text,
      };
    }
    const ok =
      isCapitalized(prev.text) ||
      lex.titleWords.has(lower) ||
      lex.titleModifiers.has(lower) ||
      lex.titleGlue.has(lower);
    if (
      !ok ||
      (lex.common.has(lower) && !['the', 'and', 'of', 'for', 'to', 'top', 'senior', 'former'].includes(lower))
    )
      break;
    a--;
  }
  return { from: a };
}

/** "the Home Secretary, Suella Braverman" and "his Chinese counterpart, Li Shangfu": a role just before a comma. */
function titleBeforeComma(ctx: NameContext, start: number): Role | null {
  const { body, lex } = ctx;
  const m = /(?<!\w)(?:the|a|an|his|her|its|their)\s+([^,;.()"\u201C\u201D\n]{3,80}),\s*$/iu.exec(
    body.slice(Math.max(0, start - 90), start),
  );
  const phrase = m?.[1];
  if (phrase === undefined) return null;
  const ws = phrase.split(/\s+/u);
  const head = (ws[ws.length - 1] ?? '').toLowerCase();
  if (!lex.titleWords.has(head)) return null;
  const country = lex.country.get(ws[0] ?? '');
  return country === undefined ? { title: phrase } : { title: ws.slice(1).join(' '), affiliation: country };
}
