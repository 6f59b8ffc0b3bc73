/**
 * Step 7: a wire dateline opening the body ("BEIJING (Reuters) -", "WASHINGTON, June 5 (AP) —",
 * "LONDON —") gives the place, perhaps the agency and, when it names a year, the date.
 */
import { normalizeDate } from './dates';
import { addCandidate, type Draft } from './draft';
import { titleCase } from './names';
import { outletFromAgency } from './outlets';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const DATELINE = new RegExp(
  "^([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})" + // place in capitals
    '(?:, ([A-Z][a-zA-Z.]+(?: [A-Z][a-zA-Z.]+){0,2}))??' + // region, "Ukraine"
    `(?:,? (${MONTH} \\d{1,2}(?:, \\d{4})?))?` + // date
    '(?: ?\\(([^()\\n]{2,40})\\))?' + // agency
    ' ?(?:-{1,2}|—|–|:) ?',
);

/** Reads and removes a dateline at the start of the body. */
export function takeDateline(draft: Draft): Draft {
  const start = draft.body.search(/\S/);
  if (start < 0) return draft;
  const head = draft.body.slice(start, start + 200);
  const match = head.match(DATELINE);
  if (!match) return draft;
  const [whole, place, , date, agency] = match;
  const placeText = place as string;
  // "U.S. —" or a one-letter word is no dateline; neither is a dash glued to a longer all-caps line.
  if (!/[A-Z]{2}/.test(placeText) || whole.length >= head.length) return draft;
  if (!agency && !/[-—–]/.test(whole.slice(placeText.length))) return draft;
  draft.meta.datelinePlace ??= titleCase(placeText);
  if (agency) addCandidate(draft.meta.outlet, outletFromAgency(agency) ?? agency, 'dateline');
  if (date && /\d{4}$/.test(date)) addCandidate(draft.meta.published, normalizeDate(date), 'dateline');
  return { ...draft, body: draft.body.slice(0, start) + draft.body.slice(start + whole.length) };
}
