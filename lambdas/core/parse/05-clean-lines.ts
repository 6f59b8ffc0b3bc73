/**
 * Step 5: line by line, drop what is not story text. Bylines, contact lines and credit lines
 * leave their names as credits and their outlets as candidates; boilerplate just goes.
 */
import { readByline, readContactLine, readCreditLine } from './credits';
import type { Draft } from './draft';
import { BOILERPLATE_LINES, MAX_BOILERPLATE_LINE } from './patterns';

/** Removes bylines, contact, credit and boilerplate lines from the body, keeping what they say. */
export function cleanLines(draft: Draft): Draft {
  const kept: string[] = [];
  for (const raw of draft.body.split('\n')) {
    const line = raw.trim();
    if (line === '' || !isDropped(line, draft)) kept.push(raw);
  }
  return { ...draft, body: kept.join('\n') };
}

function isDropped(line: string, draft: Draft): boolean {
  if (line.length > MAX_BOILERPLATE_LINE) return false;
  if (readContactLine(line, draft.meta)) return true;
  if (readCreditLine(line, draft.meta)) return true;
  if (readByline(line, draft.meta)) return true;
  return BOILERPLATE_LINES.some((pattern) => pattern.test(line));
}
