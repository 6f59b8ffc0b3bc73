import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectFiles, InputFileError, readSidecar } from '../../../lambdas/local/cli/files';

describe('Function: collectFiles', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nd-files-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('walks folders, skips sidecars, dotfiles and READMEs, and attaches sidecar metadata', async () => {
    // Prepare
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'a.txt'), 'Alpha.');
    await writeFile(
      join(dir, 'a.txt.meta.json'),
      '{"outlet": "The Harbor Ledger", "published": "2026-04-15"}',
    );
    await writeFile(join(dir, '.hidden.txt'), 'x');
    await writeFile(join(dir, 'README.md'), '# notes');
    await writeFile(join(dir, 'sub', 'b.html'), '<p>Beta.</p>');

    // Act
    const files = await collectFiles([dir]);

    // Assess
    expect(files.map((f) => [f.key, f.contentType, f.metadata])).toEqual([
      ['a.txt', 'text/plain', { outlet: 'The Harbor Ledger', published: '2026-04-15' }],
      ['b.html', 'text/html', {}],
    ]);
  });

  it('names a missing path', async () => {
    await expect(collectFiles([join(dir, 'nope')])).rejects.toThrow(/nope/);
  });
});

describe('Function: readSidecar', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nd-sidecar-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it.each([
    ['{"outlet": 3}', /"outlet" must be a string/],
    ['[1, 2]', /JSON object/],
    ['{oops', /not valid JSON/],
  ])('rejects %s with a message naming the problem', async (content, message) => {
    const path = join(dir, 'x.txt.meta.json');
    await writeFile(path, content);
    const error = await readSidecar(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputFileError);
    expect((error as Error).message).toMatch(message);
  });

  it('keeps only the known fields and returns {} when there is no sidecar', async () => {
    const path = join(dir, 'y.txt.meta.json');
    await writeFile(path, '{"outlet": "Meridian Wire", "url": "https://m.example/a", "extra": "ignored"}');
    expect(await readSidecar(path)).toEqual({ outlet: 'Meridian Wire', url: 'https://m.example/a' });
    expect(await readSidecar(join(dir, 'absent.meta.json'))).toEqual({});
  });
});
