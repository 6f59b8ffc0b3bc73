/**
 * The unsubscribe endpoint's logic for Lambda function URL events: GET shows a confirmation form (mail
 * scanners follow links, so GET never unsubscribes); POST, including RFC 8058 one-click, unsubscribes.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { escapeHtml } from '../core/email/escape';
import { verifyToken } from '../core/email/unsubscribe-token';
import type { Clock, SecretKeySource, SubscriberStore } from '../ports';

export interface UnsubscribeDeps {
  subscribers: SubscriberStore;
  key: SecretKeySource;
  clock: Clock;
}

const HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  // The token is in the URL: keep it out of Referer headers.
  'referrer-policy': 'no-referrer',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
};

function page(status: number, title: string, body: string): APIGatewayProxyStructuredResultV2 {
  const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark"><title>${escapeHtml(title)}</title></head>
<body style="font-family: Georgia, serif; max-width: 32rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5;">
<h1 style="font-size: 1.5rem;">${escapeHtml(title)}</h1>
${body}
</body></html>`;
  return { statusCode: status, headers: HEADERS, body: html };
}

function formFields(event: APIGatewayProxyEventV2): URLSearchParams {
  if (!event.body) return new URLSearchParams();
  const body = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  return new URLSearchParams(body);
}

function tokenOf(event: APIGatewayProxyEventV2, form: URLSearchParams): string {
  return event.queryStringParameters?.token ?? form.get('token') ?? '';
}

const INVALID = page(
  400,
  'This unsubscribe link is not valid',
  '<p>The link may have been cut short by your mail program. Please use the full link from the digest.</p>',
);

/** Answers one function URL request. */
export async function unsubscribe(
  event: APIGatewayProxyEventV2,
  deps: UnsubscribeDeps,
): Promise<APIGatewayProxyStructuredResultV2> {
  const method = event.requestContext.http.method.toUpperCase();
  if (method !== 'GET' && method !== 'POST') {
    return {
      ...page(405, 'Method not allowed', '<p>Use the link in the digest.</p>'),
      headers: { ...HEADERS, allow: 'GET, POST' },
    };
  }
  const form = method === 'POST' ? formFields(event) : new URLSearchParams();
  const token = tokenOf(event, form);
  const email = token ? verifyToken(token, await deps.key()) : null;
  if (!email) return INVALID;
  if (method === 'GET') {
    return page(
      200,
      'Unsubscribe from the news digest?',
      `<p>${escapeHtml(email)} will receive no more digests.</p>
<form method="post"><input type="hidden" name="token" value="${escapeHtml(token)}">
<button type="submit" style="font-size: 1rem; padding: 0.5rem 1rem;">Unsubscribe</button></form>`,
    );
  }
  // Idempotent: an unknown or already unsubscribed address gets the same answer, revealing nothing.
  await deps.subscribers.markUnsubscribed(email, deps.clock.now().toISOString());
  return page(200, 'You are unsubscribed', `<p>${escapeHtml(email)} will receive no more digests.</p>`);
}
