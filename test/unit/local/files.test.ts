import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
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
    const { files, skipped } = await collectFiles([dir]);

    // Assess: the key keeps the path below the folder given, so it stays unique
    expect(files.map((f) => [f.key, f.contentType, f.metadata])).toEqual([
      ['a.txt', 'text/plain', { outlet: 'The Harbor Ledger', published: '2026-04-15' }],
      ['sub/b.html', 'text/html', {}],
    ]);
    expect(skipped.map((s) => [s.path, s.reason])).toEqual([
      [join(dir, '.hidden.txt'), expect.stringMatching(/dotfile/)],
      [join(dir, 'README.md'), expect.stringMatching(/README/)],
    ]);
  });

  it('names a missing path', async () => {
    await expect(collectFiles([join(dir, 'nope')])).rejects.toThrow(/nope/);
  });

  it('keeps two files of the same name in different folders apart', async () => {
    await mkdir(join(dir, 'monday'));
    await mkdir(join(dir, 'tuesday'));
    await writeFile(join(dir, 'monday', 'report.txt'), 'One.');
    await writeFile(join(dir, 'tuesday', 'report.txt'), 'Two.');

    const { files, rejected } = await collectFiles([dir]);

    expect(files.map((f) => f.key)).toEqual(['monday/report.txt', 'tuesday/report.txt']);
    expect(rejected).toEqual([]);
  });

  it('rejects, with a reason, a second file given whose key is already taken', async () => {
    await mkdir(join(dir, 'monday'));
    await mkdir(join(dir, 'tuesday'));
    await writeFile(join(dir, 'monday', 'report.txt'), 'One.');
    await writeFile(join(dir, 'tuesday', 'report.txt'), 'Two.');

    const { files, rejected } = await collectFiles([join(dir, 'monday'), join(dir, 'tuesday')]);

    expect(files.map((f) => f.path)).toEqual([join(dir, 'monday', 'report.txt')]);
    expect(rejected).toEqual([
      {
        path: join(dir, 'tuesday', 'report.txt'),
        key: 'report.txt',
        reason: expect.stringMatching(/same object key "report\.txt" as .*monday/),
      },
    ]);
  });

  it.each([
    ['an invalid sidecar', '{oops', /not valid JSON/],
    ['an array-shaped sidecar', '[1, 2]', /JSON object/],
    ['a sidecar with an impossible date', '{"published": "2026-02-30"}', /"published" .*not a date/],
    ['a sidecar with a date that is no date', '{"published": "last Tuesday"}', /"published" .*not a date/],
    ['an outlet over S3 metadata limit', JSON.stringify({ outlet: 'O'.repeat(2100) }), /2 KB/],
  ])('rejects a file with %s and still collects the others', async (_kind, sidecar, reason) => {
    await writeFile(join(dir, 'bad.txt'), 'Bad.');
    await writeFile(join(dir, 'bad.txt.meta.json'), sidecar);
    await writeFile(join(dir, 'good.txt'), 'Good.');

    const { files, rejected } = await collectFiles([dir]);

    expect(files.map((f) => f.key)).toEqual(['good.txt']);
    expect(rejected).toEqual([
      { path: join(dir, 'bad.txt'), key: 'bad.txt', reason: expect.stringMatching(reason) },
    ]);
  });

  it.each([
    [
      'a dangling symlink',
      (d: string) => symlink(join(d, 'gone.txt'), join(d, 'dangling.txt')),
      /dangling.txt/,
      /points to nothing/,
    ],
    [
      'a symlink loop',
      async (d: string) => {
        await symlink(join(d, 'loop-b.txt'), join(d, 'loop-a.txt'));
        await symlink(join(d, 'loop-a.txt'), join(d, 'loop-b.txt'));
      },
      /loop-a.txt/,
      /symlink loop/,
    ],
    [
      'a folder cycle',
      async (d: string) => {
        await mkdir(join(d, 'inner'));
        await symlink(d, join(d, 'inner', 'up'));
      },
      /inner\/up/,
      /cycle/,
    ],
  ])('rejects %s with its reason and still collects the others', async (_kind, make, path, reason) => {
    await writeFile(join(dir, 'good.txt'), 'Good.');
    await make(dir);

    const { files, rejected } = await collectFiles([dir]);

    expect(files.map((f) => f.key)).toEqual(['good.txt']);
    expect(rejected.length).toBeGreaterThan(0);
    for (const r of rejected) expect(r.reason).toMatch(reason);
    expect(rejected.some((r) => path.test(r.path))).toBe(true);
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
    ['{"published": "2026-13-01"}', /"published" .*not a date/],
    ['{"published": "2026-04-15T25:00:00Z"}', /"published" .*not a date/],
  ])('rejects %s with a message naming the problem', async (content, message) => {
    const path = join(dir, 'x.txt.meta.json');
    await writeFile(path, content);
    const error = await readSidecar(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputFileError);
    expect((error as Error).message).toMatch(message);
  });

  it.each([
    ['2026-04-15'],
    ['2026-04-15T09:30:00Z'],
    ['2026-04-15T09:30:00+02:00'],
    ['2026-04-15T09:30'],
  ])('accepts the date %s', async (published) => {
    const path = join(dir, 'z.txt.meta.json');
    await writeFile(path, JSON.stringify({ published }));
    expect(await readSidecar(path)).toEqual({ published });
  });

  it('keeps only the known fields and returns {} when there is no sidecar', async () => {
    const path = join(dir, 'y.txt.meta.json');
    await writeFile(path, '{"outlet": "Meridian Wire", "url": "https://m.example/a", "extra": "ignored"}');
    expect(await readSidecar(path)).toEqual({ outlet: 'Meridian Wire', url: 'https://m.example/a' });
    expect(await readSidecar(join(dir, 'absent.meta.json'))).toEqual({});
  });
});
