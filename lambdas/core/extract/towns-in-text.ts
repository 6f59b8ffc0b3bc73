/**
 * The towns a report names in running text anywhere ("police in Larnaca", "the town of Marrowdale", "the
 * capital, Lima"), and the states and provinces named alone ("in Saskatchewan"), read by the place phrases marked `everywhere`, for the places its record lists beside the ones
 * the name step knows (countries, states and the hand lexicon's cities).
 */

import type { CompiledLexicon } from './compile';
import type { EventInputs } from './event-inputs';
import { placeContext } from './event-place';
import { type CompiledPlacePhrase, findPlacesInText, listedTowns } from './places-in-text';

const rowsCache = new WeakMap<CompiledLexicon, CompiledPlacePhrase[]>();

/** The rows read in every sentence (`PlacePhrase.everywhere`); the others read the sentences of a report's event. */
function everywhereRows(lex: CompiledLexicon): CompiledPlacePhrase[] {
  const cached = rowsCache.get(lex);
  if (cached !== undefined) return cached;
  const rows = lex.placePhrases.filter((r) => r.everywhere);
  rowsCache.set(lex, rows);
  return rows;
}

/**
 * The towns named in `inp.body`, in text order, that are no everyday word alone ("Split"), no person's or
 * organization's name of the report and no side ("in Arab capitals").
 */
export function townsInText(inp: EventInputs): string[] {
  const { lex, entities } = inp;
  // The flag before the spread: a property added after one costs V8 a slow copy (about 2 µs on Node 20).
  const ctx = { divisions: true, ...placeContext(inp) };
  const read = findPlacesInText(inp.body, 0, everywhereRows(lex), ctx);
  const seeds = [...read, ...entities.places].sort((a, b) => a.start - b.start);
  const found = [...read, ...listedTowns(inp.body, seeds, ctx)].filter(
    (p) =>
      p.kind === 'town' ||
      p.kind === 'locality' ||
      p.kind === 'capital' ||
      p.kind === 'province' ||
      p.kind === 'venue',
  );
  if (found.length === 0) return [];
  // "interest in Palmer" after "Sarah Palmer": a person's name or surname is theirs before it is a town's; "a
  // stake in Toyota" names the firm the report names so elsewhere.
  const names = new Set<string>();
  for (const p of inp.persons) {
    names.add(p.name);
    for (const alias of p.aliases) names.add(alias);
    for (const word of p.name.split(' ')) names.add(word);
  }
  const organizations = new Set(entities.organizations.map((o) => o.name));
  return found
    .filter(
      (p) =>
        !names.has(p.name) &&
        // A venue is often also what the name step read as an organization ("a White House spokesman"): its row's
        // words say it is a place.
        (p.kind === 'venue' || !organizations.has(p.name)) &&
        (p.name.includes(' ') || !lex.englishWords.has(p.name.toLowerCase())) &&
        !entities.sides.some((s) => s.start < p.end && s.end > p.start),
    )
    .map((p) => p.name);
}
