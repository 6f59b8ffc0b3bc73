/** Step 7: background — earlier events the article refers to, each with its own date, place and people. */
import type { EventMention } from '../model';
import { actionAt, bestType, type EventInputs, participantsIn, placedAt, plainDate } from './06-events';
import { parseIsoDay } from './calendar';
import { spanOf } from './text';

const CLAUSE_BREAK = /(?:;|,?\s+(?=(?:after|before|following|when|while|since)\s))/g;
const PAST_PERFECT = /\bhad\s+(?:been\s+)?\p{L}+ed\b/u;
const PAST_WORD = /\b(?:earlier|previously|last|ago|past|former|once)\b/i;
const MAX_BACKGROUND = 20;

/** Finds earlier events mentioned in the article, dated before the main event or clearly in the past. */
export function findBackground(inp: EventInputs, main: EventMention | null): EventMention[] {
  const pubRef = main?.date?.start ?? inp.dates.find((d) => d.precision === 'day')?.end;
  const ref = pubRef === undefined ? null : parseIsoDay(pubRef);
  const out: EventMention[] = [];
  const mainSentences = new Set(main?.sentences ?? []);
  let cursor = 0;
  for (const s of inp.sentences) {
    if (out.length >= MAX_BACKGROUND) break;
    for (const [cs, ce] of clauses(inp.body, s.start, s.end)) {
      const text = inp.body.slice(cs, ce);
      while (cursor < inp.dates.length && (inp.dates[cursor]?.span.end ?? 0) - 1 < cs) cursor++;
      const next = inp.dates[cursor];
      const date = next !== undefined && next.span.end - 1 < ce ? next : undefined;
      const end = date === undefined ? null : parseIsoDay(date.end);
      const before = date !== undefined && end !== null && (ref === null ? date.pastCue : end < ref);
      const pastForm = date === undefined && PAST_PERFECT.test(text) && PAST_WORD.test(text);
      if (!before && !pastForm) continue;
      if (mainSentences.has(s.index) && !before) continue;
      if (
        main?.date !== undefined &&
        date !== undefined &&
        date.start === main.date.start &&
        date.end === main.date.end
      )
        continue;
      const match = bestType(text, cs, inp.lex, date?.span.start);
      const type = match?.type ?? 'other';
      const action = match === null ? '' : actionAt(inp.body, match.start, ce);
      const location =
        locationIn(inp, cs, ce) ??
        (match === null ? undefined : placeWithin(inp, match.start, match.start + action.length)) ??
        locationIn(inp, ce, s.end);
      const participants = participantsIn(inp, [{ start: cs, end: ce }], location);
      if (match === null && participants.length === 0 && location === undefined) continue;
      const mention: EventMention = { type, action, participants, sentences: [s.index] };
      if (location !== undefined) mention.location = location;
      if (date !== undefined) mention.date = plainDate(date);
      if (match !== null && action !== '')
        mention.span = spanOf(inp.sentences, match.start, match.start + action.length);
      out.push(mention);
    }
  }
  return out;
}

function clauses(body: string, start: number, end: number): Array<[number, number]> {
  const text = body.slice(start, end);
  const out: Array<[number, number]> = [];
  let from = 0;
  const re = new RegExp(CLAUSE_BREAK.source, 'g');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index > from) out.push([start + from, start + m.index]);
    from = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  out.push([start + from, end]);
  return out.filter(([a, b]) => b > a);
}

function locationIn(inp: EventInputs, start: number, end: number): string | undefined {
  const prepped = inp.entities.places.filter(
    (p) => p.start >= start && p.end <= end && placedAt(inp.body, p.start),
  );
  const place = prepped.find((p) => p.kind === 'city') ?? prepped[0];
  if (place !== undefined) return place.name;
  const venue = inp.entities.organizations.find(
    (o) =>
      o.start >= start &&
      o.end <= end &&
      /\bat\s+(?:the\s+)?$/i.test(inp.body.slice(Math.max(0, o.start - 8), o.start)),
  );
  return venue?.name;
}

function placeWithin(inp: EventInputs, start: number, end: number): string | undefined {
  return inp.entities.places.find((p) => p.start >= start && p.end <= end && p.kind === 'city')?.name;
}
