/** Shared helpers of the extraction tests. */
import { analyzeBody } from '../../../../lambdas/core/extract';
import type { BodyAnalysis, Person } from '../../../../lambdas/core/model';

/** Analyzes a body published on a given date. */
export function analyze(body: string, published = '2024-03-12', headline?: string): BodyAnalysis {
  return analyzeBody(body, headline === undefined ? { published } : { published, headline });
}

/** The person of an analysis with a given canonical name. */
export function person(result: BodyAnalysis, name: string): Person | undefined {
  return result.people.find((p) => p.name === name);
}
