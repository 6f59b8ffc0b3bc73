import { describe, expect, it } from 'vitest';
import { endsCredited } from '../../../../lambdas/core/digest/whats-new';

describe('Function: endsCredited (a sentence that already credits someone takes no second credit after it)', () => {
  it.each([
    // Crime reports: the source named at the end.
    ['The ferry ran aground near the quay, police said.', true],
    // Wire copy relaying another outlet, its day written out as a date in words with commas of its own.
    ['The mayor will not run again, a local paper reported on Tuesday, August 27, 1996.', true],
    ['The mayor will not run again, Harbour Radio reported on Tuesday, August 27.', true],
    // A credit in the middle, with the sentence going on after it, is no credit at its end.
    ['The ferry ran aground, police said, and two crew were hurt.', false],
    ['Police said on Tuesday, August 27, 1996, that the ferry ran aground.', false],
  ])('%s -> %s', (text, expected) => {
    expect(endsCredited(text)).toBe(expected);
  });
});
