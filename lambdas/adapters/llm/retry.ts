/** Timeouts and retries with exponential backoff for model calls; the sleep is injected so tests do not wait. */
import { LanguageModelError } from '../../errors';

export interface RetryPolicy {
  /** Calls in all, the first included. */
  attempts: number;
  /** Each call is aborted after this long. */
  timeoutMs: number;
  /** Wait before the second call; doubled before each later one. */
  backoffMs: number;
  sleep: (ms: number) => Promise<void>;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs the call with a deadline, again after a retryable LanguageModelError (throttling, timeout,
 * server error), at most `attempts` times; any other error, or the last, is thrown.
 */
export async function withRetries<T>(
  call: (signal: AbortSignal) => Promise<T>,
  policy: RetryPolicy,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const controller = new AbortController();
    const timer = setTimeout(
      () =>
        controller.abort(
          new LanguageModelError(`no answer within ${policy.timeoutMs} ms`, { retryable: true }),
        ),
      policy.timeoutMs,
    );
    try {
      return await call(controller.signal);
    } catch (error) {
      const retryable = error instanceof LanguageModelError && error.retryable;
      if (!retryable || attempt >= policy.attempts) throw error;
      await policy.sleep(policy.backoffMs * 2 ** (attempt - 1));
    } finally {
      clearTimeout(timer);
    }
  }
}
