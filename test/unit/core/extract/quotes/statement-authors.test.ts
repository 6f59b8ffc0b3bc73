import { describe, expect, it } from 'vitest';
import { analyze } from '../helpers';

const quotes = (body: string) => analyze(body).quotes.map((q) => [q.speaker, q.text]);

// One row per way a text names whose statement "the statement" is (statementAuthors in 05-quotes.ts).
describe('Function: findQuotes (a statement speaks for its author)', () => {
  it.each([
    [
      'AUTHORED_BY + ROLE_WORD: "said the statement by spokesman <Name>", then "it said" in the next paragraph',
      'The ministry answered the complaints on Friday.\n\n"The port stays open to every ship," said the statement by spokesman Ivo Brandt.\n\n"Crews will be paid in full," it said.',
      ['Ivo Brandt', 'Crews will be paid in full,'],
    ],
    [
      'counter-example: a body named between the statement and "it said" leaves "it" to no one',
      '"The port stays open," said the statement by spokesman Ivo Brandt.\n\nOrvena Shipping Company cut two routes.\n\n"Crews will be paid in full," it said.',
      ['unknown', 'Crews will be paid in full,'],
    ],
    [
      'AUTHORED_BY + NATIONAL_BODY: "a statement from the <demonym> <institution>", a vessel named nearer',
      'Two smuggling boats were stopped at dawn, according to a statement from the Danish navy.\n\nSailors from the patrol ship Nordlys Star found "crates of rifles and spare fuel," the statement said.',
      ['Danish navy', 'crates of rifles and spare fuel,'],
    ],
    [
      'AUTHORED_BY + NATIONAL_BODY: "a readout by the <demonym> <ministry noun>", the quote opening its sentence',
      'The two envoys met for three hours, a readout by the Chilean foreign ministry said.\n\nThe readout said only that the talks would "go on next month in Lima."',
      ['Chilean foreign ministry', 'go on next month in Lima.'],
    ],
    [
      'AUTHORED_BY + a named body: "a release from <organization>", another body named nearer',
      'The deal was "good for every worker," according to a release from Orvena Shipping Company.\n\nDockers of the Halden Port Authority cheered. "The yard stays open," the release said.',
      ['Orvena Shipping Company', 'The yard stays open,'],
    ],
    [
      'STATEMENT_CUE: "<body> said in a statement", a union named nearer',
      'Norvale Mining said in a statement that the pit would close. Petra Holm of the Quarry Workers Union called a meeting.\n\nThe statement said the miners would be "paid in full until June."',
      ['Norvale Mining', 'paid in full until June.'],
    ],
    [
      'STATEMENT_FIRST: "In a written statement released at <occasion>, <Name> ...", a body named nearer',
      'Kip Lorne met reporters on Monday. He was asked if the plan would go to the Harbour Planning Board.\n\nIn a written statement released at the briefing, Lorne repeated his objections to the plan.\n\n"It is a sad day for the valley," the statement said.',
      ['Kip Lorne', 'It is a sad day for the valley,'],
    ],
    [
      'AUTHORED_BY + nameAt: "a statement from <one word no step named>", then "it added"',
      'A fire closed the high street store on Friday.\n\nA statement from Brindleys said the shop would be rebuilt.\n\n"We thank our staff and the town for their patience," it added.',
      ['Brindleys', 'We thank our staff and the town for their patience,'],
    ],
    [
      'DOCUMENT_NOUN spelt with its accent: "the communiqué said" speaks for the body that issued it',
      'The Harbour Board issued a communiqué on Monday. Port Minister Daniel Okafor resigned.\n\n"We will review every contract," the communiqué said.',
      ['Harbour Board', 'We will review every contract,'],
    ],
    [
      'STATEMENT_FIRST: "In a statement on <day>, the <body> said", a body named inside the quotation',
      'The dockers were given a last chance to stay in the league.\n\nIn a statement on Monday, the Coast Ports Board said talks would start in May.\n\n"There will be one more try to bring the Harbour Union back," the statement said.',
      ['Coast Ports Board', 'There will be one more try to bring the Harbour Union back,'],
    ],
    [
      'no author named: the nearest body outside quotations, not one the quotation names',
      'The Coast Ports Board met on Monday.\n\n"There will be one more try to bring the Harbour Union back," the statement said.',
      ['Coast Ports Board', 'There will be one more try to bring the Harbour Union back,'],
    ],
    [
      'counter-example: "In a statement" with no author right after it names none',
      'The Harbour Union met on Monday.\n\nIn a statement that few expected, officials said talks would start in May.\n\n"There will be one more try," the statement said.',
      ['Harbour Union', 'There will be one more try,'],
    ],
    [
      'STATEMENT_CUE: "<person> issued a statement"',
      'Health Minister Ilse Varga issued a statement on Friday.\n\nThe clinics "will reopen on Monday," the statement said.',
      ['Ilse Varga', 'will reopen on Monday,'],
    ],
    [
      'IN_A_STATEMENT: the speaker of a quotation credited "in a statement"',
      'In a statement, Mayor Tomas Brenner said the bridge was "safe to cross."\n\nCrews from Lakeside Works checked it overnight. "No cracks were found," the statement said.',
      ['Tomas Brenner', 'No cracks were found,'],
    ],
  ])('credits the author: %s', (_name, body, expected) => {
    expect(quotes(body)).toContainEqual(expected);
  });

  it.each([
    [
      'AUTHORED_BY: an author named only after the quotation',
      '"Nobody was hurt," the statement said.\n\nA statement from the Danish navy came an hour later.',
      'Danish navy',
    ],
    [
      'NATIONAL_BODY: "a statement from <day>" names no body',
      'A statement from Tuesday night said the port was shut.\n\nThe ferries would "sail again soon," the statement said.',
      'Tuesday night',
    ],
    [
      'STATEMENT_CUE: "said a statement would follow" is no statement of the one who said it',
      'Coach Nora Wills said a statement would follow.\n\nThe club "regrets the delay," the statement said.',
      'Nora Wills',
    ],
    [
      'DOCUMENT_NOUN: "the agency said" keeps the nearest body, not a statement\'s author',
      'Rail strikes ended, according to a statement from the Danish government. Later the Baltic Weather Agency spoke.\n\n"Storms are likely," the agency said.',
      'Danish government',
    ],
  ])('does not credit: %s', (_name, body, notSpeaker) => {
    expect(quotes(body).map(([speaker]) => speaker)).not.toContain(notSpeaker);
  });

  it('leaves "the statement" with no author named as before: unattributed with no body named', () => {
    expect(quotes('The ferry was late again.\n\n"Nobody was hurt," the statement said.')).toEqual([
      ['unknown', 'Nobody was hurt,'],
    ]);
  });
});
