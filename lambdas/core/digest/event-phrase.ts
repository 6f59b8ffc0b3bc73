/**
 * Writes an event as a readable clause ("A, role, met with B in Vienna") from its structured
 * fields, checking every name against the sources: an unsupported role is left out, an
 * unsupported name drops the participant, and an event without a supported subject gives null.
 */
import type { EventType, Participant } from '../model';
import { EVENT_WORDING, RECIPROCAL_VERBS } from './lexicon';
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
  // A role with its own commas or brackets would blur where one person ends and the next begins.
  if (p.kind !== 'person' || !p.role?.trim() || /[,()]/.test(p.role))
    return { text: name, appositive: false };
  const role = p.role.trim();
  const aff = p.affiliation?.trim();
  const withAffiliation =
    aff && !role.toLowerCase().includes(aff.toLowerCase()) ? `${possessive(aff)} ${role}` : null;
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

/** Splits participants into the side of the first one named and everyone else. */
export function sides(participants: Participant[]): { actors: Participant[]; counterparts: Participant[] } {
  const first = participants[0];
  if (!first) return { actors: [], counterparts: [] };
  const side = first.affiliation?.trim().toLowerCase();
  if (!side) return { actors: [first], counterparts: participants.slice(1) };
  const same = (p: Participant) => p.affiliation?.trim().toLowerCase() === side || p.name === first.name;
  return { actors: participants.filter(same), counterparts: participants.filter((p) => !same(p)) };
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

/**
 * The event as a clause without final punctuation, optionally ending with a date phrase; null when
 * no subject the sources support can be named.
 */
export function eventPhrase(
  event: EventFields,
  corpus: string,
  options: { dateWords?: string; datePhrase?: string | null },
): string | null {
  const wording = EVENT_WORDING[event.type];
  const { actors, counterparts } = sides(event.participants);
  const subject = listOf(phrases(actors, corpus));
  const object = listOf(phrases(counterparts, corpus));
  const action = event.action ? cleanAction(event.action, options.dateWords) : '';
  const pieces: Piece[] = [];
  const verb = (text: string): Piece => ({ text, appositive: false });
  const actionWords = action.split(/\s+/).length;
  if (/^\p{Lu}/u.test(action) && actionWords >= 3 && actionWords <= MAX_CLAUSE_WORDS) {
    // The action is already a whole clause with its own subject.
    pieces.push(verb(action));
  } else if (!subject) {
    return null;
  } else if (/^\p{Ll}/u.test(action) && actionWords <= MAX_ACTION_WORDS) {
    const both = listOf([...phrases(actors, corpus), ...phrases(counterparts, corpus)]);
    const first = action.split(/\s+/)[0]?.toLowerCase() ?? '';
    const reciprocal = RECIPROCAL_VERBS.has(first);
    if (object && (OPEN_PREPOSITION.test(action) || (actionWords === 1 && !reciprocal))) {
      pieces.push(subject, verb(action), object);
    } else if (object && both && reciprocal && !mentions(action, counterparts)) {
      // A reciprocal act told without its counterpart ("met in Vienna"): name both sides as the subject.
      pieces.push(both, verb(action));
    } else pieces.push(subject, verb(action));
  } else if (wording?.takesObject && object) {
    pieces.push(subject, verb(wording.verb), object);
  } else if (wording && !wording.takesObject) {
    pieces.push(subject, verb(wording.verb));
  } else if (wording?.verb.endsWith(' with') && actors.length > 1) {
    // Reciprocal events between members of one side: "A and B met".
    pieces.push(subject, verb(wording.verb.slice(0, -' with'.length)));
  } else {
    return null;
  }
  const location = event.location?.trim();
  const soFar = join(pieces);
  if (location && !soFar.includes(location) && supported(location, corpus)) {
    pieces.push({ text: `in ${location}`, appositive: false });
  }
  if (options.datePhrase) pieces.push({ text: options.datePhrase, appositive: false });
  const text = join(pieces);
  return supported(text, corpus) ? text : null;
}
