/**
 * Step 7: a wire dateline opening the body ("BEIJING (Reuters) -", "WASHINGTON, June 5 (AP) —",
 * "LONDON —") gives the place, perhaps the agency and, when it names a year, the date.
 */
import { readDateline } from '../dateline';
import { normalizeDate } from './dates';
import { addCandidate, type Draft } from './draft';
import { titleCase } from './names';
import { outletFromAgency } from './outlets';

/** Reads and removes a dateline at the start of the body; a weak one ("Mumbai:") is left to extraction. */
export function takeDateline(draft: Draft): Draft {
  const line = readDateline(draft.body);
  if (line === null || !line.strong) return draft;
  draft.meta.datelinePlace ??= titleCase(line.place);
  if (line.agency) addCandidate(draft.meta.outlet, outletFromAgency(line.agency) ?? line.agency, 'dateline');
  if (line.date && /\d{4}$/u.test(line.date))
    addCandidate(draft.meta.published, normalizeDate(line.date), 'dateline');
  return { ...draft, body: draft.body.slice(line.text.length) };
}
