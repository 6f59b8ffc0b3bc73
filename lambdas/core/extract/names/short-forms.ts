/**
 * Organizations named again by the first words of their name before a speech verb. Business and agency copy
 * writes a firm's name in full once, then only its opening words: "Kestrel Lines Holdings AB said ... "...,"
 * Kestrel said". Such a short form before "said" speaks for the organization, not for no one. A first word that
 * is an everyday word, a place or a common word ("National", "China") is no short form: it names something else.
 */
import type { CompiledLexicon } from '../compile';
import { bigPlace } from './thing-cues';
import type { OrgMention } from './types';

const SPACES = /\s+/u;
const NAME_WORD = /^\p{Uppercase}[\p{L}\p{N}&'-]*$/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** The verb right after the short form: a space, then one word. */
const NEXT_WORD = /^\s+(\p{Lowercase}+)/u;
/** A capitalized word just before: the short form would be part of a longer name ("Ada Kestrel said"). */
const NAME_BEFORE = /\p{Uppercase}[\p{L}.'-]*\s+$/u;

/** Each later "<first words> said" of an organization named in full, as that organization. */
export function shortFormMentions(
  body: string,
  organizations: readonly OrgMention[],
  lex: CompiledLexicon,
): OrgMention[] {
  const out: OrgMention[] = [];
  const seen = new Set<string>();
  for (const o of organizations) {
    const words = o.name.split(SPACES);
    for (let n = words.length - 1; n >= 1; n--) {
      const short = words.slice(0, n).join(' ');
      if (seen.has(short) || !isShortForm(words.slice(0, n), lex)) continue;
      seen.add(short);
      for (let at = body.indexOf(short, o.end); at !== -1; at = body.indexOf(short, at + short.length)) {
        const end = at + short.length;
        if (WORD_CHAR.test(body[at - 1] ?? ' ') || WORD_CHAR.test(body[end] ?? ' ')) continue;
        const verb = NEXT_WORD.exec(body.slice(end, end + 20))?.[1];
        if (verb === undefined || !lex.speechVerbs.has(verb)) continue;
        if (NAME_BEFORE.test(body.slice(Math.max(0, at - 30), at))) continue;
        out.push({ start: at, end, name: o.name });
      }
    }
  }
  return out;
}

/** Opening words that can stand for the whole name: capitalized, and not one everyday word, common word or place ("China"). */
function isShortForm(words: readonly string[], lex: CompiledLexicon): boolean {
  if (!words.every((w) => NAME_WORD.test(w))) return false;
  if (words.length > 1) return true;
  const first = words[0] ?? '';
  const lower = first.toLowerCase();
  return (
    !lex.englishWords.has(lower) &&
    !lex.common.has(lower) &&
    !bigPlace(first, lex) &&
    !lex.country.has(first) &&
    !lex.city.has(first)
  );
}
