/**
 * The publication time in the outlet's own zone. A stamp in UTC ("02:31 GMT") may already be the next day
 * where the report was written; the zone the report writes its own times in ("at 9 p.m. EDT") tells which
 * day "tonight" and "Monday" count from.
 */
import { LOCAL_ZONE_NAMES, offsetText, zoneOffset } from '../parse/dates';

/** A clock time followed by a zone abbreviation: "9 p.m. EDT", "06:00 BST", "10.30am (CEST)". */
export const ZONED_TIME = {
  handles: "a clock time in the report's own zone",
  source: String.raw`\b\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.\s?m\.|[ap]m)?\s\(?(?<zone>${LOCAL_ZONE_NAMES.join('|')})\b`,
  example: 'The polls closed at 8 p.m. EDT, an hour late.',
  counter: 'The polls closed at 8 p.m., an hour late, said the EDT union.',
} as const;

const ZONED = new RegExp(ZONED_TIME.source, 'u');
const UTC_STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/u;

/** `published` moved into the zone of the first clock time the body writes, when it was given in UTC. */
export function inPublicationZone(published: string, body: string): string {
  if (!UTC_STAMP.test(published)) return published;
  const zone = ZONED.exec(body)?.groups?.zone;
  const minutes = zone === undefined ? null : zoneOffset(zone);
  if (minutes === null || minutes === 0) return published;
  const local = new Date(Date.parse(published) + minutes * 60_000).toISOString().slice(0, 19);
  return `${local}${offsetText(minutes)}`;
}
