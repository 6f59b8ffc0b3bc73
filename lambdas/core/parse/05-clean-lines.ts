/**
 * Step 5: line by line, drop what is not story text. Bylines, contact lines, credit lines and
 * publication stamps leave their names, outlets and dates as candidates; boilerplate just goes.
 */
import { readByline, readContactLine, readCreditLine } from './credits';
import { normalizeDate } from './dates';
import { addCandidate, type Draft } from './draft';
import { BOILERPLATE_LINES, FURNITURE_LINES, MAX_BOILERPLATE_LINE, PUBLISHED_STAMP } from './patterns';
import { isDateStamp, stampDate, takeDatePrefix } from './stamps';

/** Removes bylines, contact, credit and boilerplate lines from the body, keeping what they say. */
export function cleanLines(draft: Draft): Draft {
  const kept: string[] = [];
  for (const raw of draft.body.split('\n')) {
    const line = raw.trim();
    const prefixed = takeDatePrefix(line);
    if (prefixed !== null) {
      // A crawler's date glued before the headline: the date is a stamp, the rest stays.
      if (prefixed.date !== null) addCandidate(draft.meta.published, prefixed.date, 'byline');
      kept.push(prefixed.rest);
    } else if (line === '' || !isDropped(line, draft)) kept.push(raw);
  }
  return { ...draft, body: kept.join('\n') };
}

function isDropped(line: string, draft: Draft): boolean {
  if (line.length > MAX_BOILERPLATE_LINE) return false;
  if (readContactLine(line, draft.meta)) return true;
  if (readCreditLine(line, draft.meta)) return true;
  if (readByline(line, draft.meta)) return true;
  const stamp = line.match(PUBLISHED_STAMP);
  const stamped = stamp ? normalizeDate(stamp[1] as string) : null;
  if (stamped) {
    // The stamp sits in the byline block, so it is trusted like the byline.
    addCandidate(draft.meta.published, stamped, 'byline');
    return true;
  }
  if (isDateStamp(line)) {
    const day = stampDate(line);
    if (day !== null) addCandidate(draft.meta.published, day, 'byline');
    return true;
  }
  return (
    BOILERPLATE_LINES.some((pattern) => pattern.test(line)) || FURNITURE_LINES.some((f) => f.re.test(line))
  );
}
