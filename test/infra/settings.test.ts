import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../lambdas/errors';
import {
  DEFAULT_SCHEDULE,
  DEFAULT_SENDER_EMAIL,
  isDomain,
  isEmailAddress,
  resolveSettings,
  settingsFromContext,
} from '../../lib/settings';

describe('Function: resolveSettings', () => {
  it('fills every default when nothing is given, so a bare `cdk synth` works', () => {
    // Act
    const settings = resolveSettings({});

    // Assess
    expect(settings).toEqual({
      sender: { address: DEFAULT_SENDER_EMAIL, identity: DEFAULT_SENDER_EMAIL, kind: 'email', create: true },
      senderIsDefault: true,
      recipients: [],
      scheduleCron: DEFAULT_SCHEDULE,
      scheduleTimeZone: 'UTC',
      maxArticleBytes: 5 * 1024 * 1024,
      digestWindowDays: 7,
      digestMaxStories: 50,
      composer: { kind: 'extractive' },
    });
  });

  it.each([
    ['news@harbor-ledger.example', 'email', 'news@harbor-ledger.example', 'news@harbor-ledger.example'],
    ['harbor-ledger.example', 'domain', 'harbor-ledger.example', 'digest@harbor-ledger.example'],
    [
      '  briefs.capital-brief.co.uk ',
      'domain',
      'briefs.capital-brief.co.uk',
      'digest@briefs.capital-brief.co.uk',
    ],
  ])('reads senderEmail %j as a %s identity', (senderEmail, kind, identity, address) => {
    const { sender, senderIsDefault } = resolveSettings({ senderEmail });
    expect(sender).toEqual({ kind, identity, address, create: true });
    expect(senderIsDefault).toBe(false);
  });

  it.each([
    ['senderEmail', { senderEmail: 'not an address' }, /senderEmail.*-c senderEmail=/],
    ['senderEmail', { senderEmail: 'Jane <jane@example.org>' }, /senderEmail/],
    ['senderEmail', { senderEmail: 'jane@localhost' }, /senderEmail/],
    ['recipients', { recipients: 'a@example.org, nobody' }, /recipients.*"nobody"/],
    ['scheduleCron', { scheduleCron: '0 7 * * *' }, /scheduleCron.*six fields/],
    ['scheduleCron', { scheduleCron: 'cron(0 7 * * * *)' }, /exactly one of day-of-month and day-of-week/],
    ['scheduleCron', { scheduleCron: 'cron(0 7 ? * ? *)' }, /exactly one/],
    ['scheduleTimeZone', { scheduleTimeZone: 'Mars/Olympus' }, /IANA time zone/],
    ['maxArticleBytes', { maxArticleBytes: '0' }, /maxArticleBytes.*1 to/],
    ['maxArticleBytes', { maxArticleBytes: '1e12' }, /maxArticleBytes/],
    ['maxArticleBytes', { maxArticleBytes: '2.5' }, /maxArticleBytes/],
    // 20 MiB took 29 s and 1.07 GB in the core: past what a 1 GB, 60 s extractor holds safely.
    ['maxArticleBytes', { maxArticleBytes: String(20 * 1024 * 1024) }, /maxArticleBytes.*1 to 10485760/],
    ['digestWindowDays', { digestWindowDays: -1 }, /digestWindowDays/],
    ['digestMaxStories', { digestMaxStories: '0' }, /digestMaxStories.*1 to 500/],
    ['unsubscribeMailto', { unsubscribeMailto: 'mailto:' }, /unsubscribeMailto/],
    ['alarmEmail', { alarmEmail: 'ops at example.org' }, /alarmEmail/],
    ['createSenderIdentity', { createSenderIdentity: 'maybe' }, /createSenderIdentity.*true or false/],
  ])('rejects an impossible %s with a message that says what to fix', (_key, input, message) => {
    expect(() => resolveSettings(input)).toThrow(ConfigError);
    expect(() => resolveSettings(input)).toThrow(message);
  });

  it.each([
    ['cron(0 7 * * ? *)'],
    ['cron(30 6 ? * MON-FRI *)'],
    ['cron(0 8 1 * ? *)'],
    ['rate(1 day)'],
    ['rate(12 hours)'],
  ])('accepts the schedule %s', (scheduleCron) => {
    expect(resolveSettings({ scheduleCron }).scheduleCron).toBe(scheduleCron);
  });

  it('splits, trims and de-duplicates recipients case-insensitively', () => {
    const { recipients } = resolveSettings({
      recipients: ' ana@example.org,Ben@Example.org,, ben@example.org ',
    });
    expect(recipients).toEqual(['ana@example.org', 'Ben@Example.org']);
  });

  it('takes a recipients list from cdk.json as an array', () => {
    expect(resolveSettings({ recipients: ['ana@example.org', 'cho@example.net'] }).recipients).toEqual([
      'ana@example.org',
      'cho@example.net',
    ]);
  });

  it.each([
    ['unsubscribe@example.org', 'mailto:unsubscribe@example.org'],
    [
      'mailto:unsubscribe@example.org?subject=unsubscribe',
      'mailto:unsubscribe@example.org?subject=unsubscribe',
    ],
  ])('normalizes unsubscribeMailto %j to a mailto: URL', (unsubscribeMailto, expected) => {
    expect(resolveSettings({ unsubscribeMailto }).unsubscribeMailto).toBe(expected);
  });

  it('treats empty strings (the cdk.json placeholders) as unset', () => {
    const settings = resolveSettings({
      senderEmail: '',
      recipients: '',
      unsubscribeMailto: '',
      alarmEmail: ' ',
    });
    expect(settings.senderIsDefault).toBe(true);
    expect(settings).not.toHaveProperty('unsubscribeMailto');
    expect(settings).not.toHaveProperty('alarmEmail');
  });

  it('parses numbers and booleans given as -c strings', () => {
    const settings = resolveSettings({
      maxArticleBytes: '1048576',
      digestWindowDays: '3',
      digestMaxStories: '20',
      createSenderIdentity: 'false',
    });
    expect(settings.maxArticleBytes).toBe(1_048_576);
    expect(settings.digestWindowDays).toBe(3);
    expect(settings.digestMaxStories).toBe(20);
    expect(settings.sender.create).toBe(false);
  });
});

describe('Function: settingsFromContext', () => {
  it('reads only the known keys and turns scalars into strings', () => {
    const context: Record<string, unknown> = {
      senderEmail: 'a@example.org',
      maxArticleBytes: 1024,
      other: 'x',
    };
    expect(settingsFromContext((key) => context[key])).toEqual({
      senderEmail: 'a@example.org',
      maxArticleBytes: '1024',
    });
  });

  it('rejects an object where a scalar belongs', () => {
    expect(() => settingsFromContext((key) => (key === 'senderEmail' ? { at: 'x' } : undefined))).toThrow(
      /Context "senderEmail" must be a string/,
    );
  });
});

describe('Function: isEmailAddress / isDomain', () => {
  it.each([
    ['reader@example.org', true],
    ['first.last+news@sub.example.co.uk', true],
    ['.lead@example.org', false],
    ['a..b@example.org', false],
    ['@example.org', false],
    ['reader@example', false],
    ['reader@-bad.example.org', false],
  ])('isEmailAddress(%j) is %s', (text, expected) => {
    expect(isEmailAddress(text)).toBe(expected);
  });

  it.each([
    ['example.org', true],
    ['mail.example.org', true],
    ['example', false],
    ['exa_mple.org', false],
  ])('isDomain(%j) is %s', (text, expected) => {
    expect(isDomain(text)).toBe(expected);
  });
});
