import { describe, expect, it } from 'vitest';
import { analyze } from '../helpers';

describe('Function: shortFormMentions (a firm named again by its opening words before a speech verb)', () => {
  it.each([
    // Business copy: the firm in full once, then its first words before "said".
    [
      'Barrow Mutual Insurance Corp said on Tuesday it dropped a bid. In its statement, Barrow Mutual said it "will keep looking for a partner in the north."',
      ['Barrow Mutual Insurance Corp'],
    ],
    // One opening word, no everyday word or place, in capitals too.
    [
      'KELDA Freight Services Inc cut its forecast. "Demand slowed in the third quarter," KELDA said.',
      ['KELDA Freight Services Inc'],
    ],
    // An everyday first word names no firm: "National" alone is not the bank.
    ['National Harbour Bank said profits rose. "We did well," National said.', ['unknown']],
  ])('%s', (text, speakers) => {
    expect(analyze(text).quotes.map((q) => q.speaker)).toEqual(speakers);
  });
});
