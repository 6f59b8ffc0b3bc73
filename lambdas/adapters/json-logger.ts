/**
 * The handlers' log lines: one JSON object per line (level, message, time, service, the
 * invocation's request id, then the caller's fields), as CloudWatch Logs Insights reads them.
 *
 * Written here rather than taken from a logging library: the library used before, with its SQS batch
 * utility, took about 10 M of the 88 M instructions the extractor's own code adds to a cold start
 * (a console of its own, options read from a dozen variables), for lines this file writes as well.
 */
import { LOG_LEVELS, type LogConfig, type LogLevel } from '../config';

export type LogFields = Record<string, unknown>;

/** Where a line goes. */
export type LineWriter = (line: string) => void;

/**
 * The process stream a log config names: on Lambda stdout, written directly (the runtime's console
 * would put its own prefix before each JSON line).
 */
function streamWriter(stream: LogConfig['stream']): LineWriter {
  return (line) => {
    process[stream].write(line);
  };
}

/** A handler's logger, from the settings `logConfig` read. */
export function jsonLogger(service: string, config: LogConfig): JsonLogger {
  return new JsonLogger(service, config.level, streamWriter(config.stream));
}

export class JsonLogger {
  #requestId: string | undefined;
  readonly #threshold: number;

  constructor(
    private readonly service: string,
    level: LogLevel,
    private readonly write: LineWriter,
  ) {
    this.#threshold = LOG_LEVELS.indexOf(level);
  }

  /** Tags the lines of this invocation with its request id. */
  addContext(context: { awsRequestId: string }): void {
    this.#requestId = context.awsRequestId;
  }

  debug(message: string, fields?: LogFields): void {
    this.#log('DEBUG', message, fields);
  }

  info(message: string, fields?: LogFields): void {
    this.#log('INFO', message, fields);
  }

  warn(message: string, fields?: LogFields): void {
    this.#log('WARN', message, fields);
  }

  error(message: string, fields?: LogFields): void {
    this.#log('ERROR', message, fields);
  }

  #log(level: Exclude<LogLevel, 'SILENT'>, message: string, fields: LogFields = {}): void {
    if (LOG_LEVELS.indexOf(level) < this.#threshold) return;
    const own = {
      level,
      message,
      timestamp: new Date().toISOString(),
      service: this.service,
      ...(this.#requestId === undefined ? {} : { requestId: this.#requestId }),
    };
    // Spread twice: the line's own keys come first, and a field of the same name cannot replace them.
    this.write(`${JSON.stringify({ ...own, ...fields, ...own }, errorsAsFields)}\n`);
  }
}

/** JSON.stringify writes an Error as `{}`: keep what a reader needs to act on it. */
function errorsAsFields(_key: string, value: unknown): unknown {
  if (!(value instanceof Error)) return value;
  return {
    name: value.name,
    message: value.message,
    stack: value.stack,
    ...(value.cause === undefined ? {} : { cause: value.cause }),
  };
}
