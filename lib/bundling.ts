/**
 * How every handler is bundled and started, as plain data with no CDK import: lib/function.ts hands
 * it to NodejsFunction and `npm run bench` builds and imports the very same bundles.
 */
import LAZY_MODULES from './lazy-modules.json';

/** esbuild settings of every handler bundle (NodejsFunction `bundling`). */
export const HANDLER_BUNDLING = {
  format: 'esm',
  target: 'node22',
  mainFields: ['module', 'main'],
  // Some CommonJS dependencies call require() for Node built-ins; an ESM bundle has no require of its own.
  banner: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  minify: true,
  sourceMap: true,
  // The map ships beside the bundle for decoding a logged position; Node never reads it: the functions
  // set no NODE_OPTIONS, since --enable-source-maps parsed the map at every cold start (the
  // extractor's, 6.6 MB with the sources inside, made its import about 1.5x slower).
  sourcesContent: false,
} as const;

/**
 * Packages a handler imports (dynamically) only when an article needs them: the language scorer for
 * a paragraph the function words cannot call English, the HTML parser for a page or an HTML e-mail,
 * the front matter parser, the MIME parser. Left out of the bundle, each ships pre-bundled in the
 * function's node_modules (bin/build-lazy-modules.mjs writes them under LAZY_MODULES_DIR): V8 parses
 * a bundle's every byte at cold start, and evaluates the language scorer's and the HTML parser's
 * tables, though most articles need few of them or none.
 */
export const HANDLER_LAZY_MODULES: Record<keyof typeof HANDLER_DATA_FILES, readonly string[]> = LAZY_MODULES;

/** Where bin/build-lazy-modules.mjs writes each lazy package (`<dir>/<package>/index.mjs`), repository path. */
export const LAZY_MODULES_DIR = 'lambdas/lazy-modules.generated';

/**
 * Generated data files a handler reads beside its bundle, on its first use of them (repository paths).
 * They are copied into the function's asset after bundling rather than bundled: the gazetteer, 1.1 MB,
 * cost every cold import of the extractor about 50 ms of parsing as a string in the bundle, and is read
 * and parsed from its file in about 30 ms on the first article instead; the word tables (the counts
 * story matching weighs terms by, 300 KB, and the everyday words) cost about 18 ms of every cold import;
 * the lexicon rows (80 KB, written from lambdas/core/extract/lexicon) 12.5 M instructions of it (3.9 M as
 * JSON on the first article).
 */
export const HANDLER_DATA_FILES = {
  extract: [
    'lambdas/extract/gazetteer.generated.json',
    'lambdas/extract/words.generated.json',
    'lambdas/extract/lexicon.generated.json',
  ],
  digest: [],
  unsubscribe: [],
} as const satisfies Record<string, readonly string[]>;
