import { describe, expect, it } from 'vitest';
import { highWaterMarkBytes, peakRssBytes } from '../../../../lambdas/local/bench/peak-memory';

describe('Function: highWaterMarkBytes', () => {
  it.each([
    [
      'a Linux status text',
      'Name:\tnode\nVmPeak:\t 1200 kB\nVmHWM:\t  51200 kB\nVmRSS:\t 40000 kB\n',
      51_200 * 1024,
    ],
    ['a status text without the line', 'Name:\tnode\nVmRSS:\t 40000 kB\n', undefined],
    ['no text', '', undefined],
  ])('reads %s', (_kind, status, bytes) => {
    expect(highWaterMarkBytes(status)).toBe(bytes);
  });
});

describe('Function: peakRssBytes', () => {
  it('gives at least the memory the process holds now', () => {
    expect(peakRssBytes()).toBeGreaterThanOrEqual(process.memoryUsage.rss() * 0.9);
  });
});
