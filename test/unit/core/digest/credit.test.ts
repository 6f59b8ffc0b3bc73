/** How the what's-new paragraph credits its outlets: each named once, never on a sentence crediting its own source. */
import { describe, expect, it } from 'vitest';
import { carriesCredit, creditOnce, OWN_SOURCE } from '../../../../lambdas/core/digest/credit';
import type { TextPattern } from '../../../../lambdas/core/digest/patterns';
import type { Clause } from '../../../../lambdas/core/digest/types';
import { buildArticle, byKey } from './builders';

describe('Lexicon: credit rows (every row with its example and counter-example)', () => {
  it.each([OWN_SOURCE].map((row): [string, TextPattern] => [row.kind, row]))('%s', (_kind, row) => {
    expect(row.regex.test(row.matches)).toBe(true);
    expect(row.regex.test(row.misses)).toBe(false);
  });
});

describe('Function: carriesCredit (a sentence crediting its own source takes no outlet credit)', () => {
  it.each([
    // Crime reports: the source named at the end.
    ['a source at the end', 'The ferry ran aground near the quay, police said.', true],
    // Wire copy relaying another outlet, its day written out as a date in words with commas of its own.
    [
      'another outlet at the end',
      'The mayor will not run again, Harbour Radio reported on Tuesday, August 27.',
      true,
    ],
    [
      'a source in the middle',
      'The ferry ran aground, the harbour board said, after its engine failed.',
      true,
    ],
    ['the one told', 'Both quays will reopen in May, a port engineer told Harbour Wire.', true],
    ['"according to" opening it', 'According to the harbour board, the ferry ran aground.', true],
    ['a subject speaking', 'Harbour master Tom Berg said on Tuesday the quay would reopen.', true],
    ['a credit verb after a comma', 'The ferry line will close in May, its owner has confirmed.', true],
    [
      'a survey’s finding after a comma',
      'Most skippers back the new quay, a survey by the port found.',
      true,
    ],
    [
      'the same verb telling the event',
      'The skipper confirmed her place as the fleet’s best at the regatta.',
      false,
    ],
    [
      'a speech verb inside quotation marks only',
      'The skipper called the order “what the board said we must do.”',
      false,
    ],
    ['no credit', 'The ferry ran aground near the quay on Tuesday.', false],
  ])('%s', (_kind, text, expected) => {
    expect(carriesCredit(text)).toBe(expected);
  });
});

describe('Function: creditOnce', () => {
  const TEXT = [
    'The ferry Kestrel ran aground near the quay on Tuesday, police said.',
    'Harbour master Tom Berg closed the quay to all traffic.',
    'Two tugs pulled the ferry free at high tide.',
  ].join('\n\n');
  const wire = buildArticle({ key: 'wire.txt', outlet: 'Harbour Wire', published: '2026-05-06', text: TEXT });
  const post = buildArticle({ key: 'post.txt', outlet: 'Coast Post', published: '2026-05-06', text: TEXT });
  const articles = byKey([wire, post]);
  const clause = (sentence: number, keys: string[]): Clause => ({
    text: wire.sentences[sentence]?.text ?? '',
    sources: keys.map((key) => ({ key, outlet: articles.get(key)?.outlet.value ?? '', sentence })),
    dates: [],
  });
  const outlets = ['Harbour Wire', 'Coast Post'];

  it('names each outlet once, on the first sentence without a credit that rests on its report', () => {
    // Prepare
    const clauses = [
      clause(0, ['wire.txt', 'post.txt']),
      clause(1, ['wire.txt']),
      clause(2, ['wire.txt', 'post.txt']),
    ];

    // Act
    const texts = creditOnce(clauses, new Set(), outlets, articles).map((c) => c.text);

    // Assess
    expect(texts).toEqual([
      'The ferry Kestrel ran aground near the quay on Tuesday, police said.',
      'Harbour master Tom Berg closed the quay to all traffic, Harbour Wire reported.',
      'According to Coast Post, two tugs pulled the ferry free at high tide.',
    ]);
  });

  it('names no outlet when every sentence after the lead is a quotation', () => {
    // Prepare
    const quote: Clause = { ...clause(1, ['wire.txt']), text: '“We shut the quay,” Tom Berg said.' };

    // Act
    const texts = creditOnce([clause(0, ['wire.txt']), quote], new Set([quote]), outlets, articles);

    // Assess
    expect(texts.map((c) => c.text).join(' ')).not.toMatch(/Harbour Wire|Coast Post/u);
  });
});
