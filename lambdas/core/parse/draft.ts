/** The document as it moves through the parse steps: body text plus the metadata found so far. */
import { squash } from '../extract/text';
import type { ArticleFormat, MetaCandidates, MetaSource, Sourced } from '../model';

export interface Draft {
  format: ArticleFormat;
  /** Body text; lines matter until the paragraph step joins them. */
  body: string;
  meta: MetaCandidates;
}

/** Metadata with nothing found yet. */
export function emptyMeta(): MetaCandidates {
  return { outlet: [], headline: [], published: [], url: [], credits: [] };
}

/** Appends a candidate unless it is blank or already listed with the same value. */
export function addCandidate(
  list: Sourced<string>[],
  value: string | null | undefined,
  source: MetaSource,
): void {
  const clean = value === null || value === undefined ? value : squash(value);
  if (!clean) return;
  if (list.some((c) => c.value === clean && c.source === source)) return;
  list.push({ value: clean, source });
}

/** Appends credited names, once each. */
export function addCredits(meta: MetaCandidates, names: readonly string[]): void {
  for (const name of names) {
    if (!meta.credits.includes(name)) meta.credits.push(name);
  }
}
