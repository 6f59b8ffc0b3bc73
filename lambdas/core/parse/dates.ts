/**
 * Date normalization for metadata: ISO `YYYY-MM-DD` when only a day is known, a full ISO
 * date-time when a time and its zone are known. The zone is kept as written (`Z` for UTC)
 * rather than converted: the date part then stays the outlet's local day, which is what
 * "on Monday" in the article means. Nothing is invented: a time without a zone keeps only
 * its day, a date without a year is no date.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Zone abbreviations that are unambiguous enough to convert, as minutes east of UTC. */
const ZONES: Readonly<Record<string, number>> = {
  z: 0,
  ut: 0,
  utc: 0,
  gmt: 0,
  est: -300,
  edt: -240,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  bst: 60,
  cet: 60,
  cest: 120,
  eet: 120,
  eest: 180,
  hkt: 480,
  sgt: 480,
  jst: 540,
  kst: 540,
  ist: 330,
  aest: 600,
  aedt: 660,
};

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** An ISO date, or date-time with its zone offset, for a date string in a common format; null if it is not one. */
export function normalizeDate(input: string): string | null {
  const text = input.trim();
  if (text.length === 0 || text.length > 120) return null;
  const iso = text.match(ISO);
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    return build(+(y as string), +(mo as string), +(d as string), h, mi, s, zone ? zoneOffset(zone) : null);
  }
  const slashed = text.match(/^(\d{4})\/(\d{1,2})\/(\d{1,2})$/);
  if (slashed) return build(+(slashed[1] as string), +(slashed[2] as string), +(slashed[3] as string));
  return parseWritten(text);
}

/** `MM-DD` of a month and day written without a year ("June 5", "Sept. 30"), or null. */
export function monthDay(text: string): string | null {
  // 2000 was a leap year, so "Feb. 29" survives; the real year is inferred later from the upload time.
  return normalizeDate(`${text} 2000`)?.slice(5, 10) ?? null;
}

/** Month-name dates: "Tue, 6 Jun 2023 09:12:00 +0800", "June 6, 2023 at 9:14 AM EDT", "6 June 2023". */
function parseWritten(text: string): string | null {
  const lower = text.toLowerCase();
  const monthMatch = lower.match(
    /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?=[\s,]|$)/,
  );
  const yearMatch = lower.match(/\b(1[89]\d{2}|20\d{2}|21\d{2})\b/);
  if (!monthMatch || !yearMatch) return null;
  const month = MONTHS.indexOf((monthMatch[1] as string).slice(0, 3)) + 1;
  const after = lower
    .slice((monthMatch.index ?? 0) + monthMatch[0].length)
    .match(/^\s*(\d{1,2})(?:st|nd|rd|th)?\b/);
  const before = lower.slice(0, monthMatch.index).match(/\b(\d{1,2})(?:st|nd|rd|th)?\s*$/);
  const day = after?.[1] ?? before?.[1];
  if (!day) return null;
  const time = lower.match(/\b(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?/);
  let hour = time?.[1];
  if (time && hour !== undefined && time[4]) {
    const h = (+hour % 12) + (time[4].startsWith('p') ? 12 : 0);
    hour = String(h);
  }
  const zoneText = lower.match(/(?:^|\s)([+-]\d{2}:?\d{2})\b/)?.[1] ?? lower.match(/\b([a-z]{1,4})\s*$/)?.[1];
  const zone = time && zoneText ? zoneOffset(zoneText) : null;
  return build(+(yearMatch[1] as string), month, +day, hour, time?.[2], time?.[3], zone);
}

/** The zone abbreviations `zoneOffset` knows that are not UTC itself ("EDT", "BST"), in capitals. */
export const LOCAL_ZONE_NAMES: readonly string[] = Object.entries(ZONES)
  .filter(([, minutes]) => minutes !== 0)
  .map(([name]) => name.toUpperCase());

/** Minutes east of UTC of a zone written "+08:00" or as a known abbreviation, or null. */
export function zoneOffset(zone: string): number | null {
  const numeric = zone.match(/^([+-])(\d{2}):?(\d{2})$/);
  if (numeric)
    return (numeric[1] === '-' ? -1 : 1) * (+(numeric[2] as string) * 60 + +(numeric[3] as string));
  return ZONES[zone.toLowerCase()] ?? null;
}

function build(
  year: number,
  month: number,
  day: number,
  hour?: string,
  minute?: string,
  second?: string,
  offsetMinutes: number | null = null,
): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || year < 1800 || year > 2199)
    return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (hour === undefined || minute === undefined || offsetMinutes === null) return date;
  const h = +hour;
  const mi = +minute;
  const s = second ? +second : 0;
  if (h > 23 || mi > 59 || s > 59) return date;
  if (Math.abs(offsetMinutes) > 14 * 60) return date;
  return `${date}T${pad(h)}:${pad(mi)}:${pad(s)}${offsetText(offsetMinutes)}`;
}

/** "Z" or "+08:00" for an offset in minutes east of UTC. */
export function offsetText(minutes: number): string {
  if (minutes === 0) return 'Z';
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
