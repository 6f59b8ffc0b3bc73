/** Reads the digest function's event: a schedule's (empty) input or an on-demand `{ period?, force? }`. */
import { InvalidEventError } from '../errors';
import type { SendDigestRequest } from '../use-cases/send-digest';

/** The request an invocation asks for; EventBridge's own envelope fields are ignored. */
export function digestRequest(event: unknown): SendDigestRequest {
  if (event === null || event === undefined) return {};
  if (typeof event !== 'object' || Array.isArray(event)) {
    throw new InvalidEventError('The digest event must be an object such as {"period": "2026-04-08"}');
  }
  const { period, force, storyIds } = event as Record<string, unknown>;
  if (period !== undefined && typeof period !== 'string')
    throw new InvalidEventError('period must be a string');
  if (force !== undefined && typeof force !== 'boolean')
    throw new InvalidEventError('force must be a boolean');
  if (
    storyIds !== undefined &&
    !(Array.isArray(storyIds) && storyIds.every((id) => typeof id === 'string'))
  ) {
    throw new InvalidEventError('storyIds must be a list of story ids');
  }
  return { ...(period ? { period } : {}), ...(force ? { force } : {}), ...(storyIds ? { storyIds } : {}) };
}
