/**
 * Step 6 helper: whether the text frames a person of the main event's sentences as no party to it, by the
 * rows of lexicon/actor-evidence.ts read around the person's first mention (the victim of a past crime the
 * news is about, the source who reports it, a person named inside a clause about someone else).
 */
import type { EventType } from '../model';
import type { CompiledActorFrame } from './compile';
import type { EventInputs } from './event-inputs';

/** Where the main event stands: its type, its main sentence, its sentences and where its own words start, if known. */
export interface EventFrame {
  type: EventType;
  main: number;
  sentences: readonly number[];
  actionStart?: number;
}

/** True when a row of the lexicon says the person's first mention names no party to the event. */
export function framedAsNoParty(inp: EventInputs, name: string, event: EventFrame): boolean {
  const first = inp.people.mentions.find((m) => m.name === name);
  if (first === undefined) return false;
  const s = inp.sentences.find((x) => first.start >= x.start && first.end <= x.end);
  if (s === undefined) return false;
  const before = inp.body.slice(s.start, first.start);
  const after = inp.body.slice(first.end, s.end);
  const title = inp.persons.find((p) => p.name === name)?.title ?? '';
  const namedAgain = (): boolean =>
    inp.people.mentions.some(
      (m) =>
        m.name === name &&
        m !== first &&
        event.sentences.some((i) => {
          const x = inp.sentences[i];
          return x !== undefined && m.start >= x.start && m.end <= x.end;
        }),
    );
  const holds = (row: CompiledActorFrame): boolean => {
    if (row.types !== undefined && !row.types.has(event.type)) return false;
    if (row.notTypes.has(event.type) || (row.afterMain && s.index <= event.main)) return false;
    if (row.unlessTitle?.test(title) === true || row.after?.test(after) === false) return false;
    if (row.alone && namedAgain()) return false;
    if (row.before === undefined) return true;
    const cue = row.before.exec(before);
    if (cue === null) return false;
    // "Vera Lind, who has never lost, beat Ana Kovic": the event's own words inside the clause make it the event.
    const at = event.actionStart;
    return !(row.outsideAction && at !== undefined && at >= s.start + cue.index && at < first.start);
  };
  return inp.lex.actorFrames.some(holds);
}
