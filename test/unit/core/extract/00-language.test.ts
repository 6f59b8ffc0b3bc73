import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findLanguage,
  languageOf,
  loadLanguageScorer,
  withoutForeign,
} from '../../../../lambdas/core/extract/00-language';
import { ENGLISH_FUNCTION_WORDS } from '../../../../lambdas/core/extract/lexicon/language';
import { ExtractionError } from '../../../../lambdas/errors';

const words = new Set<string>(ENGLISH_FUNCTION_WORDS.words);
const score = await loadLanguageScorer();

const english =
  'The harbour council voted on Tuesday to reopen the old swing bridge after two years of repairs, the mayor said.';
const spanish =
  'El consejo del puerto votó el martes para reabrir el viejo puente giratorio después de dos años de reparaciones, dijo la alcaldesa.';
const spanishReport = [spanish, spanish.replace('martes', 'jueves'), spanish.replace('dos', 'tres')].join(
  '\n\n',
);

describe('findLanguage: a passage or report not in English', () => {
  it('reads the function-word row: its example is English, its counter-example is not', () => {
    expect(findLanguage(ENGLISH_FUNCTION_WORDS.example, words, score).foreign).toEqual([]);
    expect(
      findLanguage(`${ENGLISH_FUNCTION_WORDS.counter} ${ENGLISH_FUNCTION_WORDS.counter}`, words, score)
        .foreign,
    ).toHaveLength(1);
  });

  it('leaves an English report English', () => {
    expect(findLanguage(`${english}\n\n${english}`, words, score)).toEqual({ language: 'eng', foreign: [] });
  });

  it('marks a Spanish passage inside an English report, and blanks it without moving any offset', () => {
    const body = `${english}\n\n${spanish}\n\n${english}`;
    const report = findLanguage(body, words, score);
    expect(report.language).toBe('eng');
    expect(report.foreign).toEqual([
      { start: english.length + 2, end: english.length + 2 + spanish.length, language: 'spa' },
    ]);
    const masked = withoutForeign(body, report.foreign);
    expect(masked).toHaveLength(body.length);
    expect(masked).not.toContain('consejo');
    expect(masked.startsWith(english)).toBe(true);
  });

  it('calls a report that is mostly Spanish Spanish', () => {
    expect(findLanguage(spanishReport, words, score).language).toBe('spa');
  });

  it('does not take an English headline in title case for another language', () => {
    const headline = 'Singer Checks Into Harbourview Rehab, Checks Out Two Minutes Later';
    expect(findLanguage(headline, words, score).foreign).toEqual([]);
  });
});

describe('loadLanguageScorer: franc-min only for the bodies that need it', () => {
  it.each([
    ['an English report', `${english}\n\n${english}`, false],
    ['a short line in another language', 'El puente, por fin.', false],
    ['a title-case headline', 'Singer Checks Into Harbourview Rehab, Checks Out Two Minutes Later', false],
    ['a Spanish paragraph', `${english}\n\n${spanish}`, true],
  ])('%s needs the scorer: %s', async (_kind, body, needed) => {
    let loads = 0;
    const load = async () => {
      loads++;
      return score;
    };
    expect(await languageOf(body, words, load)).toEqual(findLanguage(body, words, score));
    expect(loads).toBe(needed ? 1 : 0);
  });

  it('refuses to judge a paragraph without the scorer, rather than calling it English', () => {
    expect(() => findLanguage(`${english}\n\n${spanish}`, words)).toThrow(ExtractionError);
    expect(findLanguage(`${english}\n\n${english}`, words)).toEqual({ language: 'eng', foreign: [] });
  });

  it('loads the scorer once', async () => {
    expect(await loadLanguageScorer()).toBe(score);
  });
});

describe('analyzeDocument and analyzeBody with other languages and failures', () => {
  it('rejects a report that is mostly Spanish, saying which language it is in', async () => {
    const { analyzeDocument } = await import('../../../../lambdas/core/analyze');
    const { LOCAL_REFERENCE_DATA } = await import('../../../../lambdas/local/cli/reference-data');
    const result = await analyzeDocument(
      {
        key: 'puente.txt',
        bytes: new TextEncoder().encode(spanishReport),
        metadata: {},
        lastModified: '2026-01-01T00:00:00Z',
      },
      { maxBytes: 1_000_000, reference: LOCAL_REFERENCE_DATA },
    );
    expect(result).toMatchObject({ code: 'not-english' });
    expect('reason' in result && result.reason).toMatch(/Spanish/u);
  });

  it('marks a foreign passage and reads nobody from it', async () => {
    const { analyzeBody } = await import('../../../../lambdas/core/extract');
    const { DEFAULT_LEXICON } = await import('../../../../lambdas/core/extract/lexicon');
    const quoted = spanish.replace('la alcaldesa', 'la alcaldesa Lucía Ferreira Montoya');
    const result = analyzeBody(
      `${english}\n\n${quoted}`,
      { published: '2026-01-06', languageScorer: score },
      DEFAULT_LEXICON,
    );
    expect(result.language?.foreign).toHaveLength(1);
    expect(result.people.map((p) => p.name)).not.toContain('Lucía Ferreira Montoya');
    expect(result.sentences.every((s) => !s.text.includes('consejo'))).toBe(true);
  });

  it('surfaces a rule that throws in analysisError instead of swallowing it', async () => {
    const { analyzeBody } = await import('../../../../lambdas/core/extract');
    const { DEFAULT_LEXICON } = await import('../../../../lambdas/core/extract/lexicon');
    const broken = { ...DEFAULT_LEXICON, weekdays: null as unknown as string[] };
    const result = analyzeBody(english, { published: '2026-01-06' }, broken);
    expect(result.analysisError).toMatch(/^The extraction rules failed on this article body: TypeError/u);
    expect(result.mainEvent).toBeNull();
  });
});

/** The paragraphs the step sends to the scorer, as it read them with two regexes: the reference of the property test. */
function judgedByPatterns(body: string, functionWords: ReadonlySet<string>): string[] {
  const judged: string[] = [];
  for (const [paragraph] of body.matchAll(/[^\n]+/gu)) {
    let n = 0;
    let hits = 0;
    let capitals = 0;
    let settled = false;
    for (const [w] of paragraph.matchAll(/[\p{Alphabetic}'\u2019]+/gu)) {
      if (n >= 40) break;
      n++;
      const lower = w.toLowerCase();
      if (functionWords.has(lower) && ++hits >= 3) {
        settled = true;
        break;
      }
      if (w.charCodeAt(0) !== lower.charCodeAt(0)) capitals++;
    }
    const share = Math.max(n, 1);
    if (!settled && n >= 10 && hits / share < 0.06 && capitals / share <= 0.5) judged.push(paragraph);
  }
  return judged;
}

describe('findLanguage: the paragraphs it judges', () => {
  it('sends the scorer the paragraphs the word and paragraph patterns leave open, on any text', () => {
    const piece = fc.oneof(
      fc.constantFrom('the', 'of', 'El', 'consejo', 'Ωmega', 'l’été', "don't", 'Zoë', '𝐀bc', 'x'),
      fc.constantFrom(' ', '\n', '\n\n', ', ', '-', '9', '\u0301', ''),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (parts) => {
        const body = parts.join('');
        const sent: string[] = [];
        findLanguage(body, words, (text) => {
          sent.push(text);
          return [['eng', 1]];
        });
        expect(sent).toEqual(judgedByPatterns(body, words));
      }),
      { numRuns: 500 },
    );
  });
});
