import { describe, expect, it } from 'vitest';
import { loadAnalyze } from '../../../test/eval/evaluate';
import { evaluateReal, loadRealCorpus, realFigures } from '../../../test/eval/real';
import { evaluateDates, loadDateCases } from '../../../test/eval/real-dates';
import {
  evaluatePlaces,
  loadPlaceCases,
  type PlaceRound,
  placeFigures,
} from '../../../test/eval/real-places';
import {
  evaluateQuotes,
  loadQuoteCases,
  QUOTE_SETS,
  type QuoteSet,
  rightSpeakerShare,
} from '../../../test/eval/real-quotes';

// The real-text figures reached on the tuning ids of the hand gold (test/fixtures/real): floors, so
// a change that drops one fails. The texts are third-party and live in ../shared, never here.
const FLOORS = { type: 0.79, date: 0.88, place: 0.882, actorsF1: 0.918, peopleF1: 0.942 };
// People on the held-aside ids, read once at the end of session 17 (75 found right, 13 wrong, 5 missed).
const ASIDE_PEOPLE_F1 = 0.892;

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

  it('holds the people figure reached on the held-aside ids', async () => {
    if (typeof cases === 'string') return;
    const figures = realFigures((await evaluateReal(cases, await loadAnalyze(), 'held-aside')).total);
    expect(figures.peopleF1).toBeGreaterThanOrEqual(ASIDE_PEOPLE_F1);
  });
});

// Quotes with the right speaker on the annotated reports, each round of annotation on its own tuning ids
// (test/fixtures/real/ecbplus-dev.quotes*.json): the first round's 78 quotations (77 right), the second's 113 (111).
const QUOTE_FLOORS: Record<QuoteSet, number> = { first: 0.987, second: 0.982 };
const quoteCases = await loadQuoteCases();
if (typeof quoteCases === 'string') console.warn(`real-text quote floors skipped: ${quoteCases}`);

// Their held-aside ids, read once at the end of session 27 (after that session's quote rules): the first round's
// 22 quotations (21 right), the second's 51 (45); both rounds 66 of 73 (90.4%, 65 at session 26's end).
const ASIDE_QUOTE_FLOORS: Record<QuoteSet, number> = { first: 0.954, second: 0.882 };

describe.skipIf(typeof quoteCases === 'string')('real text (ECB+ dev, tuning ids): quote floors', () => {
  it.each(QUOTE_SETS)('holds the share of quotations found with the right speaker, %s round', async (set) => {
    if (typeof quoteCases === 'string') return;
    const { tally } = await evaluateQuotes(quoteCases, await loadAnalyze(), 'tuning', set);
    expect(rightSpeakerShare(tally)).toBeGreaterThanOrEqual(QUOTE_FLOORS[set]);
  });

  it.each(QUOTE_SETS)('holds the share reached on the held-aside ids, %s round', async (set) => {
    if (typeof quoteCases === 'string') return;
    const { tally } = await evaluateQuotes(quoteCases, await loadAnalyze(), 'held-aside', set);
    expect(rightSpeakerShare(tally)).toBeGreaterThanOrEqual(ASIDE_QUOTE_FLOORS[set]);
  });
});

// The main event's place and actors on the later rounds of gold, their tuning ids: the second round
// (117 reports picked by position, test/fixtures/real/ecbplus-dev.places-2.json: 90 tuning ids, 58 with a
// place), the third (99 reports of topics 1-15, ecbplus-dev.places-3.json: 81 tuning ids, 53 with a place) and
// the fourth (the 29 reports of topics 1-14 no gold held, ecbplus-dev.places-4.json: 22 tuning ids, 11 with a place)
// and the fifth (the 22 reports of topics 1-15 only the quotes held, ecbplus-dev.places-5.json: 17 tuning ids, 13 with
// a place; before any rule was changed against it, place 76.9% and actors F1 41.0). The sixth round (topics 16-20,
// ecbplus-dev.places-6.json) is all held aside: no floor, nothing tunes on it.
const PLACE_FLOORS = {
  second: { place: 0.948, actorsF1: 0.906 },
  third: { place: 0.924, actorsF1: 0.912 },
  fourth: { place: 1, actorsF1: 0.818 },
  fifth: { place: 0.846, actorsF1: 0.692 },
};
const placeCases = await loadPlaceCases();
if (typeof placeCases === 'string') console.warn(`real-text place floors skipped: ${placeCases}`);

describe.skipIf(typeof placeCases === 'string')(
  'real text (ECB+ dev, later rounds, tuning ids): place floors',
  () => {
    it.each(
      Object.entries(PLACE_FLOORS),
    )('holds the %s round place accuracy and actors F1 reached', async (round, floors) => {
      if (typeof placeCases === 'string') return;
      const { total } = await evaluatePlaces(placeCases, await loadAnalyze(), 'tuning', round as PlaceRound);
      const figures = placeFigures(total);
      for (const [field, floor] of Object.entries(floors)) {
        expect(figures[field as keyof typeof floors], field).toBeGreaterThanOrEqual(floor);
      }
    });
  },
);

// The main event's day on the date round's tuning ids (test/fixtures/real/ecbplus-dev.dates.json: the later place
// rounds' reports with a date line, 39 tuning ids with a day the text gives): 38 right; 39 since a main sentence
// dated only by its report gives way to the event's own day told in the next two sentences (session 21).
const DATE_ROUND_FLOOR = 1;
const dateCases = await loadDateCases();
if (typeof dateCases === 'string') console.warn(`real-text date floor skipped: ${dateCases}`);

describe.skipIf(typeof dateCases === 'string')(
  'real text (ECB+ dev, date round, tuning ids): date floor',
  () => {
    it('holds the share of main events dated to the right day', async () => {
      if (typeof dateCases === 'string') return;
      const { tally } = await evaluateDates(dateCases, await loadAnalyze(), 'tuning');
      expect(tally.correct / tally.total).toBeGreaterThanOrEqual(DATE_ROUND_FLOOR);
    });
  },
);
