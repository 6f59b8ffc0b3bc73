import { describe, expect, it } from 'vitest';
import {
  ACCORDING_CUE,
  LISTENER_CUE,
  NEWS_NAME,
  newsOrganization,
  PASSED_ON_CUE,
  type SpokenToRow,
} from '../../../../../lambdas/core/extract/spoken-to';
import { analyze } from '../helpers';

const quotes = (body: string) => analyze(body).quotes.map((q) => [q.speaker, q.text]);

describe('Lexicon: the names a speaker spoke to (every row with its example and counter-example)', () => {
  it.each(
    [LISTENER_CUE, ACCORDING_CUE, PASSED_ON_CUE, NEWS_NAME].map((row): [string, SpokenToRow] => [
      row.kind,
      row,
    ]),
  )('%s', (_kind, row) => {
    expect(row.regex.test(row.matches)).toBe(true);
    expect(row.regex.test(row.misses)).toBe(false);
  });
});

describe('Function: newsOrganization', () => {
  it.each([
    ['The Ashford Gazette', true],
    ['Reuters', true],
    ['The Associated Press', true],
    ['Kestrel Radio Network', true],
    ['Harbour Board', false],
    ['News Corp', false],
    ['International Atomic Energy Agency', false],
  ])('%s -> %s', (name, expected) => {
    expect(newsOrganization(name)).toBe(expected);
  });
});

describe('Function: findQuotes (an outlet the speaker spoke to is never the speaker)', () => {
  it.each([
    [
      'an official named by a noun after the report told an agency of the news: not that agency',
      'The north quay at Ashford was closed on Tuesday, an official told Reuters.\n\n“We will not reopen until every crane is inspected,” the official said.',
      ['unknown', 'We will not reopen until every crane is inspected,'],
    ],
    [
      'a newspaper cited after the speaker ("police said, according to The Ledger")',
      'Police in Dunmore shot a man who ran at them with a knife.\n\n“Stay on the ground or we will fire again,” police said, according to The Dunmore Ledger.',
      ['unknown', 'Stay on the ground or we will fire again,'],
    ],
    [
      'counter-example: an outlet cited after "according to" with no one else credited wrote the words itself',
      'The chapel fire burned for six hours.\n\nThe blaze “started by the back door” according to the Dunmore Ledger.',
      ['Dunmore Ledger', 'started by the back door'],
    ],
    [
      'counter-example: a body cited after "according to" is the source of its words',
      'The meeting was “frank,” according to the State Department.',
      ['State Department', 'frank,'],
    ],
    [
      'an agency that quoted someone unnamed as saying: not that agency',
      'Rebels shelled a border post in Vandoria on Tuesday.\n\n“We held the line until dawn,” the Vandorian News Agency quoted a corporal as saying.',
      ['unknown', 'We held the line until dawn,'],
    ],
    [
      'a fragment after "quoted <someone unnamed> as saying that": not the agency opening the sentence',
      'Rebels shelled a border post in Vandoria on Tuesday.\n\nThe Vandorian News Agency quoted a corporal at the post as saying that “we held the line until dawn”.',
      ['unknown', 'we held the line until dawn'],
    ],
    [
      'someone unnamed "quoted as saying by" an agency: not the agency',
      'Rebels shelled a border post in Vandoria on Tuesday.\n\n“We held the line until dawn,” a corporal was quoted as saying by the Vandorian News Agency.',
      ['unknown', 'We held the line until dawn,'],
    ],
    [
      'an agency named with its country ("the News Agency of Vandoria") that quoted someone unnamed: not the agency',
      'Rebels shelled a border post in Vandoria on Tuesday.\n\n“We held the line until dawn,” the News Agency of Vandoria quoted a corporal as saying.',
      ['unknown', 'We held the line until dawn,'],
    ],
    [
      'an agency that said it, quoting someone unnamed: not the agency',
      'Rebels shelled a border post in Vandoria on Tuesday.\n\n“We held the line until dawn,” the Vandorian News Agency said, quoting a corporal at the post.',
      ['unknown', 'We held the line until dawn,'],
    ],
    [
      'an agency that, quoting someone unnamed, said it: not the agency',
      'Rebels shelled a border post in Vandoria on Tuesday.\n\nThe Vandorian News Agency, quoting a corporal, said: “We held the line until dawn.”',
      ['unknown', 'We held the line until dawn.'],
    ],
    [
      'an agency that said it, quoting someone named: the one it quoted',
      'Rebels shelled a border post in Vandoria on Tuesday.\n\n“We held the line until dawn,” the Vandorian News Agency said, quoting Ivo Brandt, a corporal at the post.',
      ['Ivo Brandt', 'We held the line until dawn,'],
    ],
    [
      'counter-example: the one an agency quoted by name as saying',
      'Rebels shelled a border post in Vandoria on Tuesday.\n\n“We held the line until dawn,” the Vandorian News Agency quoted Ivo Brandt as saying.',
      ['Ivo Brandt', 'We held the line until dawn,'],
    ],
    [
      'counter-example: the one "quoted as saying by" an agency, named',
      'Rebels shelled a border post in Vandoria on Tuesday.\n\n“We held the line until dawn,” Ivo Brandt was quoted as saying by the Vandorian News Agency.',
      ['Ivo Brandt', 'We held the line until dawn,'],
    ],
    [
      'counter-example: an agency that said it in its own words',
      'Rebels shelled a border post in Vandoria on Tuesday.\n\n“The post held until dawn,” the Vandorian News Agency said, citing no source.',
      ['Vandorian News Agency', 'The post held until dawn,'],
    ],
    [
      'counter-example: the person who gave an interview to a newspaper',
      'Harbour master Tom Berg closed the quay.\n\n“We will not reopen until every crane is inspected,” Berg said in an interview with the Ashford Gazette.',
      ['Tom Berg', 'We will not reopen until every crane is inspected,'],
    ],
  ])('%s', (_kind, body, expected) => {
    expect(quotes(body)).toContainEqual(expected);
  });
});
