/**
 * The reference data (the generated gazetteer and word tables) for the local tools that analyse
 * articles without a handler: the bench, the evaluation and the tests. They are the files the
 * extractor handler reads beside itself, lambdas/extract/ in the repository; this module and its compiled chunk both sit
 * in lambdas/local/cli/, so one relative path finds it from either. The lexicon rows are the sources'
 * own, not their generated file: a row just edited counts in the next test or evaluation.
 */
import { FileReferenceData } from '../../adapters/file-reference-data';
import { DEFAULT_LEXICON } from '../../core/extract/lexicon';

export const LOCAL_REFERENCE_DATA = new FileReferenceData(
  new URL('../../extract/', import.meta.url),
  DEFAULT_LEXICON,
);
