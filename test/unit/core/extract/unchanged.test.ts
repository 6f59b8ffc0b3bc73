/**
 * What the extraction core reads from our own articles (the in-house corpus, the examples and the pipeline
 * fixtures: the corpus `npm run bench` times), kept in a file: a change made for speed must leave it as it
 * is. A change meant to alter what is read updates the file (`npx vitest run -u <this file>`) and says why.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../../lambdas/core/analyze';
import { loadRawObjects } from '../../../../lambdas/local/bench/core';
import { collectFiles } from '../../../../lambdas/local/cli/files';
import { LOCAL_REFERENCE_DATA } from '../../../../lambdas/local/cli/reference-data';

const FOLDERS = ['examples/', 'test/fixtures/eval/', 'test/fixtures/pipeline/'].map((p) =>
  fileURLToPath(new URL(`../../../../${p}`, import.meta.url)),
);

/** Everything an article record carries, but the text itself and its sentence spans. */
async function readAll(): Promise<Record<string, unknown>> {
  const files = (await collectFiles(FOLDERS)).files.filter(
    (f) => f.contentType !== 'application/octet-stream',
  );
  const out: Record<string, unknown> = {};
  for (const raw of await loadRawObjects(files)) {
    const result = await analyzeDocument(raw, {
      maxBytes: Number.POSITIVE_INFINITY,
      reference: LOCAL_REFERENCE_DATA,
    });
    const {
      text: _text,
      sentences: _sentences,
      ...rest
    } = 'text' in result ? result : { ...result, text: '', sentences: [] };
    out[raw.key] = rest;
  }
  return out;
}

describe('Function: analyzeDocument on our own articles', () => {
  it('reads what it read before', async () => {
    const read = await readAll();
    expect(Object.keys(read).length).toBeGreaterThanOrEqual(70);
    await expect(`${JSON.stringify(read, null, 1)}\n`).toMatchFileSnapshot(
      './__snapshots__/own-articles.snap',
    );
  });
});
