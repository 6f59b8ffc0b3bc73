#!/usr/bin/env node
// Writes the extractor's lexicon rows (lambdas/core/extract/lexicon, DEFAULT_LEXICON) into one JSON
// file beside its handler (generated, git-ignored), from bin/build-cli.mjs (so at `npm ci` and whenever
// the compiled CLI is rebuilt for an edited source) and before every vitest run. It ships beside the
// bundle, not in it (lib/bundling.ts), and is read on the first article: as code, the rows cost every
// cold import of the extractor 12.5 M instructions of parsing and building; parsed as JSON on the first
// article they cost 3.9 M.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './package-data.mjs';

/** Where the file goes: beside lambdas/extract/handler.ts, as FileReferenceData's LEXICON_FILE. */
export const LEXICON_OUT = join(root, 'lambdas', 'extract', 'lexicon.generated.json');

/** Compiles the lexicon module and writes its DEFAULT_LEXICON as JSON. */
export async function buildLexicon() {
  // Loaded only when building: the compiled CLI never needs it otherwise.
  const { build } = await import('esbuild');
  const entry = join(root, 'lambdas', 'core', 'extract', 'lexicon', 'index.ts');
  const { outputFiles } = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'error',
  });
  const code = outputFiles[0].text;
  const { DEFAULT_LEXICON } = await import(
    `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  );
  writeFileSync(LEXICON_OUT, JSON.stringify(DEFAULT_LEXICON));
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) await buildLexicon();
