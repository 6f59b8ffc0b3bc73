import { describe, expect, it } from 'vitest';
import { factsStated, repeats, withoutRepeats } from '../../../../lambdas/core/digest/overlap';

describe('Function: repeats', () => {
  it.each([
    [
      'the same words in another order',
      'The harbour board closed the north quay after the storm.',
      'After the storm, the harbour board closed the north quay.',
      true,
    ],
    [
      'one event told of the same people in other words',
      'The harbour board closed the north quay after the storm.',
      'Ferry crews in Port Ellis walked out over the summer rosters.',
      false,
    ],
  ])('%s', (_kind, a, b, expected) => {
    expect(repeats(a, b)).toBe(expected);
  });
});

describe('Function: factsStated', () => {
  it.each([
    ['names and a place given', 'Ada Vik closed the quay in Port Ellis.', ['Vik', 'Port Ellis'], 2],
    ['a day and a year count as numbers', 'Ada Vik closed the quay on April 6, 2026.', ['Vik'], 3],
    ['a fact named twice counts once', 'Vik said Vik would stay.', ['Vik', 'Vik'], 1],
    ['nothing of the event', 'The quay was closed.', ['Vik', 'Port Ellis'], 0],
  ])('%s', (_kind, text, facts, expected) => {
    expect(factsStated(text, facts)).toBe(expected);
  });
});

describe('Function: withoutRepeats', () => {
  const short = 'The harbour board closed the north quay after the storm.';
  const full = 'After the storm, the harbour board closed the north quay in Port Ellis on April 6.';
  const other = 'Ferry crews walked out over the summer rosters.';

  it('keeps the earlier of two sentences that say one thing by default', () => {
    expect(withoutRepeats([short, other, full], (t) => t)).toEqual([short, other]);
  });

  it('puts the fuller of two in the earlier one’s place when the caller weighs them', () => {
    const facts = ['Port Ellis'];
    const fuller = (later: string, earlier: string) =>
      factsStated(later, facts) > factsStated(earlier, facts);

    expect(withoutRepeats([short, other, full], (t) => t, fuller)).toEqual([full, other]);
    expect(withoutRepeats([full, other, short], (t) => t, fuller)).toEqual([full, other]);
  });
});
