/**
 * Loads the ECB+ development split from ../shared/corpora/ecbplus-dev (real reports, never
 * copied into the repository) as raw objects, in two settings: with the publication dates the
 * reports carry (their own date line and the page's address, given as object metadata where the
 * corpus records them) and with every date withheld (no metadata, and the date line removed from
 * the text).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawObject } from '../../lambdas/core/model';
import { CAPTURE_STAMP } from '../../lambdas/core/parse/patterns';
import { UPLOAD_TIME } from './corpus';

/** The development split beside the repository. */
export const ECBPLUS_DIR = new URL('../../../shared/corpora/ecbplus-dev/', import.meta.url);

export type DateSetting = 'dated' | 'undated';

export interface EcbDocument {
  id: string;
  /** The gold event: two documents report one event exactly when this is equal. */
  story: string;
  topic: number;
  raw: RawObject;
}

interface EcbGold {
  topic: number;
  subtopic: string;
  story: string;
  dateLine: string | null;
  /** The page the report was taken from, which often carries its publication day (`/2013/07/21/`). */
  url?: string | null;
}

/**
 * A short line near the top that carries a date: the report's date line in any of the corpus's
 * styles ("December 15th, 2008, 7:35 am", "12/16/08 1:30 AM EST", "Published: August 7, 2012").
 */
const DATE_LINE = /\b(?:19|20)\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/u;
const DATE_LINE_MAX_CHARS = 60;
/** Lines searched: a page's stamps ("UPDATED: ...") may follow its headline, standfirst and byline. */
const DATE_LINE_REACH = 10;
/** Lowercase words of a stamp at most ("posted on", "at"): a line with more is a sentence that dates its story. */
const STAMP_LOWER_WORDS = 3;

/** Whether a line is a short dated line, not a sentence ("In 2008, X stopped Y." stays). */
function isDateLine(line: string): boolean {
  const lower = line.match(/\b\p{Ll}+\b/gu)?.length ?? 0;
  return line.length <= DATE_LINE_MAX_CHARS && DATE_LINE.test(line) && lower <= STAMP_LOWER_WORDS;
}

/** The text without the short dated lines among its first lines: every publication date withheld. */
export function withoutDateLine(text: string): string {
  return text
    .split('\n')
    .filter((line, i) => i >= DATE_LINE_REACH || !isDateLine(line))
    .join('\n');
}

/**
 * The corpus's date line as the day an uploader would pass on as published, or null where the page's stamp says
 * that day is when the page was saved ("Posted 3 weeks ago [saved on 9 May 2016]"): passing it on would state a
 * false publication day.
 */
export function publicationDay(dateLine: string | null | undefined, text: string): string | null {
  if (!dateLine) return null;
  return text.split('\n', DATE_LINE_REACH).some((line) => CAPTURE_STAMP.test(line)) ? null : dateLine;
}

/** Whether the development split is present, or why not. */
export function ecbplusMissing(dir: URL = ECBPLUS_DIR): string | null {
  return existsSync(join(fileURLToPath(dir), 'gold.json'))
    ? null
    : `${fileURLToPath(dir)} not found beside the repository (the ECB+ development split lives in ../shared)`;
}

/** Reads every report of the split in one date setting, in id order. */
export async function loadEcbplus(setting: DateSetting, dir: URL = ECBPLUS_DIR): Promise<EcbDocument[]> {
  const path = fileURLToPath(dir);
  const gold = JSON.parse(await readFile(join(path, 'gold.json'), 'utf8')) as Record<string, EcbGold>;
  const names = (await readdir(join(path, 'docs'))).filter((n) => n.endsWith('.txt')).sort();
  const docs: EcbDocument[] = [];
  for (const name of names) {
    const id = name.slice(0, -'.txt'.length);
    const entry = gold[id];
    if (!entry) throw new Error(`${name} has no entry in ${join(path, 'gold.json')}`);
    const text = await readFile(join(path, 'docs', name), 'utf8');
    const metadata: Record<string, string> = {};
    const published = publicationDay(entry.dateLine, text);
    if (setting === 'dated' && published) metadata.published = published;
    // An uploader passes the page's address along as it passes the date line; a date in it is a date.
    if (setting === 'dated' && entry.url) metadata.url = entry.url;
    const body = setting === 'dated' ? text : withoutDateLine(text);
    docs.push({
      id,
      story: entry.story,
      topic: entry.topic,
      raw: {
        key: name,
        bytes: new TextEncoder().encode(body),
        contentType: 'text/plain',
        metadata,
        lastModified: UPLOAD_TIME,
      },
    });
  }
  return docs;
}
