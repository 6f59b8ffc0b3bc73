/**
 * A wire headline set in capitals ("FERRY CREWS WALK OUT IN PORT ELLIS") read in the case its own
 * report writes each word in: "Ferry crews walk out in Port Ellis". A word the report never writes
 * is headline wording, set small, unless it may be an acronym.
 */
import type { Article } from '../model';
import { ENGLISH_FUNCTION_WORDS } from './input-lexicon';
import { capitalize } from './text';

/** A headline with letters and none of them small, over enough words to be set in capitals on purpose. */
const ALL_CAPITALS = /^(?=(?:\S+\s+){2,}\S)[^\p{Lowercase}]*\p{Uppercase}[^\p{Lowercase}]*$/u;
/** A token's core: its letters (with inner hyphens, apostrophes and dots), then what follows it. */
const CORE = /^(\P{L}*)([\p{L}][\p{L}\d.'\u2019-]*?)((?:['\u2019]S)?['\u2019]?\P{L}*)$/u;

/** Where a sentence starts: a capital there says nothing of how the word is written. */
function sentenceStart(body: string, at: number): boolean {
  return /(?:^|[.!?]["\u201D\u2019]?\s+|\n\s*)["\u201C\u2018]?$/u.test(body.slice(Math.max(0, at - 4), at));
}

/**
 * How the body writes a word, the most frequent form inside its sentences (a capital at a sentence's
 * start says nothing), else at their start; null when it never does.
 */
function bodyForm(word: string, body: string): string | null {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const inside = new Map<string, number>();
  let opening: string | null = null;
  for (const m of body.matchAll(new RegExp(`(?<![\\p{L}\\d])${escaped}(?![\\p{L}\\d])`, 'giu'))) {
    if (sentenceStart(body, m.index)) opening ??= m[0];
    else inside.set(m[0], (inside.get(m[0]) ?? 0) + 1);
  }
  return [...inside].sort((a, b) => b[1] - a[1])[0]?.[0] ?? opening;
}

/**
 * A month's name or its short form ("SEP 2") the body never writes takes its capital; not "MAY" or
 * "MARCH", which a headline uses as verbs more often.
 */
const MONTH =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/u;

/** Up to this many letters, or with no vowel or a dot, a word the body never writes is kept in capitals: "PSV", "F.C.". */
const MAX_ACRONYM = 2;

/**
 * One word of the headline as the body writes it (by its parts when it is hyphened); one the body
 * never writes is headline wording ("KEEPS" where the report says "kept"), set small, unless it is
 * short, vowelless or dotted enough to be an acronym and no function word.
 */
function wordForm(word: string, body: string): string {
  const whole = bodyForm(word, body);
  if (whole) return whole;
  if (word.includes('-'))
    return word
      .split('-')
      .map((p) => wordForm(p, body))
      .join('-');
  const lower = word.toLowerCase();
  if (MONTH.test(lower)) return capitalize(lower);
  if (ENGLISH_FUNCTION_WORDS.has(lower)) return lower;
  return word.length <= MAX_ACRONYM || !/[AEIOUY]/u.test(word) || /[.\d]/u.test(word) ? word : lower;
}

/**
 * The headline in the case its report writes its words in, the first word capitalized; as it is
 * when it is not all capitals.
 */
export function inBodyCase(headline: string, body: string): string {
  if (!ALL_CAPITALS.test(headline)) return headline;
  const tokens = headline.split(/(\s+)/u);
  const cased: string[] = [];
  for (const token of tokens) {
    const m = CORE.exec(token);
    const [, before = '', core = '', after = ''] = m ?? [];
    if (!m || /^\s+$/u.test(token)) {
      cased.push(token);
      continue;
    }
    cased.push(`${before}${wordForm(core, body)}${after.toLowerCase()}`);
  }
  return capitalize(cased.join(''));
}

/**
 * The words a report writes, as `inBodyCase` reads them: its body, and the names it gives, the
 * event's place among them (the dateline's town, which is cut from the body, not from the headline).
 */
export function caseSource(article: Article): string {
  const names = [
    ...article.people.map((p) => p.name),
    ...article.organizations,
    ...article.places,
    ...[article.mainEvent, ...article.background].flatMap((m) => (m?.location ? [m.location] : [])),
  ];
  return `${article.text}\nnamed, ${names.join(', ')}`;
}
