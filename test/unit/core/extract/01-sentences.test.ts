import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../lambdas/core/extract/01-sentences';
import { compileLexicon } from '../../../../lambdas/core/extract/compile';
import { DEFAULT_LEXICON } from '../../../../lambdas/core/extract/lexicon';

const lex = compileLexicon(DEFAULT_LEXICON);
const split = (text: string): string[] => splitSentences(text, lex).map((s) => s.text);

describe('Function: splitSentences', () => {
  it.each([
    [
      'abbreviated country and titles',
      'The U.S. envoy met Gen. Ortiz. He left at 5 p.m. on Friday.',
      ['The U.S. envoy met Gen. Ortiz.', 'He left at 5 p.m. on Friday.'],
    ],
    [
      'U.S. at the end of a sentence',
      'Talks resumed in the U.S. The next round is in June.',
      ['Talks resumed in the U.S.', 'The next round is in June.'],
    ],
    [
      'middle initials',
      'John F. Kennedy spoke first. Then J.K. Rowling read.',
      ['John F. Kennedy spoke first.', 'Then J.K. Rowling read.'],
    ],
    [
      "a police rank and a district attorney's title abbreviated before a name",
      'The case went to Dist. Atty. Ross Kellan. Const. Tim Varga made the arrest.',
      ['The case went to Dist. Atty. Ross Kellan.', 'Const. Tim Varga made the arrest.'],
    ],
    [
      'decimals and percentages',
      'Shares rose 3.5% to $12.40 each. Volume doubled.',
      ['Shares rose 3.5% to $12.40 each.', 'Volume doubled.'],
    ],
    [
      'month abbreviations with days',
      'The vote is set for Sept. 12 in St. Louis. Polls open early.',
      ['The vote is set for Sept. 12 in St. Louis.', 'Polls open early.'],
    ],
    [
      'company suffixes mid-sentence',
      'Acme Inc. shares fell after Widget Corp. cut its forecast.',
      ['Acme Inc. shares fell after Widget Corp. cut its forecast.'],
    ],
    [
      'e.g. and i.e.',
      'Some ports, e.g. Rotterdam, i.e. the largest, stayed shut. Others reopened.',
      ['Some ports, e.g. Rotterdam, i.e. the largest, stayed shut.', 'Others reopened.'],
    ],
    [
      'period inside closing quote before lowercase',
      '“We will not back down.” he said. The crowd cheered.',
      ['“We will not back down.” he said.', 'The crowd cheered.'],
    ],
    [
      'period inside closing quote before capital',
      'She called it “a turning point.” Critics disagreed.',
      ['She called it “a turning point.”', 'Critics disagreed.'],
    ],
    [
      'question inside quotes',
      '"Why now?" asked the senator. Nobody answered.',
      ['"Why now?" asked the senator.', 'Nobody answered.'],
    ],
    [
      'paragraph break without punctuation',
      'Markets rally on rate hopes\n\nStocks climbed on Monday.',
      ['Markets rally on rate hopes', 'Stocks climbed on Monday.'],
    ],
    [
      'headline line followed by a body line',
      'Storm batters coast\nWinds reached 150 km/h overnight.',
      ['Storm batters coast', 'Winds reached 150 km/h overnight.'],
    ],
    [
      'No. and vs.',
      'The No. 2 seed lost in the final vs. Spain. Fans left early.',
      ['The No. 2 seed lost in the final vs. Spain.', 'Fans left early.'],
    ],
    [
      'Mr. and Dr.',
      'Mr. Tanaka and Dr. Osei signed the deal. It takes effect in May.',
      ['Mr. Tanaka and Dr. Osei signed the deal.', 'It takes effect in May.'],
    ],
    [
      'ellipsis and exclamation',
      'What a finish! The crowd roared… Then silence.',
      ['What a finish!', 'The crowd roared…', 'Then silence.'],
    ],
  ])('splits %s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('gives offsets that slice back to each sentence', () => {
    const body = 'First one here.  Second, with U.S. words.\n\nThird paragraph.';
    for (const s of splitSentences(body, lex)) expect(body.slice(s.start, s.end)).toBe(s.text);
  });

  it('returns nothing for empty or blank text', () => {
    expect(split('')).toEqual([]);
    expect(split(' \n\n \t')).toEqual([]);
  });
});
