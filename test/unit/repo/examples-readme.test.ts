/** examples/README.md tells a new user what the demo digest shows: every phrase it quotes must be in it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, exampleDigest } from '../../support/examples-digest';

function quotedPhrases(markdown: string): string[] {
  const section = markdown.slice(markdown.indexOf('## What the digest should show'));
  return [...section.matchAll(/"([^"]+)"/gu)].map((m) => m[1] as string);
}

const normalize = (text: string): string => text.replace(/\s+/gu, ' ').replace(/[“”]/gu, '"');

describe('Document: examples/README.md', () => {
  it('quotes only phrases the digest of the examples prints', async () => {
    const phrases = quotedPhrases(readFileSync(`${EXAMPLES}README.md`, 'utf8'));
    const { digest } = await exampleDigest();
    const printed = normalize(digest.items.map((i) => `${i.whatsNew} ${i.background ?? ''}`).join(' '));

    expect(phrases.length).toBeGreaterThan(3);
    expect(phrases.filter((p) => !printed.includes(normalize(p)))).toEqual([]);
  }, 60_000);
});
