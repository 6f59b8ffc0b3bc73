import { describe, expect, it } from 'vitest';
import type { Quote } from '../../../lambdas/core/model';
import {
  quotationAt,
  quoteKey,
  quoteSplit,
  rightSpeakerShare,
  scoreQuotes,
} from '../../../test/eval/real-quotes';

const quote = (speaker: string, text: string): Quote => ({
  speaker,
  speakerKind: 'person',
  text,
  span: { sentence: 0, start: 0, end: text.length },
});

describe('Function: quoteKey', () => {
  it('hashes the first four words, whatever their case and punctuation', () => {
    const a = 'He said: "We Will, rebuild it all," then left.';
    const b = 'we will rebuild IT';
    expect(quoteKey(a, a.indexOf('We'))).toBe(quoteKey(b, 0));
    expect(quoteKey(a, a.indexOf('We'))).not.toBe(quoteKey(b, 3));
  });
});

describe('Function: quotationAt', () => {
  it.each([
    ['"We will rebuild," Ana Ruiz said.', 1, 'We will rebuild,'],
    ['“It is over.” She left.', 1, 'It is over.'],
    ['‘We won’t stop,’ he said.', 1, 'We won’t stop,'],
    [
      '"I believe it.\n\nIn his words, it is over," said Ana Ruiz.',
      1,
      'I believe it.\n\nIn his words, it is over,',
    ],
  ])('%j from %i', (text, at, expected) => {
    expect(quotationAt(text, at)).toBe(expected);
  });
});

describe('Function: scoreQuotes', () => {
  const gold = [
    { at: 0, text: 'We will rebuild every house,', speaker: 'Ana Ruiz' },
    { at: 40, text: 'It will take years.', speaker: 'Ana Ruiz' },
    { at: 80, text: 'Nobody asked us.', speaker: 'Ivo Brel' },
  ];
  it('counts a quotation found by its words, then whether its speaker is right', () => {
    const found = [
      quote('Ruiz', 'We will rebuild every house,'),
      quote('unknown', 'It will take years.'),
      quote('Ana Ruiz', 'A quote nobody annotated.'),
    ];
    const tally = scoreQuotes(gold, found);
    expect(tally).toEqual({ total: 3, found: 2, rightSpeaker: 1 });
    expect(rightSpeakerShare(tally)).toBeCloseTo(1 / 3);
  });

  it('gives a share of 1 when nothing was annotated', () => {
    expect(rightSpeakerShare(scoreQuotes([], []))).toBe(1);
  });
});

describe('Function: quoteSplit', () => {
  const hand = new Map([['a', 'held-aside' as const]]);
  it.each([
    // sha256('a') starts with c, yet the hand gold holds it aside
    ['a', 'held-aside'],
    // outside the hand gold, by the first hex digit of the hash: 3 is aside, a is tuning
    ['b', 'held-aside'],
    ['y', 'tuning'],
  ])('%s -> %s', (id, split) => {
    expect(quoteSplit(id, hand)).toBe(split);
  });
});
