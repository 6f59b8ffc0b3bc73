/**
 * Step 0: which passages are not English. A paragraph rich in English function words is English
 * at once; any other paragraph of some length goes to franc-min (trigram statistics, 82 languages).
 * Foreign passages are blanked out before the English rules run, so no rule ever reads them and
 * no digest quotes them; a report that is mostly foreign is not analysed at all.
 *
 * franc-min is 170 KiB of trigram tables, about 40 ms of every cold import of the extractor, and
 * most reports never need it (none of the 413 ECB+ development reports): it is imported by
 * `loadLanguageScorer` only for a body with a paragraph to judge, and the scorer is passed in.
 */
import { ExtractionError } from '../../errors';
import { lazyImport } from '../lazy-import';
import type { LanguageReport } from '../model';
import { unicodePattern } from '../unicode-pattern';
import { codePointClass } from './text';

/** A paragraph the detector judged to be in another language, with its offsets into the body. */
export type ForeignPassage = LanguageReport['foreign'][number];

/** Fewer function words than this share of a paragraph's words sends it to the detector. */
const ENGLISH_SHARE = 0.06;
/** Shorter paragraphs (a dateline, a name list, a caption) are too short to judge. */
const MIN_WORDS = 10;
/** English scoring this close to the best language (1) keeps a passage English: headlines fool trigrams. */
const ENGLISH_MARGIN = 0.9;
/** A report whose foreign passages hold more than this share of its letters is not an English report. */
const FOREIGN_SHARE = 0.5;
/** Too little foreign text to reject a whole report for. */
const MIN_FOREIGN_LETTERS = 200;

/** What a word of `needsJudging` is made of: letters (`\p{Alphabetic}`) and apostrophes. */
const isWordChar = codePointClass(
  unicodePattern(String.raw`^[\p{Alphabetic}'\u2019]$`),
  (code) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 39,
);

/** The offset just past the run of `isWordChar` code points from `at` (or `at` itself when it opens none). */
function wordCharsEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const code = text.codePointAt(i) as number;
    if (!isWordChar(code)) break;
    i += code > 0xffff ? 2 : 1;
  }
  return i;
}

/** Enough words to judge a paragraph by; a long one is judged by its opening. */
const SAMPLE_WORDS = 40;

/** This many function words make any sample English (their share of at most SAMPLE_WORDS is enough). */
const ENOUGH_FUNCTION_WORDS = Math.ceil(ENGLISH_SHARE * SAMPLE_WORDS);

/**
 * Whether a paragraph's opening words leave its language open: enough of them, too few English function words
 * among them, and not mostly capitalized (headlines and name lists capitalize most words and drop function words:
 * they are no evidence). Reading stops at the function word that settles it, as most English paragraphs do early.
 */
function needsJudging(text: string, functionWords: ReadonlySet<string>): boolean {
  let words = 0;
  let hits = 0;
  let capitals = 0;
  // The words are the runs of letters and apostrophes, read one code point at a time (a regex exec a word made
  // a match array for each).
  for (let i = 0; i < text.length && words < SAMPLE_WORDS; ) {
    const end = wordCharsEnd(text, i);
    if (end === i) {
      i += (text.codePointAt(i) as number) > 0xffff ? 2 : 1;
      continue;
    }
    words++;
    const w = text.slice(i, end);
    i = end;
    const lower = w.toLowerCase();
    if (functionWords.has(lower) && ++hits >= ENOUGH_FUNCTION_WORDS) return false;
    if (w.charCodeAt(0) !== lower.charCodeAt(0)) capitals++;
  }
  const n = Math.max(words, 1);
  return words >= MIN_WORDS && hits / n < ENGLISH_SHARE && capitals / n <= 0.5;
}

/** Scores a passage against the languages franc-min knows: `[ISO 639-3 code, score]`, best first. */
export type LanguageScorer = (text: string) => readonly (readonly [string, number])[];

/** franc-min's scorer, imported on the first call only. */
export const loadLanguageScorer = lazyImport(
  'the language scorer (the franc-min package)',
  async (): Promise<LanguageScorer> => {
    const { francAll } = await import('franc-min');
    return (text) => francAll(text, { minLength: 30 });
  },
);

/** A paragraph (a line of the body) and its offset. */
interface Paragraph {
  index: number;
  text: string;
}

/** The paragraphs the function words cannot call English, in order: the ones the scorer must judge. */
function* paragraphsToJudge(body: string, functionWords: ReadonlySet<string>): Generator<Paragraph> {
  for (let start = 0; start < body.length; ) {
    const newline = body.indexOf('\n', start);
    const end = newline === -1 ? body.length : newline;
    if (end > start) {
      const text = body.slice(start, end);
      if (needsJudging(text, functionWords)) yield { index: start, text };
    }
    start = end + 1;
  }
}

/**
 * The language of every paragraph of some length that is not English prose. Throws when a paragraph
 * must be judged and no scorer was passed (see `languageOf`).
 */
export function findLanguage(
  body: string,
  functionWords: ReadonlySet<string>,
  score?: LanguageScorer,
): LanguageReport {
  return judge(body, paragraphsToJudge(body, functionWords), score);
}

/**
 * `findLanguage` for a caller that can wait for an import: the scorer is loaded only when some paragraph needs
 * judging (most English reports: none), and the paragraphs are read once.
 */
export async function languageOf(
  body: string,
  functionWords: ReadonlySet<string>,
  load: () => Promise<LanguageScorer> = loadLanguageScorer,
): Promise<LanguageReport> {
  const toJudge = [...paragraphsToJudge(body, functionWords)];
  return judge(body, toJudge, toJudge.length === 0 ? undefined : await load());
}

/** The report on the paragraphs the function words left open. */
function judge(body: string, toJudge: Iterable<Paragraph>, score?: LanguageScorer): LanguageReport {
  const foreign: ForeignPassage[] = [];
  for (const m of toJudge) {
    if (score === undefined) {
      throw new ExtractionError(
        'A paragraph needs the language scorer and none was passed (loadLanguageScorer)',
      );
    }
    const scores = score(m.text);
    const [language = 'und', best = 0] = scores[0] ?? [];
    const english = scores.find(([code]) => code === 'eng' || code === 'sco')?.[1] ?? 0;
    if (language !== 'und' && best > 0 && english < ENGLISH_MARGIN * best) {
      foreign.push({ start: m.index, end: m.index + m.text.length, language });
    }
  }
  if (foreign.length === 0) return { language: 'eng', foreign };
  const letters = (text: string): number => (text.match(/\p{Alphabetic}/gu) ?? []).length;
  const foreignLetters = foreign.reduce((n, p) => n + letters(body.slice(p.start, p.end)), 0);
  const mostly = foreignLetters >= MIN_FOREIGN_LETTERS && foreignLetters / letters(body) > FOREIGN_SHARE;
  return { language: mostly ? majority(foreign) : 'eng', foreign };
}

function majority(passages: readonly ForeignPassage[]): string {
  const count = new Map<string, number>();
  for (const p of passages) count.set(p.language, (count.get(p.language) ?? 0) + p.end - p.start);
  return [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'und';
}

/** The body with foreign passages blanked (same length, so every offset still points into the original). */
export function withoutForeign(body: string, foreign: readonly ForeignPassage[]): string {
  let out = body;
  for (const p of foreign) out = out.slice(0, p.start) + ' '.repeat(p.end - p.start) + out.slice(p.end);
  return out;
}
