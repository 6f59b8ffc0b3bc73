import fc from 'fast-check';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { buildMime, type MimeInput } from '../../../../lambdas/core/email';

const input: MimeInput = {
  from: 'News Digest <digest@news-digest.example>',
  to: 'reader@example.com',
  subject: 'News digest: Beijing talks “candid and productive” — 中美会谈 (+2 more)',
  text: `What’s new: a line with = signs and trailing space \nand a very long line ${'word '.repeat(40)}end`,
  html: '<p>What’s new: <b>“quoted”</b> 中文</p>',
  headers: {
    date: new Date('2023-06-06T07:00:00Z'),
    messageId: 'digest-2023-06-06.abc@news-digest.example',
    unsubscribeUrl: 'https://unsub.example/u?token=abc.def',
    unsubscribeMailto: 'unsubscribe@news-digest.example',
  },
};

describe('Function: buildMime', () => {
  const raw = buildMime(input);

  it('round-trips subject, text and HTML through a MIME parser', async () => {
    const parsed = await PostalMime.parse(raw);

    expect(parsed.subject).toBe(input.subject);
    expect(parsed.text?.replace(/\r\n/g, '\n').trimEnd()).toBe(input.text.trimEnd());
    expect(parsed.html?.trimEnd()).toBe(input.html);
    expect(parsed.messageId).toBe('<digest-2023-06-06.abc@news-digest.example>');
  });

  it.each([
    ['Date: Tue, 06 Jun 2023 07:00:00 +0000'],
    ['MIME-Version: 1.0'],
    ['List-Unsubscribe: <https://unsub.example/u?token=abc.def>, <mailto:unsubscribe@news-digest.example>'],
    ['List-Unsubscribe-Post: List-Unsubscribe=One-Click'],
    ['Content-Type: multipart/alternative; boundary='],
    ['Content-Transfer-Encoding: quoted-printable'],
    ['Subject: =?UTF-8?B?'],
  ])('writes the header line %s', (line) => {
    const unfolded = raw.replace(/\r\n[ \t]/g, ' ');
    expect(unfolded).toContain(line);
  });

  it('keeps every line within 78 characters and ends lines with CRLF', () => {
    const lines = raw.split('\r\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(78);
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect([...raw].every((ch) => ch.charCodeAt(0) < 128)).toBe(true);
  });

  it('offers one-click only with an HTTPS unsubscribe URL', () => {
    const mailtoOnly = buildMime({ ...input, headers: { ...input.headers, unsubscribeUrl: undefined } });

    expect(mailtoOnly).toContain('List-Unsubscribe: <mailto:unsubscribe@news-digest.example>');
    expect(mailtoOnly).not.toContain('List-Unsubscribe-Post');
  });

  it.each([
    ['subject', { ...input, subject: 'Hi\r\nBcc: victim@example.com' }],
    ['recipient', { ...input, to: 'a@example.com\nBcc: victim@example.com' }],
  ])('refuses a line break in the %s', (_name, bad) => {
    expect(() => buildMime(bad)).toThrow(/must not contain line breaks/);
  });

  it('round-trips any text and subject', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', minLength: 1 }),
        fc.string({ unit: 'grapheme' }),
        async (subject, text) => {
          const clean = subject.replace(/[\r\n]/g, ' ').trim() || 'x';
          const parsed = await PostalMime.parse(buildMime({ ...input, subject: clean, text: `${text}.` }));
          expect(parsed.subject).toBe(clean);
          // The parser keeps the line break that precedes the closing boundary.
          expect(parsed.text?.replace(/\r\n/g, '\n').replace(/\n$/, '')).toBe(
            `${text.replace(/\r\n?/g, '\n')}.`,
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
