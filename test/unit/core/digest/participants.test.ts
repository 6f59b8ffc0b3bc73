import { describe, expect, it } from 'vitest';
import { participantsClause } from '../../../../lambdas/core/digest/participants';
import type { Clause } from '../../../../lambdas/core/digest/types';
import type { EventType, Participant } from '../../../../lambdas/core/model';
import { buildArticle, buildStory } from './builders';

const TEXT = [
  'Harbor talks between the island council and the ferry union resumed in Port Ellis on Monday.',
  'Council leader Ana Ruiz met with Tom Berg, the union’s chief negotiator, and Lena Moss, the port’s harbor master.',
  'The sticking point is pay: union steward Ilse Varga wants a 6 percent rise.',
].join(' ');

const person = (name: string, role: string, affiliation?: string): Participant => ({
  name,
  kind: 'person',
  role,
  ...(affiliation ? { affiliation } : {}),
});

/** A lead clause of that text, from the given sentences of a report (none: the lead's source is not known). */
function leadOf(text: string, key = '', sentences: number[] = []): Clause {
  return {
    text,
    sources: sentences.map((sentence) => ({ key, outlet: 'Harbor Times', sentence })),
    dates: [],
  };
}

function clauseFor(type: EventType, participants: Participant[], lead = 'Harbor talks resumed.') {
  const article = buildArticle({
    key: 'harbor/talks.txt',
    outlet: 'Harbor Times',
    published: '2026-04-07',
    text: TEXT,
    mainEvent: { type, action: 'met with', participants, location: 'Port Ellis', in: 'Council leader' },
  });
  return participantsClause(buildStory('talks', [article]), [article], leadOf(lead));
}

describe('Function: participantsClause', () => {
  it.each<[string, EventType, Participant[], string | null]>([
    [
      'names each participant in the role the source gives beside the name, side by side',
      'talks',
      [
        person('Tom Berg', 'union’s chief negotiator', 'union'),
        person('Ana Ruiz', 'Council leader', 'council'),
        person('Lena Moss', 'port’s harbor master', 'union'),
      ],
      'Those taking part were Tom Berg, union’s chief negotiator; Lena Moss, port’s harbor master; and Ana Ruiz, Council leader.',
    ],
    [
      'leaves out a role the source does not give beside the name',
      'meeting',
      [person('Tom Berg', 'union’s chief negotiator'), person('Ana Ruiz', 'harbor master')],
      null,
    ],
    [
      'leaves out a role that takes in part of a sentence',
      'meeting',
      [
        person('Tom Berg', 'union’s chief negotiator'),
        person('Ilse Varga', 'sticking point is pay: union steward'),
      ],
      null,
    ],
    [
      'writes nothing for an event that is no gathering',
      'protest',
      [person('Tom Berg', 'union’s chief negotiator'), person('Ana Ruiz', 'Council leader')],
      null,
    ],
  ])('%s', (_name, type, participants, expected) => {
    expect(clauseFor(type, participants)?.text ?? null).toBe(expected);
  });

  it('names only the people the lead does not', () => {
    const participants = [
      person('Tom Berg', 'union’s chief negotiator'),
      person('Ana Ruiz', 'Council leader'),
    ];

    expect(clauseFor('talks', participants, 'Ana Ruiz met the union.')).toBeNull();
  });

  const LEVY = 'Ana Ruiz and Tom Berg said on Tuesday the council would put a harbour levy to a vote.';
  const PILOTS = 'Pilots of the island ferries met the port board in Kessel on Tuesday.';

  it.each<[string, EventType, string, boolean]>([
    ['names no one under a lead from a report of another kind of event', 'announcement', LEVY, false],
    ['names them under a lead from a report of a gathering', 'meeting', LEVY, true],
    ['names only the people the lead’s own report names', 'meeting', PILOTS, false],
  ])('%s', (_name, leadType, leadText, named) => {
    const participants = [
      person('Tom Berg', 'union’s chief negotiator', 'union'),
      person('Ana Ruiz', 'Council leader', 'council'),
    ];
    const talks = buildArticle({
      key: 'harbor/talks.txt',
      outlet: 'Harbor Times',
      published: '2026-04-07',
      text: TEXT,
      mainEvent: {
        type: 'talks',
        action: 'met with',
        participants,
        location: 'Port Ellis',
        in: 'Council leader',
      },
    });
    const lead = buildArticle({
      key: 'harbor/lead.txt',
      outlet: 'Harbor Times',
      published: '2026-04-08',
      text: leadText,
      mainEvent: {
        type: leadType,
        action: 'said',
        participants: [],
        location: 'Port Ellis',
        in: leadText.split(' ').slice(0, 3).join(' '),
      },
    });
    const story = buildStory('talks', [talks, lead]);

    const clause = participantsClause(story, [talks, lead], leadOf('The lead tells something else.'), lead);

    expect(clause !== null).toBe(named);
  });

  // A report whose gathering was last week, led by what it tells of this week (own words).
  const FINES = [
    'The island council begins fining late ferries this week to end the timetable dispute.',
    'Harbor talks between the council and the ferry union were held in Port Ellis last week.',
    'Council leader Ana Ruiz met with Tom Berg, the union’s chief negotiator, and Lena Moss, the port’s harbor master.',
  ].join(' ');

  it.each<[string, number, boolean]>([
    ['names no one under a lead telling another event of the gathering’s report', 0, false],
    ['names them under a lead telling the gathering', 1, true],
  ])('%s', (_name, leadSentence, named) => {
    const participants = [
      person('Tom Berg', 'union’s chief negotiator', 'union'),
      person('Lena Moss', 'port’s harbor master', 'union'),
      person('Ana Ruiz', 'Council leader', 'council'),
    ];
    const report = buildArticle({
      key: 'harbor/fines.txt',
      outlet: 'Harbor Times',
      published: '2026-04-07',
      text: FINES,
      mainEvent: { type: 'talks', action: 'held', participants, location: 'Port Ellis', in: 'Harbor talks' },
    });
    const lead = leadOf(report.sentences[leadSentence]?.text ?? '', report.key, [leadSentence]);

    const clause = participantsClause(buildStory('talks', [report]), [report], lead, report);

    expect(clause !== null).toBe(named);
  });
});
