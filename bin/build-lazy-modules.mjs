#!/usr/bin/env node
// Bundles each package a handler imports only when an article needs it (lib/lazy-modules.json:
// the language scorer, the HTML parser, the front matter parser, the MIME parser) into one ESM file with a
// package.json, under lambdas/lazy-modules.generated/<package>/ (git-ignored). The stack copies
// them into the function's node_modules beside its bundle and leaves them out of the bundle, so a
// cold start does not parse code most articles never run. Run by `npm ci` (prepare).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'lambdas', 'lazy-modules.generated');
const lists = JSON.parse(readFileSync(join(root, 'lib', 'lazy-modules.json'), 'utf8'));

/** Every package of every handler's list, once. */
function lazyPackages() {
  return [...new Set(Object.values(lists).flat())].sort();
}

/** The package's own exports, re-exported from one bundled file (a default export only where it has one). */
async function entrySource(name) {
  const module = await import(name);
  const named = Object.keys(module).filter((key) => key !== 'default');
  const parts = [];
  if (named.length > 0) parts.push(`export { ${named.join(', ')} } from '${name}';`);
  if ('default' in module) parts.push(`export { default } from '${name}';`);
  return parts.join('\n');
}

export async function buildLazyModules() {
  // Loaded only when building, like the CLI's build.
  const { build } = await import('esbuild');
  rmSync(out, { recursive: true, force: true });
  for (const name of lazyPackages()) {
    const dir = join(out, name);
    mkdirSync(dir, { recursive: true });
    await build({
      stdin: { contents: await entrySource(name), resolveDir: root, loader: 'js' },
      outfile: join(dir, 'index.mjs'),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      minify: true,
      // As in the handler bundles (lib/bundling.ts): CommonJS code inside calls require() for Node built-ins.
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
      logLevel: 'error',
    });
    const { version } = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'));
    writeFileSync(
      join(dir, 'package.json'),
      `${JSON.stringify({ name, version, type: 'module', exports: './index.mjs' }, null, 2)}\n`,
    );
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildLazyModules();
