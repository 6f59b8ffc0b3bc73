import { describe, expect, it } from 'vitest';
import type { EventType } from '../../../../lambdas/core/model';
import { analyze } from './helpers';

// One in-house lead sentence per event type, in the manner of wire copy; published Monday 2023-11-20.
const LEADS: Array<[EventType, string, string | undefined, string[]]> = [
  [
    'call',
    'President Ana Ruiz spoke by phone with Prime Minister Ken Sato on Thursday, her office said.',
    undefined,
    ['Ana Ruiz', 'Ken Sato'],
  ],
  [
    'summit',
    'Leaders of the Group of Seven opened a three-day summit in Hiroshima on Friday.',
    'Hiroshima',
    [],
  ],
  [
    'sanction',
    'The Treasury Department imposed sanctions on Wednesday on three firms accused of supplying drones to Russia.',
    undefined,
    ['Treasury Department'],
  ],
  [
    'statement',
    'The foreign ministry issued a statement on Sunday condemning the missile test.',
    undefined,
    [],
  ],
  ['announcement', 'Spain announced on Monday that it would recognize the new state.', undefined, ['Spain']],
  [
    'attack',
    'A drone attack on an oil depot in Crimea on Saturday set off a huge fire, the local governor said.',
    'Crimea',
    [],
  ],
  [
    'appointment',
    'The board appointed Sarah Kim as chief executive on Tuesday, effective immediately.',
    undefined,
    ['Sarah Kim'],
  ],
  [
    'resignation',
    'Prime Minister Elin Dahl resigned on Thursday after just 44 days in office.',
    undefined,
    ['Elin Dahl'],
  ],
  [
    'earnings',
    'Chipmaker Nordsilicon reported quarterly revenue of $13.5 billion on Wednesday, beating estimates.',
    undefined,
    [],
  ],
  ['launch', 'India launched a rocket carrying a lunar lander on Friday.', undefined, ['India']],
  [
    'lawsuit',
    'The Daily Ledger sued Northwind Corp. on Wednesday, alleging copyright infringement.',
    undefined,
    ['Northwind Corp.'],
  ],
  [
    'arrest',
    'Police arrested the tech founder Pavel Orlov at an airport near Paris on Saturday.',
    'Paris',
    ['Pavel Orlov'],
  ],
  [
    'visit',
    'Chancellor Olaf Brandt arrived in Beijing on Sunday for a three-day visit.',
    'Beijing',
    ['Olaf Brandt'],
  ],
  [
    'protest',
    'Tens of thousands of people rallied in Tel Aviv on Saturday against the overhaul.',
    'Tel Aviv',
    [],
  ],
  [
    'protest',
    'Thousands of protesters marched through central Paris on Saturday against the reform.',
    'Paris',
    [],
  ],
  ['agreement', 'The two governments signed a four-day truce on Wednesday, mediators said.', undefined, []],
  [
    'talks',
    'Russian and Ukrainian negotiators resumed peace talks in Istanbul on Tuesday.',
    'Istanbul',
    ['Russia', 'Ukraine'],
  ],
  [
    'election',
    'Voters elected Marta Ilic as president on Sunday in a runoff vote.',
    undefined,
    ['Marta Ilic'],
  ],
  [
    'ruling',
    'The Supreme Court ruled on Friday that the agency had overstepped its authority.',
    undefined,
    ['Supreme Court'],
  ],
  [
    'accusation',
    'China accused the United States on Monday of spreading disinformation.',
    undefined,
    ['China', 'United States'],
  ],
  ['disaster', 'Floods swept through eastern Libya on Sunday, killing thousands.', 'Libya', []],
  [
    'match',
    'Argentina defeated France on penalties in the final on Sunday.',
    undefined,
    ['Argentina', 'France'],
  ],
  [
    'match',
    'Ivo Brandt set aside the challenge of Karl Nyman, stopping him in seven rounds on Saturday in Mannheim.',
    'Mannheim',
    ['Ivo Brandt', 'Karl Nyman'],
  ],
  [
    'deal',
    'Northwind Corp. completed its $6 billion acquisition of Harbor Logistics Inc. on Friday.',
    undefined,
    ['Northwind Corp.'],
  ],
];

describe('Function: findMainEvent (event types)', () => {
  it.each(LEADS)('reads a %s from its lead', (type, lead, location, participants) => {
    const main = analyze(lead, '2023-11-20').mainEvent;
    expect(main?.type).toBe(type);
    expect(main?.location).toBe(location);
    expect(main?.date?.precision).toBe('day');
    expect(main?.participants.map((p) => p.name)).toEqual(expect.arrayContaining(participants));
  });
});

// A verb in a relative clause describes a noun, not the news; the clause's verb still counts a little.
const RELATIVE_CLAUSES: Array<[string, string, EventType]> = [
  [
    'a "who" clause inside the subject',
    'The guard who shot two inmates during a jail break was sentenced on Friday to life in prison.',
    'ruling',
  ],
  [
    'a participle with its agent after a noun ("the hall attended by"): a relative clause without "which"',
    'An arsonist gutted the chapel attended by the mayor, Ola Berg, on Friday night.',
    'attack',
  ],
  [
    'a noun then a past verb with its object, which tells the news (counter-example)',
    'The mayors met in Corlen on Friday and agreed a plan for the river.',
    'meeting',
  ],
  [
    'an attack named as what someone is held on suspicion of: the arrest is the news',
    'A man has been arrested on suspicion of arson after a fire at a Kelby supermarket.',
    'arrest',
  ],
  [
    'a "that" clause after a speech verb, which tells the news (counter-example)',
    'Police said on Friday that gunmen shot two guards at the county jail.',
    'attack',
  ],
];

describe('Function: findMainEvent (relative clauses)', () => {
  it.each(RELATIVE_CLAUSES)('reads %s', (_kind, lead, type) => {
    expect(analyze(lead, '2023-11-20').mainEvent?.type).toBe(type);
  });
});

// "Released" names a launch only when a thing comes out: not a document handed out, nor a person let go.
const RELEASES: Array<[string, string, boolean]> = [
  [
    'a statement released to a paper',
    'In a statement released to a weekly on Friday, the harbour board said the ferry would stop.',
    false,
  ],
  [
    'figures released by a ministry',
    'Trade figures released by the ministry on Friday showed a fall.',
    false,
  ],
  ['a person released from custody', 'The skipper was released from custody on Friday.', false],
  ['a film released (counter-example)', 'The studio released its new film on Friday.', true],
];

describe('Function: findMainEvent (releases)', () => {
  it.each(RELEASES)('tells whether %s is a launch', (_kind, lead, launch) => {
    expect(analyze(lead, '2023-11-20').mainEvent?.type === 'launch').toBe(launch);
  });
});
