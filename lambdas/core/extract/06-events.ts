/** Step 6: the main event — its type, participants, place and date — from the headline and the lead. */
import type { EventMention, EventType, ResolvedDate, Sentence } from '../model';
import { unicodePattern } from '../unicode-pattern';
import type { DateMention } from './02-dates';
import { type EventFrame, framedAsNoParty } from './actor-frames';
import { isoDayNumber } from './calendar';
import type { EventInputs, TypeMatch } from './event-inputs';
import { pickLocation, refinePlace, streetTown } from './event-place';
import { actionAt, EVENT_WINDOW, OTHER_GAME, PAST_CLAUSE, PAST_DATE_WORDS, plainDate } from './event-text';
import { bestType, eventMatches, inRelativeClause, notAnAttack } from './event-types';
import { leadSentences } from './lead';
import { pickParticipants } from './participants';
import { placeCandidates } from './place-candidates';
import { spanOf } from './text';

const RELATIVE_DATE_WORDS = /earlier|ago|last|coming|next/i;
/** The first sentence names the event; later ones mostly add detail. */
const LEAD_WEIGHTS = [1, 0.6, 0.4];
const ATTENDANCE =
  /\b(?:in attendance|attended|attending|joined|accompanied|took part|participated|delegations?|were present|led the)\b/i;
const SUBORDINATE =
  /,?\s+(?:(?:hours|days|weeks|months|shortly|soon|just)\s+)?(?:after|before|following|amid|despite|while|as|whose)\s/i;
const REPORTING = /\b(?:published|announced|reported|said|says|statement|released|told)\s+$/i;

/** "since no one was killed", "nobody was hurt": the event's word denied tells what did not happen. */
const NO_ONE_BEFORE = /(?<!\w)(?:no\s+one|nobody|none)\s+(?:\p{Lowercase}+\s+){0,2}$/u;

/** Finds the main event of the article from the headline and the first sentences. */
export function findMainEvent(inp: EventInputs): EventMention | null {
  const { sentences } = inp;
  if (sentences.length === 0) return null;
  const events = eventMatches(inp);
  const totals = new Map<EventType, number>();
  const firstAt = new Map<EventType, TypeMatch>();
  const weigh = (text: string, offset: number, factor: number, sentence: number): void => {
    // Verbs of the main clause count fully; those after "hours after", "amid", "while" or in a "whose" clause
    // that describes a speaker ("whose boat was smashed when ...") much less.
    const cut = SUBORDINATE.exec(text)?.index ?? text.length;
    for (const pattern of events.possibleIn(text)) {
      const { type, weight } = pattern;
      const m = events.firstMatch(text, pattern);
      if (m === null || (type === 'attack' && notAnAttack(text, m.index))) continue;
      const main = m.index < cut && !inRelativeClause(text, m.index);
      totals.set(type, (totals.get(type) ?? 0) + weight * factor * (main ? 1 : 0.3));
      if (sentence >= 0 && !firstAt.has(type)) {
        firstAt.set(type, {
          type,
          score: weight,
          start: offset + m.index,
          end: offset + m.index + m.length,
        });
      }
    }
  };
  if (inp.headline !== undefined) weigh(inp.headline, 0, 1.5, -1);
  const lead = leadSentences(sentences);
  lead.forEach((s, i) => {
    weigh(s.text, s.start, LEAD_WEIGHTS[i] ?? 0.3, s.index);
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
  const firstProse = lead[0]?.index ?? 0;
  const mainSentence =
    anchor === undefined ? firstProse : spanOf(sentences, anchor.start, anchor.end).sentence;
  const window = sentences.slice(0, firstProse + EVENT_WINDOW);
  const matchesType = (text: string): boolean =>
    events.possibleIn(text).some((p) => {
      const m = p.type === type ? events.firstMatch(text, p) : null;
      return m !== null && !NO_ONE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index));
    });
  const pastIn = (idx: number): boolean =>
    PAST_CLAUSE.test(sentences[idx]?.text ?? '') ||
    inp.dates.some((d) => d.span.sentence === idx && d.pastCue && PAST_DATE_WORDS.test(d.text));
  // The first prose sentence tells the news when it names any event: it outranks a later sentence of the type.
  const opening = lead[0];
  const primary =
    opening !== undefined &&
    opening.index !== mainSentence &&
    !pastIn(opening.index) &&
    bestType(inp, opening.text, opening.start) !== null
      ? opening.index
      : mainSentence;
  // The cheap tests first: matchesType screens the sentence for every event pattern.
  const candidates = window
    .filter(
      (s) =>
        s.index === mainSentence ||
        s.index === primary ||
        (!pastIn(s.index) && (ATTENDANCE.test(s.text) || matchesType(s.text))),
    )
    .map((s) => s.index);
  const date = pickDate(inp, primary, candidates, primary === mainSentence ? anchor : undefined, lead);
  // A lead sentence dated before the event tells its background ("called the election in April").
  const eventSentences = candidates.filter(
    (idx) =>
      idx === mainSentence ||
      idx === primary ||
      date === undefined ||
      !inp.dates.some((d) => d.span.sentence === idx && d.end < date.start),
  );
  // A round-up of results goes on to other games, each opening on its own ground ("In Boston, ..."): their
  // players and grounds are no part of the lead's game.
  const ownSentences =
    type === 'match'
      ? eventSentences.filter(
          (idx) => idx === mainSentence || idx === primary || !OTHER_GAME.test(sentences[idx]?.text ?? ''),
        )
      : eventSentences;
  const action =
    anchor === undefined
      ? ''
      : actionAt(inp.body, anchor.start, sentences[mainSentence]?.end ?? inp.body.length);
  const actionRange =
    anchor === undefined ? undefined : { start: anchor.start, end: anchor.start + action.length };
  // Only a visit, an attack or a disaster takes its place as a direct object ("visited Tokyo", "struck Japan").
  const placeAsObject = type === 'visit' || type === 'attack' || type === 'disaster';
  const location =
    streetTown(inp, primary) ??
    refinePlace(
      inp,
      (primary === mainSentence ? undefined : pickLocation(inp, [], primary, undefined, false)) ??
        pickLocation(inp, ownSentences, mainSentence, placeAsObject ? actionRange : undefined),
      type,
      ownSentences,
    );
  // The eval's place ranker reads the candidates the rules chose among (see place-candidates.ts).
  if (inp.observePlaces !== undefined) {
    inp.observePlaces(
      placeCandidates(inp, { main: mainSentence, primary, eventSentences: ownSentences }),
      location,
    );
  }
  const frame: EventFrame = { type, main: primary, sentences: ownSentences };
  if (anchor !== undefined) frame.actionStart = anchor.start;
  const participants = pickParticipants(inp, ownSentences, primary, location, type).filter(
    (p) =>
      p.kind !== 'person' ||
      (!onlyOutsideScene(inp, p.name, anchor, mainSentence) &&
        !framedAsNoParty(inp, p.name, frame) &&
        !townName(inp, p.name)),
  );
  const event: EventMention = { type, action, participants, sentences: ownSentences };
  if (location !== undefined) event.location = location;
  if (date !== undefined) event.date = plainDate(date);
  if (anchor !== undefined && action !== '')
    event.span = spanOf(sentences, anchor.start, anchor.start + action.length);
  return event;
}

/**
 * A name of two words or more that the gazetteer or the lexicon knows as a town, read as a person where it
 * stands before a noun ("a Newport Beach rehab facility"): a place, no party to the event.
 */
function townName(inp: EventInputs, name: string): boolean {
  return name.includes(' ') && (inp.lex.city.has(name) || inp.lex.gazetteer?.town(name) !== undefined);
}

/** A sentence that opens with a scene-setting clause ("As ministers gathered in Dhaka on Tuesday, ..."). */
const SCENE_CLAUSE = unicodePattern(
  String.raw`^(?:\p{Uppercase}[\p{Uppercase}'\u2019 .-]+\s*[\u2014\u2013-]\s*)?(?:As|While|When)\s[^,;]{3,200},`,
);

/**
 * True when the main event's verb sits in an opening "As ..." clause and the person is named only in the rest of
 * that sentence: "As donors gathered ..., a fisherman was still sleeping ..." sets the event against someone apart.
 */
function onlyOutsideScene(
  inp: EventInputs,
  name: string,
  anchor: TypeMatch | undefined,
  main: number,
): boolean {
  const s = inp.sentences[main];
  if (anchor === undefined || s === undefined) return false;
  const scene = SCENE_CLAUSE.exec(s.text);
  if (scene === null || anchor.start >= s.start + scene[0].length) return false;
  const cut = s.start + scene[0].length;
  const mentions = inp.people.mentions.filter((m) => m.name === name);
  return mentions.length > 0 && mentions.every((m) => m.start >= cut && m.end <= s.end);
}

function pickDate(
  inp: EventInputs,
  main: number,
  eventSentences: number[],
  anchor: TypeMatch | undefined,
  lead: readonly Sentence[],
): ResolvedDate | undefined {
  const at = anchor?.start ?? 0;
  // "announced Tuesday" dates the report, not the event: such dates count only when nothing else does.
  const reporting = (d: DateMention): boolean =>
    REPORTING.test(inp.body.slice(Math.max(0, d.span.start - 14), d.span.start));
  // "the three months to June" is the period a report covers, never the day something happened.
  // "rose 22% from a year earlier" is the baseline of a comparison, never the day something happened.
  // A year alone is never the event's day; "last year", "12 months ago" and "the first attempt in April" date
  // the background; a day after publication is an announced plan, whose news is the announcement.
  const pub = publishedDay(inp.published);
  const usable = inp.dates.filter((d) => {
    const before = inp.body.slice(Math.max(0, d.span.start - 30), d.span.start);
    return (
      !PERIOD_BEFORE.test(before) &&
      !BASELINE_BEFORE.test(before) &&
      d.precision !== 'year' &&
      !BACKGROUND_DATE.test(d.text) &&
      !EARLIER_ATTEMPT.test(before) &&
      !(pub !== undefined && d.start > pub.start) &&
      !(pub !== undefined && daysBefore(d.end, pub.start) > BACKGROUND_DAYS)
    );
  });
  const rank = (d: DateMention): number =>
    (reporting(d) ? 10_000 : 0) +
    (d.precision === 'range' && !d.pastCue ? 5_000 : 0) +
    Math.abs(d.span.start - at);
  const inMain = usable.filter((d) => d.span.sentence === main).sort((a, b) => rank(a) - rank(b));
  const best = inMain[0];
  const within = (period: DateMention): DateMention =>
    dayWithin(period, usable, eventSentences, lead, reporting) ?? period;
  if (best !== undefined && !reporting(best)) return within(best);
  const other = usable.find(
    (d) =>
      d.span.sentence !== main &&
      eventSentences.includes(d.span.sentence) &&
      !reporting(d) &&
      !RELATIVE_DATE_WORDS.test(d.text),
  );
  // A lead sentence usually dates the event even when a later one names its type ("On Sunday she ... beating X").
  const leadIdx = new Set(lead.map((s) => s.index));
  const inLead = usable.find(
    (d) =>
      leadIdx.has(d.span.sentence) &&
      (anchor === undefined || d.span.sentence <= main) &&
      !(pub !== undefined && d.start > pub.start) &&
      !reporting(d) &&
      !RELATIVE_DATE_WORDS.test(d.text),
  );
  // "polled over Friday and Saturday": one of two days is not the event's day.
  const ofAPair = (d: DateMention): boolean =>
    DAY_PAIR_AFTER.test(inp.body.slice(d.span.end, d.span.end + 20)) ||
    DAY_PAIR_BEFORE.test(inp.body.slice(Math.max(0, d.span.start - 24), d.span.start));
  const later =
    best === undefined || !reporting(best)
      ? undefined
      : toldLater(best, usable, main, (d) => reporting(d) || ofAPair(d));
  const chosen = other ?? later ?? best ?? inLead;
  return chosen === undefined ? pub : within(chosen);
}

/** A day of two ("on Sunday and Monday", "Friday to Sunday"): the other day after it, or before it. */
const DAY_PAIR_AFTER =
  /^\s+(?:and|or|to|through)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/u;
const DAY_PAIR_BEFORE =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:and|or|to|through)\s+$/u;

/** How many sentences after the main one may give the day of an event the main sentence dates only by its report. */
const TOLD_AFTER = 2;
/** How many days before its report such a day may fall: an event reported a week on is background. */
const TOLD_WITHIN_DAYS = 7;

/**
 * The day a sentence right after the main one gives an event the main sentence dates only by when it was reported
 * (`said`: "..., the board said on Wednesday. The plane went down on Sunday ..."; "deputies told reporters on Friday
 * they had detained a suspect. He was held last Tuesday ..."): a day before the report, within a week of it, that is
 * neither a report's day nor one of two days (`notTheDay`).
 */
function toldLater(
  said: DateMention,
  usable: readonly DateMention[],
  main: number,
  notTheDay: (d: DateMention) => boolean,
): DateMention | undefined {
  if (said.precision !== 'day') return undefined;
  return usable.find(
    (d) =>
      d.precision === 'day' &&
      d.span.sentence > main &&
      d.span.sentence <= main + TOLD_AFTER &&
      !notTheDay(d) &&
      d.end < said.start &&
      daysBefore(d.end, said.start) <= TOLD_WITHIN_DAYS,
  );
}

/**
 * A period that dates the event ("this week", "over the weekend") gives way to a day inside it that another
 * of the event's sentences or of the lead names ("... talks this week. They meet on Monday.").
 */
function dayWithin(
  period: DateMention,
  usable: readonly DateMention[],
  eventSentences: readonly number[],
  lead: readonly Sentence[],
  reporting: (d: DateMention) => boolean,
): DateMention | undefined {
  if (period.precision === 'day') return undefined;
  // A day in the period's own sentence was ranked below it there ("on Thursday called this week's talks ...").
  return usable.find(
    (d) =>
      d.precision === 'day' &&
      d.span.sentence !== period.span.sentence &&
      d.start >= period.start &&
      d.end <= period.end &&
      (eventSentences.includes(d.span.sentence) || lead.some((s) => s.index === d.span.sentence)) &&
      !reporting(d),
  );
}

/**
 * A lead without a time expression ("Veltrona reported an 18% rise", "What's new: ...") reports the news of the
 * publication day: on the corpus the publication day is right far more often than any later date of the body.
 */
function publishedDay(published: string | undefined): ResolvedDate | undefined {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(published ?? '')?.[0];
  return day === undefined ? undefined : { start: day, end: day, precision: 'day', text: '' };
}

/** A day more than a year before publication ("hired on April 21, 2004") dates the background, never the news. */
const BACKGROUND_DAYS = 366;

/** Whole days from `day` to `later`, both ISO days. */
function daysBefore(day: string, later: string): number {
  return isoDayNumber(later) - isoDayNumber(day);
}

/** Dates of the background by their own words: "last year", "12 months ago", "earlier this month". */
const BACKGROUND_DATE = /(?<!\w)(?:ago|earlier|previous)\b|^(?:last|the past)\s+(?:year|month|week)$/iu;
/** "the first attempt in April": a date that belongs to an earlier try, not the news. */
const EARLIER_ATTEMPT =
  /(?<!\w)(?:first|previous|earlier|last|original)\s+(?:attempt|try|bid|time|round|meeting|visit)\s+(?:in|on)\s+$/iu;
const BASELINE_BEFORE = /\b(?:from|than|compared (?:with|to)|versus|vs\.?)\s+(?:the\s+)?$/i;
const PERIOD_BEFORE =
  /\b(?:months?|quarter|half|year|weeks?|period|fiscal year)\s+(?:to|ended|ending|through|until)\s+(?:the\s+end\s+of\s+)?$/i;
