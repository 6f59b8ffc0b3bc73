import { describe, expect, it } from 'vitest';
import type { Quote } from '../../../lambdas/core/model';
import { parseConll } from '../../../test/eval/conll';
import {
  type ConllGoldQuote,
  conllQuotationAt,
  conllQuoteCases,
  evaluateConllQuotes,
  scoreConllQuotes,
} from '../../../test/eval/conll-quotes';
import { quoteKey } from '../../../test/eval/real-quotes';

const quote = (speaker: string, text: string, kind: Quote['speakerKind'] = 'person'): Quote => ({
  speaker,
  speakerKind: kind,
  text,
  span: { sentence: 0, start: 0, end: text.length },
});

// Token rows written here in the CoNLL-2003 layout; no third-party text.
const FILE = [
  '-DOCSTART- -X- -X- O',
  '',
  ...'" The pier opens again on Monday , " said Tilda Brannock .'.split(' ').map((t) => `${t} X X O`),
  '',
].join('\n');

describe('Function: conllQuotationAt', () => {
  it('runs to the next straight mark, inner apostrophes kept', () => {
    const body = `"The divers' boats go first," she said.`;
    expect(conllQuotationAt(body, 1)).toBe("The divers' boats go first,");
  });
});

describe('Function: conllQuoteCases', () => {
  const docs = parseConll(FILE);
  it('rebuilds the document and checks each mark against its words', () => {
    const body = '"The pier opens again on Monday," said Tilda Brannock.';
    const [c] = conllQuoteCases(docs, {
      'train-0': [{ at: 1, key: quoteKey(body, 1), speaker: 'Tilda Brannock' }],
    });
    expect(c?.body).toBe(body);
    expect(c?.quotes).toEqual([
      { at: 1, text: 'The pier opens again on Monday,', speaker: 'Tilda Brannock' },
    ]);
  });
  it('fails loudly when the words at the offset are not the annotated ones', () => {
    expect(() =>
      conllQuoteCases(docs, { 'train-0': [{ at: 5, key: '000000000000', speaker: null }] }),
    ).toThrow(/not the annotated quotation/u);
  });
});

describe('Function: scoreConllQuotes', () => {
  const gold: ConllGoldQuote[] = [
    { at: 0, text: 'The pier opens again on Monday,', speaker: 'Tilda Brannock' },
    { at: 50, text: 'Nobody told us a thing.', speaker: null },
    { at: 90, text: 'We were never asked at all.', speaker: null },
  ];
  it('scores named quotations by speaker and counts unnamed ones credited to someone', () => {
    const found = [
      quote('Brannock', 'The pier opens again on Monday,'),
      quote('Tilda Brannock', 'Nobody told us a thing.'),
      quote('unknown', 'We were never asked at all.', 'unknown'),
    ];
    expect(scoreConllQuotes(gold, found)).toEqual({
      named: { total: 1, found: 1, rightSpeaker: 1 },
      unnamed: { total: 2, credited: 1 },
    });
  });
  it('lists the false credit and the wrong speaker as misses', () => {
    const cases = [
      {
        id: 'train-0',
        split: 'tuning' as const,
        pick: 'first' as const,
        body: '',
        published: '2001-03-04',
        quotes: gold,
      },
    ];
    const { misses } = evaluateConllQuotes(
      cases,
      () => [
        quote('Oskar Lind', 'The pier opens again on Monday,'),
        quote('Oskar Lind', 'Nobody told us a thing.'),
      ],
      'tuning',
    );
    expect(misses.map((m) => [m.at, m.found])).toEqual([
      [0, 'Oskar Lind'],
      [50, 'Oskar Lind'],
    ]);
    // Another pick's documents are left out.
    expect(evaluateConllQuotes(cases, () => [], 'tuning', 'second').tally.named.total).toBe(0);
  });
});
