import { parseDocument } from '../../lambdas/core/parse';

/** Parses a plain-text upload with no metadata, failing the test if the parser rejects it. */
export async function parseText(text: string) {
  const parsed = await parseDocument(
    {
      key: 'a.txt',
      bytes: new TextEncoder().encode(text),
      metadata: {},
      lastModified: '2026-01-01T00:00:00Z',
    },
    { maxBytes: 1_000_000 },
  );
  if ('code' in parsed) throw new Error(parsed.reason);
  return parsed;
}
