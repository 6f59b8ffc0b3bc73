/** The term weights the extractor uses, from the repository's generated word counts, for tests that file articles into stories. */
import { termWeightsFrom } from '../../lambdas/core/story/term-weights';
import { LOCAL_REFERENCE_DATA } from '../../lambdas/local/cli/reference-data';

export const WEIGHTS = termWeightsFrom(LOCAL_REFERENCE_DATA);
