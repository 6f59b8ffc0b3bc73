/**
 * Step 7: a wire dateline opening the body ("BEIJING (Reuters) -", "WASHINGTON, June 5 (AP) —",
 * "LONDON —") gives the place, perhaps the agency and the date: with its year, a published date; without
 * one, a month and day that metadata resolution dates against the upload time.
 */
import { readDateline } from '../dateline';
import { monthDay, normalizeDate } from './dates';
import { addCandidate, type Draft } from './draft';
import { titleCase } from './names';
import { outletFromAgency } from './outlets';

/** Reads and removes a dateline at the start of the body; a weak one ("Mumbai:") is left to extraction. */
export function takeDateline(draft: Draft): Draft {
  const line = readDateline(draft.body);
  if (line === null || !line.strong) return draft;
  if (draft.meta.datelinePlace === undefined) {
    draft.meta.datelinePlace = titleCase(line.place);
    if (!line.region && !line.date && !line.agency) draft.meta.datelineBare = true;
  }
  if (line.agency) addCandidate(draft.meta.outlet, outletFromAgency(line.agency) ?? line.agency, 'dateline');
  if (line.date && /\d{4}$/u.test(line.date)) {
    addCandidate(draft.meta.published, normalizeDate(line.date), 'dateline');
  } else if (line.date) {
    draft.meta.datelineDay ??= monthDay(line.date) ?? undefined;
  }
  return { ...draft, body: draft.body.slice(line.text.length) };
}
