import { describe, expect, it } from 'vitest';
import { digestConfig, unsubscribeConfig } from '../../../lambdas/config';

const env = {
  TABLE_NAME: 'news-digest',
  SENDER_EMAIL: 'digest@news-digest.example',
  DIGEST_RECIPIENTS: ' ana@example.com, ben@example.com ,',
  UNSUBSCRIBE_URL: 'https://abc123.lambda-url.us-east-1.on.aws/',
  UNSUBSCRIBE_KEY_SECRET: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:Key-AbCdEf',
};

describe('Function: digestConfig', () => {
  it('reads and types the digest settings', () => {
    expect(digestConfig({ ...env, UNSUBSCRIBE_MAILTO: 'mailto:leave@news-digest.example' })).toEqual({
      tableName: 'news-digest',
      senderEmail: 'digest@news-digest.example',
      recipients: ['ana@example.com', 'ben@example.com'],
      unsubscribeUrl: 'https://abc123.lambda-url.us-east-1.on.aws/',
      unsubscribeMailto: 'leave@news-digest.example',
      unsubscribeKey: { secretArn: env.UNSUBSCRIBE_KEY_SECRET },
      digestWindowDays: 7,
      digestMaxStories: 50,
      composer: { kind: 'extractive' },
    });
  });

  it('takes the key itself for local runs', () => {
    const { UNSUBSCRIBE_KEY_SECRET: _arn, ...local } = env;

    expect(digestConfig({ ...local, UNSUBSCRIBE_KEY: 'local-key' }).unsubscribeKey).toEqual({
      key: 'local-key',
    });
  });

  it.each([
    ['a missing table', { TABLE_NAME: undefined }, /TABLE_NAME/],
    ['a missing sender', { SENDER_EMAIL: '' }, /SENDER_EMAIL/],
    ['a sender that is no address', { SENDER_EMAIL: 'digest' }, /SENDER_EMAIL must be an email address/],
    [
      'a bad recipient',
      { DIGEST_RECIPIENTS: 'ana@example.com,bob' },
      /DIGEST_RECIPIENTS must be an email address/,
    ],
    [
      'an unsubscribe URL that is no URL',
      { UNSUBSCRIBE_URL: 'unsub' },
      /UNSUBSCRIBE_URL must be an http\(s\) URL/,
    ],
    ['no key at all', { UNSUBSCRIBE_KEY_SECRET: undefined }, /UNSUBSCRIBE_KEY_SECRET \(or UNSUBSCRIBE_KEY/],
    ['a window of zero days', { DIGEST_WINDOW_DAYS: '0' }, /DIGEST_WINDOW_DAYS must be a positive integer/],
    ['a cap of no stories', { DIGEST_MAX_STORIES: '0' }, /DIGEST_MAX_STORIES must be a positive integer/],
  ])('names the variable on %s', (_name, change, message) => {
    expect(() => digestConfig({ ...env, ...change })).toThrow(message);
  });
});

describe('Function: digestConfig, the composer', () => {
  it.each([
    ['no composer: the extractive one', {}, { kind: 'extractive' }],
    [
      'Bedrock with its model',
      { COMPOSER: 'bedrock', COMPOSER_MODEL: 'amazon.nova-micro-v1:0' },
      { kind: 'bedrock', model: 'amazon.nova-micro-v1:0', tokenBudget: 80_000 },
    ],
    [
      'a local server, its trailing slash dropped, and a budget',
      {
        COMPOSER: 'openai-compatible',
        COMPOSER_URL: 'http://127.0.0.1:8080/v1/',
        COMPOSER_TOKEN_BUDGET: '5000',
      },
      { kind: 'openai-compatible', url: 'http://127.0.0.1:8080/v1', tokenBudget: 5000 },
    ],
    [
      'a local server with a model name',
      {
        COMPOSER: 'openai-compatible',
        COMPOSER_URL: 'http://127.0.0.1:11434/v1',
        COMPOSER_MODEL: 'llama3.1',
      },
      { kind: 'openai-compatible', url: 'http://127.0.0.1:11434/v1', model: 'llama3.1', tokenBudget: 80_000 },
    ],
  ])('reads %s', (_name, change, composer) => {
    expect(digestConfig({ ...env, ...change }).composer).toEqual(composer);
  });

  it.each([
    [
      'an unknown composer',
      { COMPOSER: 'gpt' },
      /COMPOSER must be one of extractive, bedrock, openai-compatible/,
    ],
    ['Bedrock without a model', { COMPOSER: 'bedrock' }, /COMPOSER_MODEL/],
    ['a local server without a URL', { COMPOSER: 'openai-compatible' }, /COMPOSER_URL/],
    [
      'a URL that is no URL',
      { COMPOSER: 'openai-compatible', COMPOSER_URL: 'localhost' },
      /COMPOSER_URL must be/,
    ],
    [
      'a budget of no tokens',
      { COMPOSER: 'bedrock', COMPOSER_MODEL: 'm', COMPOSER_TOKEN_BUDGET: '0' },
      /COMPOSER_TOKEN_BUDGET/,
    ],
  ])('names the variable on %s', (_name, change, message) => {
    expect(() => digestConfig({ ...env, ...change })).toThrow(message);
  });
});

describe('Function: unsubscribeConfig', () => {
  it('needs only the table and the key', () => {
    expect(unsubscribeConfig({ TABLE_NAME: 't', UNSUBSCRIBE_KEY: 'k' })).toEqual({
      tableName: 't',
      unsubscribeKey: { key: 'k' },
    });
  });
});
