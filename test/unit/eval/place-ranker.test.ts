import { describe, expect, it } from 'vitest';
import { PLACE_FEATURES } from '../../../lambdas/core/extract/place-candidates';
import {
  fitPlaceRanker,
  type PlaceExample,
  placeUnder,
  RANKER_WAYS,
  type RankerWay,
  rankPlace,
  tallyPlaces,
} from '../../../test/eval/place-ranker';

const MAIN = PLACE_FEATURES.indexOf('in the main sentence');
const DATELINE = PLACE_FEATURES.indexOf('the dateline');

/** A candidate with the bias and the features at `on` set. */
function candidate(name: string, on: readonly number[]): { name: string; features: number[] } {
  return { name, features: PLACE_FEATURES.map((_, i) => (i === 0 || on.includes(i) ? 1 : 0)) };
}

/** A report whose gold place is named in its main sentence, beside a dateline elsewhere (invented towns). */
function report(id: string, gold: string | null, rulesPick?: string, rulesWeak = false): PlaceExample {
  return {
    id,
    topic: id.split('_')[0] ?? '',
    round: 'second',
    candidates: [candidate('Ashford', [MAIN]), candidate('Dover', [DATELINE])],
    rulesPick,
    rulesWeak,
    gold: { place: gold },
  };
}

function way(use: RankerWay['use'], threshold: number, margin = 0): RankerWay {
  const found = RANKER_WAYS.find((w) => w.use === use && w.threshold === threshold && w.margin === margin);
  if (found === undefined) throw new Error(`no way ${use} ${threshold} ${margin}`);
  return found;
}

describe('Function: fitPlaceRanker (a conditional logit over a report\u2019s candidates and no place)', () => {
  it('learns that the place of the main sentence beats the dateline', () => {
    const examples = ['1_1', '1_2', '2_1', '2_2', '3_1'].map((id) => report(id, 'Ashford'));
    const w = fitPlaceRanker(examples);
    expect(w[MAIN] ?? 0).toBeGreaterThan(w[DATELINE] ?? 0);
    expect(rankPlace(report('4_1', null).candidates, w, 0)).toBe('Ashford');
  });

  it('gives no place when no candidate clears the threshold', () => {
    expect(
      rankPlace(report('4_1', null).candidates, new Array(PLACE_FEATURES.length).fill(0), 0.5),
    ).toBeUndefined();
    expect(rankPlace([], [], 0)).toBeUndefined();
  });
});

describe('Function: placeUnder (the ranker used each way beside the rules)', () => {
  const w = fitPlaceRanker(['1_1', '2_1', '3_1'].map((id) => report(id, 'Ashford')));
  it.each([
    ['deciding alone, over the rules', report('5_1', 'Ashford', 'Dover'), way('replace', 0), 'Ashford'],
    [
      'as a fallback where the rules found a place in the sentences',
      report('5_1', 'Ashford', 'Dover'),
      way('fallback', 0.5),
      'Dover',
    ],
    [
      'as a fallback where the rules found none',
      report('5_1', 'Ashford', undefined, true),
      way('fallback', 0.5),
      'Ashford',
    ],
    [
      'as the hybrid, where the rules give no place',
      report('5_1', null, undefined, true),
      way('hybrid', 0),
      undefined,
    ],
    [
      'as the hybrid, choosing among the candidates',
      report('5_1', 'Ashford', 'Dover'),
      way('hybrid', 0),
      'Ashford',
    ],
  ])('%s', (_kind, e, chosen, expected) => {
    expect(placeUnder(e, w, chosen)).toBe(expected);
  });

  // Weights that give the main sentence's place twice the dateline's score: p 0.5 against 0.25 (and 0.25 no place).
  const even = PLACE_FEATURES.map((_, i) => (i === MAIN ? Math.log(2) : 0));
  it.each([
    ['beats the rules\u2019 pick by more than the margin: the ranker\u2019s', 0.2, 'Ashford'],
    ['beats it by less than the margin: the rules\u2019', 0.5, 'Dover'],
  ])('as the hybrid with a margin, a pick that %s', (_kind, margin, expected) => {
    expect(placeUnder(report('5_1', 'Ashford', 'Dover'), even, way('hybrid', 0, margin))).toBe(expected);
  });
});

describe('Function: tallyPlaces', () => {
  it('counts right places by round and over all, and places given where the gold has none', () => {
    const tally = tallyPlaces(
      [report('1_1', 'Ashford'), report('1_2', 'Dover'), report('1_3', null)],
      () => 'Ashford',
    );
    expect(tally.get('all')).toEqual({ right: 1, total: 2, placedOnNone: 1, none: 1 });
    expect(tally.get('second')).toEqual(tally.get('all'));
  });
});
