import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { normalizeDate } from '../../core/parse/dates';
import { encodeMimeWord } from '../../core/parse/mime-words';
import { NewsDigestError } from '../../errors';

/** A file to upload, with the S3 user metadata its sidecar gives. */
export interface UploadFile {
  path: string;
  /** The object key: the path below the folder given (or the base name of a file given). */
  key: string;
  metadata: Record<string, string>;
  contentType: string;
}

/** A file that will not be uploaded, and why in words a user can act on. */
export interface RejectedFile {
  path: string;
  /** The key it would have had, when it got that far. */
  key: string | null;
  reason: string;
}

/** A file left out on purpose (not an article), listed so nothing goes missing unseen. */
export interface SkippedFile {
  path: string;
  reason: string;
}

/** Every file found under the paths given: each one uploaded, rejected or skipped. */
export interface CollectedFiles {
  files: UploadFile[];
  rejected: RejectedFile[];
  skipped: SkippedFile[];
}

/** Raised for a file or sidecar the CLI cannot use; the message says which and why. */
export class InputFileError extends NewsDigestError {}

export const SIDECAR = '.meta.json';
const METADATA_FIELDS = ['outlet', 'published', 'url', 'title'] as const;
/** S3 caps user-defined metadata at 2 KB: the UTF-8 bytes of every name and value together. */
const S3_METADATA_LIMIT = 2048;
const CONTENT_TYPES: Record<string, string> = {
  '.txt': 'text/plain',
  '.text': 'text/plain',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
  '.eml': 'message/rfc822',
};

/**
 * Expands files and folders into the articles to upload. Folders are walked recursively (symlinks
 * followed, cycles detected); sidecars are metadata, dotfiles and READMEs are skipped and listed. A
 * file that cannot be used is rejected with its reason and never stops the others. Only a path given
 * on the command line that does not exist throws: that is a typo, not bad input.
 */
export async function collectFiles(paths: string[]): Promise<CollectedFiles> {
  const walk = new Walk();
  for (const path of paths) {
    const info = await stat(path).catch((cause: unknown) => {
      throw new InputFileError(`Cannot read ${path}: no such file or folder`, { cause });
    });
    if (info.isDirectory()) await walk.folder(path, '', [await realpath(path)]);
    else await walk.file(path, basename(path));
  }
  return walk.collected;
}

/**
 * Collects one entry of a watched folder under the key it has there: a file, or a folder that was
 * just created (its files keep their paths below the watched folder).
 */
export async function collectEntry(path: string, key: string): Promise<CollectedFiles> {
  const walk = new Walk();
  const info = await stat(path);
  if (info.isDirectory()) await walk.folder(path, `${key}/`, [await realpath(path)]);
  else await walk.file(path, key);
  return walk.collected;
}

/** The state of one collection: what was found so far and which keys are taken by which file. */
class Walk {
  readonly collected: CollectedFiles = { files: [], rejected: [], skipped: [] };
  private readonly owners = new Map<string, string>();

  async folder(path: string, prefix: string, ancestors: string[]): Promise<void> {
    const entries = (await readdir(path)).sort();
    for (const name of entries) {
      if (name.endsWith(SIDECAR)) continue;
      const entry = join(path, name);
      const notArticle = skipReason(name);
      if (notArticle) {
        this.collected.skipped.push({ path: entry, reason: notArticle });
        continue;
      }
      await this.entry(entry, `${prefix}${name}`, ancestors);
    }
  }

  async file(path: string, key: string): Promise<void> {
    const owner = this.owners.get(key);
    if (owner !== undefined) {
      this.reject(
        path,
        key,
        `same object key "${key}" as ${owner}; rename one of them or pass their common parent folder`,
      );
      return;
    }
    try {
      this.collected.files.push(await describe(path, key));
      this.owners.set(key, path);
    } catch (error) {
      if (!(error instanceof InputFileError)) throw error;
      this.reject(path, key, error.message);
    }
  }

  private async entry(path: string, key: string, ancestors: string[]): Promise<void> {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (error) {
      this.reject(path, key, unreadableReason(error));
      return;
    }
    if (!info.isDirectory()) {
      await this.file(path, key);
      return;
    }
    const real = await realpath(path);
    if (ancestors.includes(real)) {
      this.reject(path, null, `folder cycle: ${path} leads back to ${real}, which is being read already`);
      return;
    }
    await this.folder(path, `${key}/`, [...ancestors, real]);
  }

  private reject(path: string, key: string | null, reason: string): void {
    this.collected.rejected.push({ path, key, reason });
  }
}

function skipReason(name: string): string | null {
  if (name.startsWith('.')) return 'a dotfile (hidden), not an article';
  if (/^readme(\.|$)/iu.test(name)) return 'a README, not an article';
  return null;
}

function unreadableReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'a symlink that points to nothing (dangling); fix or remove the link';
  if (code === 'ELOOP') return 'a symlink loop: following its links never reaches a file';
  if (code === 'EACCES' || code === 'EPERM') return 'not readable with your permissions';
  return `cannot be read: ${(error as Error).message}`;
}

async function describe(path: string, key: string): Promise<UploadFile> {
  return {
    path,
    key,
    metadata: await readSidecar(`${path}${SIDECAR}`),
    contentType: CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
  };
}

/** Reads `<file>.meta.json` when present: `{ "outlet", "published", "url", "title" }`, all strings. */
export async function readSidecar(path: string): Promise<Record<string, string>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return {};
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new InputFileError(`${path} is not valid JSON`, { cause });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InputFileError(
      `${path} must hold a JSON object such as {"outlet": "...", "published": "2024-01-31"}`,
    );
  }
  const metadata: Record<string, string> = {};
  for (const field of METADATA_FIELDS) {
    const value = (data as Record<string, unknown>)[field];
    if (value === undefined) continue;
    if (typeof value !== 'string') throw new InputFileError(`${path}: "${field}" must be a string`);
    if (field === 'published' && !isDate(value)) {
      throw new InputFileError(
        `${path}: "published" is "${value}", not a date; write it as 2024-01-31 or 2024-01-31T09:30:00Z`,
      );
    }
    metadata[field] = encodeMimeWord(value);
  }
  const size = Object.entries(metadata).reduce(
    (n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v),
    0,
  );
  if (size > S3_METADATA_LIMIT) {
    throw new InputFileError(
      `${path}: its metadata takes ${size} bytes, over S3's 2 KB limit for user metadata; shorten the outlet or title`,
    );
  }
  return metadata;
}

/** A date the extractor reads as given, with a time of day that exists when one is written. */
function isDate(value: string): boolean {
  return normalizeDate(value) !== null && !Number.isNaN(Date.parse(value));
}
