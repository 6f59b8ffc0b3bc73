import { describe, expect, it } from 'vitest';
import { logConfig } from '../../lambdas/config';
import { ConfigError } from '../../lambdas/errors';

describe('logConfig', () => {
  it.each([
    { env: {}, expected: { level: 'INFO', stream: 'stdout' } },
    { env: { LOG_LEVEL: 'debug' }, expected: { level: 'DEBUG', stream: 'stdout' } },
    { env: { LOG_LEVEL: 'SILENT', LOG_STREAM: 'stderr' }, expected: { level: 'SILENT', stream: 'stderr' } },
  ])('reads $env as $expected', ({ env, expected }) => {
    expect(logConfig(env)).toEqual(expected);
  });

  it.each([
    { env: { LOG_LEVEL: 'loud' }, message: /LOG_LEVEL must be one of DEBUG, INFO, WARN, ERROR, SILENT/ },
    { env: { LOG_STREAM: 'file' }, message: /LOG_STREAM must be stdout or stderr/ },
  ])('rejects $env, naming the variable', ({ env, message }) => {
    expect(() => logConfig(env)).toThrow(ConfigError);
    expect(() => logConfig(env)).toThrow(message);
  });
});
