/** What kind of event a text tells: the event patterns scored over a sentence or a headline. */
import type { EventInputs, TypeMatch } from './event-inputs';
import { EventMatches } from './event-matches';

/**
 * A verb in a relative clause describes a noun of the sentence, not its news: "the man who killed four
 * people ... was sentenced", "pirates who had attacked a ship were caught".
 */
const RELATIVE_BEFORE =
  /(?<!\w)(?:who|which)\s+(?:(?:had|has|have|was|were|is|are)\s+)?(?:(?:been|allegedly|reportedly|later|earlier)\s+)?$/iu;

/**
 * An attack the clause says was foiled ("the navy thwarted an attack on two tankers") or names as what
 * someone is charged with, denies or pleads to, or is sentenced for ("charged with murder in the shooting of a
 * guard", "a man denied arson", "a sentence of life for a shooting") is not the news: the thwarting, the charge
 * or the sentence is.
 */
const ATTACK_UNDONE_OR_CHARGED =
  /(?<!\w)(?:foiled|foils|foil|thwarted|thwarts|thwart|averted|averts|repelled|repels|charged(?:\s+\S+){0,3}?\s+with|accused of|(?:on\s+)?suspicion\s+of|denied|denies|deny|pleaded\s+(?:not\s+)?guilty\s+(?:to|of)|suspected of|convicted of|arrested (?:in|for|over)|indicted (?:in|for|on)|sentenced|sentence of|sentences of)\b[^.;,]{0,60}$/iu;
/** A headline's passive "attack foiled": the thwarting is the news, as above. */
const ATTACK_UNDONE_AFTER = /^\S*\s+(?:was\s+|were\s+)?(?:foiled|thwarted|averted|repelled)\b/iu;
/** An illness named like an attack ("died after a heart attack") is no attack. */
const MEDICAL_ATTACK = /(?<!\w)(?:heart|panic|asthma|anxiety)\s+$/iu;

export function notAnAttack(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 80), at);
  return (
    ATTACK_UNDONE_OR_CHARGED.test(before) ||
    MEDICAL_ATTACK.test(before) ||
    ATTACK_UNDONE_AFTER.test(text.slice(at, at + 40))
  );
}

/**
 * A participle with its agent right after a noun phrase opened by an article ("the church attended by the mayor",
 * "a ship seized by pirates ... was freed"): a relative clause without "which", describing the noun, not the news.
 */
const NOUN_PHRASE_BEFORE = /(?<!\w)(?:the|a|an)\s+(?:[\p{Lowercase}-]+\s+){0,3}$/u;
const PARTICIPLE_BY = /^[\p{Alphabetic}]+(?:ed|en)\s+by\b/u;

/** Whether the match at `at` is the verb of a relative clause ("who killed"): it describes a noun, not the news. */
export function inRelativeClause(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  return (
    RELATIVE_BEFORE.test(before) ||
    (NOUN_PHRASE_BEFORE.test(before) && PARTICIPLE_BY.test(text.slice(at, at + 30)))
  );
}

/** The event patterns' matches in the texts of one analysis, made on first use. */
export function eventMatches(inp: EventInputs): EventMatches {
  inp.memo.matches ??= new EventMatches(inp.lex);
  return inp.memo.matches;
}

/** The matches of a global regex in a text, at most `max`, as `exec` finds them. */
function matchesOf(re: RegExp, text: string, max: number): Array<{ index: number; length: number }> {
  const out: Array<{ index: number; length: number }> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null && out.length < max; m = re.exec(text))
    out.push({ index: m.index, length: m[0].length });
  return out;
}

/** Scores the event types of a text: the strongest pattern wins, the one nearest `anchor` (else the earliest) breaks ties. */
export function bestType(inp: EventInputs, text: string, offset: number, anchor?: number): TypeMatch | null {
  const events = eventMatches(inp);
  let best: TypeMatch | null = null;
  let bestRank = -Infinity;
  for (const pattern of events.possibleIn(text)) {
    // Without an anchor a pattern's first match ranks above its later ones: only that one counts.
    const hits = anchor === undefined ? [events.firstMatch(text, pattern)] : matchesOf(pattern.re, text, 20);
    for (const hit of hits) {
      if (hit === null) break;
      // An attack named as a charge or a thwarted one is no event of the clause, as `findMainEvent` weighs it.
      if (pattern.type === 'attack' && notAnAttack(text, hit.index)) continue;
      const start = offset + hit.index;
      // Near the date of the clause the verb is more likely the dated event's own.
      const rank =
        anchor === undefined ? pattern.weight - start / 1e6 : pattern.weight - Math.abs(start - anchor) / 300;
      if (rank > bestRank) {
        bestRank = rank;
        best = { type: pattern.type, score: pattern.weight, start, end: start + hit.length };
      }
    }
  }
  return best;
}
