/**
 * The digest and unsubscribe handlers against dynalite and the SES emulator over real HTTP, with the
 * real DynamoDB adapters: exactly-once sending across re-runs, and a one-click unsubscribe that sticks.
 */
import { SESv2Client } from '@aws-sdk/client-sesv2';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DynamoDbArticleStore } from '../../../lambdas/adapters/dynamodb/article-store';
import { createDocumentClient } from '../../../lambdas/adapters/dynamodb/client';
import { DynamoDbDigestLedger } from '../../../lambdas/adapters/dynamodb/digest-ledger';
import { DynamoDbStoryStore } from '../../../lambdas/adapters/dynamodb/story-store';
import { DynamoDbSubscriberStore } from '../../../lambdas/adapters/dynamodb/subscriber-store';
import { SesMailer } from '../../../lambdas/adapters/ses-mailer';
import { signToken } from '../../../lambdas/core/email';
import { type LocalDynamoDb, startDynamoDb } from '../../../lambdas/local/dynamodb-emulator';
import { type LocalSes, startSes } from '../../../lambdas/local/ses-emulator';
import { CLAIM_LEASE_MS } from '../../../lambdas/use-cases/send-digest';
import { ledger as ledgerArticle, tradeStory, wire } from '../../unit/core/digest/fixtures';

const TABLE = 'news-digest-digest-it';
const KEY = 'integration-hmac-key';
const READERS = ['ana@example.com', 'ben@example.com', 'cho@example.com'];

interface StoredEmail {
  messageId: string;
  destination: { to: string[] };
  subject: string;
  body: { html?: string; text?: string };
}

let dynamo: LocalDynamoDb;
let ses: LocalSes;
let documents: ReturnType<typeof createDocumentClient>;

beforeAll(async () => {
  [dynamo, ses] = await Promise.all([startDynamoDb(), startSes()]);
  await dynamo.ensureTable(TABLE);
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
    AWS_ENDPOINT_URL_SESV2: ses.endpoint,
    TABLE_NAME: TABLE,
    SENDER_EMAIL: 'digest@news-digest.example',
    DIGEST_RECIPIENTS: READERS.join(','),
    UNSUBSCRIBE_URL: 'https://unsub.example/',
    UNSUBSCRIBE_KEY: KEY,
    UNSUBSCRIBE_MAILTO: 'unsubscribe@news-digest.example',
  });
  documents = createDocumentClient({ endpoint: dynamo.endpoint });
  const articles = new DynamoDbArticleStore(documents, TABLE);
  for (const article of [ledgerArticle, wire]) {
    await articles.put({
      key: article.key,
      status: 'extracted',
      contentHash: article.contentHash,
      article,
      updatedAt: '2026-04-08T06:00:00Z',
    });
  }
  await new DynamoDbStoryStore(documents, TABLE).save(tradeStory, 0);
});

afterAll(async () => {
  documents?.destroy();
  await Promise.all([dynamo?.stop(), ses?.stop()]);
});

async function inbox(): Promise<StoredEmail[]> {
  return ((await ses.sent()) as StoredEmail[]).filter((e) => e.subject.startsWith('News digest'));
}

function oneClick(token: string): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: '/',
    rawQueryString: `token=${token}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    queryStringParameters: { token },
    requestContext: { http: { method: 'POST', path: '/' } },
    body: Buffer.from('List-Unsubscribe=One-Click').toString('base64'),
    isBase64Encoded: true,
  } as unknown as APIGatewayProxyEventV2;
}

describe('Function: digest handler (dynalite + SES emulator)', () => {
  it('lands a raw SendEmail from the SDK in the emulator', async () => {
    const mailer = new SesMailer(new SESv2Client({ endpoint: ses.endpoint }));
    const raw = 'From: a@news-digest.example\r\nTo: b@example.com\r\nSubject: Raw probe\r\n\r\nhello\r\n';

    const { messageId } = await mailer.send({ from: 'a@news-digest.example', to: 'b@example.com', raw });

    const stored = (await ses.sent()) as StoredEmail[];
    expect(stored.find((e) => e.messageId === messageId)?.subject).toBe('Raw probe');
  });

  it('mails every seeded recipient once, and nothing on a repeated run', async () => {
    vi.setSystemTime(new Date('2026-04-08T07:00:00Z'));
    const { handler } = await import('../../../lambdas/digest/handler');

    const first = await handler({});
    const second = await handler({});

    expect(first.sent.map((s) => s.email).sort()).toEqual(READERS);
    expect(second.sent).toEqual([]);
    const mails = await inbox();
    expect(mails.flatMap((m) => m.destination.to).sort()).toEqual(READERS);
    expect(mails[0]?.body.html).toContain("What's new:");
    // Issue 10: one credit a sentence, the source's own. Every sentence of the trade item credits its own
    // source (the ministry, the two sides), so the outlets are named once, in the item's source list.
    expect(mails[0]?.body.text).toMatch(/Sources:\s+Nordic\s+Ledger[\s\S]*?Maple\s+Wire/);
    expect(mails[0]?.body.text).not.toMatch(/reported\s+that/);
  });

  it('stores subscribers and ledger entries under the table key design', async () => {
    const subscribers = await new DynamoDbSubscriberStore(documents, TABLE).list();
    const entry = await new DynamoDbDigestLedger(documents, TABLE).get('ana@example.com', '2026-04-08');

    expect(subscribers.map((s) => s.email)).toEqual(READERS);
    expect(subscribers[0]).toMatchObject({ status: 'active', sentVersions: { 'story-trade': 1 } });
    expect(entry).toMatchObject({ status: 'sent', period: '2026-04-08', sentVersions: { 'story-trade': 1 } });
  });

  it('stops mailing a reader after a one-click unsubscribe, even though they stay in DIGEST_RECIPIENTS', async () => {
    const { handler: unsubscribeHandler } = await import('../../../lambdas/unsubscribe/handler');
    const { handler } = await import('../../../lambdas/digest/handler');

    const response = await unsubscribeHandler(oneClick(signToken('ben@example.com', KEY)));
    vi.setSystemTime(new Date('2026-04-09T07:00:00Z'));
    const next = await handler({ force: true });

    expect(response.statusCode).toBe(200);
    expect(next.sent.map((s) => s.email).sort()).toEqual(['ana@example.com', 'cho@example.com']);
    vi.useRealTimers();
  });
});

describe('Function: digest handler with a reader pending', () => {
  it('fails the run naming the pending reader and when a rerun will send, so the scheduler retries', async () => {
    vi.setSystemTime(new Date('2026-04-10T07:00:30Z'));
    const { handler } = await import('../../../lambdas/digest/handler');
    // A forced run's period carries '+full'.
    await new DynamoDbDigestLedger(documents, TABLE).claim('cho@example.com', '2026-04-10+full', {
      claimId: 'a-run-that-crashed',
      now: new Date('2026-04-10T07:00:00Z'),
      leaseMs: CLAIM_LEASE_MS,
    });

    const run = handler({ force: true });

    await expect(run).rejects.toMatchObject({ name: 'DigestRunError' });
    await expect(run).rejects.toThrow(/cho@example\.com .*pending.* 2026-04-10T07:0\d:\d\d/);
    vi.useRealTimers();
  });
});

describe('Function: DynamoDbDigestLedger (dynalite)', () => {
  it.each([
    ['a fresh claim', [], 'claimed'],
    ['a claim held by a live run', [{ claimId: 'other', at: '2026-04-08T07:00:00Z' }], 'busy'],
    ['a claim whose lease ran out', [{ claimId: 'other', at: '2026-04-08T06:00:00Z' }], 'claimed'],
  ])('answers %s', async (name, earlier, outcome) => {
    const ledger = new DynamoDbDigestLedger(documents, TABLE);
    const email = `${name.replace(/\W/g, '')}@example.com`;
    for (const e of earlier) {
      await ledger.claim(email, '2026-04-08', {
        claimId: e.claimId,
        now: new Date(e.at),
        leaseMs: 15 * 60_000,
      });
    }

    const result = await ledger.claim(email, '2026-04-08', {
      claimId: 'me',
      now: new Date('2026-04-08T07:05:00Z'),
      leaseMs: 15 * 60_000,
    });

    expect(result.outcome).toBe(outcome);
  });

  it('frees a released claim and refuses to reclaim a sent period', async () => {
    const ledger = new DynamoDbDigestLedger(documents, TABLE);
    const now = new Date('2026-04-08T07:00:00Z');
    const claim = (claimId: string) => ledger.claim('l@example.com', 'P', { claimId, now, leaseMs: 60_000 });

    await claim('a');
    await ledger.release('l@example.com', 'P', 'a');
    await claim('b');
    await ledger.complete('l@example.com', 'P', {
      claimId: 'b',
      messageId: 'm',
      at: now.toISOString(),
      sentVersions: {},
    });
    await ledger.release('l@example.com', 'P', 'b');

    expect((await claim('c')).outcome).toBe('sent');
  });
});
