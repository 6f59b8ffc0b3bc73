/**
 * Windows-1252 repair. Node 20's TextDecoder decodes "windows-1252" as ISO-8859-1, so bytes
 * 0x80-0x9F come out as C1 control characters instead of curly quotes, dashes and the euro
 * sign; postal-mime inherits the same. C1 controls never occur in real text, so mapping them
 * back through the windows-1252 table is always safe.
 */

/** Windows-1252 code points for bytes 0x80-0x9F; the five undefined bytes stay as they are. */
const CP1252_C1: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/** Replaces C1 control characters with the windows-1252 characters they stand for. */
export function repairC1(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) =>
    String.fromCharCode(CP1252_C1[c.charCodeAt(0) - 0x80] as number),
  );
}
