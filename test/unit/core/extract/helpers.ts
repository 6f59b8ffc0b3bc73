/** Shared helpers of the extraction tests. */
import { analyzeBody, lexiconWith, loadLanguageScorer } from '../../../../lambdas/core/extract';
import type { BodyAnalysis, Person } from '../../../../lambdas/core/model';
import { LOCAL_REFERENCE_DATA } from '../../../../lambdas/local/cli/reference-data';

/** franc-min's scorer, which the extractor loads when a paragraph needs it. */
export const languageScorer = await loadLanguageScorer();

/** Analyzes a body published on a given date, with the gazetteer and language scorer as the extractor has them. */
export function analyze(body: string, published = '2024-03-12', headline?: string): BodyAnalysis {
  return analyzeBody(
    body,
    headline === undefined ? { published, languageScorer } : { published, headline, languageScorer },
    lexiconWith(LOCAL_REFERENCE_DATA),
  );
}

/** The person of an analysis with a given canonical name. */
export function person(result: BodyAnalysis, name: string): Person | undefined {
  return result.people.find((p) => p.name === name);
}
