import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../../../lambdas/core/model';
import { isRejection, parseDocument } from '../../../../lambdas/core/parse/index';

const SEEDS = new URL('../../../../../shared/seeds/', import.meta.url);
const present = existsSync(SEEDS);

async function parseSeed(file: string): Promise<{ doc: ParsedDocument; lines: string[] }> {
  const bytes = readFileSync(new URL(file, SEEDS));
  const result = await parseDocument(
    { key: file, bytes, metadata: {}, lastModified: '2023-06-06T12:00:00Z' },
    { maxBytes: 5 * 1024 * 1024 },
  );
  if (isRejection(result)) throw new Error(`${file} rejected: ${result.reason}`);
  const lines = new TextDecoder()
    .decode(bytes)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return { doc: result, lines };
}

describe.skipIf(!present)(
  'Function: parseDocument (seed articles; skipped when ../shared/seeds is absent)',
  () => {
    it('takes the line after the section word as the headline of 001', async () => {
      const { doc, lines } = await parseSeed('001_6af33e1a854d831d.txt');
      expect(lines[0]).toBe('International');
      expect(doc.meta.headline[0]).toEqual({ value: lines[1], source: 'headline-line' });
      expect(doc.body.startsWith(lines[2] as string)).toBe(true);
      expect(doc.body).not.toContain(lines[1] as string);
      expect(doc.meta.outlet).toEqual([]);
    });

    it('reads the outlet of 000 from its contact e-mails and keeps the staff out of the body', async () => {
      const { doc, lines } = await parseSeed('000_af31facfb1cc1fc8.txt');
      expect(doc.meta.outlet[0]).toEqual({ value: 'Caixin', source: 'contact-email' });
      expect(doc.meta.credits).toEqual(['Kelly Wang', 'Leila Hashemi']);
      expect(doc.meta.headline).toEqual([]);
      for (const name of doc.meta.credits) expect(doc.body).not.toContain(name);
      expect(doc.body).not.toMatch(/newsletter/i);
      expect(doc.body).not.toContain('@');
      expect(doc.body.split('\n\n')).toHaveLength(lines.length - 2);
    });
  },
);
