/**
 * The person gate: a logistic score deciding whether a run of two or more capitalized words that nothing
 * else marks as a person's name (no title, speech verb, appositive, listed given name or pronoun) is one.
 * Its features read only our own lexicons and the shape and surroundings of the name, never words of any
 * corpus; the weights are fitted at development time (see test/eval/person-gate.ts).
 */
import type { Sentence } from '../../model';
import type { CompiledLexicon } from '../compile';
import { sentenceAt } from '../text';

// Compiled once: a regex literal inside a loop builds a new RegExp object at every pass.
const LOWER_LETTER = /\p{Lowercase}/u;
const DIGIT_OR_DOT = /[\d.]/u;
const PLACE_PREPOSITION = /^(?:in|at|from|to|against|over)$/u;
const VERB_AFTER = /^\s+\p{Lowercase}+(?:ed|s)\b/u;
const POSSESSIVE_AFTER = /^['\u2019]s\b/u;
const ENDS_IN_S = /s$/u;
const LAST_WORD = /(\p{Alphabetic}+)\W*$/u;
const LETTER = /\p{Alphabetic}/u;

/** A name's words, where it occurs, and the short forms it was cut to. */
export interface GateInput {
  words: readonly string[];
  mentions: ReadonlyArray<{ start: number; end: number }>;
  aliases: ReadonlySet<string>;
}

/** Surname endings of many naming traditions (Slavic, Nordic, Iberian, Italian, Greek, Finnish, Armenian...). */
export const SURNAME_ENDING =
  /(?:ov|ova|ev|eva|sky|ski|ska|vic|vi\u0107|ic|i\u0107|enko|uk|chuk|son|sen|sson|ez|es|is|os|ini|elli|etti|ato|ino|eau|opoulos|idis|akis|ian|yan|nen|inen|escu|oglu|ashvili|adze|berg|stein|mann)$/u;
const ORG_ENDING = /(?:ers|ies|ics|ings|tion|ment|ness|ity|ism|ists|ans)$/u;

/** Feature names, in the order of `gateFeatures` and of the weights. */
export const GATE_FEATURES = [
  'bias',
  'three or more words',
  'said again',
  'a common word',
  'a word in capitals',
  'a digit or a dot',
  'surname ending',
  'plural or abstract ending',
  'a known place',
  'cut to its first word',
  'after "the"',
  'after in/at/from/to/against/over',
  'before a lowercase verb',
  'before "\'s"',
  'opens a sentence',
  'first word an everyday English word',
  'last word an everyday English word',
  'last word ends in s',
  'last word the plural of an everyday English word',
  'the whole name a town or region of the gazetteer',
] as const;

/** The features of one candidate name, 0 or 1 each (the bias 1). */
export function gateFeatures(c: GateInput, sentences: readonly Sentence[], lex: CompiledLexicon): number[] {
  const words = c.words;
  const last = words[words.length - 1] ?? '';
  const around = c.mentions.map((m) => surroundings(m, sentences));
  const any = (test: (x: Surroundings) => boolean): number => (around.some(test) ? 1 : 0);
  const has = (test: (w: string) => boolean): number => (words.some(test) ? 1 : 0);
  return [
    1,
    words.length >= 3 ? 1 : 0,
    c.mentions.length >= 2 ? 1 : 0,
    has((w) => lex.common.has(w.toLowerCase())),
    has((w) => w.length >= 2 && !LOWER_LETTER.test(w)),
    has((w) => DIGIT_OR_DOT.test(w)),
    SURNAME_ENDING.test(last) ? 1 : 0,
    ORG_ENDING.test(last) ? 1 : 0,
    has((w) => lex.city.has(w) || lex.country.has(w)),
    c.aliases.has(words[0] ?? '') ? 1 : 0,
    any((x) => x.before === 'the'),
    any((x) => PLACE_PREPOSITION.test(x.before)),
    any((x) => VERB_AFTER.test(x.after)),
    any((x) => POSSESSIVE_AFTER.test(x.after)),
    any((x) => x.opens),
    lex.englishWords.has((words[0] ?? '').toLowerCase()) ? 1 : 0,
    lex.englishWords.has(last.toLowerCase()) ? 1 : 0,
    ENDS_IN_S.test(last) ? 1 : 0,
    pluralOfEnglish(last.toLowerCase(), lex) ? 1 : 0,
    gazetteerPlace(words.join(' '), lex) ? 1 : 0,
  ];
}

/** "Rancho Mirage", "Akhal Oblast": a town or a state, province or region of the world gazetteer. */
function gazetteerPlace(name: string, lex: CompiledLexicon): boolean {
  return (
    lex.gazetteer !== undefined &&
    (lex.gazetteer.town(name) !== undefined || lex.gazetteer.division(name) !== undefined)
  );
}

/** "Gardens", "Boxes": a plural of an everyday English word. */
function pluralOfEnglish(lower: string, lex: CompiledLexicon): boolean {
  return (
    (lower.endsWith('s') && lex.englishWords.has(lower.slice(0, -1))) ||
    (lower.endsWith('es') && lex.englishWords.has(lower.slice(0, -2)))
  );
}

/** Whether the weighted features say person; an empty gate says no. */
export function passesGate(features: readonly number[], weights: readonly number[]): boolean {
  if (weights.length !== features.length) return false;
  let z = 0;
  for (let i = 0; i < features.length; i++) z += (features[i] ?? 0) * (weights[i] ?? 0);
  return z > 0;
}

interface Surroundings {
  before: string;
  after: string;
  opens: boolean;
}

function surroundings(m: { start: number; end: number }, sentences: readonly Sentence[]): Surroundings {
  const s = sentences[sentenceAt(sentences, m.start)];
  if (s === undefined) return { before: '', after: '', opens: false };
  const head = s.text.slice(0, Math.max(0, m.start - s.start));
  const prev = LAST_WORD.exec(head);
  return {
    before: prev?.[1]?.toLowerCase() ?? '',
    after: s.text.slice(m.end - s.start, m.end - s.start + 24),
    opens: !LETTER.test(head),
  };
}
