/** Quotations an outlet only reported, never printed as said by that outlet: in-house reports. */
import { describe, expect, it } from 'vitest';
import { creditedToOutlet } from '../../../../lambdas/core/digest/quote-credit';
import type { DigestItem } from '../../../../lambdas/core/digest/types';
import { composeChecked, digestProblems } from '../../../support/digest-check';
import { buildArticle, buildStory, byKey, day } from './builders';

describe('Function: creditedToOutlet', () => {
  it.each([
    [
      'the news organization told',
      ['“…,” the official told the Dunmore Ledger.'],
      [],
      'Dunmore Ledger',
      true,
    ],
    ['one of the item’s own outlets', [], ['Harbour Wire'], 'Harbour Wire', true],
    [
      'an outlet cited after "according to" in a sentence crediting someone else',
      ['“…,” police said, according to the Dunmore Ledger.'],
      [],
      'Dunmore Ledger',
      true,
    ],
    [
      'a news agency that quoted someone else as saying',
      ['“…,” the Kestrel News Agency quoted a crane driver as saying.'],
      [],
      'Kestrel News Agency',
      true,
    ],
    [
      'a news agency that said it, quoting someone else',
      ['“…,” the Kestrel News Agency said, quoting a crane driver.'],
      [],
      'Kestrel News Agency',
      true,
    ],
    [
      'counter-example: the one a news agency quoted as saying',
      ['“…,” the Kestrel News Agency quoted Ola Brand as saying.'],
      [],
      'Ola Brand',
      false,
    ],
    [
      'counter-example: an outlet cited after "according to" alone wrote the words itself',
      ['The blaze “…” according to the Dunmore Ledger.'],
      [],
      'Dunmore Ledger',
      false,
    ],
    [
      'counter-example: the body that said it',
      ['“…,” the port authority said.'],
      ['Harbour Wire'],
      'port authority',
      false,
    ],
  ])('%s', (_kind, sentences, outlets, speaker, expected) => {
    expect(creditedToOutlet(speaker, sentences, outlets)).toBe(expected);
  });
});

// One report of a quay closure: an official's words told to a newspaper, port staff's told to the
// report's own outlet, the harbour master's own, and a crane driver's that a news agency quoted.
const CLOSED = [
  'The Kestrel port authority closed the north quay in Ashby on Tuesday after a crane fell onto a ferry.',
  '“We will not reopen until every crane is inspected,” the official told the Dunmore Ledger.',
  '“The quay will stay shut until spring at the earliest,” port staff told Harbour Wire.',
  '“We lost a whole day of loading and two ferries were sent on to Port Ellis,” harbour master Tom Berg said.',
  '“Two of the cranes had cracks in their arms,” the Kestrel News Agency quoted a crane driver as saying.',
].join('\n\n');
const closed = buildArticle({
  key: 'harbour-wire/quay.txt',
  outlet: 'Harbour Wire',
  published: '2026-05-06',
  text: CLOSED,
  // What the extractor once recorded: the outlet the speaker spoke to as the speaker.
  quotes: [
    {
      speaker: 'Dunmore Ledger',
      kind: 'organization',
      text: 'We will not reopen until every crane is inspected',
    },
    {
      speaker: 'Harbour Wire',
      kind: 'organization',
      text: 'The quay will stay shut until spring at the earliest',
    },
    {
      speaker: 'Tom Berg',
      kind: 'person',
      text: 'We lost a whole day of loading and two ferries were sent on to Port Ellis',
    },
    {
      speaker: 'Kestrel News Agency',
      kind: 'organization',
      text: 'Two of the cranes had cracks in their arms',
    },
  ],
  mainEvent: {
    type: 'other',
    action: 'closed',
    participants: [{ name: 'Tom Berg', kind: 'person' }],
    location: 'Ashby',
    date: day('2026-05-05', 'Tuesday'),
    in: 'closed the north quay',
  },
});
const articles = byKey([closed]);
const composed = composeChecked([buildStory('story-quay', [closed])], articles, { date: '2026-05-06' });

describe('Function: composeDigest, quotations an outlet only reported', () => {
  const text = composed.items[0]?.whatsNew ?? '';
  it.each([
    ['prints the harbour master’s own words', (t: string) => t.includes('” Tom Berg said.')],
    ['never credits the newspaper the official told', (t: string) => !t.includes('Dunmore Ledger said')],
    ['never credits its own outlet with port staff’s words', (t: string) => !t.includes('Harbour Wire said')],
    [
      'never credits a news agency with a crane driver’s words it quoted',
      (t: string) => !t.includes('Kestrel News Agency said'),
    ],
  ])('%s', (_name, check) => {
    expect(check(text), text).toBe(true);
  });

  it('is flagged by the reader’s check when printed', () => {
    const lead = composed.items[0]?.whatsNewClauses[0];
    if (!lead) throw new Error('no lead');
    const quote = {
      text: '“We will not reopen until every crane is inspected,” the Dunmore Ledger said.',
      sources: [{ key: closed.key, outlet: 'Harbour Wire', sentence: 1 }],
      dates: [],
    };
    const printed: DigestItem = {
      ...(composed.items[0] as DigestItem),
      whatsNew: `${lead.text} ${quote.text}`,
      whatsNewClauses: [lead, quote],
    };
    const problems = digestProblems({ ...composed, items: [printed] }, articles);
    expect(problems).toEqual([
      expect.stringContaining('a quotation credited to the outlet that reported it'),
    ]);
  });
});
