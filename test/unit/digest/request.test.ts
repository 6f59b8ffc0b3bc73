import { describe, expect, it } from 'vitest';
import { digestRequest } from '../../../lambdas/digest/request';

describe('Function: digestRequest', () => {
  it.each([
    ['the schedule’s empty input', {}, {}],
    ['no payload', undefined, {}],
    ['an on-demand period', { period: '2026-04-08' }, { period: '2026-04-08' }],
    ['a forced weekly run', { period: '2026-W15', force: true }, { period: '2026-W15', force: true }],
    [
      'chosen stories',
      { period: 'run-1', storyIds: ['s1', 's2'] },
      { period: 'run-1', storyIds: ['s1', 's2'] },
    ],
    [
      'an EventBridge envelope',
      { version: '0', 'detail-type': 'Scheduled Event', source: 'aws.scheduler', detail: {} },
      {},
    ],
  ])('reads %s', (_name, event, expected) => {
    expect(digestRequest(event)).toEqual(expected);
  });

  it.each([
    ['a string', 'today'],
    ['a numeric period', { period: 20260408 }],
    ['a string force', { force: 'yes' }],
    ['an array', []],
    ['story ids that are not strings', { storyIds: [1, 2] }],
  ])('rejects %s', (_name, event) => {
    expect(() => digestRequest(event)).toThrow(/must be/);
  });
});
