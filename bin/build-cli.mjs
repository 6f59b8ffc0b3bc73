#!/usr/bin/env node
// Compiles the CLI and the two handlers it runs locally into plain JavaScript next to their
// sources (git-ignored), so `news-digest --help` and small commands start without compiling
// TypeScript first. Run by `npm ci` (prepare); the CLI rebuilds when a source is newer.
import { copyFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLexicon } from './build-lexicon.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'lambdas', 'local', 'cli');

/** The compiled CLI's entry, and the sources whose change makes it stale. */
export const CLI_BUNDLE = join(out, 'main.generated.mjs');
const ENTRIES = {
  'main.generated': join(out, 'main.ts'),
  'extract-handler.generated': join(root, 'lambdas', 'extract', 'handler.ts'),
  'digest-handler.generated': join(root, 'lambdas', 'digest', 'handler.ts'),
};

/** Newest modification time of the TypeScript under lambdas/, in ms. */
function newestSource(dir = join(root, 'lambdas')) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether the compiled CLI is missing or older than a source. */
export function cliIsStale() {
  try {
    return statSync(CLI_BUNDLE).mtimeMs < newestSource();
  } catch {
    return true;
  }
}

/** The data files the extractor handler reads beside itself (lib/bundling.ts), copied beside its compiled twin. */
const HANDLER_DATA = ['gazetteer.generated.json', 'words.generated.json', 'lexicon.generated.json'].map(
  (file) => join(root, 'lambdas', 'extract', file),
);

/** Bundles the CLI entries, dependencies left in node_modules, and writes the lexicon rows file anew beside them. */
export async function buildCli() {
  await buildLexicon();
  // Loaded only when building: a run of the compiled CLI never needs it.
  const { build } = await import('esbuild');
  for (const name of readdirSync(out)) if (name.endsWith('.generated.mjs')) rmSync(join(out, name));
  await build({
    entryPoints: ENTRIES,
    outdir: out,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // Each command in its own chunk, loaded when it runs; beside the entries, so that paths
    // relative to import.meta.url (examples/, the bench corpus) resolve as from the sources.
    splitting: true,
    chunkNames: '[name]-[hash].generated',
    logLevel: 'error',
  });
  for (const file of HANDLER_DATA) copyFileSync(file, join(out, basename(file)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
