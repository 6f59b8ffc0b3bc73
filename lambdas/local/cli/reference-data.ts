/**
 * The reference data (the generated gazetteer and word tables) for the local tools that analyse
 * articles without a handler: the bench, the evaluation and the tests. They are the files the
 * extractor handler reads beside itself, lambdas/extract/ in the repository; this module and its compiled chunk both sit
 * in lambdas/local/cli/, so one relative path finds it from either.
 */
import { FileReferenceData } from '../../adapters/file-reference-data';

export const LOCAL_REFERENCE_DATA = new FileReferenceData(new URL('../../extract/', import.meta.url));
