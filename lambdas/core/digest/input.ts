/** Which source sentences may go into a digest: English prose of the article body that reads alone. */

import { escapeRegex } from '../extract/text';
import type { Article } from '../model';
import {
  CHRONOLOGY_ENTRY,
  DEFINITE_PHRASE,
  ENGLISH_FUNCTION_WORDS,
  FACT_SHEET,
  ITEM_LIST,
  NOT_PROSE,
  PERSON_DESCRIPTOR_INSIDE,
  PRESS_REVIEW,
  RESULTS_LISTING,
  ROLE_WITHOUT_NAME,
  SHORT_NAME_OPENING,
} from './input-lexicon';
import { PAST_TENSE } from './lexicon';
import { unique } from './text';

const MIN_WORDS = 6;
/** Below one function word in this many words, a sentence is a list, a label or another language. */
const WORDS_PER_FUNCTION_WORD = 9;

/** Why the sentence is no prose a digest may reuse on its own, or null when it is. */
export function unfitReason(sentence: string): string | null {
  const text = sentence.trim();
  const words = text.split(/\s+/u).filter(Boolean);
  if (words.length < MIN_WORDS) return 'too short to be prose';
  // Behind an opening bracket or quote too: "(halftime 2-0) in a friendly ..." is the end of a sentence.
  if (/^[(["'\u2018\u201C]*\p{Lowercase}/u.test(text)) return 'starts mid-sentence';
  const row = NOT_PROSE.find((p) => p.regex.test(text));
  if (row) return row.kind;
  const english = words.filter((w) =>
    ENGLISH_FUNCTION_WORDS.has(w.toLowerCase().replace(/[^\p{Alphabetic}]/gu, '')),
  );
  if (english.length * WORDS_PER_FUNCTION_WORD < words.length) return 'not English prose';
  return null;
}

/** From this many entries a report is a chronology (a this-day-in-history list), not a report of news. */
const CHRONOLOGY_ENTRIES = 3;

/**
 * Whether a report states nothing the digest may repeat as news: a press review (its outlet says it has
 * not verified what it relays), a fact sheet's fields, a results listing, or a chronology of past years'
 * events.
 */
export function relaysNoNews(article: Article): boolean {
  if (PRESS_REVIEW.regex.test(article.text) || FACT_SHEET.regex.test(article.text)) return true;
  if (RESULTS_LISTING.regex.test(article.headline?.value ?? '')) return true;
  const entries = article.sentences.filter((s) => CHRONOLOGY_ENTRY.regex.test(s.text.trim())).length;
  return entries >= CHRONOLOGY_ENTRIES;
}

/** Whether a report lists separate items of news under one headline (ITEM_LIST): its lines tell different events. */
export function listsItems(article: Article): boolean {
  return ITEM_LIST.regex.test(article.headline?.value ?? '');
}

/** How many opening letters two words share to be one word (“pirates”, “pirate”; “offer”, “offered”). */
const STEM_LETTERS = 5;
/** Words too common to tell that a noun phrase refers back (“were”, “said”, “about”). */
const COMMON_WORDS =
  /^(?:said|says|were|have|been|will|would|could|should|being|made|make|takes?|took|also|more|most|than|then|there|first|last|next|other|same|such|only|very|many|much)$/u;

function stems(text: string): Set<string> {
  const words = text.toLowerCase().match(/\p{Alphabetic}{4,}/gu) ?? [];
  return new Set(words.map((w) => w.slice(0, STEM_LETTERS)));
}

/**
 * Whether a sentence opens with the short form of a name the sentence before gave in full ("The
 * Kestrel" after "the patrol ship HMS Kestrel") and that neither it nor what the reader was shown gives.
 */
function shortNameFrom(text: string, before: string, shown: string): boolean {
  const short = SHORT_NAME_OPENING.regex.exec(text)?.[1];
  if (!short) return false;
  // A capitalized word before the short form ("HMS Kestrel"), not the article that opens a sentence.
  const full = new RegExp(`\\b(?!The\\s)\\p{Uppercase}[\\p{Alphabetic}.'\u2019-]*\\s+${short}\\b`, 'u');
  return full.test(before) && !full.test(text) && !full.test(shown);
}

/**
 * Whether a sentence leans on the one before it through a definite noun phrase that sentence
 * introduced: “The pirates were about to board a ship” after “The navy captured 23 pirates.” reads as
 * a fragment alone. `anywhere` looks past the subject (for a headline: “... and handed him the offer”
 * after “X offered Y a deal”). A word named in the sentence itself before the phrase refers there.
 */
export function leansOnSentenceBefore(text: string, before: string, anywhere = false, shown = ''): boolean {
  if (shortNameFrom(text, before, shown)) return true;
  const known = stems(before);
  const seen = stems(shown);
  const echoes = (w: string, own: Set<string>) => {
    const stem = w.slice(0, STEM_LETTERS);
    return w.length >= 4 && known.has(stem) && !own.has(stem) && !seen.has(stem);
  };
  const phrases = [...text.matchAll(DEFINITE_PHRASE.regex)].filter((m) => anywhere || m.index === 0);
  return phrases.some((m) => {
    const all = (m[1] ?? '').split(/\s+/u);
    // The phrase ends before its first function word ("the pirates were", "the association said a total").
    const stop = all.findIndex((w) => ENGLISH_FUNCTION_WORDS.has(w) || COMMON_WORDS.test(w));
    const words = stop < 0 ? all : all.slice(0, stop);
    const after = stop < 0 ? text.slice((m.index ?? 0) + m[0].length) : ` ${all.slice(stop).join(' ')}`;
    // "the crews of the night ferry" says which crews it means.
    if (/^\s+of\b/u.test(after)) return false;
    const own = stems(text.slice(0, m.index));
    // A word before another noun only modifies it ("the harbour board" after "the harbour wall"): it
    // counts when the phrase's noun ends there, before a verb, or the next word echoes too.
    return words.some((w, i) => {
      const next = words[i + 1];
      const head = next === undefined || PAST_TENSE.has(next) || /(?:ed|s)$/u.test(next) || echoes(next, own);
      return head && echoes(w, own);
    });
  });
}

/** A name standing as a whole word (not inside a longer one). */
function wordOf(name: string): RegExp {
  return new RegExp(`(?<![\\p{Alphabetic}'\u2019-])${escapeRegex(name)}(?![\\p{Alphabetic}-])`, 'u');
}

/** The names a report's people and its event's go by: in full, by surname, and by the short forms it uses. */
export function peopleNames(article: Article): string[] {
  const event = (article.mainEvent?.participants ?? []).filter((p) => p.kind === 'person');
  return unique(
    [...article.people, ...event].flatMap((p) => [
      p.name,
      p.name.split(/\s+/u).at(-1) ?? p.name,
      ...('aliases' in p ? p.aliases : []),
    ]),
  ).filter((n) => n.length > 1);
}

/**
 * Where a descriptor opens a clause of its own or stands in apposition ("Vik ..., but the 37-year-old",
 * "Vik, the 37-year-old"), a name before it may be whom it describes; after a verb or a preposition
 * ("charged with murdering the 35-year-old", "a win over the 19-year-old") it is the other party.
 */
const CLAUSE_OPENS_BEFORE =
  /(?:^|[,;:(\u2014\u2013]\s*|\s-\s+|\b(?:and|but|or|while|as|when|after|before|because|although|though|since|until|where|whereas|yet|so|that|if|then)\s+)$/u;

/**
 * Whether the sentence names a person by a descriptor (PERSON_DESCRIPTOR_INSIDE: "the 37-year-old
 * man", "the suspect"; ROLE_WITHOUT_NAME: "the spokesman") that refers to no one the reader can see: no
 * name of `names` before it in the sentence where it opens a clause or stands in apposition
 * (CLAUSE_OPENS_BEFORE), none right after it ("the 37-year-old Vik", "the spokesman, Tom Berg,"), and
 * nothing `shown` (what the reader has read) says with its key word ("Vik, 37," or "a 37-year-old" for
 * the age; "a suspect" for the suspect; "a spokesman for the club" for the spokesman).
 */
export function descriptorWithoutReferent(text: string, names: readonly string[], shown = ''): boolean {
  // A role's name follows it at once ("the spokesman, Tom Berg,"): "the spokesman said Berg ..." names
  // whom he spoke of. An age may have words of its own before the name ("the 37-year-old former skipper Vik").
  const found = [
    ...[...text.matchAll(PERSON_DESCRIPTOR_INSIDE.regex)].map((m) => ({ m, between: '{0,2}' })),
    ...[...text.matchAll(ROLE_WITHOUT_NAME.regex)].map((m) => ({ m, between: '{0}' })),
  ];
  return found.some(({ m, between }) => {
    const at = m.index ?? 0;
    const before = text.slice(0, at);
    const after = text.slice(at + m[0].length);
    const opensClause = CLAUSE_OPENS_BEFORE.test(before);
    const named = names.some(
      (n) =>
        (opensClause && wordOf(n).test(before)) ||
        new RegExp(`^,?(?:\\s+\\p{Lowercase}[\\p{Lowercase}-]*)${between}\\s+${wordOf(n).source}`, 'u').test(
          after,
        ),
    );
    const key = /^\d+/u.exec(m[1] ?? '')?.[0] ?? (m[1] ?? '').split(/\s+/u).at(-1)?.replace(/s$/u, '') ?? '';
    return !named && !(key !== '' && new RegExp(`\\b${key}\\b`, 'u').test(shown));
  });
}
