import { describe, expect, it } from 'vitest';
import { inBodyCase } from '../../../../lambdas/core/digest/headline-case';

const BODY = [
  'Velmora beat Kessel 3-1 in a harbour cup semi-final on Sunday. The Kessel crews were slow.',
  'Ada Lunde kept her title in the last race of the under-21 regatta, said the Velmora Sailing Club.',
  'The club said Lunde would skip the autumn race on Sept 2.',
].join('\n');

describe('Function: inBodyCase', () => {
  it.each<[string, string, string]>([
    [
      'each word as the report writes it inside its sentences',
      'VELMORA BEAT KESSEL 3-1 IN HARBOUR CUP SEMI-FINAL',
      'Velmora beat Kessel 3-1 in harbour cup semi-final',
    ],
    [
      'headline wording the report never writes set small, a function word too',
      'LUNDE KEEPS TITLE AT UNDER-21 REGATTA',
      'Lunde keeps title at under-21 regatta',
    ],
    [
      'a short word the report never writes kept as an acronym',
      'VSC SAYS LUNDE TO SKIP RACE',
      'VSC says Lunde to skip race',
    ],
    ['a month’s short form with its capital', 'LUNDE TO SKIP RACE ON SEP 2', 'Lunde to skip race on Sep 2'],
    ['a headline with small letters as it is', 'Lunde keeps her title', 'Lunde keeps her title'],
    ['a short label as it is', 'RESULTS', 'RESULTS'],
  ])('%s', (_label, headline, expected) => {
    expect(inBodyCase(headline, BODY)).toBe(expected);
  });
});
