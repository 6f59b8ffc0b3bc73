import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../../lambdas/core/extract/01-sentences';
import { compileLexicon } from '../../../../../lambdas/core/extract/compile';
import {
  GATE_FEATURES,
  gateFeatures,
  passesGate,
} from '../../../../../lambdas/core/extract/names/person-gate';
import { lexiconWith } from '../../../../../lambdas/core/extract/reference-lexicon';
import { LOCAL_REFERENCE_DATA } from '../../../../../lambdas/local/cli/reference-data';
import { analyze } from '../helpers';

const lex = compileLexicon(lexiconWith(LOCAL_REFERENCE_DATA));
const names = (text: string): string[] => analyze(text).people.map((p) => p.name);

/** The features that are on for the first occurrence of `name` in `text`. */
function on(text: string, name: string): string[] {
  const start = text.indexOf(name);
  const x = gateFeatures(
    { words: name.split(' '), mentions: [{ start, end: start + name.length }], aliases: new Set() },
    splitSentences(text, lex),
    lex,
  );
  return GATE_FEATURES.filter((_f, i) => x[i] === 1);
}

describe('Function: gateFeatures', () => {
  it.each([
    ['Later Dorin Vasquelo hit a double.', 'Dorin Vasquelo', ['bias']],
    [
      'Rovers beat Ashbury Wanderers on Sunday.',
      'Ashbury Wanderers',
      ['bias', 'plural or abstract ending', 'last word ends in s'],
    ],
    [
      'Fans filled the Carvel Park stands.',
      'Carvel Park',
      ['bias', 'after "the"', 'before a lowercase verb', 'last word an everyday English word'],
    ],
    ["Then Ivo Petrovski's header went in.", 'Ivo Petrovski', ['bias', 'surname ending', `before "'s"`]],
    [
      'Stock in NDX Holdings fell.',
      'NDX Holdings',
      [
        'bias',
        'a word in capitals',
        'plural or abstract ending',
        'after in/at/from/to/against/over',
        'last word ends in s',
      ],
    ],
    [
      'They drove on to Rancho Mirage that night.',
      'Rancho Mirage',
      ['bias', 'after in/at/from/to/against/over', 'the whole name a town or region of the gazetteer'],
    ],
  ])('%j: %s', (text, name, expected) => {
    expect(on(text, name)).toEqual(expected);
  });
});

describe('Function: passesGate', () => {
  it.each([
    ['a positive score', [1, 1], [0.5, 0.2], true],
    ['a negative score', [1, 1], [0.5, -0.9], false],
    ['no weights: the gate is off', [1, 1], [], false],
  ])('%s', (_kind, features, weights, expected) => {
    expect(passesGate(features, weights)).toBe(expected);
  });
});

describe('Function: resolvePeople (the person gate on names no rule decides)', () => {
  it.each([
    ['In the ninth, Dorin Vasquelo hit a double off the wall.', 'Dorin Vasquelo'],
    ["The goal came after Ivo Petrovski's header hit the bar.", 'Ivo Petrovski'],
  ])('finds the person in %j', (text, name) => {
    expect(names(text)).toContain(name);
  });
  it.each([
    ['Fans filled the Carvel Park stands on Saturday.', 'Carvel Park'],
    ['Stock in NDX Holdings fell on Monday.', 'NDX Holdings'],
    ['Rovers beat Ashbury Wanderers on Sunday.', 'Ashbury Wanderers'],
  ])('takes no person from %j', (text, name) => {
    expect(names(text)).not.toContain(name);
  });
});
