/** Person-name checks for bylines and contact lines: capitalized tokens, initials, particles. */
import { spaceSeparated } from '../extract/text';
import { unicodePattern } from '../unicode-pattern';

const PARTICLES = new Set([
  'de',
  'da',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'binti',
  'al',
  'el',
  'la',
  'le',
  'du',
  'dos',
  'di',
  'ter',
]);

/** Words that start a capitalized phrase which is not a person. */
const NOT_NAMES = new Set([
  'the',
  'staff',
  'reporter',
  'reporters',
  'editor',
  'editors',
  'correspondent',
  'news',
  'press',
  'desk',
  'team',
  'writer',
  'writers',
  'contributor',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'updated',
  'published',
  'posted',
  'photo',
  'photos',
  'video',
  'associated',
  'agency',
  'bureau',
  'service',
  'wire',
  'our',
  'this',
  'that',
  'a',
  'an',
  'contact',
  'email',
  'e-mail',
  'write',
  'reach',
  'follow',
  'tips',
  'send',
  'by',
  'read',
  'more',
  'related',
  'share',
  'sign',
]);

const TOKEN =
  /^(?:[A-Z][a-zA-Z'\u2019-]*[a-z][a-zA-Z'\u2019-]*|[A-Z]\.(?:[A-Z]\.)*|[A-Z][A-Z'\u2019-]+|Mc[A-Z][a-z]+|O['\u2019][A-Z][a-z]+)$/u;
const LETTERS = unicodePattern(String.raw`^[\p{Uppercase}][\p{Alphabetic}'\u2019.-]*$`);
/** A word's first letter, with what stands before it. */
const WORD_START = unicodePattern(String.raw`(^|[\s-])(\p{Alphabetic})`, 'g');

/** Whether a short phrase reads as a person's name ("Jane Roe", "JANE ROE", "J. R. Doe", "Ana de la Cruz"). */
export function isPersonName(phrase: string): boolean {
  const tokens = spaceSeparated(phrase);
  if (tokens.length < 2 || tokens.length > 5) return false;
  const first = tokens[0] as string;
  const last = tokens[tokens.length - 1] as string;
  if (NOT_NAMES.has(first.toLowerCase()) || PARTICLES.has(first.toLowerCase())) return false;
  if (PARTICLES.has(last.toLowerCase()) || /^[A-Z]\.$/.test(last)) return false;
  return tokens.every(
    (t) => PARTICLES.has(t.toLowerCase()) || TOKEN.test(t) || (LETTERS.test(t) && t.length > 1),
  );
}

/** A name in display case: all-capital bylines ("JANE ROE") become "Jane Roe". */
export function displayName(phrase: string): string {
  const clean = phrase.trim().replace(/\s+/g, ' ');
  if (clean !== clean.toUpperCase()) return clean;
  return clean
    .split(' ')
    .map((t) => (/^[A-Z]\.$/.test(t) ? t : t.charAt(0) + t.slice(1).toLowerCase()))
    .join(' ');
}

/** Title case for all-capital place names in datelines ("NEW YORK" -> "New York"). */
export function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(WORD_START, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
    .replace(/\bD\.c\./g, 'D.C.');
}
