/** Step 6: the main event — its type, participants, place and date — from the headline and the lead. */
import type { EventMention, EventType, Participant, Person, ResolvedDate, Sentence } from '../model';
import { unicodePattern } from '../unicode-pattern';
import type { DateMention } from './02-dates';
import type { Entities } from './03-names';
import type { People } from './04-coreference';
import { type EventFrame, framedAsNoParty } from './actor-frames';
import { isoDayNumber } from './calendar';
import type { CompiledLexicon } from './compile';
import { EventMatches } from './event-matches';
import { pickLocation, refinePlace, streetTown } from './event-place';
import { leadSentences } from './lead';
import { headlineFullNames } from './names/headline-names';
import type { PlaceCandidate, PlaceContext } from './places-in-text';
import { isSpaceChar, spanOf } from './text';

/** The last word of four letters or more. */
const LAST_LONG_WORD = unicodePattern(String.raw`([\p{Alphabetic}-]{4,})\s*$`);

// Compiled once: a regex literal inside a loop builds a new RegExp object at every pass.
/** The characters that end a clause for `actionAt`, which reads the body one character at a time. */
const CLAUSE_MARKS = new Set([',', ';', ':', '(', ')', '\u2014', '\u2013']);
const INITIAL_BEFORE = /\b\p{Uppercase}$/u;
const PAST_DATE_WORDS = /earlier|ago|last|previous|in \w+ \d{4}/i;
const RELATIVE_DATE_WORDS = /earlier|ago|last|coming|next/i;
const ACCORDING_TO_BEFORE = /according to\s+(?:the\s+)?$/i;
const SIDE_NOUN_AFTER = /^\s+(?:officials?|delegat\w*|side|team|representatives?|envoys?|diplomats?)\b/i;
const NAME_LIST_JOIN = unicodePattern(
  String.raw`^(?:,\s*|\s+and\s+|,\s+and\s+)[\p{Alphabetic}\s.\u2019'-]{0,60}$`,
);
const PARTY_WORD = unicodePattern(String.raw`^[\p{Uppercase}][\p{Alphabetic}-]{3,}`);
/** What may stand between a party's name and an officer's name: a possessive, then at most four words of title. */
const OFFICER_TITLE_AFTER = unicodePattern(String.raw`^(?:'s|\u2019s)?\s+(?:[\p{Alphabetic}-]+\s+){0,4}$`);
const ASCII_WORD = /^\w$/;

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
  /** Publication date or date-time, ISO: the event's day when the lead names none. */
  published?: string;
  lex: CompiledLexicon;
  /** What the event and place readers work out once per analysis, filled on first use (`{}` to start). */
  memo: EventMemo;
}

/**
 * Each field is built the first time a reader asks and read again by the others of this analysis. It travels in the
 * inputs rather than in WeakMaps keyed by them: V8's young-generation collections kept such a map's values alive, and
 * the place reader's context closes over the whole analysis, so every report's tokens, names and sentences were
 * copied and promoted to the old generation (2.1 MB a bench pass; 0.5 MB without).
 */
export interface EventMemo {
  /** The event patterns' matches in the texts step 6 and step 7 both read. */
  matches?: EventMatches;
  /** The people by name (participantsIn runs about four times a report). */
  personsByName?: ReadonlyMap<string, Person>;
  /** Every country side the text names (adjectives, then country names). */
  countrySides?: readonly CountrySide[];
  /** What the place phrases need besides their rows (see `placeContext`). */
  placeContext?: PlaceContext;
  /** The places the running text of each sentence range names, by "start:end" (see `namedPlaces`). */
  namedPlaces?: Map<string, PlaceCandidate[]>;
}

/** The best event-type match of a text range. */
export interface TypeMatch {
  type: EventType;
  score: number;
  start: number;
  end: number;
}

/** A sentence that tells what was said or done before the news ("said at the time that ..."). */
const PAST_CLAUSE =
  /\b(?:at the time|back then|had (?:said|told|warned|announced))\b|^\s*(?:the\s+)?(?:background|context|catch up)\s*:/i;
/** The first sentence names the event; later ones mostly add detail. */
const LEAD_WEIGHTS = [1, 0.6, 0.4];
const EVENT_WINDOW = 6;
const ATTENDANCE =
  /\b(?:in attendance|attended|attending|joined|accompanied|took part|participated|delegations?|were present|led the)\b/i;
const SUBORDINATE =
  /,?\s+(?:(?:hours|days|weeks|months|shortly|soon|just)\s+)?(?:after|before|following|amid|despite|while|as|whose)\s/i;
const SPEECH_AFTER = /^\s*(?:said|says|announced|reported|told|added|stated)\b/;
/**
 * A verb in a relative clause describes a noun of the sentence, not its news: "the man who killed four
 * people ... was sentenced", "pirates who had attacked a ship were caught".
 */
const RELATIVE_BEFORE =
  /(?<!\w)(?:who|which)\s+(?:(?:had|has|have|was|were|is|are)\s+)?(?:(?:been|allegedly|reportedly|later|earlier)\s+)?$/iu;
/** Who speaks for someone else: a spokesperson, a press secretary, a publicist, someone's bare "representative". */
const SPOKES =
  /(?<!\w)(?:spokes(?:person|man|woman)|press secretary|spokes|publicist)\b|^(?:rep|representative)$/iu;
const REPORTING = /\b(?:published|announced|reported|said|says|statement|released|told)\s+$/i;

/**
 * An attack the clause says was foiled ("the navy thwarted an attack on two tankers") or names as what
 * someone is charged with or sentenced for ("charged with murder in the shooting of a guard", "a sentence
 * of life for a shooting") is not the news: the thwarting, the charge or the sentence is.
 */
const ATTACK_UNDONE_OR_CHARGED =
  /(?<!\w)(?:foiled|foils|foil|thwarted|thwarts|thwart|averted|averts|repelled|repels|charged(?:\s+\S+){0,3}?\s+with|accused of|suspected of|convicted of|arrested (?:in|for|over)|indicted (?:in|for|on)|sentenced|sentence of|sentences of)\b[^.;,]{0,60}$/iu;
/** A headline's passive "attack foiled": the thwarting is the news, as above. */
const ATTACK_UNDONE_AFTER = /^\S*\s+(?:was\s+|were\s+)?(?:foiled|thwarted|averted|repelled)\b/iu;
/** An illness named like an attack ("died after a heart attack") is no attack. */
const MEDICAL_ATTACK = /(?<!\w)(?:heart|panic|asthma|anxiety)\s+$/iu;

function notAnAttack(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 80), at);
  return (
    ATTACK_UNDONE_OR_CHARGED.test(before) ||
    MEDICAL_ATTACK.test(before) ||
    ATTACK_UNDONE_AFTER.test(text.slice(at, at + 40))
  );
}

/** Whether the match at `at` is the verb of a relative clause ("who killed"): it describes a noun, not the news. */
function inRelativeClause(text: string, at: number): boolean {
  return RELATIVE_BEFORE.test(text.slice(Math.max(0, at - 40), at));
}

/** The event patterns' matches in the texts of one analysis, made on first use. */
function eventMatches(inp: EventInputs): EventMatches {
  inp.memo.matches ??= new EventMatches(inp.lex);
  return inp.memo.matches;
}

/** The matches of a global regex in a text, at most `max`, as `exec` finds them. */
function matchesOf(re: RegExp, text: string, max: number): Array<{ index: number; length: number }> {
  const out: Array<{ index: number; length: number }> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null && out.length < max; m = re.exec(text))
    out.push({ index: m.index, length: m[0].length });
  return out;
}

/** Scores the event types of a text: the strongest pattern wins, the one nearest `anchor` (else the earliest) breaks ties. */
export function bestType(inp: EventInputs, text: string, offset: number, anchor?: number): TypeMatch | null {
  const events = eventMatches(inp);
  let best: TypeMatch | null = null;
  let bestRank = -Infinity;
  for (const pattern of events.possibleIn(text)) {
    // Without an anchor a pattern's first match ranks above its later ones: only that one counts.
    const hits = anchor === undefined ? [events.firstMatch(text, pattern)] : matchesOf(pattern.re, text, 20);
    for (const hit of hits) {
      if (hit === null) break;
      const start = offset + hit.index;
      // Near the date of the clause the verb is more likely the dated event's own.
      const rank =
        anchor === undefined ? pattern.weight - start / 1e6 : pattern.weight - Math.abs(start - anchor) / 300;
      if (rank > bestRank) {
        bestRank = rank;
        best = { type: pattern.type, score: pattern.weight, start, end: start + hit.length };
      }
    }
  }
  return best;
}

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
    events.possibleIn(text).some((p) => p.type === type && events.firstMatch(text, p) !== null);
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
        pickLocation(inp, eventSentences, mainSentence, placeAsObject ? actionRange : undefined),
      type,
      eventSentences,
    );
  const frame: EventFrame = { type, main: primary };
  if (anchor !== undefined) frame.actionStart = anchor.start;
  const participants = pickParticipants(inp, eventSentences, primary, location, type).filter(
    (p) =>
      p.kind !== 'person' ||
      (!onlyOutsideScene(inp, p.name, anchor, mainSentence) &&
        !framedAsNoParty(inp, p.name, frame) &&
        !townName(inp, p.name)),
  );
  const event: EventMention = { type, action, participants, sentences: eventSentences };
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
  const chosen = other ?? best ?? inLead;
  return chosen === undefined ? pub : within(chosen);
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

/** The people of the report by name, built once per analysis (participantsIn runs about four times a report). */
function personsByName(inp: EventInputs): ReadonlyMap<string, Person> {
  inp.memo.personsByName ??= new Map(inp.persons.map((p) => [p.name, p]));
  return inp.memo.personsByName;
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
  const byName = personsByName(inp);
  for (const m of inp.people.mentions) {
    if (!within(m) || seen.has(m.name)) continue;
    const person = byName.get(m.name);
    if (person?.title !== undefined && (SPOKES.test(person.title) || COMMENTATOR.test(person.title)))
      continue;
    // "X called the ruling ..." reacts to the event rather than taking part in it.
    const sentenceEnd = ranges.find((r) => m.start >= r.start && m.end <= r.end)?.end ?? m.end;
    if (reactsTo(inp.body, m, sentenceEnd)) continue;
    // A vox-pop ("Jeong, a 38-year-old nurse") speaks for the public, not for a party to the event.
    if (person?.title !== undefined && AGE_ROLE.test(person.title)) continue;
    seen.add(m.name);
    const part: Participant = { name: m.name, kind: 'person' };
    if (person?.title !== undefined) part.role = person.title;
    const side = person?.affiliation ?? statedSide(inp, m);
    if (side !== undefined) part.affiliation = side;
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
  // Organizations acting in the sentence ("Acme agreed to buy Widget Inc."); a source ("..., the ministry said") only if alone.
  const orgs = inp.entities.organizations.filter(
    (o) =>
      inCountryRange(o) &&
      o.name !== location &&
      !(inp.body[o.start - 1] === '(' && inp.body[o.end] === ')') &&
      !ACCORDING_TO_BEFORE.test(inp.body.slice(Math.max(0, o.start - 20), o.start)),
  );
  const acting = orgs.filter((o) => !SPEECH_AFTER.test(inp.body.slice(o.end, o.end + 14)));
  for (const o of acting.length > 0 || out.length > 0 ? acting : orgs) {
    if (seen.has(o.name)) continue;
    seen.add(o.name);
    const part: Participant = { name: o.name, kind: 'organization' };
    if (o.affiliation !== undefined) part.affiliation = o.affiliation;
    out.push(part);
  }
  for (const c of countries) {
    if (seen.has(c)) continue;
    seen.add(c);
    out.push({ name: c, kind: 'country' });
  }
  return out;
}

/**
 * The country side the sentence states for a person with none of their own: "The Chinese officials in attendance
 * were X and Y" gives both China; a side counts only with no other person or side between it and the name.
 */
function statedSide(inp: EventInputs, m: { start: number; end: number }): string | undefined {
  const sentence = inp.sentences[spanOf(inp.sentences, m.start, m.end).sentence];
  if (sentence === undefined) return undefined;
  // The nearest side before the name; of two ending together, the one listed first.
  let nearest: CountrySide | undefined;
  for (const x of countrySides(inp)) {
    if (x.start < sentence.start || x.end > m.start || m.start - x.end >= 120) continue;
    if (nearest === undefined || x.end > nearest.end) nearest = x;
  }
  if (nearest === undefined) return undefined;
  const between = inp.body.slice(nearest.end, m.start);
  // Only a subject side ("The China officials ... were"), not one inside a title ("ambassador to China").
  if (!SIDE_NOUN_AFTER.test(between)) return undefined;
  const others = inp.people.mentions.filter((o) => o.start > nearest.end && o.end <= m.start);
  const joined = others.every((o, i) => {
    const next = others[i + 1] ?? m;
    return NAME_LIST_JOIN.test(inp.body.slice(o.end, next.start));
  });
  if (!joined) return undefined;
  return nearest.country;
}

interface CountrySide {
  start: number;
  end: number;
  country: string;
}

/** Every country side the text names (adjectives, then country names), listed once per report. */
function countrySides(inp: EventInputs): readonly CountrySide[] {
  if (inp.memo.countrySides !== undefined) return inp.memo.countrySides;
  const sides: CountrySide[] = [];
  for (const x of inp.entities.sides)
    if (x.country !== undefined) sides.push({ start: x.start, end: x.end, country: x.country });
  for (const x of inp.entities.places)
    if (x.kind === 'country') sides.push({ start: x.start, end: x.end, country: x.name });
  inp.memo.countrySides = sides;
  return sides;
}

function pickParticipants(
  inp: EventInputs,
  eventSentences: number[],
  main: number,
  location: string | undefined,
  type: EventType,
): Participant[] {
  const ranges = eventSentences.map((i) => inp.sentences[i]).filter((s): s is Sentence => s !== undefined);
  const mainRange = inp.sentences[main];
  // Countries count only from the main sentence: later ones often sit inside titles ("for China and Taiwan affairs").
  const holders = roleHolders(inp, type, main);
  const rule = EVENT_ROLES[type];
  const inMain = new Set(
    mainRange === undefined ? [] : participantsIn(inp, [mainRange], location, []).map((p) => p.name),
  );
  // Outside the main sentence a coach or a minister answering a protest is no party: the role decides.
  const found = participantsIn(inp, ranges, location, mainRange === undefined ? [] : [mainRange]).filter(
    (p) =>
      p.kind !== 'person' ||
      inMain.has(p.name) ||
      (!(p.role !== undefined && rule?.not?.test(p.role)) &&
        (type !== 'protest' || holders.some((h) => h.name === p.name))),
  );
  // A lead that describes its people ("A federal judge on Tuesday denied ...") names them in the next sentences:
  // when the lead names nobody, anyone there but a commentator; else only whom the lead describes by the head
  // noun of their title ("a federal judge" -> "U.S. District Judge X also ordered ...").
  const next = leadSentences(inp.sentences).filter(
    (s) => s.index > main && s.index <= main + FOLLOW_UP && !PAST_CLAUSE.test(s.text),
  );
  const leadText = mainRange?.text ?? '';
  // A disaster has no people of its own: officials in the lead only report on it.
  if (type === 'disaster') return found.filter((p) => p.kind !== 'person');
  const hasPerson = found.some((p) => p.kind === 'person');
  const named = participantsIn(inp, next, location, []).filter(
    (p) =>
      p.kind === 'person' &&
      !found.some((f) => f.name === p.name) &&
      (hasPerson ? p.role !== undefined && describedIn(leadText, p.role) : true) &&
      !(p.role !== undefined && rule?.not?.test(p.role)) &&
      // In a protest the officials named next only answer it; the protesters' side is known by its role.
      (type !== 'protest' || holders.some((h) => h.name === p.name)),
  );
  const speakers = [...subjectBefore(inp, main), ...partySpeakers(inp, found, main, location), ...holders];
  const extra = [...named];
  for (const p of speakers)
    if (!found.some((f) => f.name === p.name) && !extra.some((n) => n.name === p.name)) extra.push(p);
  if (!hasPerson && extra.length === 0) extra.push(...headlineSubject(inp, leadText), ...headlineOpener(inp));
  return hasPerson ? [...found, ...extra] : [...extra, ...found];
}

/** A lead whose doer is a person described, not named ("the 26-year-old actress checked into ...", "She ..."). */
const DESCRIBED_DOER = /\b(?:the|a)\s+\d{1,3}-year-old\b|^(?:[^,]*,\s+)?(?:She|He)\s/u;

/**
 * Short web reports that name their subject only in the headline ("Ada Vik Checks Into Rehab" over "Early Friday,
 * the 26-year-old actress checked into ..."): when the body names no one and its lead describes the doer, the
 * person the headline opens with, named in full, is that doer.
 */
function headlineSubject(inp: EventInputs, lead: string): Participant[] {
  if (inp.headline === undefined || inp.persons.length > 0 || !DESCRIBED_DOER.test(lead)) return [];
  const first = headlineFullNames(inp.headline, inp.lex)[0];
  return first !== undefined && inp.headline.startsWith(first.name)
    ? [{ name: first.name, kind: 'person' }]
    : [];
}

/**
 * A headline that opens with a person the body names in full ("ADA VIK STAYS IN TALKS TO DIRECT THE SEQUEL" over a
 * lead about the first film's takings): when the event's sentences name no one, the headline's subject is its doer.
 */
function headlineOpener(inp: EventInputs): Participant[] {
  const headline = inp.headline?.toLowerCase();
  if (headline === undefined) return [];
  const person = inp.persons.find(
    (p) => p.name.includes(' ') && headline.startsWith(`${p.name.toLowerCase()} `),
  );
  return person === undefined ? [] : [{ name: person.name, kind: 'person' }];
}

/**
 * People the first sentences name as an officer of a party to the event ("Harborline chief executive X",
 * "Indonesia's X"): they act or speak for that party, so they take part even outside the event sentences.
 */
function partySpeakers(
  inp: EventInputs,
  found: readonly Participant[],
  main: number,
  location: string | undefined,
): Participant[] {
  const parties = found
    .filter((p) => p.kind === 'organization' || p.kind === 'country')
    .map((p) => PARTY_WORD.exec(p.name)?.[0])
    .filter((w): w is string => w !== undefined && !inp.lex.city.has(w));
  if (parties.length === 0) return [];
  const titles = new Map(inp.persons.map((p) => [p.name, p.title ?? '']));
  const window = inp.sentences
    .slice(main + 1, main + 1 + EVENT_WINDOW)
    .filter((s) => !PAST_CLAUSE.test(s.text));
  const officer = (name: string, start: number): boolean => {
    const before = inp.body.slice(Math.max(0, start - 50), start);
    const title = titles.get(name) ?? '';
    return parties.some((w) => title.includes(w) || officerOf(before, w));
  };
  const named = new Set(
    inp.people.mentions
      .filter((m) => window.some((s) => m.start >= s.start && m.end <= s.end) && officer(m.name, m.start))
      .map((m) => m.name),
  );
  if (named.size === 0) return [];
  return participantsIn(inp, window, location, []).filter((p) => p.kind === 'person' && named.has(p.name));
}

/**
 * Whether the stretch before a name ends with the party's name and a short title ("Harborline chief executive").
 * Each party of each report would otherwise be a new pattern, which V8 compiles anew (about 0.1 ms with its
 * letter class) for every report.
 */
function officerOf(before: string, party: string): boolean {
  for (let at = before.indexOf(party); at !== -1; at = before.indexOf(party, at + 1)) {
    if (wordBoundaryAt(before, at) && OFFICER_TITLE_AFTER.test(before.slice(at + party.length))) return true;
  }
  return false;
}

/** `\b` of a pattern without the `i` flag: a word character (ASCII letter, digit, underscore) on one side only. */
function wordBoundaryAt(text: string, at: number): boolean {
  return ASCII_WORD.test(text[at - 1] ?? '') !== ASCII_WORD.test(text[at] ?? '');
}

/** A main sentence whose subject is a pronoun ("On Sunday she finally won ..."), after at most a short time phrase. */
const PRONOUN_SUBJECT = /^(?:(?:On|By|In|Late|Early|Last|Then|Later)\b[^,.]{0,30}?,?\s+)?(?:[Ss]he|[Hh]e)\s/;

/** The person a pronoun subject of the main sentence refers to: the last one the sentence before names. */
function subjectBefore(inp: EventInputs, main: number): Participant[] {
  const sentence = inp.sentences[main];
  const previous = inp.sentences[main - 1];
  if (sentence === undefined || previous === undefined || !PRONOUN_SUBJECT.test(sentence.text)) return [];
  const last = inp.people.mentions.filter((m) => m.start >= previous.start && m.end <= previous.end).at(-1);
  if (last === undefined) return [];
  const title = inp.persons.find((p) => p.name === last.name)?.title;
  if (title !== undefined && (SPOKES.test(title) || COMMENTATOR.test(title))) return [];
  const part: Participant = { name: last.name, kind: 'person' };
  if (title !== undefined) part.role = title;
  return [part];
}

/** How a person named after the lead shows they take part in an event of the type: a cue in their sentence or their title. */
const EVENT_ROLES: Partial<Record<EventType, { cue?: RegExp; title?: RegExp; not?: RegExp }>> = {
  match: {
    cue: /\b(?:scor(?:ed|es|ing)|goals?|equali[sz](?:ed|er|ing)|penalty|headed|header|netted|brace|hat-trick|made it \d+-\d+|level(?:l)?ed|added an? (?:second|third|fourth|fifth|sixth)|wickets?|tries|touchdowns?|knocked out|beat|beating|defeated|ahead|free kick|opened the scoring|volley(?:ed)?)\b/i,
    not: /\b(?:coach|manager|referee|umpire|director|chairman|chairwoman|owner|president|commentator)\b/i,
  },
  election: {
    cue: /\d\s*(?:%|per ?cent\b|percent\b)|\b(?:votes|candidates?|rival|challenger|runner-up|conceded|concedes|incumbent)\b/i,
    not: /\b(?:pollsters?|scientists?|returning officer|clerk|commissioner|registrar)\b/i,
  },
  // The head noun: "Justice Minister" is no judge.
  ruling: { title: /\b(?:judge|justice|magistrate)$/i },
  // The union or group that strikes or protests, in the title or in the appositive after the name.
  protest: {
    title:
      /\b(?:unions?|organi[sz]ers?|federation|association|confederation|lobby|coalition|movement|strike committee|protest leaders?|farmers|workers|drivers|nurses|doctors|teachers|students|miners|dockers|pilots)\b/i,
  },
  // A fire chief, a sheriff or an investigator named after the lead tells what happened: no party to the attack
  // (the head noun decides: a "Sheriff deputy" shot in it is one).
  attack: {
    not: /\b(?:chief|(?:under)?sheriff|marshall?|investigators?|detectives?|coroner|medical examiner)$/i,
  },
  earnings: { title: /\b(?:chief (?:executive|financial|operating)|CEO|CFO|finance director)\b/i },
};
/** How many sentences after the main one may name a scorer, a rival candidate or the judge. */
const ROLE_WINDOW = 10;
/** The one to three words right before a name ("according to union organiser "), no comma between. */
const TITLE_BEFORE = unicodePattern(String.raw`((?:[\p{Alphabetic}\u2019'-]+\s+){1,3})$`);
/** The appositive after a name ("X, a farmer who chairs the ... association", "X of the ... union"), up to its verb. */
const APPOSITIVE =
  /^(?:,\s+|\s+of\s+)([^.;"\u201C\u201D]{0,120}?)(?=\s+(?:said|says|told|called|calls|added|warned)\b|[,.;]|$)/u;

/**
 * People named in the paragraphs after the lead whom their sentence or title marks as taking part in this kind of
 * event: the other scorers of a match, the rival candidates, the judge of a ruling, the leader of a strike.
 */
function roleHolders(inp: EventInputs, type: EventType, main: number): Participant[] {
  const rule = EVENT_ROLES[type];
  if (rule === undefined) return [];
  const byName = personsByName(inp);
  const window = inp.sentences
    .slice(main + 1, main + 1 + ROLE_WINDOW)
    .filter(
      (s) =>
        !PAST_CLAUSE.test(s.text) &&
        !inp.dates.some((d) => d.span.sentence === s.index && d.pastCue && PAST_DATE_WORDS.test(d.text)),
    );
  const out: Participant[] = [];
  for (const m of inp.people.mentions) {
    if (out.some((p) => p.name === m.name)) continue;
    const s = window.find((x) => m.start >= x.start && m.end <= x.end);
    if (s === undefined) continue;
    const title = byName.get(m.name)?.title ?? '';
    if (SPOKES.test(title) || COMMENTATOR.test(title) || AGE_ROLE.test(title) || rule.not?.test(title))
      continue;
    // A protester's side is told around the name: "union organiser X", "X, who chairs the farmers' association".
    const around =
      type === 'protest'
        ? `${TITLE_BEFORE.exec(inp.body.slice(Math.max(s.start, m.start - 60), m.start))?.[1] ?? ''} ${
            APPOSITIVE.exec(inp.body.slice(m.end, s.end))?.[1] ?? ''
          }`
        : '';
    const holds =
      rule.cue?.test(s.text) === true ||
      rule.title?.test(title) === true ||
      rule.title?.test(around) === true;
    if (!holds) continue;
    const part: Participant = { name: m.name, kind: 'person' };
    if (title !== '') part.role = title;
    out.push(part);
  }
  return out;
}

/** True when the lead describes someone by the head noun of `role` ("a federal judge" for "District Judge"). */
function describedIn(lead: string, role: string): boolean {
  const core = role.split(/\s(?:for|of|at|to|in|from|with|on)\s/)[0] ?? role;
  const head = LAST_LONG_WORD.exec(core)?.[1]?.toLowerCase();
  if (head === undefined) return false;
  const stem = head.endsWith('s') ? head.slice(0, -1) : head;
  return describing(stem).test(lead);
}

/**
 * The regex of "a federal judge" for a head noun's stem, remembered: a pattern built from a string builds its
 * `\p{…}` class and its matcher anew at each `new RegExp`. A role's head may be any word of an appositive, so
 * the memo starts over once it holds `MAX_DESCRIBING` stems, and a container that reads for weeks stays small.
 */
function describing(stem: string): RegExp {
  let re = DESCRIBING.get(stem);
  if (re === undefined) {
    if (DESCRIBING.size >= MAX_DESCRIBING) DESCRIBING.clear();
    re = new RegExp(`\\b(?:[Aa]n?|[Tt]he)\\s+(?:[\\p{Lowercase}-]+\\s+){0,2}${stem}s?\\b`, 'u');
    DESCRIBING.set(stem, re);
  }
  return re;
}

const DESCRIBING = new Map<string, RegExp>();
const MAX_DESCRIBING = 1_000;

const SPEAKS_AFTER =
  /^(?:\s*,[^,.;]{1,80},)?\s+(?:also\s+)?(?:said|says|told|tells|called|calls|described|describes|welcomed|welcomes|hailed|hails|criticized|criticised)\b/;
const REACTION = unicodePattern(
  String.raw`\b(?:said|says|called|calls|described|describes|welcomed|welcomes|hailed|hails|criticized|criticised)\s+(?:the|this|that|today's|yesterday's|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+(?:[\p{Alphabetic}-]+\s+)?(?:ruling|decision|verdict|deal|agreement|strike|protest|walkout|result|sale|move|transfer|appointment|launch|vote|talks|meeting|summit|visit|sentence|lawsuit|suit|attack)\b`,
);

/** A quote's speaker named after it ("...," said X): someone asked for a view, not a party. */
const QUOTED_BEFORE = unicodePattern(
  String.raw`["\u201D\u2019],?\s+(?:said|says|added)\s+(?:[\p{Alphabetic}.\u2019'-]+\s+){0,5}$`,
);

/**
 * True when the person at `m` speaks about the event rather than takes part in it: the subject of a reaction
 * ("X called the ruling ...", "X said the new rosters ... and called the strike ...") or a quote's speaker named
 * after the quote.
 */
function reactsTo(body: string, m: { start: number; end: number }, sentenceEnd: number): boolean {
  const after = body.slice(m.end, Math.min(sentenceEnd, m.end + 240));
  if (SPEAKS_AFTER.test(after) && REACTION.test(after)) return true;
  return QUOTED_BEFORE.test(body.slice(Math.max(0, m.start - 60), m.start));
}

const AGE_ROLE = /^\d+-year-old\b/;

/** How many sentences after a lead without names may name its people. */
const FOLLOW_UP = 2;
/** People who comment on an event rather than take part in it. */
const COMMENTATOR =
  /\b(?:analysts?|economists?|strategists?|experts?|professors?|researchers?|critics?|scientists?|commentators?|pollsters?|historians?|lecturers?)\b/i;

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
    if (!inQuote && CLAUSE_MARKS.has(ch)) break;
    if (
      !inQuote &&
      ch === '.' &&
      isSpaceChar(body[i + 1] ?? ' ') &&
      !INITIAL_BEFORE.test(body.slice(i - 2, i))
    )
      break;
    if (isSpaceChar(ch) && !isSpaceChar(body[i - 1] ?? '')) {
      words++;
      if (words >= 14) break;
    }
    end = i + 1;
  }
  return body.slice(start, end).trimEnd();
}
