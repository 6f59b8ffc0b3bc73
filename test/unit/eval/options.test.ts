import { describe, expect, it } from 'vitest';
import { parseEvalArgs, USAGE } from '../../../test/eval/options';

/** What the eval runs with no flag; each row below names only what its flags change. */
const NO_FLAG = {
  tuningOnly: false,
  details: false,
  json: false,
  conllDir: undefined,
  conllTrainOnly: false,
  orders: false,
  conllDigest: false,
  placeRanker: false,
  digestTextDir: undefined,
  topicParts: [],
};

describe('Function: parseEvalArgs', () => {
  it.each([
    ['no flag', [], undefined, { ...NO_FLAG }],
    [
      'tuning rounds with CoNLL: its development file is hidden too',
      ['--tuning-only', '--conll', '/data/conll'],
      undefined,
      { ...NO_FLAG, tuningOnly: true, conllDir: '/data/conll', conllTrainOnly: true },
    ],
    [
      'the folder from the environment',
      ['--details', '--json'],
      '/env/conll',
      { ...NO_FLAG, details: true, json: true, conllDir: '/env/conll' },
    ],
    [
      'the flag wins over the environment, training file alone',
      ['--conll', '/flag/conll', '--conll-split', 'train'],
      '/env/conll',
      { ...NO_FLAG, conllDir: '/flag/conll', conllTrainOnly: true },
    ],
    [
      'other arrival orders for story merging',
      ['--orders', '--tuning-only'],
      undefined,
      { ...NO_FLAG, tuningOnly: true, conllTrainOnly: true, orders: true },
    ],
    [
      'the CoNLL digest on the training file alone',
      ['--conll-digest', '--conll', '/data/conll', '--tuning-only'],
      undefined,
      { ...NO_FLAG, tuningOnly: true, conllDir: '/data/conll', conllTrainOnly: true, conllDigest: true },
    ],
    [
      'the place ranker against the rules',
      ['--place-ranker', '--tuning-only'],
      undefined,
      { ...NO_FLAG, tuningOnly: true, conllTrainOnly: true, placeRanker: true },
    ],
    [
      'the composed digests written as text to read',
      ['--digest-text', '/tmp/digests', '--tuning-only'],
      undefined,
      { ...NO_FLAG, tuningOnly: true, conllTrainOnly: true, digestTextDir: '/tmp/digests' },
    ],
    [
      'two halves of the tuning topics, each scored alone',
      ['--topics', '1-7', '--tuning-only', '--topics', '8-9,11,13-15'],
      undefined,
      {
        ...NO_FLAG,
        tuningOnly: true,
        conllTrainOnly: true,
        topicParts: [
          { label: '1-7', topics: [1, 2, 3, 4, 5, 6, 7] },
          { label: '8-9,11,13-15', topics: [8, 9, 11, 13, 14, 15] },
        ],
      },
    ],
    [
      'aside topics when nothing is hidden',
      ['--topics', '16,18'],
      undefined,
      { ...NO_FLAG, topicParts: [{ label: '16,18', topics: [16, 18] }] },
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
    [
      'held-aside topics in a tuning round',
      ['--tuning-only', '--topics', '14-16'],
      'names held-aside topics (16-20)',
    ],
    ['a topic the split does not have', ['--topics', '0-3'], 'topics are 1-20'],
    ['a range backwards', ['--topics', '7-1'], 'topics are 1-20'],
    ['a word for a list', ['--topics', 'odd'], 'numbers and ranges'],
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
      '--digest-text',
      '--topics',
      '--help',
    ])
      expect(USAGE).toContain(flag);
  });
});
