/** Step 6: the main event — its type, participants, place and date — from the headline and the lead. */
import type { EventMention, EventType, Participant, Person, ResolvedDate, Sentence } from '../model';
import type { DateMention } from './02-dates';
import type { Entities } from './03-names';
import type { People } from './04-coreference';
import type { CompiledLexicon } from './compile';
import { spanOf, squash } from './text';

/** What the event steps share: the earlier steps' findings. */
export interface EventInputs {
  body: string;
  sentences: readonly Sentence[];
  dates: readonly DateMention[];
  entities: Entities;
  people: People;
  persons: readonly Person[];
  headline?: string;
  datelinePlace?: string;
  lex: CompiledLexicon;
}

/** The best event-type match of a text range. */
export interface TypeMatch {
  type: EventType;
  score: number;
  start: number;
  end: number;
}

const LEAD_SENTENCES = 3;
const EVENT_WINDOW = 6;
const ATTENDANCE =
  /\b(?:in attendance|attended|attending|joined|accompanied|took part|participated|delegation|were present)\b/i;
const SPOKES = /\b(?:spokes(?:person|man|woman)|press secretary|spokes)\b/i;
const REPORTING = /\b(?:published|announced|reported|said|says|statement|released|told)\s+$/i;

/** Scores the event types of a text: the strongest pattern wins, earlier matches break ties. */
export function bestType(text: string, offset: number, lex: CompiledLexicon): TypeMatch | null {
  let best: TypeMatch | null = null;
  for (const { type, re, weight } of lex.events) {
    const rx = new RegExp(re.source, re.flags);
    const m = rx.exec(text);
    if (m === null) continue;
    const cand = { type, score: weight, start: offset + m.index, end: offset + m.index + m[0].length };
    if (best === null || cand.score > best.score || (cand.score === best.score && cand.start < best.start))
      best = cand;
  }
  return best;
}

/** Finds the main event of the article from the headline and the first sentences. */
export function findMainEvent(inp: EventInputs): EventMention | null {
  const { sentences, lex } = inp;
  if (sentences.length === 0) return null;
  const totals = new Map<EventType, number>();
  const firstAt = new Map<EventType, TypeMatch>();
  const weigh = (text: string, offset: number, factor: number, sentence: number): void => {
    for (const { type, re, weight } of lex.events) {
      const rx = new RegExp(re.source, re.flags);
      const m = rx.exec(text);
      if (m === null) continue;
      totals.set(type, (totals.get(type) ?? 0) + weight * factor);
      if (sentence >= 0 && !firstAt.has(type)) {
        firstAt.set(type, {
          type,
          score: weight,
          start: offset + m.index,
          end: offset + m.index + m[0].length,
        });
      }
    }
  };
  if (inp.headline !== undefined) weigh(inp.headline, 0, 1.5, -1);
  const lead = sentences.slice(0, LEAD_SENTENCES);
  lead.forEach((s, i) => {
    weigh(s.text, s.start, 1 - i * 0.2, s.index);
  });
  let type: EventType = 'other';
  let top = 0;
  for (const [t, score] of totals) {
    if (
      score > top ||
      (score === top && (firstAt.get(t)?.start ?? Infinity) < (firstAt.get(type)?.start ?? Infinity))
    ) {
      top = score;
      type = t;
    }
  }
  const anchor = firstAt.get(type);
  const mainSentence = anchor === undefined ? 0 : spanOf(sentences, anchor.start, anchor.end).sentence;
  const window = sentences.slice(0, EVENT_WINDOW);
  const typeRe = lex.events.filter((e) => e.type === type).map((e) => new RegExp(e.re.source, 'i'));
  const pastIn = (idx: number): boolean =>
    inp.dates.some(
      (d) => d.span.sentence === idx && d.pastCue && /earlier|ago|last|previous|in \w+ \d{4}/i.test(d.text),
    );
  const eventSentences = window
    .filter(
      (s) =>
        s.index === mainSentence ||
        ((typeRe.some((r) => r.test(s.text)) || ATTENDANCE.test(s.text)) && !pastIn(s.index)),
    )
    .map((s) => s.index);
  const date = pickDate(inp, mainSentence, eventSentences, anchor);
  const location = pickLocation(inp, eventSentences, mainSentence);
  const participants = pickParticipants(inp, eventSentences, mainSentence, location);
  const action =
    anchor === undefined
      ? ''
      : actionAt(inp.body, anchor.start, sentences[mainSentence]?.end ?? inp.body.length);
  const event: EventMention = { type, action, participants, sentences: eventSentences };
  if (location !== undefined) event.location = location;
  if (date !== undefined) event.date = plainDate(date);
  if (anchor !== undefined && action !== '')
    event.span = spanOf(sentences, anchor.start, anchor.start + action.length);
  return event;
}

function pickDate(
  inp: EventInputs,
  main: number,
  eventSentences: number[],
  anchor: TypeMatch | undefined,
): DateMention | undefined {
  const usable = inp.dates.filter(
    (d) => !REPORTING.test(inp.body.slice(Math.max(0, d.span.start - 14), d.span.start)),
  );
  const inMain = usable.filter((d) => d.span.sentence === main);
  if (inMain.length > 0) {
    const at = anchor?.start ?? 0;
    return [...inMain].sort((a, b) => Math.abs(a.span.start - at) - Math.abs(b.span.start - at))[0];
  }
  return usable.find((d) => eventSentences.includes(d.span.sentence) && !/earlier|ago|last/i.test(d.text));
}

function pickLocation(inp: EventInputs, eventSentences: number[], main: number): string | undefined {
  const { body, entities } = inp;
  const order = [main, ...eventSentences.filter((s) => s !== main)];
  for (const idx of order) {
    const s = inp.sentences[idx];
    if (s === undefined) continue;
    const here = entities.places.filter((p) => p.start >= s.start && p.end <= s.end);
    const prepped = here.filter((p) =>
      /\b(?:in|at)\s+(?:the\s+)?$/i.test(body.slice(Math.max(0, p.start - 8), p.start)),
    );
    const city = prepped.find((p) => p.kind === 'city') ?? prepped[0];
    if (city !== undefined) return city.name;
  }
  if (inp.datelinePlace !== undefined && inp.datelinePlace !== '') return inp.datelinePlace;
  if (inp.headline !== undefined) {
    const words = inp.headline.split(/[^\p{L}.'’-]+/u).filter((w) => w !== '');
    for (let i = 0; i < words.length; i++) {
      const w = words[i] ?? '';
      if (inp.lex.city.has(w)) return w;
    }
  }
  return undefined;
}

/** People of the event sentences (spokespeople only comment), then the countries the sentences name. */
export function participantsIn(
  inp: EventInputs,
  ranges: ReadonlyArray<{ start: number; end: number }>,
  location: string | undefined,
  countryRanges: ReadonlyArray<{ start: number; end: number }> = ranges,
): Participant[] {
  const out: Participant[] = [];
  const seen = new Set<string>();
  const within = (x: { start: number; end: number }): boolean =>
    ranges.some((r) => x.start >= r.start && x.end <= r.end);
  for (const m of inp.people.mentions) {
    if (!within(m) || seen.has(m.name)) continue;
    const person = inp.persons.find((p) => p.name === m.name);
    if (person?.title !== undefined && SPOKES.test(person.title)) continue;
    seen.add(m.name);
    const part: Participant = { name: m.name, kind: 'person' };
    if (person?.title !== undefined) part.role = person.title;
    if (person?.affiliation !== undefined) part.affiliation = person.affiliation;
    out.push(part);
  }
  const locationCountry = location === undefined ? undefined : (inp.lex.country.get(location) ?? location);
  const countries: string[] = [];
  const inCountryRange = (x: { start: number; end: number }): boolean =>
    countryRanges.some((r) => x.start >= r.start && x.end <= r.end);
  for (const s of inp.entities.sides)
    if (inCountryRange(s) && s.country !== undefined) countries.push(s.country);
  for (const p of inp.entities.places) {
    if (inCountryRange(p) && p.kind === 'country' && p.name !== locationCountry) countries.push(p.name);
  }
  for (const c of countries) {
    if (seen.has(c)) continue;
    seen.add(c);
    out.push({ name: c, kind: 'country' });
  }
  return out;
}

function pickParticipants(
  inp: EventInputs,
  eventSentences: number[],
  main: number,
  location: string | undefined,
): Participant[] {
  const ranges = eventSentences.map((i) => inp.sentences[i]).filter((s): s is Sentence => s !== undefined);
  const mainRange = inp.sentences[main];
  // Countries count only from the main sentence: later ones often sit inside titles ("for China and Taiwan affairs").
  return participantsIn(inp, ranges, location, mainRange === undefined ? [] : [mainRange]);
}

/** A date without the internal fields of a mention. */
export function plainDate(d: ResolvedDate): ResolvedDate {
  const out: ResolvedDate = { start: d.start, end: d.end, precision: d.precision, text: d.text };
  if (d.span !== undefined) out.span = d.span;
  return out;
}

/** The verb phrase from the event word to the end of its clause (quotes kept whole), at most 14 words. */
export function actionAt(body: string, start: number, limit: number): string {
  let inQuote = false;
  let words = 0;
  let end = start;
  for (let i = start; i < limit; i++) {
    const ch = body[i] ?? '';
    if (ch === '“' || ch === '„' || ch === '«') inQuote = true;
    else if (ch === '”' || ch === '»') inQuote = false;
    else if (ch === '"') inQuote = !inQuote;
    if (!inQuote && /[,;:()—–]/.test(ch)) break;
    if (!inQuote && ch === '.' && /\s/.test(body[i + 1] ?? ' ') && !/\b\p{Lu}$/u.test(body.slice(i - 2, i)))
      break;
    if (/\s/.test(ch) && !/\s/.test(body[i - 1] ?? '')) {
      words++;
      if (words >= 14) break;
    }
    end = i + 1;
  }
  return squash(body.slice(start, end)) === body.slice(start, end).trim()
    ? body.slice(start, end).trim()
    : body.slice(start, end).trimEnd();
}
