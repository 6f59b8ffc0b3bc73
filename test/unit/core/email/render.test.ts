import { describe, expect, it } from 'vitest';
import type { Digest, DigestItem } from '../../../../lambdas/core/digest';
import { renderEmail } from '../../../../lambdas/core/email';

const item: DigestItem = {
  storyId: 's1',
  storyVersion: 2,
  headline: 'Ministers <meet> & talk "trade"',
  isUpdate: true,
  whatsNew: 'Aino Virtanen met with Marc Tremblay in Ottawa on Tuesday, April 7, according to Nordic Ledger.',
  whatsNewClauses: [],
  background: 'In March 2025, Finland and Canada signed a customs pact in Helsinki.',
  backgroundClauses: [],
  sources: [
    { outlet: 'Nordic Ledger', url: 'https://nordicledger.example/a?x=1&y=2' },
    { outlet: 'Maple <Wire>' },
    { outlet: 'Sly Outlet', url: 'javascript:alert(1)' },
  ],
  verdicts: [],
};
const digest: Digest = {
  subject: 'News digest for Wednesday, April 8, 2026',
  date: '2026-04-08',
  items: [item],
  more: 0,
};
const options = {
  unsubscribeUrl: 'https://unsub.example/u?token=abc.def',
  unsubscribeMailto: 'unsubscribe@news-digest.example',
  recipient: 'reader@example.com',
};

describe('Function: renderEmail', () => {
  const email = renderEmail(digest, options);

  it('escapes every value placed in the HTML', () => {
    expect(email.html).toContain('Ministers &lt;meet&gt; &amp; talk &quot;trade&quot;');
    expect(email.html).toContain('Maple &lt;Wire&gt;');
    expect(email.html).toContain('href="https://nordicledger.example/a?x=1&amp;y=2"');
    expect(email.html).not.toContain('<meet>');
  });

  it('links sources only where a safe URL is known', () => {
    expect(email.html).not.toContain('javascript:');
    expect(email.html).toContain('<span>Sly Outlet</span>');
  });

  it.each([
    ['the "What\'s new:" label', "What's new:"],
    ['the "The background:" label', 'The background:'],
    ['the unsubscribe link', 'href="https://unsub.example/u?token=abc.def"'],
    ['the mailto alternative', 'href="mailto:unsubscribe@news-digest.example"'],
    ['a fluid container of bounded width', 'max-width: 640px; width: 100%;'],
    ['the color-scheme declaration', '<meta name="color-scheme" content="light dark">'],
    ['dark-mode styles', '@media (prefers-color-scheme: dark)'],
    ['a responsive viewport', 'width=device-width, initial-scale=1'],
    ['the update marker', 'Update · '],
  ])('includes %s in the HTML', (_name, fragment) => {
    expect(email.html).toContain(fragment);
  });

  it('gives a plain-text alternative with the same content', () => {
    const flat = email.text.replace(/\s+/g, ' ');
    for (const part of [
      item.whatsNew,
      item.background ?? '',
      'Nordic Ledger <https://nordicledger.example/a?x=1&y=2>',
    ]) {
      expect(flat).toContain(part);
    }
    expect(email.text).toContain('UPDATE: Ministers <meet> & talk "trade"');
    expect(email.text).toContain('Unsubscribe: https://unsub.example/u?token=abc.def');
    expect(Math.max(...email.text.split('\n').map((l) => l.length))).toBeLessThanOrEqual(90);
  });

  it('omits the background label when an item has none', () => {
    const bare = renderEmail({ ...digest, items: [{ ...item, background: null }] }, options);

    expect(bare.html).not.toContain('The background:');
    expect(bare.text).not.toContain('The background:');
  });

  it.each([
    [0, null],
    [1, 'and 1 more story'],
    [212, 'and 212 more stories'],
  ])('after the items, counts %i stories left out by the cap', (more, line) => {
    const capped = renderEmail({ ...digest, more }, options);

    for (const body of [capped.text, capped.html]) {
      if (line === null) expect(body).not.toMatch(/more stor(?:y|ies)/u);
      else expect(body).toContain(line);
    }
  });
});
