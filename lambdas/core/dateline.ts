/**
 * The one dateline reader: the place (and perhaps region, date and agency) a wire report opens
 * with. Parsing takes the datelines it can trust from the body, extraction checks the weaker
 * ones and the bare ones ("VIENNA —", the form of a section label such as "FEATURE —") against
 * its gazetteer, the digest strips them from sentences it quotes.
 *
 *   LAGOS (AP) —   VIENNA —   Santiago, May 3 (EFE) -   Mumbai:   REDMOND, Wash. (AP) —
 *   HANOI, July 8 (Xinhua) --   KYIV, Ukraine —
 */

export interface Dateline {
  /** The dateline as written, with the dash or colon and the space after it. */
  text: string;
  /** The place as written ("REDMOND", "Santiago"). */
  place: string;
  region?: string;
  /** The date as written ("July 8", "May 3, 2024"). */
  date?: string;
  agency?: string;
  /**
   * True when its form alone makes it a dateline (a place in capitals before a dash, or any place
   * with a date or an agency); a title-case place before a bare dash or colon ("Mumbai:") is weak:
   * only a known place makes it a dateline.
   */
  strong: boolean;
}

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const CAPS = String.raw`[A-Z][A-Z'\u2019.-]+(?: [A-Z][A-Z'\u2019.-]+){0,3}`;
const TITLE = String.raw`\p{Uppercase}[\p{Lowercase}'\u2019-]+(?: \p{Uppercase}[\p{Lowercase}'\u2019-]+){0,2}`;
const DATELINE = new RegExp(
  String.raw`^(?<place>${CAPS}|${TITLE})` +
    String.raw`(?:, (?<region>\p{Uppercase}[\p{Alphabetic}.]+(?: \p{Uppercase}[\p{Alphabetic}.]+){0,2}))??` +
    String.raw`(?:,? (?<date>${MONTH} \d{1,2}(?:, \d{4})?))?` +
    String.raw`(?: ?\((?<agency>[^()\n]{2,40})\))?` +
    String.raw` ?(?<sep>-{1,2}|\u2014|\u2013|:)(?: |$)`,
  'u',
);
// Compiled once: a regex literal with \p{...} is built as a new RegExp at every call in the bundles.
const TWO_LETTERS = /\p{Alphabetic}{2}/u;

/** The dateline opening `text`, or null when it opens with none. */
export function readDateline(text: string): Dateline | null {
  const start = text.search(/\S/u);
  if (start < 0) return null;
  const head = text.slice(start, start + 200);
  const m = DATELINE.exec(head);
  const g = m?.groups;
  if (m === null || g === undefined || g.place === undefined) return null;
  const caps = /^[A-Z'\u2019. -]+$/u.test(g.place) && /[A-Z]{2}/u.test(g.place);
  // "U.S. —" is a subject, not a dateline; and a dateline is followed by the story.
  if (!TWO_LETTERS.test(g.place) || m[0].length >= head.trimEnd().length) return null;
  const dashed = g.sep !== ':';
  const strong = g.date !== undefined || g.agency !== undefined || (caps && dashed);
  const line: Dateline = { text: text.slice(0, start) + m[0], place: g.place, strong };
  if (g.region !== undefined) line.region = g.region;
  if (g.date !== undefined) line.date = g.date;
  if (g.agency !== undefined) line.agency = g.agency;
  return line;
}

/** `text` without the dateline it opens with, if its form alone makes it one. */
export function withoutDateline(text: string): string {
  const line = readDateline(text);
  return line === null || !line.strong ? text : text.slice(line.text.length);
}
