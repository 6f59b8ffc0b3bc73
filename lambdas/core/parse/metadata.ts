/**
 * Settling metadata: the uploader's object metadata first, then what the document says in
 * its candidates' order, then the upload time for the date and "unknown" for the outlet.
 */
import type { MetaCandidates, ResolvedMetadata, Sourced } from '../model';
import { normalizeDate } from './dates';
import { decodeMimeWords } from './mime-words';

/** Picks outlet, headline, published date, URL and credits from object metadata and document candidates. */
export function resolveMetadata(
  meta: MetaCandidates,
  objectMetadata: Record<string, string>,
  uploadTime: string,
): ResolvedMetadata {
  const given = (key: string): string | undefined => {
    const value = decodeMimeWords(objectMetadata[key] ?? '').trim();
    return value ? value : undefined;
  };
  const outletGiven = given('outlet');
  const titleGiven = given('title');
  const publishedGiven = normalizeDate(given('published') ?? '');
  const urlGiven = validUrl(given('url'));

  const resolved: ResolvedMetadata = {
    outlet: outletGiven
      ? { value: outletGiven, source: 'object-metadata' }
      : (firstOf(meta.outlet) ?? { value: 'unknown', source: 'unknown' }),
    headline: titleGiven ? { value: titleGiven, source: 'object-metadata' } : firstOf(meta.headline),
    published: publishedGiven
      ? { value: publishedGiven, source: 'object-metadata' }
      : (firstOf(meta.published, normalizeDate) ?? {
          value: normalizeDate(uploadTime) ?? uploadTime,
          source: 'upload-time',
        }),
    url: urlGiven ? { value: urlGiven, source: 'object-metadata' } : firstOf(meta.url, validUrl),
    credits: dedupe(meta.credits),
  };
  if (meta.datelinePlace) resolved.datelinePlace = meta.datelinePlace;
  return resolved;
}

/** The first candidate whose value survives `check` (normalized by it), or null. */
function firstOf(
  candidates: readonly Sourced<string>[],
  check: (value: string) => string | null | undefined = (v) => v.trim() || null,
): Sourced<string> | null {
  for (const candidate of candidates) {
    const value = check(candidate.value);
    if (value) return { value, source: candidate.source };
  }
  return null;
}

function validUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

function dedupe(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    const clean = name.replace(/\s+/g, ' ').trim();
    const key = clean.toLowerCase();
    if (!clean || seen.has(key)) continue;
    seen.add(key);
    out.push(clean);
  }
  return out;
}
