import { describe, expect, it } from 'vitest';
import { analyzeBody, lexiconWith } from '../../../../lambdas/core/extract';
import { type CandidatePlace, PLACE_FEATURES } from '../../../../lambdas/core/extract/place-candidates';
import { LOCAL_REFERENCE_DATA } from '../../../../lambdas/local/cli/reference-data';
import { languageScorer } from './helpers';

/** The candidate places of a report and the rules' place, as the eval's place ranker sees them. */
function candidatesOf(
  body: string,
  headline?: string,
): { candidates: readonly CandidatePlace[]; rulesPick: string | undefined; location: string | undefined } {
  let seen: { candidates: readonly CandidatePlace[]; rulesPick: string | undefined } = {
    candidates: [],
    rulesPick: undefined,
  };
  const result = analyzeBody(
    body,
    {
      published: '2024-03-12',
      languageScorer,
      ...(headline === undefined ? {} : { headline }),
      observePlaces: (candidates, rulesPick) => {
        seen = { candidates, rulesPick };
      },
    },
    lexiconWith(LOCAL_REFERENCE_DATA),
  );
  return { ...seen, location: result.mainEvent?.location };
}

const on = (c: CandidatePlace | undefined, name: (typeof PLACE_FEATURES)[number]): number | undefined =>
  c?.features[PLACE_FEATURES.indexOf(name)];

describe('Function: placeCandidates (the candidate places of the main event, with their features)', () => {
  it('gives every place the readers find once, with one value per feature, and the rules\u2019 place as the extractor gives it', () => {
    const { candidates, rulesPick, location } = candidatesOf(
      'A fire destroyed a warehouse in Larnaca on Monday, police said. Officials in Nicosia said the cause was unknown. ' +
        'Cyprus has had three such fires this year.',
      'Fire guts Cyprus warehouse',
    );
    const names = candidates.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Larnaca', 'Nicosia', 'Cyprus']));
    expect(new Set(names).size).toBe(names.length);
    for (const c of candidates) expect(c.features).toHaveLength(PLACE_FEATURES.length);
    expect(rulesPick).toBe(location);
    const larnaca = candidates.find((c) => c.name === 'Larnaca');
    const cyprus = candidates.find((c) => c.name === 'Cyprus');
    expect(on(larnaca, 'in the main sentence')).toBe(1);
    expect(on(larnaca, 'after in/at in an event sentence')).toBe(1);
    expect(on(larnaca, 'first in lead sentence 1')).toBe(1);
    expect(on(larnaca, 'within another candidate')).toBe(1);
    expect(on(cyprus, 'kind: country')).toBe(1);
    expect(on(cyprus, 'named in the headline')).toBe(1);
    expect(on(cyprus, 'a wider place of another candidate')).toBe(1);
    expect(on(cyprus, 'in the main sentence')).toBe(0);
  });

  it.each([
    [
      'a dateline-free report with no place',
      'The board met on Monday and agreed a new budget for next year.',
    ],
    ['an empty body', ''],
  ])('gives no candidate for %s', (_kind, body) => {
    expect(candidatesOf(body).candidates).toEqual([]);
  });
});
