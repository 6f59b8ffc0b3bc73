import { describe, expect, it } from 'vitest';
import {
  ACCORDING_CUE,
  LISTENER_CUE,
  NEWS_NAME,
  newsOrganization,
  type SpokenToRow,
} from '../../../../../lambdas/core/extract/spoken-to';
import { analyze } from '../helpers';

const quotes = (body: string) => analyze(body).quotes.map((q) => [q.speaker, q.text]);

describe('Lexicon: the names a speaker spoke to (every row with its example and counter-example)', () => {
  it.each(
    [LISTENER_CUE, ACCORDING_CUE, NEWS_NAME].map((row): [string, SpokenToRow] => [row.kind, row]),
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
      'counter-example: the person who gave an interview to a newspaper',
      'Harbour master Tom Berg closed the quay.\n\n“We will not reopen until every crane is inspected,” Berg said in an interview with the Ashford Gazette.',
      ['Tom Berg', 'We will not reopen until every crane is inspected,'],
    ],
  ])('%s', (_kind, body, expected) => {
    expect(quotes(body)).toContainEqual(expected);
  });
});
