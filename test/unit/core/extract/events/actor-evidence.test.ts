import { describe, expect, it } from 'vitest';
import { analyzeBody, lexiconWith } from '../../../../../lambdas/core/extract';
import {
  ACTOR_FRAME_ROWS,
  type ActorFrameRow,
} from '../../../../../lambdas/core/extract/lexicon/actor-evidence';
import { LOCAL_REFERENCE_DATA } from '../../../../../lambdas/local/cli/reference-data';

const actors = (text: string, rows: readonly ActorFrameRow[] = ACTOR_FRAME_ROWS): string[] =>
  (
    analyzeBody(
      text,
      { published: '2024-03-12' },
      { ...lexiconWith(LOCAL_REFERENCE_DATA), actorFrames: rows },
    ).mainEvent?.participants ?? []
  )
    .filter((p) => p.kind === 'person')
    .map((p) => p.name);

describe('Lexicon: ACTOR_FRAME_ROWS (every row with its example and counterexample)', () => {
  it.each(ACTOR_FRAME_ROWS.map((row) => [row.text, row] as const))('%s', (_text, row) => {
    // Without the row the person of the example is an actor: the row is what keeps them out.
    expect(
      actors(
        row.example.text,
        ACTOR_FRAME_ROWS.filter((r) => r !== row),
      ),
    ).toContain(row.example.notActor);
    expect(actors(row.example.text)).not.toContain(row.example.notActor);
    expect(actors(row.counterexample.text)).toContain(row.counterexample.actor);
  });
});
