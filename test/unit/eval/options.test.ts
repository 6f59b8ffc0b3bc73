import { describe, expect, it } from 'vitest';
import { parseEvalArgs, USAGE } from '../../../test/eval/options';

describe('Function: parseEvalArgs', () => {
  it.each([
    [
      'no flag',
      [],
      undefined,
      {
        tuningOnly: false,
        details: false,
        json: false,
        conllDir: undefined,
        conllTrainOnly: false,
        orders: false,
        conllDigest: false,
        placeRanker: false,
      },
    ],
    [
      'tuning rounds with CoNLL: its development file is hidden too',
      ['--tuning-only', '--conll', '/data/conll'],
      undefined,
      {
        tuningOnly: true,
        details: false,
        json: false,
        conllDir: '/data/conll',
        conllTrainOnly: true,
        orders: false,
        conllDigest: false,
        placeRanker: false,
      },
    ],
    [
      'the folder from the environment',
      ['--details', '--json'],
      '/env/conll',
      {
        tuningOnly: false,
        details: true,
        json: true,
        conllDir: '/env/conll',
        conllTrainOnly: false,
        orders: false,
        conllDigest: false,
        placeRanker: false,
      },
    ],
    [
      'the flag wins over the environment, training file alone',
      ['--conll', '/flag/conll', '--conll-split', 'train'],
      '/env/conll',
      {
        tuningOnly: false,
        details: false,
        json: false,
        conllDir: '/flag/conll',
        conllTrainOnly: true,
        orders: false,
        conllDigest: false,
        placeRanker: false,
      },
    ],
    [
      'other arrival orders for story merging',
      ['--orders', '--tuning-only'],
      undefined,
      {
        tuningOnly: true,
        details: false,
        json: false,
        conllDir: undefined,
        conllTrainOnly: true,
        orders: true,
        conllDigest: false,
        placeRanker: false,
      },
    ],
    [
      'the CoNLL digest on the training file alone',
      ['--conll-digest', '--conll', '/data/conll', '--tuning-only'],
      undefined,
      {
        tuningOnly: true,
        details: false,
        json: false,
        conllDir: '/data/conll',
        conllTrainOnly: true,
        orders: false,
        conllDigest: true,
        placeRanker: false,
      },
    ],
    [
      'the place ranker against the rules',
      ['--place-ranker', '--tuning-only'],
      undefined,
      {
        tuningOnly: true,
        details: false,
        json: false,
        conllDir: undefined,
        conllTrainOnly: true,
        orders: false,
        conllDigest: false,
        placeRanker: true,
      },
    ],
  ])('reads %s', (_kind, args, env, options) => {
    expect(parseEvalArgs(args, env)).toEqual({ options });
  });

  it.each([
    [
      'a misspelt switch that would show held-aside figures',
      ['--tunning-only'],
      '--tunning-only is not an option',
    ],
    ['a folder flag with nothing after it', ['--conll'], '--conll needs a value'],
    ['a folder flag followed by another flag', ['--conll', '--details'], '--conll needs a value'],
    ['the held-out test file asked for', ['--conll-split', 'test'], '--conll-split takes train, not test'],
  ])('refuses %s', (_kind, args, error) => {
    expect(parseEvalArgs(args, undefined)).toEqual({ error: expect.stringContaining(error) });
  });

  it('answers --help before anything else, and the usage names every flag it reads', () => {
    expect(parseEvalArgs(['--details', '--help'], undefined)).toEqual({ help: true });
    for (const flag of [
      '--tuning-only',
      '--details',
      '--json',
      '--conll',
      '--conll-split',
      '--conll-digest',
      '--place-ranker',
      '--help',
    ])
      expect(USAGE).toContain(flag);
  });
});
