import { describe, expect, it } from 'vitest';
import { JsonLogger } from '../../../lambdas/adapters/json-logger';
import type { LogLevel } from '../../../lambdas/config';

function logged(level: LogLevel, act: (logger: JsonLogger) => void): Record<string, unknown>[] {
  const lines: string[] = [];
  act(new JsonLogger('news-digest-test', level, (line) => lines.push(line)));
  expect(lines.every((line) => line.endsWith('\n') && !line.slice(0, -1).includes('\n'))).toBe(true);
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

const everyLevel = (logger: JsonLogger): void => {
  logger.debug('checking the queue');
  logger.info('ingested');
  logger.warn('slow answer');
  logger.error('send failed');
};

describe('JsonLogger', () => {
  it.each([
    { level: 'DEBUG', shown: ['DEBUG', 'INFO', 'WARN', 'ERROR'] },
    { level: 'INFO', shown: ['INFO', 'WARN', 'ERROR'] },
    { level: 'WARN', shown: ['WARN', 'ERROR'] },
    { level: 'ERROR', shown: ['ERROR'] },
    { level: 'SILENT', shown: [] },
  ] as const)('at $level writes $shown', ({ level, shown }) => {
    expect(logged(level, everyLevel).map((line) => line.level)).toEqual(shown);
  });

  it('writes one JSON line with the level, message, time, service, request id and fields', () => {
    const [line] = logged('INFO', (logger) => {
      logger.addContext({ awsRequestId: 'req-7' });
      logger.info('ingested', { key: 'monday/report.txt', storyId: 's-1' });
    });
    expect(line).toEqual({
      level: 'INFO',
      message: 'ingested',
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      service: 'news-digest-test',
      requestId: 'req-7',
      key: 'monday/report.txt',
      storyId: 's-1',
    });
  });

  it('keeps its own level, message and request id when a field has the same name', () => {
    const [line] = logged('INFO', (logger) => {
      logger.addContext({ awsRequestId: 'req-8' });
      logger.info('ingested', { level: 'DEBUG', message: 'a field', requestId: 'other', key: 'a.txt' });
    });
    expect(line).toMatchObject({ level: 'INFO', message: 'ingested', requestId: 'req-8', key: 'a.txt' });
    expect(Object.keys(line ?? {}).slice(0, 2)).toEqual(['level', 'message']);
  });

  it('leaves the request id out before an invocation names one', () => {
    const [line] = logged('INFO', (logger) => logger.info('cold start'));
    expect(line).not.toHaveProperty('requestId');
  });

  it('writes an error with its name, message, stack and cause, not as {}', () => {
    const cause = new Error('socket hang up');
    const [line] = logged('ERROR', (logger) =>
      logger.error('message failed', { error: new TypeError('bad body', { cause }) }),
    );
    expect(line?.error).toMatchObject({
      name: 'TypeError',
      message: 'bad body',
      stack: expect.stringContaining('TypeError: bad body'),
      cause: { name: 'Error', message: 'socket hang up' },
    });
  });
});
