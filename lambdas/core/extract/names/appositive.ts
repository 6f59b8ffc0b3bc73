/** Appositives after a name (", the mayor of Tolvik,"): a role that says the name is a person's. */

import { unicodePattern } from '../../unicode-pattern';
import { spaceSeparated, squash } from '../text';
import type { NameContext } from './context';

/** A role phrase ending in a speech verb: the speaker of the sentence, named by their role. */
const REPORTING_END = unicodePattern(
  String.raw`\s(?:said|says|told|added|stated|confirmed)(?:\s+[\p{Alphabetic}.\u2019'-]+){0,2}$`,
);
/** Verbs that make the words after a comma a clause of their own. */
const CLAUSE_VERBS = new Set([
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'can',
  'could',
]);
/** A possessive "’s" set off by spaces on a page rebuilt from word tokens ("the state ’ s officer"). */
const SPACED_POSSESSIVE = /\s+(['\u2019])\s+s(?=\s)/gu;
/** Initials closing a phrase ("J.R."): their period ends no sentence. */
const INITIALS_END = /\b(?:\p{Uppercase}\.)+$/u;

/** A role and its country from the appositive starting at body offset `end`, or null when there is none. */
export function appositiveAt(ctx: NameContext, end: number): { title: string; affiliation?: string } | null {
  const { body, lex } = ctx;
  const m = /^,\s+(?:(the|a|an|his|her|their)\s+)?([^,;()"\u201C\u201D\n]{3,160})/u.exec(
    body.slice(end, end + 170),
  );
  if (m === null || m[2] === undefined) return null;
  let phrase = m[2];
  const stop = phrase.search(/\.(?:\s|$)/u);
  if (stop >= 0 && !INITIALS_END.test(phrase.slice(0, stop + 1))) phrase = phrase.slice(0, stop);
  // "the state ’ s historic preservation officer": pages rebuilt from word tokens set the possessive apart.
  const ws = spaceSeparated(phrase.replace(SPACED_POSSESSIVE, '$1s'));
  // "..., in Tolvik, the town's mayor said.": a reporting clause after the name, not a role of the name.
  if (REPORTING_END.test(phrase)) return null;
  if (
    ws.length === 0 ||
    ws.length > 18 ||
    /^(?:who|which|whose|where|when|said|says|and|but|or|who\u2019s)$/iu.test(ws[0] ?? '')
  ) {
    return null;
  }
  const head = ws.slice(0, 5).map((w) => w.toLowerCase().replace(/['\u2019]s$/u, ''));
  const titleAt = head.findIndex((w) => lex.titleWords.has(w));
  if (titleAt < 0) return null;
  // "Presently, parliament has one member, ...": a verb before the title makes a clause, not a role of the name.
  if (head.slice(0, titleAt).some((w) => CLAUSE_VERBS.has(w))) return null;
  if (m[1] === 'his' || m[1] === 'her' || m[1] === 'their') return null;
  const country = lex.country.get(ws[0] ?? '');
  return { title: squash(phrase), affiliation: country };
}
