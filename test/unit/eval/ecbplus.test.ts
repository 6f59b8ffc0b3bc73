import { describe, expect, it } from 'vitest';
import { withoutDateLine } from '../../eval/ecbplus';

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
