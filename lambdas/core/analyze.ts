import { type AnalysisContext, analyzeBody, bodyLanguage, type Lexicon } from './extract/index';
import { LANGUAGE_NAMES } from './extract/lexicon/language';
import { lexiconWith } from './extract/reference-lexicon';
import type { Article, RawObject, Rejection, ResolvedMetadata } from './model';
import { contentHash } from './parse/hash';
import { parseDocument } from './parse/index';
import { resolveMetadata } from './parse/metadata';
import type { ReferenceData } from './reference-data';

/** What the extraction steps take besides the body: the settled metadata and the body's language. */
export async function analysisContext(
  body: string,
  meta: ResolvedMetadata,
  lexicon: Lexicon,
): Promise<AnalysisContext> {
  return {
    language: await bodyLanguage(body, lexicon),
    published: meta.published.value,
    ...(meta.headline ? { headline: meta.headline.value } : {}),
    ...(meta.datelinePlace ? { datelinePlace: meta.datelinePlace } : {}),
    ...(meta.datelineBare ? { datelineBare: true } : {}),
    credits: meta.credits,
  };
}

/**
 * Reads one raw object into an Article, or a Rejection that says why it could not be read. The
 * reference data (the gazetteer, the everyday words) is read on the first article that gets this far, not before.
 */
export async function analyzeDocument(
  raw: RawObject,
  options: { maxBytes: number; reference: ReferenceData },
): Promise<Article | Rejection> {
  const parsed = await parseDocument(raw, options);
  if ('code' in parsed) return parsed;
  const meta = resolveMetadata(parsed.meta, raw.metadata, raw.lastModified);
  const lexicon = lexiconWith(options.reference);
  const body = analyzeBody(parsed.body, await analysisContext(parsed.body, meta, lexicon), lexicon);
  const language = body.language?.language ?? 'eng';
  if (language !== 'eng') {
    return {
      key: raw.key,
      contentHash: contentHash(raw.bytes),
      code: 'not-english',
      reason: `The article is in ${LANGUAGE_NAMES[language] ?? `language ${language}`} (ISO 639-3 ${language}); news-digest reads English reports only.`,
    };
  }
  return {
    key: raw.key,
    format: parsed.format,
    contentHash: contentHash(raw.bytes),
    outlet: meta.outlet,
    headline: meta.headline,
    published: meta.published,
    ...(meta.published.source === 'upload-time' ? {} : { received: raw.lastModified }),
    url: meta.url,
    credits: meta.credits,
    text: parsed.body,
    ...body,
  };
}
