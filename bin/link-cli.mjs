#!/usr/bin/env node
// npm links the bins of dependencies, never the project's own: link ours so that
// `npx news-digest` works from the repository root right after `npm ci`.
import { chmodSync, lstatSync, mkdirSync, symlinkSync, unlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'bin', 'news-digest.mjs');
const link = join(root, 'node_modules', '.bin', 'news-digest');

mkdirSync(dirname(link), { recursive: true });
try {
  lstatSync(link);
  unlinkSync(link);
} catch {
  // no previous link
}
symlinkSync(relative(dirname(link), target), link);
chmodSync(target, 0o755);
