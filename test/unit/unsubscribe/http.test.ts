import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { signToken } from '../../../lambdas/core/email';
import { unsubscribe } from '../../../lambdas/unsubscribe/http';
import { MemorySubscribers } from '../digest/fakes';

const KEY = 'unsubscribe-test-key';

/** A Lambda function URL event as AWS delivers it (payload format 2.0). */
function urlEvent(
  method: string,
  options: { token?: string; body?: string; base64?: boolean } = {},
): APIGatewayProxyEventV2 {
  const query = options.token === undefined ? undefined : { token: options.token };
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: '/',
    rawQueryString: query ? `token=${encodeURIComponent(query.token)}` : '',
    headers: {
      host: 'abc123.lambda-url.us-east-1.on.aws',
      'content-type': 'application/x-www-form-urlencoded',
      'user-agent': 'Mozilla/5.0',
    },
    ...(query ? { queryStringParameters: query } : {}),
    requestContext: {
      accountId: 'anonymous',
      apiId: 'abc123',
      domainName: 'abc123.lambda-url.us-east-1.on.aws',
      domainPrefix: 'abc123',
      http: { method, path: '/', protocol: 'HTTP/1.1', sourceIp: '198.51.100.7', userAgent: 'Mozilla/5.0' },
      requestId: 'req-1',
      routeKey: '$default',
      stage: '$default',
      time: '08/Apr/2026:07:00:00 +0000',
      timeEpoch: 1775631600000,
    },
    ...(options.body === undefined
      ? {}
      : {
          body: options.base64 ? Buffer.from(options.body).toString('base64') : options.body,
          isBase64Encoded: options.base64 ?? false,
        }),
    isBase64Encoded: options.base64 ?? false,
  } as APIGatewayProxyEventV2;
}

async function setup() {
  const subscribers = new MemorySubscribers();
  await subscribers.add({
    email: 'reader@example.com',
    frequency: 'daily',
    status: 'active',
    subscribedAt: '2026-01-01',
  });
  const deps = { subscribers, key: async () => KEY, clock: { now: () => new Date('2026-04-08T07:00:00Z') } };
  return { subscribers, deps };
}

const token = signToken('reader@example.com', KEY);

describe('Function: unsubscribe', () => {
  it('shows a confirmation form on GET without unsubscribing', async () => {
    const { deps, subscribers } = await setup();

    const response = await unsubscribe(urlEvent('GET', { token }), deps);

    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<form method="post">');
    expect(response.body).toContain(`value="${token}"`);
    expect((await subscribers.get('reader@example.com'))?.status).toBe('active');
  });

  it.each([
    [
      'an RFC 8058 one-click POST',
      urlEvent('POST', { token, body: 'List-Unsubscribe=One-Click', base64: true }),
    ],
    ['the confirmation form', urlEvent('POST', { body: `token=${encodeURIComponent(token)}` })],
  ])('unsubscribes on %s', async (_name, event) => {
    const { deps, subscribers } = await setup();

    const response = await unsubscribe(event, deps);

    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('You are unsubscribed');
    expect(await subscribers.get('reader@example.com')).toMatchObject({
      status: 'unsubscribed',
      unsubscribedAt: '2026-04-08T07:00:00.000Z',
    });
  });

  it.each([
    ['no token', urlEvent('POST', { body: 'List-Unsubscribe=One-Click' })],
    [
      'a token signed with another key',
      urlEvent('POST', { token: signToken('reader@example.com', 'other') }),
    ],
    ['a cut-short token', urlEvent('GET', { token: token.slice(0, 20) })],
  ])('refuses %s', async (_name, event) => {
    const { deps, subscribers } = await setup();

    const response = await unsubscribe(event, deps);

    expect(response.statusCode).toBe(400);
    expect((await subscribers.get('reader@example.com'))?.status).toBe('active');
  });

  it('answers an unknown address like a known one', async () => {
    const { deps } = await setup();

    const response = await unsubscribe(
      urlEvent('POST', { token: signToken('stranger@example.com', KEY) }),
      deps,
    );

    expect(response.statusCode).toBe(200);
  });

  it('escapes the address in the page and keeps the token out of referrers', async () => {
    const { deps } = await setup();
    const odd = signToken('"<b>"@example.com', KEY);

    const response = await unsubscribe(urlEvent('GET', { token: odd }), deps);

    expect(response.body).toContain('&quot;&lt;b&gt;&quot;@example.com');
    expect(response.headers).toMatchObject({ 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' });
  });

  it('rejects other methods', async () => {
    const { deps } = await setup();

    const response = await unsubscribe(urlEvent('DELETE', { token }), deps);

    expect(response.statusCode).toBe(405);
  });
});
