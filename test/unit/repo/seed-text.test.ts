import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SEEDS_DIR, SEEDS_PRESENT } from '../../support/seeds';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const RUN = 8;
const words = (text: string) => text.toLowerCase().match(/[a-z0-9']+/g) ?? [];

/** Every run of RUN consecutive words in the given texts. */
function runs(texts: string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    const w = words(text);
    for (let i = 0; i + RUN <= w.length; i += 1) out.add(w.slice(i, i + RUN).join(' '));
  }
  return out;
}

describe.skipIf(!SEEDS_PRESENT)('Repository: third-party seed text (skipped: ../shared/seeds absent)', () => {
  it('holds no run of eight words from the seed articles: they belong to their publishers', () => {
    const seeds = runs(
      readdirSync(SEEDS_DIR)
        .filter((n) => n.endsWith('.txt'))
        .map((n) => readFileSync(join(SEEDS_DIR, n), 'utf8')),
    );
    const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter((f) => f !== '' && !/\.(png|jpg|gz|zip)$/.test(f));
    const offenders = tracked.filter((file) => {
      const path = join(ROOT, file);
      if (statSync(path, { throwIfNoEntry: false })?.isFile() !== true || statSync(path).size > 2_000_000)
        return false;
      const w = words(readFileSync(path, 'utf8'));
      for (let i = 0; i + RUN <= w.length; i += 1) if (seeds.has(w.slice(i, i + RUN).join(' '))) return true;
      return false;
    });
    expect(offenders).toEqual([]);
  });
});
