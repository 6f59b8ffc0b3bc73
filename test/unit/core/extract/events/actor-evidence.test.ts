import { describe, expect, it } from 'vitest';
import { analyzeBody, lexiconWith } from '../../../../../lambdas/core/extract';
import {
  ACTOR_FRAME_ROWS,
  type ActorFrameRow,
  BEATEN_SIDE,
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

describe('Lexicon: ACTOR_FRAME_ROWS, officers and speakers around the lead', () => {
  it.each([
    [
      'one named after a lead that describes her, who says she was freed, is the one the news is about, not an official telling it',
      'A reporter said on Wednesday she had been freed after ten days in police detention in Kelby. Ada Moor, editor of the weekly Kelby Courier, said she was freed on Tuesday without charge.',
      ['Ada Moor'],
    ],
    [
      'one named after the lead who says she was there tells what happened',
      'Police arrested a reporter in Kelby on Wednesday after a march. Ada Moor, editor of the weekly Kelby Courier, said she was there when he was taken away.',
      [],
    ],
    [
      'the speaker of a quote after the lead, named with the body she speaks for ("X of <town> police, the force that ..., said"), is a voice on the event',
      'A cargo plane with a burst tyre was due to land at Kelby airport later on Tuesday, a police spokeswoman said. “The runway has been cleared for it,” Ada Moor of Kelby police, the force that guards the airport, said.',
      [],
    ],
    [
      'a foreign minister telling what the government asked of another speaks for it',
      'Portugal asked Spain on Wednesday to explain the expulsion of its fishing crews, Foreign Minister Ola Berg said.',
      ['Ola Berg'],
    ],
    [
      'a minister who only reports an accident stays a source',
      'Two people died when a bus left the road near Dunmore on Friday, Transport Minister Ola Berg said.',
      [],
    ],
  ])('%s', (_, text, expected) => {
    expect(actors(text)).toEqual(expected);
  });
});

describe('Lexicon: BEATEN_SIDE (its example and counterexample)', () => {
  /** The words between the sentence's first name (the party) and the person the row reads. */
  const between = (text: string, person: string) => {
    const sentence = text.slice(text.lastIndexOf('. ') + 2);
    return sentence.slice(sentence.indexOf(' '), sentence.indexOf(person));
  };
  const before = new RegExp(BEATEN_SIDE.before, 'u');

  it('names the one the party beat an actor, after a verb of winning', () => {
    const { text, actor } = BEATEN_SIDE.example;
    expect(before.test(between(text, actor))).toBe(true);
    expect(actors(text)).toContain(actor);
  });

  it('names no one else after the party an actor', () => {
    const { text, notActor } = BEATEN_SIDE.counterexample;
    expect(before.test(between(text, notActor))).toBe(false);
    expect(actors(text)).not.toContain(notActor);
  });
});
