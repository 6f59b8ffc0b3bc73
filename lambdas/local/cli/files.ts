import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { encodeMimeWord } from '../../core/parse/mime-words';
import { NewsDigestError } from '../../errors';

/** A file to upload, with the S3 user metadata its sidecar gives. */
export interface UploadFile {
  path: string;
  key: string;
  metadata: Record<string, string>;
  contentType: string;
}

/** Raised for a file or sidecar the CLI cannot use; the message says which and why. */
export class InputFileError extends NewsDigestError {}

const SIDECAR = '.meta.json';
const METADATA_FIELDS = ['outlet', 'published', 'url', 'title'] as const;
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
 * Expands files and folders into the articles to upload. Folders are walked recursively;
 * sidecars, dotfiles and README files are not articles and are skipped.
 */
export async function collectFiles(paths: string[]): Promise<UploadFile[]> {
  const files: UploadFile[] = [];
  for (const path of paths) {
    const info = await stat(path).catch((cause: unknown) => {
      throw new InputFileError(`Cannot read ${path}: no such file or folder`, { cause });
    });
    if (info.isDirectory()) {
      const entries = (await readdir(path)).sort();
      files.push(...(await collectFiles(entries.filter(isArticleName).map((e) => join(path, e)))));
    } else {
      files.push(await describe(path));
    }
  }
  return files;
}

function isArticleName(name: string): boolean {
  return !name.startsWith('.') && !name.endsWith(SIDECAR) && !/^readme(\.|$)/i.test(name);
}

async function describe(path: string): Promise<UploadFile> {
  return {
    path,
    key: basename(path),
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
    metadata[field] = encodeMimeWord(value);
  }
  return metadata;
}
