import { describe, expect, it } from 'vitest';
import { loadAnalyze } from '../../../test/eval/evaluate';
import { evaluateReal, loadRealCorpus, realFigures } from '../../../test/eval/real';
import { evaluatePlaces, loadPlaceCases, placeFigures } from '../../../test/eval/real-places';
import {
  evaluateQuotes,
  loadQuoteCases,
  QUOTE_SETS,
  type QuoteSet,
  rightSpeakerShare,
} from '../../../test/eval/real-quotes';

// The real-text figures reached on the tuning ids of the hand gold (test/fixtures/real): floors, so
// a change that drops one fails. The texts are third-party and live in ../shared, never here.
const FLOORS = { type: 0.493, date: 0.76, place: 0.882, actorsF1: 0.812, peopleF1: 0.883 };

const cases = await loadRealCorpus();
if (typeof cases === 'string') console.warn(`real-text floors skipped: ${cases}`);

describe.skipIf(typeof cases === 'string')('real text (ECB+ dev, tuning ids): floors', () => {
  it('holds every figure reached', async () => {
    if (typeof cases === 'string') return;
    const figures = realFigures((await evaluateReal(cases, await loadAnalyze(), 'tuning')).total);
    for (const [field, floor] of Object.entries(FLOORS)) {
      expect(figures[field as keyof typeof FLOORS], field).toBeGreaterThanOrEqual(floor);
    }
  });
});

// Quotes with the right speaker on the annotated reports, each round of annotation on its own tuning ids
// (test/fixtures/real/ecbplus-dev.quotes*.json): the first round's 78 quotations (68 right), the second's 113 (104).
const QUOTE_FLOORS: Record<QuoteSet, number> = { first: 0.871, second: 0.92 };
const quoteCases = await loadQuoteCases();
if (typeof quoteCases === 'string') console.warn(`real-text quote floors skipped: ${quoteCases}`);

describe.skipIf(typeof quoteCases === 'string')('real text (ECB+ dev, tuning ids): quote floors', () => {
  it.each(QUOTE_SETS)('holds the share of quotations found with the right speaker, %s round', async (set) => {
    if (typeof quoteCases === 'string') return;
    const { tally } = await evaluateQuotes(quoteCases, await loadAnalyze(), 'tuning', set);
    expect(rightSpeakerShare(tally)).toBeGreaterThanOrEqual(QUOTE_FLOORS[set]);
  });
});

// The main event's place and actors on the second round of gold (117 reports picked by position,
// test/fixtures/real/ecbplus-dev.places-2.json), its tuning ids: 90 reports, 58 with a place.
const PLACE_FLOORS = { place: 0.879, actorsF1: 0.676 };
const placeCases = await loadPlaceCases();
if (typeof placeCases === 'string') console.warn(`real-text place floors skipped: ${placeCases}`);

describe.skipIf(typeof placeCases === 'string')(
  'real text (ECB+ dev, second round, tuning ids): place floors',
  () => {
    it('holds the place accuracy and actors F1 reached', async () => {
      if (typeof placeCases === 'string') return;
      const figures = placeFigures((await evaluatePlaces(placeCases, await loadAnalyze(), 'tuning')).total);
      for (const [field, floor] of Object.entries(PLACE_FLOORS)) {
        expect(figures[field as keyof typeof PLACE_FLOORS], field).toBeGreaterThanOrEqual(floor);
      }
    });
  },
);
