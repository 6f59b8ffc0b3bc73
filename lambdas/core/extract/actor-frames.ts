/**
 * Step 6 helper: whether the text frames a person of the main event's sentences as no party to it, by the
 * rows of lexicon/actor-evidence.ts read around the person's first mention (the victim of the crime an arrest
 * is about, the source who reports the event).
 */
import type { EventType } from '../model';
import type { EventInputs } from './06-events';

/** True when a row of the lexicon says the person's first mention names no party to an event of this type. */
export function framedAsNoParty(inp: EventInputs, name: string, type: EventType, main: number): boolean {
  const first = inp.people.mentions.find((m) => m.name === name);
  if (first === undefined) return false;
  const s = inp.sentences.find((x) => first.start >= x.start && first.end <= x.end);
  if (s === undefined) return false;
  const before = inp.body.slice(s.start, first.start);
  const after = inp.body.slice(first.end, s.end);
  const title = inp.persons.find((p) => p.name === name)?.title ?? '';
  return inp.lex.actorFrames.some(
    (row) =>
      (row.types === undefined || row.types.has(type)) &&
      !row.notTypes.has(type) &&
      (!row.afterMain || s.index > main) &&
      !(row.unlessTitle?.test(title) ?? false) &&
      (row.before === undefined || row.before.test(before)) &&
      (row.after === undefined || row.after.test(after)),
  );
}
