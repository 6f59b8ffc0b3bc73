/**
 * In-house articles written for the extraction tests: fictional events, in the manner of
 * different outlets and beats. Expected facts sit next to each text.
 */
import type { DatePrecision, EventType } from '../../../../lambdas/core/model';

export interface ArticleCase {
  name: string;
  published: string;
  headline?: string;
  body: string;
  expect: {
    type: EventType;
    date?: { start: string; precision: DatePrecision };
    location?: string;
    actors: string[];
    notActors?: string[];
    people: string[];
    quotes?: Array<[string, string]>;
    background?: Array<{ type?: EventType; start: string; location?: string; participants?: string[] }>;
  };
}

export const ARTICLES: ArticleCase[] = [
  {
    name: 'wire diplomacy, dateline removed',
    published: '2024-03-12',
    headline: 'Indian, Brazilian ministers hold talks on grain corridor',
    body: [
      'Indian External Affairs Minister Rohan Mehta met Brazilian Foreign Minister Clara Nunes in Geneva on Monday to discuss a grain shipping corridor, officials from both sides said.',
      'The two ministers held “open and practical” discussions, according to a statement from India’s foreign ministry.',
      'Nunes told reporters after the meeting that Brazil was “ready to move quickly.”',
      'Earlier in February, the two countries signed a memorandum on fertilizer trade in New Delhi.',
      'Last year, Mehta visited Brasilia for the first time.',
    ].join('\n\n'),
    expect: {
      type: 'meeting',
      date: { start: '2024-03-11', precision: 'day' },
      location: 'Geneva',
      actors: ['Rohan Mehta', 'Clara Nunes'],
      people: ['Rohan Mehta', 'Clara Nunes'],
      quotes: [
        ['Indian Foreign Ministry', 'open and practical'],
        ['Clara Nunes', 'ready to move quickly.'],
      ],
      background: [
        { type: 'agreement', start: '2024-02-01', location: 'New Delhi' },
        { type: 'visit', start: '2023-01-01', participants: ['Rohan Mehta'] },
      ],
    },
  },
  {
    name: 'business deal',
    published: '2024-05-08',
    headline: 'Northwind to buy Harbor Logistics for $2.1 billion',
    body: [
      'Northwind Corp. agreed on Tuesday to acquire Harbor Logistics Inc. for $2.1 billion in cash, the companies said, in a deal that would create the largest cold-storage operator in Europe.',
      '“This is a once-in-a-decade opportunity,” Northwind Chief Executive Maria Lindqvist said in a statement.',
      'Harbor shares jumped 18.5% in early trading.',
      'Two years ago, Northwind bought a smaller rival in Rotterdam.',
    ].join('\n\n'),
    expect: {
      type: 'deal',
      date: { start: '2024-05-07', precision: 'day' },
      people: ['Maria Lindqvist'],
      actors: ['Northwind Corp.', 'Harbor Logistics Inc.'],
      quotes: [['Maria Lindqvist', 'This is a once-in-a-decade opportunity,']],
      background: [{ type: 'deal', start: '2022-01-01', location: 'Rotterdam' }],
    },
  },
  {
    name: 'court ruling',
    published: '2023-11-17',
    body: [
      'A federal appeals court in Chicago on Thursday upheld a ruling that blocked the state’s new voting map, handing a win to civil rights groups.',
      'Judge Irene Castellano wrote for the panel that the map “cannot be squared with the statute.”',
      'The state attorney general, Mark Whitfield, said he would seek a rehearing.',
      'In March, a lower court struck down the map after a two-week trial.',
    ].join('\n\n'),
    expect: {
      type: 'ruling',
      date: { start: '2023-11-16', precision: 'day' },
      location: 'Chicago',
      actors: [],
      people: ['Irene Castellano', 'Mark Whitfield'],
      quotes: [['Irene Castellano', 'cannot be squared with the statute.']],
      background: [{ type: 'ruling', start: '2023-03-01' }],
    },
  },
  {
    name: 'disaster',
    published: '2024-01-02',
    body: [
      'A powerful earthquake struck central Japan on Monday, killing at least 30 people and toppling buildings along the coast, officials said.',
      'Prime Minister Kenji Arai told a news conference in Tokyo that rescuers were “racing against time.”',
      'The region was last hit by a major quake in 2007.',
    ].join('\n\n'),
    expect: {
      type: 'disaster',
      date: { start: '2024-01-01', precision: 'day' },
      location: 'Japan',
      actors: [],
      people: ['Kenji Arai'],
      quotes: [['Kenji Arai', 'racing against time.']],
      background: [{ start: '2007-01-01' }],
    },
  },
  {
    name: 'election',
    published: '2024-06-03',
    headline: 'Ruling party loses majority in snap election',
    body: [
      'Voters in Lisbon and across Portugal went to the polls on Sunday in a snap election that left the ruling party short of a majority.',
      'Opposition leader Duarte Fonseca said the result was “a clear call for change.”',
      'Prime Minister Ines Valente called the election in April after her budget was defeated.',
    ].join('\n\n'),
    expect: {
      type: 'election',
      date: { start: '2024-06-02', precision: 'day' },
      location: 'Lisbon',
      actors: [],
      people: ['Duarte Fonseca', 'Ines Valente'],
      quotes: [['Duarte Fonseca', 'a clear call for change.']],
      background: [{ start: '2024-04-01', participants: ['Ines Valente'] }],
    },
  },
  {
    name: 'sport',
    published: '2024-04-18',
    body: [
      'Bayern Munich beat Arsenal 2-1 at the Allianz Arena on Wednesday night to reach the Champions League semifinals.',
      'Leon Okoro scored the winner in the 78th minute.',
      '“We suffered, but we believed,” coach Thomas Keller said. “This group never gives up.”',
      'The sides drew 2-2 in London last week.',
    ].join('\n\n'),
    expect: {
      type: 'match',
      date: { start: '2024-04-17', precision: 'day' },
      location: 'Allianz Arena',
      actors: ['Bayern Munich', 'Arsenal'],
      people: ['Leon Okoro', 'Thomas Keller'],
      quotes: [
        ['Thomas Keller', 'We suffered, but we believed,'],
        ['Thomas Keller', 'This group never gives up.'],
      ],
      background: [{ start: '2024-04-08', location: 'London' }],
    },
  },
  {
    name: 'spokesperson is not an actor',
    published: '2023-09-20',
    body: [
      'Senior officials from Kenya and Ethiopia met in Nairobi on Tuesday to discuss water sharing on the Omo river.',
      'Kenyan Water Minister Joseph Kariuki and Ethiopian Deputy Prime Minister Hana Gebre led the delegations.',
      'Government spokesperson Daniel Otieno said the talks were “constructive,” adding that a joint committee would meet in the coming weeks.',
    ].join('\n\n'),
    expect: {
      type: 'meeting',
      date: { start: '2023-09-19', precision: 'day' },
      location: 'Nairobi',
      actors: ['Joseph Kariuki', 'Hana Gebre'],
      people: ['Joseph Kariuki', 'Hana Gebre', 'Daniel Otieno'],
      notActors: ['Daniel Otieno'],
      quotes: [['Daniel Otieno', 'constructive,']],
    },
  },
  {
    name: 'legislature and protest, wire style with dateline',
    published: '2024-06-26',
    body: [
      'LUSAKA, Zambia (AP) — Zambia’s parliament on Tuesday approved a contested finance bill that raises taxes on fuel and mobile money, hours after thousands of protesters clashed with police outside the assembly in downtown Lusaka.',
      'Lawmakers voted 101-62 to pass the measure, which President Daniel Mwale says is needed to cut the country’s debt. Opposition leader Grace Chanda called the vote "a betrayal of ordinary families" and urged supporters to keep up the pressure.',
      '"We will not be intimidated," Chanda told a rally in Ndola late Tuesday. "This fight is not over."',
      'The Zambia Commission on Human Rights said in a statement that at least 12 people were injured. Home Affairs Minister Peter Banda defended the officers.',
      'The International Monetary Fund approved a $900 million loan to Zambia in January. Last month, Finance Minister Ruth Mulenga met IMF officials in Washington to discuss the program.',
      'Mwale, who took office in September 2022, is expected to sign the bill next week.',
    ].join('\n\n'),
    expect: {
      type: 'other',
      date: { start: '2024-06-25', precision: 'day' },
      location: 'Lusaka',
      actors: [],
      notActors: ['Associated Press', 'Human Rights'],
      people: ['Daniel Mwale', 'Grace Chanda', 'Peter Banda', 'Ruth Mulenga'],
      quotes: [
        ['Grace Chanda', 'a betrayal of ordinary families'],
        ['Grace Chanda', 'We will not be intimidated,'],
        ['Grace Chanda', 'This fight is not over.'],
      ],
      background: [
        { type: 'deal', start: '2024-01-01' },
        { type: 'meeting', start: '2024-05-01', location: 'Washington', participants: ['Ruth Mulenga'] },
        { type: 'appointment', start: '2022-09-01', participants: ['Daniel Mwale'] },
      ],
    },
  },
];
