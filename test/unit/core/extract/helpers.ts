/** Shared helpers of the extraction tests. */
import { analyzeBody, lexiconWith } from '../../../../lambdas/core/extract';
import type { BodyAnalysis, Person } from '../../../../lambdas/core/model';
import { LOCAL_REFERENCE_DATA } from '../../../../lambdas/local/cli/reference-data';

/** Analyzes a body published on a given date, with the gazetteer as the extractor has it. */
export function analyze(body: string, published = '2024-03-12', headline?: string): BodyAnalysis {
  return analyzeBody(
    body,
    headline === undefined ? { published } : { published, headline },
    lexiconWith(LOCAL_REFERENCE_DATA),
  );
}

/** The person of an analysis with a given canonical name. */
export function person(result: BodyAnalysis, name: string): Person | undefined {
  return result.people.find((p) => p.name === name);
}
