/**
 * Names a quotation's speaker spoke to, never its speaker: the body after "told" ("…, an official told
 * Reuters"), a news organization after "according to" when the sentence credits someone else ("…,
 * police said, according to The Ledger"), and whoever passed on another's words ("the agency quoted a
 * corporal as saying", "…, the agency said, quoting a witness").
 * Taken for the speaker, the outlet would be printed as saying what its source said. Each row names its
 * kind of text with an in-house example that must match and one that must not
 * (test/unit/core/extract/quotes/spoken-to.test.ts).
 */
import { AGENCIES, OUTLET_DOMAINS } from '../parse/outlets';

/** A pattern row of this step: the kind of text, the regex, an example it must match and one it must not. */
export interface SpokenToRow {
  kind: string;
  regex: RegExp;
  matches: string;
  misses: string;
}

/** A determiner and up to four lowercase words before the name ("told the state-run news agency "). */
const DESCRIBED = String.raw`(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+)?(?:[\p{Ll}-]+\s+){0,4}`;

/** The words right before a name that make it the one spoken to. */
export const LISTENER_CUE: SpokenToRow = {
  kind: 'wire and press reports: the one a speaker told, gave an interview to or was quoted by ("an official told Reuters", "in an interview with the Ledger", "was quoted as saying by the Ledger")',
  regex: new RegExp(
    String.raw`\b(?:told|tells|telling|(?:interview|interviews|comments|remarks|letter)\s+(?:with|to)|interviewed\s+by|(?:spoke|speaking|talked|talking)\s+to|quoted\s+(?:as\s+saying\s+)?(?:by|in))\s+${DESCRIBED}$`,
    'u',
  ),
  matches: '“We will reopen the quay,” a port official told the ',
  misses: '“We will reopen the quay,” a port official said, and the ',
};

/**
 * The words right after a name that make it the one who passed on another's words: "<X> quoted <Y> as
 * saying/telling" (Y spoke, X reported it), "<X> said, quoting <Y>", "<X>, quoting <Y>, said". A name's
 * "of <Country>" tail may stand between ("the News Agency of Vandoria quoted ..."): the names step ends
 * an organization's mention before it.
 */
export const PASSED_ON_CUE: SpokenToRow = {
  kind: 'wire and press reports: an outlet or body that quoted someone else ("the Gazette quoted a corporal as saying", "the agency said, quoting a witness", "the News Agency of Vandoria quoted a corporal as saying")',
  regex:
    /^(?:\s+of(?:\s+(?:the\s+)?\p{Lu}[\p{L}.'-]*){1,3})?(?:\s+(?:also|later|then|again))?(?:\s+on\s+\p{Lu}\p{Ll}+day)?\s+quoted\s+(?:[^\s;:!?"\u201C\u201D]+\s+){1,12}?as\s+(?:saying|telling)\b|^\s*,?\s*(?:(?:said|says|reported|reports|added)(?:\s+on\s+\p{Lu}\p{Ll}+day)?\s*,?\s*)?quoting\s/u,
  matches: ' quoted a U.N. observer at the post as saying the line held',
  misses: ' was quoted as saying the line held',
};

/** How far after a name the words that make it a reporter of someone else's words may reach. */
const PASSED_ON_REACH = 160;

/** Whether the name ending at `end` in `body` passed on someone else's words (see PASSED_ON_CUE). */
export function passedOn(body: string, end: number): boolean {
  return PASSED_ON_CUE.regex.test(body.slice(end, end + PASSED_ON_REACH));
}

/** "according to" right before a name: the source a report cites, the speaker only when it is no outlet. */
export const ACCORDING_CUE: SpokenToRow = {
  kind: 'wire and press reports: a source cited after "according to" ("…, police said, according to the Ledger")',
  regex: new RegExp(String.raw`\b[Aa]ccording\s+to\s+${DESCRIBED}$`, 'u'),
  matches: '“Stay down,” police shouted, according to the ',
  misses: '“Stay down,” police shouted at the ',
};

/** The last word of a news organization's name ("The Ashford Gazette", "Harbour Radio", "Kestrel News"). */
export const NEWS_NAME: SpokenToRow = {
  kind: 'a newspaper, magazine, broadcaster or agency named by its kind word at the end, or a news site',
  regex:
    /(?:^|\s)(?:Times|Post|News|Press|Journal|Gazette|Herald|Tribune|Daily|Weekly|Magazine|Radio|Television|TV|Telegraph|Chronicle|Ledger|Sentinel|Examiner|Inquirer|Courier|Observer|Bulletin|Dispatch|Register|Reporter|Channel|Newspaper|Wire)(?:\s+(?:Group|Network|Service))?$|\bNews\s+Agency\b|\.com$/u,
  matches: 'The Ashford Gazette',
  misses: 'The Ashford Port Authority',
};

/** Outlets the project knows by name (wire agencies, outlets of known web domains), lower-cased. */
const KNOWN_OUTLETS = new Set(
  [...Object.keys(AGENCIES), ...Object.values(AGENCIES), ...Object.values(OUTLET_DOMAINS)].flatMap((n) => {
    const name = n.toLowerCase();
    return [name, name.replace(/^the\s+/u, '')];
  }),
);

/** Whether a name is a news organization's: a known outlet, or a name ending with a press word. */
export function newsOrganization(name: string): boolean {
  const trimmed = name.trim();
  return KNOWN_OUTLETS.has(trimmed.toLowerCase().replace(/^the\s+/u, '')) || NEWS_NAME.regex.test(trimmed);
}

/** Whether the name at `start` in `body` is one a speaker told: any body after "told", or a news organization. */
export function spokenTo(body: string, start: number, name: string, organization: boolean): boolean {
  return (
    (organization || newsOrganization(name)) &&
    LISTENER_CUE.regex.test(body.slice(Math.max(0, start - 80), start))
  );
}

/**
 * Whether the name at `start` in `body` is a news organization a report cites after "according to": the
 * quotation's words are the outlet's own only when its sentence credits no one else with them.
 */
export function citedOutlet(body: string, start: number, name: string): boolean {
  return newsOrganization(name) && ACCORDING_CUE.regex.test(body.slice(Math.max(0, start - 80), start));
}
