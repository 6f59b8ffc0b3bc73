import { describe, expect, it } from 'vitest';
import { inPublicationZone, ZONED_TIME } from '../../../../lambdas/core/extract/publication-zone';
import { analyze } from './helpers';

describe('Function: inPublicationZone', () => {
  it('reads its example and nothing in its counter-example', () => {
    const re = new RegExp(ZONED_TIME.source, 'u');
    expect(re.exec(ZONED_TIME.example)?.groups?.zone).toBe('EDT');
    expect(re.test(ZONED_TIME.counter)).toBe(false);
  });

  it.each([
    [
      'a UTC stamp moves into the zone the report writes its times in',
      '2024-03-12T02:31:00Z',
      'The vote ended at 9 p.m. EDT.',
      '2024-03-11T22:31:00-04:00',
    ],
    [
      'a UTC stamp with no zone in the text stays',
      '2024-03-12T02:31:00Z',
      'The vote ended late.',
      '2024-03-12T02:31:00Z',
    ],
    [
      'a stamp in the outlet’s zone stays',
      '2024-03-11T22:31:00-04:00',
      'The vote ended at 9 p.m. EDT.',
      '2024-03-11T22:31:00-04:00',
    ],
    ['a day alone stays', '2024-03-12', 'The vote ended at 9 p.m. EDT.', '2024-03-12'],
  ])('%s', (_, published, body, expected) => {
    expect(inPublicationZone(published, body)).toBe(expected);
  });

  it('resolves "tonight" on the outlet’s day when the stamp is in UTC', () => {
    const body = 'The city council voted tonight to close the bridge, the mayor said at 10 p.m. EDT.';
    expect(analyze(body, '2024-03-12T02:31:00Z').mainEvent?.date?.start).toBe('2024-03-11');
  });
});
