import { describe, expect, it } from 'vitest';
import { type CitedSentence, verify } from '../../../../lambdas/core/digest';
import type { ResolvedDate } from '../../../../lambdas/core/model';

const context = { reference: '2026-04-08', attributions: ['Nordic Ledger'] };
const tuesday: ResolvedDate = { start: '2026-04-07', end: '2026-04-07', precision: 'day', text: 'Tuesday' };
const lastMarch: ResolvedDate = {
  start: '2025-03-01',
  end: '2025-03-31',
  precision: 'month',
  text: 'last March',
};

function cite(text: string, dates: ResolvedDate[] = [], datedReport = true): CitedSentence {
  return { text, dates, datedReport, published: datedReport ? '2026-04-08' : undefined };
}

const VOTE = 'The harbour board said the levy is to be put to a vote on Thursday.';
const thursdayPast: ResolvedDate = {
  start: '2026-04-02',
  end: '2026-04-02',
  precision: 'day',
  text: 'Thursday',
};
const LAGGING = 'The board again faced hard questions Thursday over the levy.';

const MET = 'Aino Virtanen met Marc Tremblay in Ottawa on Tuesday, officials said.';

describe('Function: verify', () => {
  it.each<[string, string, CitedSentence[], boolean, RegExp | null]>([
    ['the source sentence itself', MET, [cite(MET)], true, null],
    [
      'a day the source gives, written as a modifier without its weekday',
      'Aino Virtanen chaired the April 7 meeting in Ottawa.',
      [cite('Aino Virtanen chaired Tuesday’s meeting in Ottawa.', [tuesday])],
      true,
      null,
    ],
    [
      'a day written as a modifier that no source gives',
      'Aino Virtanen chaired the April 6 meeting in Ottawa.',
      [cite('Aino Virtanen chaired Tuesday’s meeting in Ottawa.', [tuesday])],
      false,
      /April 6/,
    ],
    [
      'a name with a middle initial, as a source writes it',
      'Aino K. Virtanen met Marc Tremblay in Ottawa.',
      [cite('The fund named Aino K. Virtanen its chair.'), cite(MET)],
      true,
      null,
    ],
    [
      'a name with a middle initial no source gives',
      'Aino K. Virtanen met Marc Tremblay in Ottawa.',
      [cite(MET)],
      false,
      /Aino K/,
    ],
    [
      'the sentence credited to its outlet',
      `${MET.slice(0, -1)}, Nordic Ledger reported.`,
      [cite(MET)],
      true,
      null,
    ],
    [
      "the credit dated with the report's own publication day",
      'Aino Virtanen met Marc Tremblay in Ottawa, Nordic Ledger reported on Wednesday, April 8.',
      [cite('Aino Virtanen met Marc Tremblay in Ottawa.')],
      true,
      null,
    ],
    [
      "a publication day that is not the cited report's",
      'Aino Virtanen met Marc Tremblay in Ottawa, Nordic Ledger reported on Tuesday, April 7.',
      [cite('Aino Virtanen met Marc Tremblay in Ottawa.')],
      false,
      /Tuesday, April 7/,
    ],
    [
      'a publication day stated of the event, not of the report',
      'Aino Virtanen met Marc Tremblay in Ottawa on Wednesday, April 8, Nordic Ledger reported.',
      [cite('Aino Virtanen met Marc Tremblay in Ottawa.')],
      false,
      /Wednesday, April 8/,
    ],
    [
      'a publication day of a report whose date is unknown',
      'Aino Virtanen met Marc Tremblay in Ottawa, Nordic Ledger reported on Wednesday, April 8.',
      [cite('Aino Virtanen met Marc Tremblay in Ottawa.', [], false)],
      false,
      /Wednesday, April 8/,
    ],
    [
      'a weekday resolved against a dated report',
      'Aino Virtanen met Marc Tremblay in Ottawa on Tuesday, April 7, officials said.',
      [cite(MET, [tuesday])],
      true,
      null,
    ],
    [
      'a weekday resolved against an upload time',
      'Aino Virtanen met Marc Tremblay in Ottawa on Tuesday, April 7, officials said.',
      [cite(MET, [tuesday], false)],
      false,
      /publication date, which is unknown/,
    ],
    [
      'a weekday resolved to another weekday',
      'Aino Virtanen met Marc Tremblay in Ottawa on Wednesday, April 8, officials said.',
      [cite(MET, [{ ...tuesday, start: '2026-04-08', end: '2026-04-08' }])],
      false,
      /a Wednesday/,
    ],
    [
      'a date taken from another sentence',
      'In March 2025, Aino Virtanen met Marc Tremblay in Ottawa.',
      [cite(MET, [lastMarch])],
      false,
      /not in the sentence it dates/,
    ],
    [
      'a period that ends before it starts',
      'The fair ran from March 19 to 15 in Turku.',
      [
        cite('The fair ran for two days in Turku.', [
          { start: '2026-03-19', end: '2026-03-15', precision: 'range', text: 'for two days' },
        ]),
      ],
      false,
      /ends .* before it starts/,
    ],
    [
      'a calendar date no cited sentence gives',
      'Aino Virtanen met Marc Tremblay on April 9.',
      [cite(MET)],
      false,
      /April 9/,
    ],
    [
      'a person the sources do not name',
      'Aino Virtanen met Marc Dubois in Ottawa.',
      [cite(MET)],
      false,
      /Marc Dubois/,
    ],
    [
      'a number the sources do not give',
      'Aino Virtanen met 12 ministers in Ottawa.',
      [cite(MET)],
      false,
      /12/,
    ],
    [
      'a quotation that is not verbatim',
      'Aino Virtanen called the talks “frank and fruitful.”',
      [cite('Aino Virtanen called the talks “frank and useful.”')],
      false,
      /not verbatim/,
    ],
    [
      'a day named from the report\u2019s own day, left as the reporter wrote it',
      'The harbour board closed the quay yesterday.',
      [cite('The harbour board closed the quay yesterday.')],
      false,
      /counts from the report/,
    ],
    [
      'the same words inside a quotation, the speaker\u2019s own',
      '“We closed the quay yesterday,” the harbour board said.',
      [cite('“We closed the quay yesterday,” the harbour board said.')],
      true,
      null,
    ],
    [
      'a span\u2019s first year written as an occasion in it ("since 2019" as "in 2019")',
      'The ferry line has lost money in 2019.',
      [
        cite('The ferry line has lost money since 2019.', [
          { start: '2019-01-01', end: '2019-12-31', precision: 'year', text: 'since 2019' },
        ]),
      ],
      false,
      /bounds a span/,
    ],
    [
      'a day resolved to the past in words that look ahead',
      'The harbour board said the levy is to be put to a vote on Thursday, April 2.',
      [cite(VOTE, [thursdayPast])],
      false,
      /before the report, in words that look ahead/,
    ],
    [
      'a day to come in words that look ahead',
      'The harbour board said the levy is to be put to a vote on Thursday, April 9.',
      [cite(VOTE, [{ ...thursdayPast, start: '2026-04-09', end: '2026-04-09' }])],
      true,
      null,
    ],
    [
      'a weekday named alone, resolved six days before the report',
      'The board again faced hard questions on Thursday, April 2, over the levy.',
      [cite(LAGGING, [thursdayPast])],
      false,
      /six days before the report/,
    ],
    [
      'a weekday with "last", six days before the report',
      'The board again faced hard questions on Thursday, April 2, over the levy.',
      [
        cite('The board again faced hard questions last Thursday over the levy.', [
          { ...thursdayPast, text: 'last Thursday' },
        ]),
      ],
      true,
      null,
    ],
    [
      'a weekday of a report with no publication date, left as written',
      MET,
      [cite(MET, [], false)],
      false,
      /no reader can tell which week/,
    ],
    [
      'the same sentence without its weekday',
      'Aino Virtanen met Marc Tremblay in Ottawa, officials said.',
      [cite(MET, [], false)],
      true,
      null,
    ],
    [
      'a weekday beside its own calendar date in a report with no publication date',
      'The fair opened on Saturday December 12 2026 in Turku.',
      [cite('The fair opened on Saturday December 12 2026 in Turku.', [], false)],
      true,
      null,
    ],
    [
      'a period counted from a report of another year ("this season")',
      'Aino Virtanen became the fifth coach to leave the club this season.',
      [
        {
          text: 'Aino Virtanen became the fifth coach to leave the club this season.',
          dates: [],
          datedReport: true,
          published: '2025-11-02',
        },
      ],
      false,
      /counts from the report/,
    ],
    [
      'the same period in a report of the digest\u2019s own year',
      'Aino Virtanen became the fifth coach to leave the club this season.',
      [cite('Aino Virtanen became the fifth coach to leave the club this season.')],
      true,
      null,
    ],
    [
      'the period retold from the story\u2019s own time ("that season")',
      'Aino Virtanen became the fifth coach to leave the club that season.',
      [
        {
          text: 'Aino Virtanen became the fifth coach to leave the club this season.',
          dates: [],
          datedReport: true,
          published: '2025-11-02',
        },
      ],
      true,
      null,
    ],
    [
      'a month to come resolved to the past after a plan told with a bare participle',
      'Filming is on hold, with the new series set to begin shooting in August 2025.',
      [
        cite('Filming is on hold, with the new series set to begin shooting in August.', [
          { start: '2025-08-01', end: '2025-08-31', precision: 'month', text: 'in August' },
        ]),
      ],
      false,
      /before the report, in words that look ahead/,
    ],
    [
      'a day resolved to the past with words after it that put it in the week to come',
      'Ana Voss said the board could name the new pilots on Thursday, April 2, next week.',
      [cite('Ana Voss said the board could name the new pilots on Thursday next week.', [thursdayPast])],
      false,
      /before the report, in words that look ahead/,
    ],
    [
      'a day resolved to the past for an occasion someone has been invited to',
      'The harbour master has invited the ferry unions to a meeting on Thursday, April 2, to settle the rota.',
      [
        cite('The harbour master has invited the ferry unions to a meeting on Thursday to settle the rota.', [
          thursdayPast,
        ]),
      ],
      false,
      /before the report, in words that look ahead/,
    ],
    [
      'a month resolved to the past in words that say what should still be done',
      'The two towns say the pact should be signed in March 2025.',
      [cite('The two towns say the pact should be signed in March.', [{ ...lastMarch, text: 'in March' }])],
      false,
      /before the report, in words that look ahead/,
    ],
    [
      'the same month in words that say it was done',
      'The two towns say the pact was signed in March 2025.',
      [cite('The two towns say the pact was signed in March.', [{ ...lastMarch, text: 'in March' }])],
      true,
      null,
    ],
    [
      'a month and day with no year resolved a year back, though that day comes within two weeks',
      'The grain board said it invited offers on April 15, 2025, to supply oats.',
      [
        cite('The grain board said it invited offers April 15 to supply oats.', [
          { start: '2025-04-15', end: '2025-04-15', precision: 'day', text: 'April 15' },
        ]),
      ],
      false,
      /a year back, though that day comes within two weeks/,
    ],
    [
      'a month and day with no year resolved to a day weeks before the report',
      'The grain board said it invited offers on March 15 to supply oats.',
      [
        cite('The grain board said it invited offers March 15 to supply oats.', [
          { start: '2026-03-15', end: '2026-03-15', precision: 'day', text: 'March 15' },
        ]),
      ],
      true,
      null,
    ],
    [
      'a month and day that is the subject of its verb, written as a date',
      'The harbour board had said on Thursday, April 2, could be set for the vote.',
      [
        cite('The harbour board had said April 2 could be set for the vote.', [
          { ...thursdayPast, text: 'April 2' },
        ]),
      ],
      false,
      /a noun in its sentence/,
    ],
    [
      'a month that names a market contract, written as a date',
      'Traders saw offers over March 2025 Velmora futures.',
      [cite('Traders saw offers over March Velmora futures.', [{ ...lastMarch, text: 'March' }])],
      false,
      /a noun in its sentence/,
    ],
    [
      'date words with their own preposition before a verb whose subject is another',
      'The vote on Tuesday, April 7, could start a new levy.',
      [cite('The vote on Tuesday could start a new levy.', [{ ...tuesday, text: 'on Tuesday' }])],
      true,
      null,
    ],
    [
      'a weekday that names an occasion, written as a date',
      'The main on Tuesday, April 7, prayers at the harbour chapel passed quietly.',
      [
        cite('The main Tuesday prayers at the harbour chapel passed quietly.', [
          { ...tuesday, text: 'Tuesday' },
        ]),
      ],
      false,
      /a noun in its sentence/,
    ],
    [
      'a day resolved to the past before a schedule told in the present',
      'The harbour open, which begins on Thursday, April 2, draws forty crews.',
      [cite('The harbour open, which begins Thursday, draws forty crews.', [thursdayPast])],
      false,
      /before the report, in words that look ahead/,
    ],
    [
      'a month and day the event took place on',
      'The harbour board met on Thursday, April 2, in Velmora.',
      [cite('The harbour board met April 2 in Velmora.', [{ ...thursdayPast, text: 'April 2' }])],
      true,
      null,
    ],
    [
      'a number its source splits with a space, set whole',
      'Some 1,300 deckhands met Aino Virtanen in Ottawa.',
      [cite('Some 1, 300 deckhands met Aino Virtanen in Ottawa.')],
      true,
      null,
    ],
    ['no cited sentence', MET, [], false, /cites no sentence/],
  ])('%s', (_label, sentence, cited, ok, failure) => {
    const verdict = verify(sentence, cited, context);

    expect(verdict.ok).toBe(ok);
    if (failure) expect(verdict.failures.map((f) => `${f.reason} ${f.text}`).join('\n')).toMatch(failure);
  });
});
