import { describe, expect, it } from 'vitest';
import type { PersonMoves } from '../../../../lambdas/core/model';
import { MOVE_CUES, movesIn } from '../../../../lambdas/core/story/moves';

describe('Function: movesIn', () => {
  it.each(
    MOVE_CUES.map((cue) => [cue.move, cue.where, cue.example, cue.counter] as const),
  )('%s cue %s the name: "%s" moves Ivo Brandt, "%s" does not', (move, _where, example, counter) => {
    // Act
    const moved = movesIn([example], ['Ivo Brandt']);
    const unmoved = movesIn([counter], ['Ivo Brandt']);

    // Assess
    expect(moved).toEqual({ brandt: move });
    expect(unmoved.brandt).not.toBe(move);
  });

  it.each<[string, string[], string[], Record<string, PersonMoves>]>([
    [
      'a headline in capitals, by surname alone',
      ['Gulls Fire Coach Brandt, Hire Nadia Kerr'],
      ['Ivo Brandt', 'Nadia Kerr'],
      { brandt: 'out', kerr: 'in' },
    ],
    [
      'one report, one hire and one firing',
      ['The Gulls pushed out Ivo Brandt on Monday, bringing in Nadia Kerr as his replacement.'],
      ['Ivo Brandt', 'Nadia Kerr'],
      { brandt: 'out', kerr: 'in' },
    ],
    [
      'hired by one club after another fired him',
      ['Ivo Brandt was hired by the Foxes.', 'The Gulls fired Brandt in March.'],
      ['Ivo Brandt'],
      { brandt: 'both' },
    ],
    // A relative clause recalls the person's past, and the subject of "fired" is the one firing.
    [
      'his past in a relative clause, the one who fired',
      ['Ivo Brandt, who was fired by the Foxes in March, starts on Monday.', 'Nadia Kerr fired Brandt.'],
      ['Ivo Brandt', 'Nadia Kerr'],
      { brandt: 'out' },
    ],
    [
      "a headline's bare participle",
      ['Ivo Brandt fired Saturday after nine defeats'],
      ['Ivo Brandt'],
      { brandt: 'out' },
    ],
    [
      'a name with a suffix',
      ['The board ousted Lou Pratt Jr. on Friday.'],
      ['Lou Pratt Jr.'],
      { pratt: 'out' },
    ],
    ['nobody moved', ['Ivo Brandt praised the fans after the win.'], ['Ivo Brandt'], {}],
    ['no text', [''], ['Ivo Brandt'], {}],
  ])('%s', (_case, texts, names, moves) => {
    // Act & Assess
    expect(movesIn(texts, names)).toEqual(moves);
  });
});
