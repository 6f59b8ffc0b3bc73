/**
 * Teams named by a plural after "the" ("the Angels have offered", "the Boston Red Sox", "the All Blacks"):
 * organizations, not people. Sports pages name clubs so; a people ("the Serbs"), a place ("the Netherlands"),
 * a contest or a faith ("the Olympics", "the Catholics") and a family ("the Kennedys" beside "Joe Kennedy") are
 * written the same way and are left out, as is a plural whose singular the text also writes as a word of its own
 * ("the Chechens" beside "Chechen rebels": a people named by its adjective). A shorter plural the text also writes ("the Sox", "the Red Sox")
 * is named as the one longer team it ends ("Boston Red Sox").
 */
import { isCapitalized, squash, type Token } from '../text';
import { gapOk, type NameContext, phraseLen } from './context';
import { runEnd } from './runs';
import { peoplePlural } from './thing-cues';
import type { Found, OrgMention } from './types';

// Compiled once: a regex literal with \p{...} is built as a new RegExp at every call in the bundles.
/** A plural in "-s", or the "-x" of clubs named by a plural ("Sox"). */
const PLURAL_WORD = /^\p{Uppercase}[\p{Alphabetic}.'-]*\p{Lowercase}[sx]$/u;
const CAPITALS_ONLY = /^[^\p{Lowercase}]+$/u;

/** Adds each team the text names by "the <plural>" to `found.organizations`, under its longest name. */
export function teams(
  ctx: NameContext,
  consumed: readonly boolean[],
  headlineLike: ReadonlySet<number>,
  found: Found,
): void {
  const { tokens, lower, sentenceOf } = ctx;
  // Built at the first "the <Capitalized>" run, like `written`: most reports have none.
  let surnames: ReadonlySet<string> | undefined;
  const surname = (word: string): boolean => {
    surnames ??= new Set(found.people.flatMap((p) => p.words));
    return surnames.has(word);
  };
  let written: ReadonlySet<string> | undefined;
  const writes = (word: string): boolean => {
    written ??= new Set(ctx.words);
    return written.has(word);
  };
  const named: OrgMention[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (lower[i] !== 'the' || headlineLike.has(sentenceOf[i] ?? -1)) continue;
    const first = i + 1;
    if (consumed[first] === true || !isCapitalized(tokens[first]?.text ?? '') || !gapOk(ctx, i)) continue;
    const last = runEnd(ctx, first, consumed);
    if (isTeam(ctx, first, last, surname) && !writes(singular(ctx.words[last] ?? ''))) {
      const start = (tokens[first] as Token).start;
      const end = (tokens[last] as Token).end;
      named.push({ start, end, name: squash(ctx.body.slice(start, end)) });
    }
    i = last;
  }
  for (const t of named) found.organizations.push({ ...t, name: longestForm(t.name, named) });
}

/** "Chechens" -> "Chechen"; "" for a name in "-x" ("Sox"), which has no singular to find ("So" opens sentences). */
function singular(plural: string): string {
  return plural.endsWith('s') ? plural.slice(0, -1) : '';
}

/** Whether the run first..last is a team's name by its words (see the module comment for what is left out). */
function isTeam(ctx: NameContext, first: number, last: number, surname: (word: string) => boolean): boolean {
  const { words, lex } = ctx;
  const name = words.slice(first, last + 1);
  const lastWord = name[name.length - 1] ?? '';
  if (!PLURAL_WORD.test(lastWord) || (ctx.tokens[last] as Token).possessive) return false;
  if (name.some((w) => lex.givenNames.has(w) || CAPITALS_ONLY.test(w))) return false;
  if (lex.thingCues.last.has(lastWord) || surname(singular(lastWord))) return false;
  const whole = name.join(' ');
  const g = lex.gazetteer;
  if (phraseLen(ctx, lex.places, first) === name.length || lex.country.has(whole)) return false;
  if (g !== undefined && (g.town(whole) !== undefined || g.division(whole) !== undefined)) return false;
  // "the Cleveland Indians": a town before a people's plural names its team; "the Bosnian Serbs" are a people.
  const townFirst = name.length > 1 && (lex.city.has(name[0] ?? '') || g?.town(name[0] ?? '') !== undefined);
  return townFirst || !peoplePlural(name, lex);
}

/** "Sox" and "Red Sox" beside "Boston Red Sox": the one longer team name ending in the same words, else the name. */
function longestForm(name: string, named: readonly OrgMention[]): string {
  const longer = new Set(named.map((t) => t.name).filter((n) => n.endsWith(` ${name}`)));
  if (longer.size === 0) return name;
  const longest = [...longer].sort((a, b) => b.length - a.length)[0] ?? name;
  // Two teams ending alike ("White Sox", "Red Sox") leave the short form as written.
  return [...longer].every((n) => longest.endsWith(n)) ? longest : name;
}
