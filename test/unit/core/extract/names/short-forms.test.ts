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
    // A Nordic firm's form after a foreign word for "Group": the name in full is a firm's, so is its first word.
    [
      'Ferry operator Kestrel Lines Gruppen AB said it would add a route. "Demand is strong all summer," Kestrel said.',
      ['Kestrel Lines Gruppen AB'],
    ],
    // A person named beside the firm still speaks for herself.
    [
      'Ada Berg, who chairs Kestrel Lines Gruppen AB, spoke on Monday. "Demand is strong all summer," Berg said.',
      ['Ada Berg'],
    ],
    // An everyday first word names no firm: "National" alone is not the bank.
    ['National Harbour Bank said profits rose. "We did well," National said.', ['unknown']],
  ])('%s', (text, speakers) => {
    expect(analyze(text).quotes.map((q) => q.speaker)).toEqual(speakers);
  });
});
