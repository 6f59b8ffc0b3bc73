/** Base of every error news-digest raises on purpose. */
export class NewsDigestError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A required setting is missing or malformed. */
export class ConfigError extends NewsDigestError {}

/** An incoming event does not have the shape the handler expects. */
export class InvalidEventError extends NewsDigestError {}

/** A conditional write lost a race: re-read and try again. */
export class ConflictError extends NewsDigestError {}

/** A rule of the extraction core threw on a body; the article keeps its sentences and says why. */
export class ExtractionError extends NewsDigestError {}

/** A call to a storage or mail service failed. */
export class AdapterError extends NewsDigestError {}

/** A call to a language model failed; `retryable` when trying again may succeed (throttling, timeout, 5xx). */
export class LanguageModelError extends AdapterError {
  readonly retryable: boolean;
  constructor(message: string, options: { cause?: unknown; retryable: boolean }) {
    super(message, { cause: options.cause });
    this.retryable = options.retryable;
  }
}
