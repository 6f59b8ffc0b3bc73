import { ExtractionError } from '../errors';

/**
 * A package imported on the first call only, for parts of the work that few articles need (see
 * lib/lazy-modules.json). A failed import is not kept: a later call tries again, and the failure is an
 * ExtractionError naming the package, so the article fails (and is retried) instead of being rejected.
 */
export function lazyImport<T>(what: string, load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((cause: unknown) => {
      loading = undefined;
      throw new ExtractionError(`Cannot load ${what}`, { cause });
    });
    return loading;
  };
}
