import { describe, expect, it } from 'vitest';
import { publicationDay, withoutDateLine } from '../../eval/ecbplus';

describe('Function: withoutDateLine', () => {
  it.each([
    [
      'a date line under the headline',
      'Quarry fire spreads\nMarch 3, 2011, 9:10 am\nBody.',
      'Quarry fire spreads\nBody.',
    ],
    ['a numeric stamp', 'Ferry sinks\n\n3/4/11 2:05 PM EST\n\nBody.', 'Ferry sinks\n\n\nBody.'],
    ['a published label', 'Published: March 4, 2011\nBody.', 'Body.'],
    [
      'a long first sentence with a year stays',
      `In 2011 the ferry sank ${'x'.repeat(60)}`,
      `In 2011 the ferry sank ${'x'.repeat(60)}`,
    ],
    [
      'a year far into the body stays',
      'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nIn 2011.',
      'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nIn 2011.',
    ],
    [
      'an update stamp below the standfirst and byline',
      'Ferry sinks\n\nAll aboard rescued\n\nBy Ana Lopes\n\nUPDATED: FRIDAY, MARCH 4, 2011\nBody.',
      'Ferry sinks\n\nAll aboard rescued\n\nBy Ana Lopes\n\nBody.',
    ],
    [
      'a short sentence dating an earlier event stays',
      'a\nb\nc\nd\ne\nf\nIn 2008, the ferry sank twice.',
      'a\nb\nc\nd\ne\nf\nIn 2008, the ferry sank twice.',
    ],
  ])('withholds %s', (_case, text, expected) => {
    expect(withoutDateLine(text)).toBe(expected);
  });
});

describe('Function: publicationDay', () => {
  it.each([
    [
      'a date line under the headline',
      '2011-03-03',
      'Quarry fire spreads\nMarch 3, 2011, 9:10 am\nBody.',
      '2011-03-03',
    ],
    ['no date line', null, 'Quarry fire spreads\nBody.', null],
    [
      "a saved page's stamp: the day it was saved",
      '2016-05-09',
      'Quarry fire spreads\nPosted 3 weeks ago [saved on 9 May 2016]\nBody.',
      null,
    ],
    [
      'a sentence saving something far into the body',
      '2011-03-03',
      'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nThe files were saved on a laptop.',
      '2011-03-03',
    ],
  ])('passes on %s as %s', (_case, dateLine, text, expected) => {
    expect(publicationDay(dateLine, text)).toBe(expected);
  });
});
