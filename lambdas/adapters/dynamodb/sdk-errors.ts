/** Maps SDK failures to the project's errors, keeping the cause. */
import { AdapterError, ConflictError } from '../../errors';

/** Whether the SDK error is a failed ConditionExpression. */
export function isConditionFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

/** A ConflictError for a lost conditional write, an AdapterError for anything else. */
export function storageError(what: string, error: unknown): Error {
  if (isConditionFailure(error))
    return new ConflictError(`${what}: the item changed meanwhile`, { cause: error });
  return new AdapterError(`${what} failed`, { cause: error });
}
