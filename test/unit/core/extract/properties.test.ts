import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeBody, loadLanguageScorer } from '../../../../lambdas/core/extract';
import { DEFAULT_LEXICON } from '../../../../lambdas/core/extract/lexicon';
import type { BodyAnalysis, Span } from '../../../../lambdas/core/model';

const languageScorer = await loadLanguageScorer();

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

// Words that steer the rules: names, titles, quotes, dates, abbreviations.
const pieces = fc.constantFrom(
  'President',
  'Vice Foreign Minister',
  'Ma Zhaoxu',
  'said',
  '“',
  '”',
  '"',
  '«',
  '»',
  '„',
  'U.S.',
  'Dr.',
  'Gen.',
  'on Monday',
  'last week',
  'in May',
  'Earlier in May,',
  'June 5, 2023',
  'two weeks ago',
  'the foreign ministry',
  'met',
  'in Beijing',
  ',',
  '.',
  '\n\n',
  '\n',
  ' ',
  'al-Sisi',
  'bin',
  'Kritenbrink',
  'he',
  'according to',
  "'s",
  '’s',
  'J.K.',
  '3.5',
  'Inc.',
  'this past weekend',
  'the coming weeks',
  'State Department',
  'Wang',
  'Yi',
  'Wenbin',
);
const articleLike = fc.array(pieces, { maxLength: 80 }).map((parts) => parts.join(' '));

function spans(r: BodyAnalysis): Span[] {
  const events = [r.mainEvent, ...r.background].filter((e) => e !== null);
  return [
    ...r.people.flatMap((p) => p.mentions),
    ...r.quotes.map((q) => q.span),
    ...events.flatMap((e) => (e.span === undefined ? [] : [e.span])),
    ...events.flatMap((e) => (e.date?.span === undefined ? [] : [e.date.span])),
  ];
}

/** Text of many different two-word names, each followed by one of its words alone. */
function distinctNames(size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const a = `Q${i.toString(36)}an`;
    const b = `Z${(i * 7919).toString(36)}ov`;
    const part = `${a} ${b} spoke. ${b} left. `;
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

function checkInvariants(body: string, published: string): void {
  const r = analyzeBody(body, { published, languageScorer }, DEFAULT_LEXICON);
  for (const s of spans(r)) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(body.length);
    expect(r.sentences[s.sentence]).toBeDefined();
  }
  for (const q of r.quotes) expect(body.slice(q.span.start, q.span.end)).toBe(q.text);
  for (const s of r.sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
  const events = [r.mainEvent, ...r.background].filter((e) => e !== null);
  for (const e of events) {
    for (const i of e.sentences) expect(r.sentences[i]).toBeDefined();
    if (e.date !== undefined) {
      expect(e.date.start).toMatch(ISO_DAY);
      expect(e.date.end).toMatch(ISO_DAY);
      expect(e.date.start <= e.date.end).toBe(true);
      expect(Number.isNaN(Date.parse(e.date.start))).toBe(false);
    }
  }
}

describe('Function: analyzeBody (properties)', () => {
  it('never throws and keeps its invariants on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (body) =>
        checkInvariants(body, '2023-06-06'),
      ),
      { numRuns: 300 },
    );
  });

  it('keeps its invariants on article-like text', () => {
    fc.assert(
      fc.property(
        articleLike,
        fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
        (body, d) => checkInvariants(body, d.toISOString()),
      ),
      { numRuns: 400 },
    );
  });

  it('gives empty results for empty or blank text', () => {
    for (const body of ['', '   ', '\n\n\t']) {
      expect(analyzeBody(body, { published: '2023-06-06', languageScorer }, DEFAULT_LEXICON)).toEqual({
        sentences: [],
        people: [],
        organizations: [],
        places: [],
        quotes: [],
        mainEvent: null,
        background: [],
      });
    }
  });

  it('tolerates a bad publication date', () => {
    const r = analyzeBody(
      'Officials met in Beijing on Monday.',
      {
        published: 'yesterday-ish',
        languageScorer,
      },
      DEFAULT_LEXICON,
    );
    expect(r.mainEvent?.date).toBeUndefined();
    expect(r.sentences).toHaveLength(1);
  });

  it.each([
    ['one long line of words', 'word '.repeat(200_000)],
    ['one long line of capitals', 'Abc Def '.repeat(120_000)],
    ['unclosed quotes', '“open '.repeat(150_000)],
    ['initials', 'A. B. '.repeat(160_000)],
    ['short quotes on one line', '"a b" '.repeat(170_000)],
    ['sentences dated today', 'They met today. '.repeat(62_000)],
    ['distinct names and short forms', distinctNames(1_000_000)],
    ['one name said again and again', 'Ann Lee spoke. '.repeat(70_000)],
  ])('returns on 1 MB of %s', (_name, body) => {
    const r = analyzeBody(body, { published: '2023-06-06', languageScorer }, DEFAULT_LEXICON);
    expect(r.sentences.length).toBeGreaterThan(0);
  });
});
