/**
 * Writes an event as a readable clause ("A, role, met with B in Vienna") from its structured
 * fields, checking every name against the sources: an unsupported role is left out, an
 * unsupported name drops the participant, and an event without a supported subject gives null.
 */
import { withoutDateline } from '../dateline';
import type { EventType, Participant } from '../model';
import { EVENT_WORDING, PAST_TENSE, RECIPROCAL_VERBS } from './lexicon';
import { unsupportedNames } from './support';

/** A piece of a clause; an appositive ("Name, role") needs a comma before whatever follows it. */
interface Piece {
  text: string;
  appositive: boolean;
}

export interface EventFields {
  type: EventType;
  action?: string;
  participants: Participant[];
  location?: string;
}

const MAX_PER_SIDE = 3;
/** Longer action texts are usually whole sentences the extractor could not trim; the template reads better. */
const MAX_ACTION_WORDS = 15;
const MAX_CLAUSE_WORDS = 30;
/** An action ending in a preposition expects its object next ("met with", "spoke to"). */
const OPEN_PREPOSITION = /\b(?:with|to|on|against|by|for)$/i;

function mentions(text: string, ps: Participant[]): boolean {
  return ps.some((p) => text.includes(p.name));
}

function supported(text: string, corpus: string): boolean {
  return unsupportedNames(text, corpus).length === 0;
}

/** "China’s", "Reuters’", but "U.S." (an abbreviation is used as an adjective). */
function possessive(name: string): string {
  if (name.endsWith('.')) return name;
  return /s$/i.test(name) ? `${name}’` : `${name}’s`;
}

/** A participant as "Name, Affiliation’s role", "Name, role" or "Name", whichever the sources support. */
export function participantPhrase(p: Participant, corpus: string): Piece | null {
  const name = p.name.trim();
  if (name === '' || !supported(name, corpus)) return null;
  const aff = p.affiliation?.trim();
  if (p.kind !== 'person' && aff && !name.toLowerCase().includes(aff.toLowerCase())) {
    const owned = `${possessive(aff)} ${name}`;
    return { text: supported(owned, corpus) ? owned : name, appositive: false };
  }
  // A role with its own commas or brackets would blur where one person ends and the next begins.
  if (p.kind !== 'person' || !p.role?.trim() || /[,()]/.test(p.role))
    return { text: name, appositive: false };
  const role = p.role.trim();
  // "Name, Minister" says too little to be worth the commas.
  if (!aff && !/\s/.test(role)) return { text: name, appositive: false };
  // "assistant U.S. secretary of state" already says whose: a second country would double it.
  const rolePlaced =
    /(?:\p{Uppercase}\.){2,}/u.test(role) || (!!aff && role.toLowerCase().includes(aff.toLowerCase()));
  const withAffiliation = aff && !rolePlaced ? `${possessive(aff)} ${role}` : null;
  for (const described of [withAffiliation, role]) {
    if (described && supported(described, corpus)) return { text: `${name}, ${described}`, appositive: true };
  }
  return { text: name, appositive: false };
}

/** Joins phrases as "A and B" or "A, B, and C" (the serial comma keeps appositives apart). */
function listOf(pieces: Piece[]): Piece | null {
  const last = pieces.at(-1);
  if (!last) return null;
  if (pieces.length === 1) return last;
  const head = pieces.slice(0, -1);
  const anyAppositive = pieces.some((p) => p.appositive);
  const headText = head.map((p) => p.text).join(', ');
  const joiner = anyAppositive || pieces.length > 2 ? ', and ' : ' and ';
  return { text: `${headText}${joiner}${last.text}`, appositive: last.appositive };
}

/** Splits participants into the side of the first one named (its members, and the country itself) and the rest. */
export function sides(participants: Participant[]): { actors: Participant[]; counterparts: Participant[] } {
  const first = participants[0];
  if (!first) return { actors: [], counterparts: [] };
  const side = first.affiliation?.trim().toLowerCase();
  if (!side) return { actors: [first], counterparts: participants.slice(1) };
  const same = (p: Participant) =>
    p.affiliation?.trim().toLowerCase() === side || p.name.toLowerCase() === side || p.name === first.name;
  const actors = participants.filter(same);
  // "South Korea’s Trade Ministry" already names its country: the bare country would repeat it.
  const members = actors.filter((p) => p.name.toLowerCase() !== side);
  return {
    actors: members.length > 0 ? members : actors,
    counterparts: participants.filter((p) => !same(p)),
  };
}

function phrases(ps: Participant[], corpus: string): Piece[] {
  return ps
    .map((p) => participantPhrase(p, corpus))
    .filter((p): p is Piece => p !== null)
    .slice(0, MAX_PER_SIDE);
}

function join(pieces: Piece[]): string {
  return pieces.reduce((acc, piece, i) => {
    if (i === 0) return piece.text;
    return `${acc}${pieces[i - 1]?.appositive ? ', ' : ' '}${piece.text}`;
  }, '');
}

function cleanAction(action: string, dateWords: string | undefined): string {
  let text = action.trim().replace(/[.;:,]+$/, '');
  if (dateWords && text.includes(dateWords)) {
    // The date is written separately in words; drop it and the words it leaves dangling.
    text = text
      .replace(dateWords, ' ')
      .replace(/^\s*(?:(?:earlier|later|also)\s+)?(?:in|on|during|since)?\s*,?\s*/i, '')
      .replace(/\s+(?:in|on|during|since|from)\s*$/i, '')
      .replace(/\s+,/g, ',')
      .replace(/\s{2,}/g, ' ')
      .trim();
  }
  return text;
}

/** Whether an action opens with a past-tense verb ("met", "signed"), i.e. can follow a subject. */
function isVerbPhrase(action: string): boolean {
  const first = action.split(/\s+/)[0]?.toLowerCase() ?? '';
  return /^\p{Lowercase}/u.test(action) && (/^[a-z]{3,}ed$/.test(first) || PAST_TENSE.has(first));
}

const MAX_SUBJECT_WORDS = 10;

/**
 * The sentence's own subject of the action: the words before it, when they are a short noun phrase
 * ("A state appeals court" in "A state appeals court ruled that ..."); null otherwise.
 */
function sentenceSubject(sentence: string | undefined, action: string): string | null {
  if (!sentence || action === '') return null;
  // The extractor may have dropped words from the action ("ruled Tuesday that" -> "ruled that"): the verb still marks it.
  const verbWord = (action.split(/\s+/)[0] ?? '').replace(/[^\p{Alphabetic}]/gu, '');
  const at = sentence.includes(action)
    ? sentence.indexOf(action)
    : sentence.search(new RegExp(`\\b${verbWord}\\b`));
  if (at <= 0) return null;
  let prefix = withoutDateline(sentence.slice(0, at)).trim();
  // "Earlier in May, the bloc's trade commissioner Ana Ruiz": the subject follows the last comma.
  if (prefix.includes(',')) prefix = prefix.slice(prefix.lastIndexOf(',') + 1).trim();
  const words = prefix.split(/\s+/);
  if (
    !/^[\p{Uppercase}\p{N}]/u.test(prefix) ||
    words.length > MAX_SUBJECT_WORDS ||
    /[;:\u201C\u201D"()]/.test(prefix)
  )
    return null;
  // A subject never ends in a function word ("the couriers who").
  if (/^(?:who|which|that|the|a|an|and|or|of|to|in|on|by|for|with)$/i.test(words.at(-1) ?? '')) return null;
  return prefix;
}

export interface PhraseOptions {
  /** The words the event's date came from, removed from a verbatim action. */
  dateWords?: string;
  /** Appended at the end, e.g. "on Monday, June 5". */
  datePhrase?: string | null;
  /** The source sentence the event rests on: lets a verbatim action keep its own subject. */
  sentence?: string;
}

function mainPieces(event: EventFields, corpus: string, action: string, sentence?: string): Piece[] | null {
  const wording = EVENT_WORDING[event.type];
  const { actors, counterparts: others } = sides(event.participants);
  // A team plays a team and a country meets a country: people named beside them are not the counterpart.
  // A place is where an event happens, never who it happens with.
  const parties = others.filter((p) => p.kind !== 'place');
  const counterparts = actors[0]?.kind === 'person' ? parties : parties.filter((p) => p.kind !== 'person');
  const subject = listOf(phrases(actors, corpus));
  const object = listOf(phrases(counterparts, corpus));
  const verb = (text: string): Piece => ({ text, appositive: false });
  const actionWords = action.split(/\s+/).length;
  const usableAction = isVerbPhrase(action) && actionWords <= MAX_ACTION_WORDS;
  const first = action.split(/\s+/)[0]?.toLowerCase() ?? '';
  const reciprocal = RECIPROCAL_VERBS.has(first);
  // "met with" or a bare transitive verb ("hosted") still wants its object.
  const wantsObject = OPEN_PREPOSITION.test(action) || (actionWords === 1 && !reciprocal);
  const own = usableAction ? sentenceSubject(sentence, action) : null;
  if (own) {
    // The sentence names its own subject: keep the reporter's words together.
    return wantsObject && object ? [verb(own), verb(action), object] : [verb(own), verb(action)];
  }
  if (
    /^\p{Uppercase}/u.test(action) &&
    actionWords >= 3 &&
    actionWords <= MAX_CLAUSE_WORDS &&
    sentence?.includes(action)
  ) {
    const opening = withoutDateline(sentence).trimStart();
    // A whole clause, as long as it opens its sentence (a clause cut from mid-sentence is no clause).
    if (opening.startsWith(action)) return [verb(action)];
  }
  const countries = event.participants.filter((p) => p.kind !== 'person');
  const unaffiliated = event.participants.every((p) => !p.affiliation);
  if (wording?.verb.endsWith(' with') && unaffiliated && countries.length >= 2) {
    // Without affiliations the people cannot be placed on a side; the parties themselves can be named.
    const parties = listOf(phrases(countries, corpus));
    if (parties) return [parties, verb(wording.verb.slice(0, -' with'.length))];
  }
  if (!subject) return null;
  if (usableAction) {
    const both = listOf([...phrases(actors, corpus), ...phrases(counterparts, corpus)]);
    if (object && wantsObject) {
      return [subject, verb(action), object];
    }
    if (object && both && reciprocal && !mentions(action, counterparts)) {
      // A reciprocal act told without its counterpart ("met in Vienna"): name both sides as the subject.
      return [both, verb(action)];
    }
    return [subject, verb(action)];
  }
  if (wording?.takesObject && object) return [subject, verb(wording.verb), object];
  if (wording && !wording.takesObject) return [subject, verb(wording.verb)];
  if (wording?.verb.endsWith(' with') && actors.length > 1) {
    // Reciprocal events between members of one side: "A and B met".
    return [subject, verb(wording.verb.slice(0, -' with'.length))];
  }
  return null;
}

/**
 * The event as a clause without final punctuation, optionally ending with a date phrase; null when
 * no subject the sources support can be named.
 */
export function eventPhrase(event: EventFields, corpus: string, options: PhraseOptions): string | null {
  const action = event.action ? cleanAction(event.action, options.dateWords) : '';
  const pieces = mainPieces(event, corpus, action, options.sentence);
  if (!pieces) return null;
  const location = event.location?.trim();
  if (location && !join(pieces).includes(location) && supported(location, corpus)) {
    pieces.push({ text: `in ${location}`, appositive: false });
  }
  if (options.datePhrase) pieces.push({ text: options.datePhrase, appositive: false });
  const text = join(pieces);
  return supported(text, corpus) ? text : null;
}
