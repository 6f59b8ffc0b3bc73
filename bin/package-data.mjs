// What the generators of git-ignored data files share (bin/build-gazetteer.mjs, bin/build-words.mjs):
// the repository root, and a package's data and version, named in the file each writes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A package's module or data file (JSON), loaded as CommonJS `require` would. */
export const requirePackage = createRequire(import.meta.url);

/** The installed version of a package, e.g. "2.0.1". */
export function packageVersion(name) {
  return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
}
