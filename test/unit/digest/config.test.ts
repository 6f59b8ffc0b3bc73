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

describe('Function: unsubscribeConfig', () => {
  it('needs only the table and the key', () => {
    expect(unsubscribeConfig({ TABLE_NAME: 't', UNSUBSCRIBE_KEY: 'k' })).toEqual({
      tableName: 't',
      unsubscribeKey: { key: 'k' },
    });
  });
});
