/**
 * Reading names and outlets out of bylines, contact lines and credit lines. These people
 * wrote or edited the article: they become credits, never people of the story.
 */
import type { MetaCandidates } from '../model';
import { unicodePattern } from '../unicode-pattern';
import { addCandidate, addCredits } from './draft';
import { displayName, isPersonName } from './names';
import { outletFromAgency, outletFromDomain } from './outlets';
import { BYLINE_ROLES, CONTACT_LINE, CONTRIBUTED, EMAIL, PHOTO_CREDIT, PRODUCTION_CREDIT } from './patterns';

/** A segment opening with a capital or a quotation mark. */
const OPENS_LIKE_A_NAME = unicodePattern(String.raw`^[\p{Uppercase}"'\u201C]`);

const MAX_CREDIT_LINE = 240;
/**
 * The word every CONTRIBUTED line holds (with the same flags): a line without it is no such line, and the
 * pattern's lazy opening group would try every length up to 120 on it first.
 */
const CONTRIBUTED_WORD = /contributed/i;

/** Names in a list such as "Jane Roe, John Doe and Ana Lima in Beijing". */
export function namesIn(list: string): string[] {
  const names: string[] = [];
  for (const part of list.split(/\s*(?:,|;|&|\band\b|\/)\s*/)) {
    const phrase = part
      .replace(/\s+(in|from|at|for|with)\s+.*$/i, '')
      .replace(/^(and|by)\s+/i, '')
      .replace(/[.)\]]+$/, '')
      .trim();
    if (isPersonName(phrase)) names.push(displayName(phrase));
  }
  return names;
}

/**
 * A byline: "By Jane Roe, The Associated Press", "By JANE ROE and JOHN DOE", "Jane Roe | Reuters".
 * Returns false, and records nothing, when the line is not one.
 */
export function readByline(line: string, meta: MetaCandidates): boolean {
  if (line.length > 160) return false;
  // The shape first: few lines open with "By" or hold a bar, so the sentence-end test is rarely needed.
  const by = line.match(/^by[:\s]\s*(.+)$/i);
  const piped = by ? null : line.match(/^([^|]{3,60})\s[|\u2022]\s([^|]{2,60})$/);
  if ((!by && !piped) || /[.!?]["\u201D\u2019]?$/.test(line.replace(/\b[A-Z]\.$/, ''))) return false;
  const rest = by ? (by[1] as string) : `${piped?.[1]} | ${piped?.[2]}`;
  // Odd entries are the separators, kept to tell a list of names from "name, affiliation".
  const parts = rest.split(
    /(\s*,\s*|\s*\|\s*|\s*\u2022\s*|\s[-\u2014\u2013]\s|\s*&\s*|\s+and\s+|\s+for\s+)/i,
  );
  const segments = parts.filter((_, k) => k % 2 === 0).map((p) => p.trim());
  const separators = parts.filter((_, k) => k % 2 === 1).map((p) => p.trim().toLowerCase());
  if (segments.some((seg) => seg === '' || seg.split(/\s+/).length > 7)) return false;
  const names: string[] = [];
  let i = 0;
  for (; i < segments.length && isPersonName(segments[i] as string); i++) {
    if (i > 0 && !continuesNames(separators, i)) break;
    names.push(displayName(segments[i] as string));
  }
  if (names.length === 0) return false;
  if (piped && names.length !== 1) return false;
  const outlets: string[] = [];
  for (const segment of segments.slice(i)) {
    if (BYLINE_ROLES.test(segment) || /\d/.test(segment)) continue;
    if (!OPENS_LIKE_A_NAME.test(segment) || segment.split(/\s+/).length > 6) return false;
    outlets.push(outletFromAgency(segment) ?? segment);
  }
  addCredits(meta, names);
  for (const outlet of outlets) addCandidate(meta.outlet, outlet, 'byline');
  return true;
}

/**
 * Whether segment `i` of a byline is one more name: after "and"/"&" it is; after a comma
 * only inside a list that goes on ("A, B and C"), since "Jane Roe, Harbor News" names an outlet.
 */
function continuesNames(separators: readonly string[], i: number): boolean {
  const before = separators[i - 1];
  if (before === 'and' || before === '&') return true;
  if (before !== ',') return false;
  const after = separators[i];
  return after === ',' || after === 'and' || after === '&';
}

/**
 * A reporter or editor contact line with addresses: "Contact reporter Jane Roe (jroe@outlet.com)".
 * The names become credits and each address's domain an outlet candidate.
 */
export function readContactLine(line: string, meta: MetaCandidates): boolean {
  if (line.length > MAX_CREDIT_LINE || !line.includes('@') || !CONTACT_LINE.test(line)) return false;
  const emails = [...line.matchAll(EMAIL)];
  if (emails.length === 0) return false;
  const names: string[] = [];
  let from = 0;
  for (const match of emails) {
    const before = line
      .slice(from, match.index)
      .replace(/[(<[:]\s*$/, '')
      .replace(/\s+(at|via|on)\s*$/i, '')
      .trim();
    const tokens = before.split(/\s+/);
    // The name is the run of capitalized words just before the address.
    for (let n = Math.min(4, tokens.length); n >= 2; n--) {
      const phrase = tokens.slice(-n).join(' ');
      if (isPersonName(phrase)) {
        names.push(displayName(phrase));
        break;
      }
    }
    from = (match.index ?? 0) + match[0].length;
    addCandidate(meta.outlet, outletFromDomain(match[1] as string), 'contact-email');
  }
  addCredits(meta, names);
  return true;
}

/** Photo and production credits ("Photo: Jane Roe/Reuters", "(Reporting by X; Editing by Y)"). */
export function readCreditLine(line: string, meta: MetaCandidates): boolean {
  if (line.length > MAX_CREDIT_LINE) return false;
  const photo = line.match(PHOTO_CREDIT);
  if (photo) {
    addCredits(meta, namesIn((photo[4] as string).replace(/\/.*$/, '')));
    return true;
  }
  const contributed = CONTRIBUTED_WORD.test(line) ? line.match(CONTRIBUTED) : null;
  if (contributed) {
    const names = namesIn((contributed[1] as string).replace(/^additional reporting by\s+/i, ''));
    if (names.length === 0) return false;
    addCredits(meta, names);
    return true;
  }
  if (!PRODUCTION_CREDIT.test(line)) return false;
  for (const part of line.matchAll(/\bby\s+([^;()]+?)(?=[;()]|\.\s|\.?$)/gi))
    addCredits(meta, namesIn(part[1] as string));
  return true;
}
