/**
 * The digest email as a browser renders it: Debian's chromium through playwright-core at a phone and a
 * desktop width. The digest is the real one: the bundled examples through the extractor and story
 * assignment, one story marked as an update. Screenshots go to test/artifacts/ for review; with
 * UPDATE_SCREENSHOTS=1 they also replace the ones the README shows in docs/.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFaithful, type Digest } from '../../lambdas/core/digest';
import { renderEmail } from '../../lambdas/core/email';
import { exampleDigest } from '../support/examples-digest';

const CHROMIUM = '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present) {
  // Said in the test output, not only in a skipped suite's name the reporter does not print.
  console.warn(`Email screenshots skipped: ${CHROMIUM} is absent (apt-get install -y chromium).`);
}
const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));
const docs = fileURLToPath(new URL('../../docs/', import.meta.url));

const UNSUBSCRIBE = {
  unsubscribeUrl:
    'https://abc123.lambda-url.us-east-1.on.aws/?token=cmVhZGVyQGV4YW1wbGUuY29t.c2lnbmF0dXJlLWhlcmUtbG9uZy1lbm91Z2gtdG8td3JhcA',
  unsubscribeMailto: 'unsubscribe@news-digest.example',
  recipient: 'reader@example.com',
};

describe.skipIf(!present)(`Function: renderEmail in chromium (skipped: ${CHROMIUM} absent)`, () => {
  let browser: Browser;
  let digest: Digest;
  let html: string;

  beforeAll(async () => {
    const composed = await exampleDigest();
    digest = composed.digest;
    // The screenshot is only worth reviewing if every sentence in it is backed by its sources.
    expect(checkFaithful(digest, composed.articles)).toEqual([]);
    html = renderEmail(digest, UNSUBSCRIBE).html;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each([375, 1024])('reads well at %i px: headings visible, no horizontal overflow', async (width) => {
    // Prepare
    const page = await browser.newPage({ viewport: { width, height: 800 } });

    // Act
    await page.setContent(html, { waitUntil: 'load' });

    // Assess
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    expect(await page.locator('h2').count()).toBe(digest.items.length);
    for (const heading of await page.locator('h2').all()) expect(await heading.isVisible()).toBe(true);
    expect(await page.getByText("What's new:").first().isVisible()).toBe(true);
    const overflow = await page.evaluate(() => {
      const root = document.scrollingElement as Element;
      return { scrollWidth: root.scrollWidth, innerWidth: window.innerWidth };
    });
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.innerWidth);
    const shot = await page.screenshot({ path: `${artifacts}email-${width}.png`, fullPage: true });
    if (process.env.UPDATE_SCREENSHOTS === '1') await writeFile(`${docs}email-${width}.png`, shot);
    await page.close();
  });

  it('switches to dark colors when the reader prefers a dark scheme', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 }, colorScheme: 'dark' });
    await page.setContent(html, { waitUntil: 'load' });

    const colors = await page.evaluate(() => {
      const card = document.querySelector('.nd-card') as Element;
      const text = document.querySelector('p.nd-ink') as Element;
      return { card: getComputedStyle(card).backgroundColor, text: getComputedStyle(text).color };
    });

    expect(colors).toEqual({ card: 'rgb(30, 30, 30)', text: 'rgb(232, 230, 227)' });
    await page.close();
  });
});
