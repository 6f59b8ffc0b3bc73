/** Step 7: background — earlier events the article refers to, each with its own date, place and people. */
import type { DatePrecision, EventMention, Sentence } from '../model';
import type { DateMention } from './02-dates';
import { parseIsoDay } from './calendar';
import type { EventInputs } from './event-inputs';
import { placedAt } from './event-place';
import { actionAt, plainDate } from './event-text';
import { bestType } from './event-types';
import { participantsIn } from './participants';
import { spanOf } from './text';

// Compiled once: a regex literal inside a loop builds a new RegExp object at every pass.
const AT_BEFORE = /\bat\s+(?:the\s+)?$/i;

const CLAUSE_BREAK = /(?:;|,?\s+(?=(?:after|before|following|when|while|since)\s))/g;
const PAST_PERFECT = /\bhad\s+(?:been\s+)?\p{Alphabetic}+ed\b/u;
const PAST_WORD = /\b(?:earlier|previously|last|ago|past|former|once)\b/i;
const MAX_BACKGROUND = 20;
/** Words that put a dated clause ahead of the time of writing, even inside reported speech. */
const FUTURE_CLAUSE =
  /\b(?:will|would|shall|'ll|\u2019ll|is expected|are expected|is set to|are set to|is due|are due|is scheduled|are scheduled|planned to|plans to|what's next|what\u2019s next)\b/i;
/** A clause that reports a figure for a period ("sales fell 31% last year") states a statistic, not an event. */
const STAT_VERB =
  /\b(?:up from|down from|rose|fell|grew|grown|reached|stood at|came to|totall?ed|jumped|dropped|declined|increased|decreased|climbed|slipped|surged|slumped)\b/i;
const FIGURE = /\d|\bby (?:a |one )?(?:third|half|quarter)\b/i;
/** A past-tense verb: regular "-ed" forms and the irregular ones news copy uses most. */
const PAST_VERB =
  /\b(?:\p{Alphabetic}{2,}ed|was|were|had|did|met|won|lost|left|began|took|made|held|fell|rose|grew|went|came|saw|hit|struck|said|told|ran|cut|quit|led|paid|sold|bought|brought|fought|gave|got|spoke|stood|became|broke|chose|drove|flew|kept|knew|sent|shot|spent|stole|threw|thought|wrote|sank|swept|fled|built|won|beat|found|heard|felt|sat|set|put)\b/iu;
/** Date words that fix the year or the direction themselves, so the clause's tense need not. */
const ANCHORED_DATE = /\b(?:1[89]\d{2}|20\d{2}|ago|last|earlier|previous|previously|yesterday|since)\b/i;

/** Finds earlier events mentioned in the article, dated before the main event or clearly in the past. */
export function findBackground(inp: EventInputs, main: EventMention | null): EventMention[] {
  const pubRef = main?.date?.start ?? inp.dates.find((d) => d.precision === 'day')?.end;
  const ref = pubRef === undefined ? null : parseIsoDay(pubRef);
  const out: EventMention[] = [];
  const mainSentences = new Set(main?.sentences ?? []);
  let cursor = 0;
  for (const s of inp.sentences) {
    if (out.length >= MAX_BACKGROUND) break;
    while (cursor < inp.dates.length && (inp.dates[cursor]?.span.end ?? 0) - 1 < s.start) cursor++;
    if (!mayHoldBackground(inp, s, inp.dates[cursor])) continue;
    for (const [cs, ce] of clauses(inp.body, s.start, s.end)) {
      const text = inp.body.slice(cs, ce);
      while (cursor < inp.dates.length && (inp.dates[cursor]?.span.end ?? 0) - 1 < cs) cursor++;
      const date = finestIn(inp.dates, cursor, ce, ref);
      const end = date === undefined ? null : parseIsoDay(date.end);
      const before = date !== undefined && end !== null && (ref === null ? date.pastCue : end < ref);
      const pastForm = date === undefined && PAST_PERFECT.test(text) && PAST_WORD.test(text);
      // Asked at most once a clause: its \b under i and u tests case-folded classes at every character.
      let pastVerb: boolean | undefined;
      const inPastTense = (): boolean => {
        pastVerb ??= PAST_VERB.test(text);
        return pastVerb;
      };
      if (!before && !pastForm) continue;
      if (futureAt(inp.body, cs, date?.span.end ?? ce) || (STAT_VERB.test(text) && FIGURE.test(text)))
        continue;
      // A bare weekday or month got its year or week by inference; only a past-tense clause confirms it.
      if (date !== undefined && !ANCHORED_DATE.test(date.text) && !inPastTense()) continue;
      if (
        mainSentences.has(s.index) &&
        date !== undefined &&
        main?.date !== undefined &&
        nearBefore(date, main.date.start)
      )
        continue;
      if (mainSentences.has(s.index) && !before) continue;
      if (
        main?.date !== undefined &&
        date !== undefined &&
        date.start === main.date.start &&
        date.end === main.date.end
      )
        continue;
      const match = bestType(inp, text, cs, date?.span.start);
      const type = match?.type ?? 'other';
      const action = match === null ? '' : actionAt(inp.body, match.start, ce);
      const location =
        locationIn(inp, cs, ce) ??
        (match === null ? undefined : placeWithin(inp, match.start, match.start + action.length)) ??
        locationIn(inp, ce, s.end);
      const participants = participantsIn(inp, [{ start: cs, end: ce }], location);
      // A dated past-tense clause is an earlier event even where its verb is not in the event lexicon.
      // Near the main event such a clause is mostly the story's own step or a no-comment line, so not there.
      const pastDated =
        before &&
        date !== undefined &&
        inPastTense() &&
        (main?.date === undefined || !nearBefore(date, main.date.start));
      if (match === null && participants.length === 0 && location === undefined && !pastDated) continue;
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

/**
 * Whether a clause of the sentence can tell background: one needs a date ending in it (`next` is the first date
 * ending at or after the sentence's start) or a past perfect with a past word, and the sentence holds whatever its
 * clauses hold (they are cut at a semicolon or a space, where a word boundary stays one).
 */
function mayHoldBackground(inp: EventInputs, s: Sentence, next: DateMention | undefined): boolean {
  if (next !== undefined && next.span.end - 1 < s.end) return true;
  const text = inp.body.slice(s.start, s.end);
  return PAST_PERFECT.test(text) && PAST_WORD.test(text);
}

/** True when the phrase that carries the date (after the last comma before it) looks ahead. */
function futureAt(body: string, start: number, end: number): boolean {
  const head = body.slice(start, end);
  return FUTURE_CLAUSE.test(head.slice(head.lastIndexOf(',') + 1));
}

/** The most precise past date of a clause (day before month before year): "last year's meeting in April" is April. */
function finestIn(
  dates: readonly DateMention[],
  from: number,
  end: number,
  ref: number | null,
): DateMention | undefined {
  let best: DateMention | undefined;
  for (let i = from; i < dates.length; i++) {
    const d = dates[i];
    if (d === undefined || d.span.end - 1 >= end) break;
    if (best === undefined) best = d;
    else if (RANK[d.precision] < RANK[best.precision] && earlier(d, ref)) best = d;
  }
  return best;
}

/** A later, finer date replaces the first one only where it too lies before the reference day. */
function earlier(date: DateMention, ref: number | null): boolean {
  const end = parseIsoDay(date.end);
  return ref === null ? date.pastCue : end !== null && end < ref;
}

const RANK: Record<DatePrecision, number> = { day: 0, range: 1, week: 2, month: 3, year: 4 };

/** A date in the lead that falls within the week before the main event is its run-up, not background. */
function nearBefore(date: DateMention, mainStart: string): boolean {
  const d = parseIsoDay(date.end);
  const m = parseIsoDay(mainStart);
  return d !== null && m !== null && d <= m && m - d <= 7;
}

function clauses(body: string, start: number, end: number): Array<[number, number]> {
  const text = body.slice(start, end);
  const out: Array<[number, number]> = [];
  let from = 0;
  // The module's global regex, from the start: nothing in the loop runs it again (no re-entry).
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m !== null; m = CLAUSE_BREAK.exec(text)) {
    if (m.index > from) out.push([start + from, start + m.index]);
    from = m.index + m[0].length;
    if (m[0].length === 0) CLAUSE_BREAK.lastIndex++;
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
      o.start >= start && o.end <= end && AT_BEFORE.test(inp.body.slice(Math.max(0, o.start - 8), o.start)),
  );
  return venue?.name;
}

function placeWithin(inp: EventInputs, start: number, end: number): string | undefined {
  return inp.entities.places.find((p) => p.start >= start && p.end <= end && p.kind === 'city')?.name;
}
