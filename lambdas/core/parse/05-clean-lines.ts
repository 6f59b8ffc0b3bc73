/**
 * Step 5: line by line, drop what is not story text. Bylines, contact lines, credit lines and
 * publication stamps leave their names, outlets and dates as candidates; boilerplate just goes.
 */
import { readByline, readContactLine, readCreditLine } from './credits';
import { normalizeDate } from './dates';
import { addCandidate, type Draft } from './draft';
import {
  BOILERPLATE_LINES,
  CAPTURE_STAMP,
  FURNITURE_LINES,
  MAX_BOILERPLATE_LINE,
  PUBLISHED_STAMP,
} from './patterns';
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
  // A saved page's stamp names the day it was saved beside the day it was posted, if at all: only the latter counts.
  const stamped = stamp ? normalizeDate((stamp[1] as string).replace(CAPTURE_STAMP, '').trim()) : null;
  if (stamped) {
    // The stamp sits in the byline block, so it is trusted like the byline.
    addCandidate(draft.meta.published, stamped, 'byline');
    return true;
  }
  if (stamp && CAPTURE_STAMP.test(line)) return true;
  if (isDateStamp(line)) {
    const day = stampDate(line);
    if (day !== null) addCandidate(draft.meta.published, day, 'byline');
    return true;
  }
  return DROPPED_LINES.some((pattern) => pattern.test(line));
}

/** A backreference or a named group: joining rows would renumber or repeat it. */
const NUMBERED = /\\[1-9]|\\k<|\(\?<[^=!]/;
/** Flags that make `test` remember where it stopped. */
const STATEFUL = /[gy]/;

/**
 * The boilerplate and furniture rows joined into one regex per flags, the rows anchored at the line's start apart
 * from the others (so that one only tries the start): a line matches one of them exactly when it matches some row,
 * and each short line of a report (about 470 a bench pass) ran the 25 rows one by one.
 */
const DROPPED_LINES: readonly RegExp[] = joinedRows([
  ...BOILERPLATE_LINES,
  ...FURNITURE_LINES.map((f) => f.re),
]);

/** Regexes that match a text exactly when one of `rows` does; a row with a backreference, a named group or state stays alone. */
export function joinedRows(rows: readonly RegExp[]): RegExp[] {
  const groups = new Map<string, { flags: string; sources: string[] }>();
  rows.forEach((re, i) => {
    const key =
      NUMBERED.test(re.source) || STATEFUL.test(re.flags)
        ? `alone ${i}`
        : `${re.flags} ${re.source.startsWith('^')}`;
    const group = groups.get(key) ?? { flags: re.flags, sources: [] };
    group.sources.push(`(?:${re.source})`);
    groups.set(key, group);
  });
  return [...groups.values()].map((g) => new RegExp(g.sources.join('|'), g.flags));
}
