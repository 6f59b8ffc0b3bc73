/**
 * Organizations named again by the initials the text defines for them. Wire copy writes a body's name in full
 * once, its initials in brackets after it, and the initials alone from then on: "the Harbour Workers Union (HWU)
 * ... the HWU said". Each later mention of the initials is that organization, so a quote the initials speak is
 * the organization's, not unattributed.
 */
import type { OrgMention } from './types';

/** "(HWU)" right after a name: two to eight capitals, an "&" among them ("(P&O)"). */
export const DEFINED_INITIALS = /^\s*\(([A-Z][A-Z&]{1,7})\)/u;
// Compiled once: a regex literal with \p{...} is built as a new RegExp at every call in the bundles.
const CAPITAL = /\p{Uppercase}/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const TITLE_CASE_WORD = /^\p{Uppercase}\p{Lowercase}/u;
const SPACES = /\s+/u;
/** Words initials skip. */
const SMALL_WORDS: ReadonlySet<string> = new Set(['and', 'of', 'for', 'the']);

/**
 * The mentions of each acronym after the organization it stands for, named as that organization: initials defined
 * in brackets after the name, or (trade and industry bodies named in full once, their initials later with no
 * brackets: "the Timber Dealers Association reported ... the TDA said") exactly the capitals of the name.
 */
export function acronymMentions(body: string, organizations: readonly OrgMention[]): OrgMention[] {
  const out: OrgMention[] = [];
  const defined = new Set<string>();
  const add = (o: OrgMention, letters: string, after: number): void => {
    defined.add(letters);
    for (const at of standalone(body, letters, after))
      out.push({ start: at, end: at + letters.length, name: o.name });
  };
  for (const o of organizations) {
    const m = DEFINED_INITIALS.exec(body.slice(o.end, o.end + 12));
    const letters = m?.[1];
    if (m === null || letters === undefined || defined.has(letters) || !initialsOf(o.name, letters)) continue;
    add(o, letters, o.end + m[0].length);
  }
  for (const o of organizations) {
    const letters = exactInitials(o.name);
    if (letters !== undefined && !defined.has(letters)) add(o, letters, o.end);
  }
  return out;
}

/** "TDA" for "Timber Dealers Association": the capitals of a name of three or more capitalized words, every one. */
function exactInitials(name: string): string | undefined {
  const words = name.split(SPACES).filter((w) => !SMALL_WORDS.has(w));
  if (words.length < 3 || words.some((w) => !TITLE_CASE_WORD.test(w))) return undefined;
  return words.map((w) => w[0]).join('');
}

/**
 * Whether `letters` are initials of `name`: they start with its first capital and are, in order, among its capitals
 * ("Reserve Bank of Australia" -> "RBA"). Initials of a name in another language ("FARC" for an English name)
 * are not checked letter by letter and are left out.
 */
export function initialsOf(name: string, letters: string): boolean {
  const capitals = (name.match(CAPITAL) ?? []).join('');
  const wanted = letters.replaceAll('&', '');
  if (capitals[0] !== wanted[0]) return false;
  let i = 0;
  for (const c of capitals) if (c === wanted[i]) i++;
  return i === wanted.length;
}

/** Offsets of `word` standing alone (not inside a longer word) in `body`, from `from` on. */
function standalone(body: string, word: string, from: number): number[] {
  const at: number[] = [];
  for (let i = body.indexOf(word, from); i !== -1; i = body.indexOf(word, i + word.length)) {
    const before = body[i - 1] ?? ' ';
    const after = body[i + word.length] ?? ' ';
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) at.push(i);
  }
  return at;
}
