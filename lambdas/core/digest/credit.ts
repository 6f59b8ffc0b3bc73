/**
 * How a what's-new paragraph credits its outlets: each outlet named once, on one sentence, and never
 * on a sentence that credits its own source ("…, officials said", "…, according to the ministry"):
 * "X reported that …, officials said" credits twice. The row names its kind of text with an in-house
 * example that must match and one that must not (test/unit/core/digest/credit.test.ts).
 */
import type { Article } from '../model';
import type { TextPattern } from './patterns';
import { andList, endSentence } from './text';
import type { Clause } from './types';
import { lowerFirst } from './verbatim';

/**
 * A sentence that credits its own source: a speech verb outside its quotation marks ("…, police said.",
 * "…, the ministry said, amid …", "Housecall said …", "…, a banker told Reuters.", "…, CNN reported."),
 * "according to" ("According to the harbour board, …"), or a verb that is a credit only after a comma
 * or before what was said ("…, her agent has confirmed.", "X confirmed on Monday that …", not "confirmed
 * her status as the best"). A second credit, the outlet's,
 * would credit it twice ("Reuters reported that …, officials said").
 */
export const OWN_SOURCE: TextPattern = {
  kind: 'a sentence crediting its own source: a speech verb or "according to" outside its quotation marks',
  regex:
    /\b(?:said|says|told|tells|reported|reports|quoted)\b|(?:^|[\s,(])[Aa]ccording to\s|,\s+(?:[\p{Alphabetic}.'\u2019()-]+\s+){1,6}(?:confirmed|announced|added|stated|wrote|found)\b|\b(?:confirmed|announced|stated)\s+(?:on\s+\p{Lu}\p{Ll}+day(?:,\s+\p{Lu}\p{Ll}+\s+\d{1,2}(?:,\s+\d{4})?)?,?\s+)?(?:that|it|he|she|they|we)\b/u,
  matches: 'Both ports reopened on Monday, the harbour board said, after a week of storms.',
  misses: 'The harbour board confirmed its place as the busiest in the north on Monday.',
};

/** Whether a sentence credits its own source (see OWN_SOURCE); words inside quotation marks are the quoted speaker's. */
export function carriesCredit(text: string): boolean {
  return OWN_SOURCE.regex.test(text.replace(/\u201C[^\u201D]*\u201D|"[^"]*"/gu, ' '));
}

/**
 * "According to X and Y, the …" for a sentence opening with an ordinary word, else "…, X and Y
 * reported."; the bare sentence when no outlet is known. With the reports' day (`on`, "on Thursday,
 * June 13"): "X reported on Thursday, June 13, that …" or "…, X reported on Thursday, June 13."
 */
function reported(
  text: string,
  outlets: string[],
  source: string,
  on: string | null,
  names: ReadonlySet<string>,
): string {
  if (outlets.length === 0) return endSentence(text);
  const who = andList(outlets);
  const lowered = lowerFirst(text, source, names);
  if (on && lowered) return endSentence(`${who} reported ${on}, that ${lowered}`);
  if (lowered) return endSentence(`According to ${who}, ${lowered}`);
  return `${withComma(text)} ${who} reported${on ? ` ${on}` : ''}.`;
}

/** The sentence without its final stop, with a comma to go on; American style sets it inside a closing quote. */
function withComma(text: string): string {
  const bare = text
    .trim()
    .replace(/[.!?]$/, '')
    .replace(/[.,!?](["\u201D])$/, '$1');
  return /["\u201D]$/.test(bare) ? `${bare.slice(0, -1)},${bare.slice(-1)}` : `${bare},`;
}

/** Every word of a report's names (people, bodies, places): each keeps its capital after "X reported that". */
export function nameWords(article: Article | undefined): Set<string> {
  const names = [
    ...(article?.people.map((p) => p.name) ?? []),
    ...(article?.organizations ?? []),
    ...(article?.places ?? []),
  ];
  return new Set(names.flatMap((n) => n.split(/\s+/u)));
}

/** The clause crediting the outlets given ("…, X reported."); as it is when none is known. */
export function credit(
  clause: Clause,
  outlets: string[],
  articlesByKey: Map<string, Article>,
  on: string | null,
): Clause {
  const article = articlesByKey.get(clause.sources[0]?.key ?? '');
  return outlets.length === 0
    ? clause
    : { ...clause, text: reported(clause.text, outlets, article?.text ?? '', on, nameWords(article)) };
}

/**
 * The clause credited to the site its report came from, with the day the site published it ("…,
 * example.org reported on Thursday, June 13."): at the end, where a host written in lower case opens
 * no sentence.
 */
export function creditSite(clause: Clause, host: string, on: string): Clause {
  return { ...clause, text: `${withComma(clause.text)} ${host} reported ${on}.` };
}

/**
 * The paragraph with each outlet named once: on the first sentence after the lead that credits no
 * source of its own, is no quotation (`said`) and rests on that outlet's report. A credit tells the
 * reader which outlets tell that sentence, so an outlet none of whose reports such a sentence rests on
 * is named nowhere in the paragraph (the item's source list under it names every outlet).
 */
export function creditOnce(
  clauses: Clause[],
  said: ReadonlySet<Clause>,
  outlets: string[],
  articlesByKey: Map<string, Article>,
): Clause[] {
  const named = new Set<string>();
  return clauses.map((c, i) => {
    if (i === 0 || said.has(c) || carriesCredit(c.text)) return c;
    const tellers = outlets.filter((o) => !named.has(o) && c.sources.some((s) => s.outlet === o));
    for (const o of tellers) named.add(o);
    return credit(c, tellers, articlesByKey, null);
  });
}
