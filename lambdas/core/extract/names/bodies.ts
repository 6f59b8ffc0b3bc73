/** Organizations written in lower case, and one organization per stretch of text. */
import type { NameContext } from './context';
import type { OrgMention } from './types';

const LOWER_BODY =
  /\b(?:foreign affairs|foreign|defen[cs]e|finance|commerce|trade|interior|justice|health|education|state|treasury|home|economy|industry|agriculture|energy) (?:ministry|department|office)\b/gu;
/** What every match of LOWER_BODY holds: a body with none of them (most) is not scanned with its long alternation. */
const LOWER_BODY_NOUNS = [' ministry', ' department', ' office'];
// Compiled once: a regex literal with \p{...} is built as a new RegExp at every call in the bundles.
const LOWER_START = /^\p{Lowercase}/u;
const LOWER_WORD_START = /\b\p{Lowercase}/gu;

/** Government bodies in lower case ("the foreign ministry", "China's defense ministry"), capitalized as names. */
export function lowerCaseBodies(ctx: NameContext): OrgMention[] {
  const { body, lex } = ctx;
  const out: OrgMention[] = [];
  if (!LOWER_BODY_NOUNS.some((noun) => body.includes(noun))) return out;
  for (const m of body.matchAll(LOWER_BODY)) {
    if (!LOWER_START.test(m[0])) continue;
    const start = m.index;
    const name = m[0].replace(LOWER_WORD_START, (c) => c.toUpperCase());
    const prev = /(\S+?)(['\u2019]s)?\s+$/u.exec(body.slice(Math.max(0, start - 30), start));
    const affiliation = prev?.[1] !== undefined ? lex.country.get(prev[1]) : undefined;
    out.push({ start, end: start + m[0].length, name, affiliation });
  }
  return out;
}

/** Sorted by start; "Federal Reserve" inside "Federal Reserve Board" is one organization, the longer. */
export function outermost(organizations: readonly OrgMention[]): OrgMention[] {
  const sorted = [...organizations].sort((x, y) => x.start - y.start || y.end - x.end);
  const outer: OrgMention[] = [];
  for (const o of sorted) {
    const last = outer[outer.length - 1];
    if (last !== undefined && o.start >= last.start && o.end <= last.end) continue;
    outer.push(o);
  }
  return outer;
}
