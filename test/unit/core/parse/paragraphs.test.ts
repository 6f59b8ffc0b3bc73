import { describe, expect, it } from 'vitest';
import { toParagraphs } from '../../../../lambdas/core/parse/08-paragraphs';
import { emptyMeta } from '../../../../lambdas/core/parse/draft';

const paragraphs = (body: string): string[] =>
  toParagraphs({ format: 'text', body, meta: emptyMeta() }).body.split('\n\n');

describe('Function: toParagraphs', () => {
  it.each<[string, string, string[]]>([
    [
      'press digests: a list item loses its marker and stays a paragraph of its own',
      '- The port strike enters its third day\n- Fuel prices rise again',
      ['The port strike enters its third day', 'Fuel prices rise again'],
    ],
    [
      'newsletters: items starred once or twice, or bulleted',
      '** Security was tight at the court.\n\n* Shares fell.\n\n\u2022 Rain is due.',
      ['Security was tight at the court.', 'Shares fell.', 'Rain is due.'],
    ],
    [
      'keeps the double dash that opens a contact line',
      'The ferry left late.\n\n-- Harbour newsroom 555-0100',
      ['The ferry left late.', '-- Harbour newsroom 555-0100'],
    ],
    [
      'joins a hard-wrapped block',
      'The ferry left the quay late\nbecause of the fog.',
      ['The ferry left the quay late because of the fog.'],
    ],
    [
      'keeps one sentence a line as paragraphs',
      'The ferry left late.\nThe fog had lifted.',
      ['The ferry left late.', 'The fog had lifted.'],
    ],
    [
      'goes on after a paragraph cut at a title',
      '"We have no idea what started it," the Rev.\n\nIan Moss of the parish church said on Sunday.',
      ['"We have no idea what started it," the Rev. Ian Moss of the parish church said on Sunday.'],
    ],
    [
      'goes on after a line cut at a rank',
      'The order was signed by Lt.\nCol. Ana Reyes.',
      ['The order was signed by Lt. Col. Ana Reyes.'],
    ],
    [
      'goes on after a paragraph cut at a police rank',
      '"Everyone got out safely," Dunmore police Const.\n\nTim Varga told reporters.',
      ['"Everyone got out safely," Dunmore police Const. Tim Varga told reporters.'],
    ],
    [
      'keeps a paragraph ending in a name suffix, which ends sentences',
      'The award went to Tom Berg Jr.\n\nCrowds lined the quay.',
      ['The award went to Tom Berg Jr.', 'Crowds lined the quay.'],
    ],
    [
      'keeps a title before a paragraph opening in lower case',
      'The letter was addressed to the Gov.\n\nand nobody answered it.',
      ['The letter was addressed to the Gov.', 'and nobody answered it.'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(paragraphs(body)).toEqual(expected);
  });
});
