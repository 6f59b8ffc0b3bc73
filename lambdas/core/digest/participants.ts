/**
 * The sentence after the lead that names who took part, each with the role a source gives them
 * beside their name: "Those taking part were A, role; B, role; and C, role." Only people whose name
 * and role stand together in one source sentence are named; that sentence is cited for them.
 */
import type { Article, EventType, Participant, Story } from '../model';
import { SHIP_NAME } from './input-lexicon';
import type { Clause, ClauseSource } from './types';

/** Events whose participants are parties meeting one another, not the people a report quotes. */
const GATHERINGS: ReadonlySet<EventType> = new Set([
  'meeting',
  'talks',
  'visit',
  'call',
  'summit',
  'agreement',
]);
const MAX_PARTICIPANTS = 5;

/** Whether a participant is a person: a ship the extractor took for one is not. */
export function isPerson(p: Participant): boolean {
  return p.kind === 'person' && !SHIP_NAME.regex.test(p.name);
}
/** A role stands beside its holder's name: at most this many characters apart ("Name, the role"). */
const MAX_GAP = 6;

interface Named {
  name: string;
  role: string;
  affiliation: string;
  source: ClauseSource;
}

/** Whether the sentence gives the role next to the name, before it ("role Name") or after it ("Name, the role"). */
function besideName(sentence: string, name: string, role: string): boolean {
  const at = sentence.indexOf(name);
  const roleAt = sentence.indexOf(role);
  if (at < 0 || roleAt < 0) return false;
  const gap = roleAt > at ? roleAt - (at + name.length) : at - (roleAt + role.length);
  const between =
    roleAt > at ? sentence.slice(at + name.length, roleAt) : sentence.slice(roleAt + role.length, at);
  return gap >= 0 && gap <= MAX_GAP && /^[\s,]*(?:the\s+)?$/u.test(between);
}

/**
 * A role that reads as a title: at least two words, of letters, with no clause inside it. One word
 * ("negotiator") says too little; a colon or a verb means the extractor took in part of a sentence.
 */
function readsAsRole(role: string): boolean {
  return (
    /^[\p{Alphabetic}\p{N}.'\u2019&-]+(?:\s[\p{Alphabetic}\p{N}.'\u2019&-]+)+$/u.test(role) &&
    !/\s(?:is|are|was|were|has|have|had|said|says)\s/u.test(` ${role} `)
  );
}

/** The roles extracted for a person across the story, the story's own first. */
function rolesOf(name: string, story: Story, articles: Article[]): Participant[] {
  const all = [...story.event.participants, ...articles.flatMap((a) => a.mainEvent?.participants ?? [])];
  return all.filter((p) => isPerson(p) && p.name === name && readsAsRole(p.role?.trim() ?? ''));
}

/** A person as a source sentence states them with a role, and that sentence; null when none does. */
function statedRole(person: Participant, story: Story, articles: Article[]): Named | null {
  for (const candidate of rolesOf(person.name, story, articles)) {
    const role = candidate.role?.trim() ?? '';
    for (const article of articles) {
      const sentence = article.sentences.find((s) => besideName(s.text, person.name, role));
      if (sentence) {
        const source = { key: article.key, outlet: article.outlet.value, sentence: sentence.index };
        return {
          name: person.name,
          role,
          affiliation: person.affiliation ?? candidate.affiliation ?? '',
          source,
        };
      }
    }
  }
  return null;
}

function listed(named: Named[]): string {
  const items = named.map((n) => `${n.name}, ${n.role}`);
  if (items.length === 1) return items[0] ?? '';
  return `${items.slice(0, -1).join('; ')}; and ${items.at(-1)}`;
}

/**
 * Whether the lead tells another event of its report than the gathering: its sentence is none the
 * report's gathering rests on ("a commission begins issuing subpoenas this week" over a report whose
 * gathering is last week's hearing, told two sentences on).
 */
export function leadTellsAnother(lead: Clause, leadArticle: Article | undefined): boolean {
  const own = lead.sources.find((s) => s.key === leadArticle?.key)?.sentence;
  const event = leadArticle?.mainEvent?.sentences ?? [];
  return own !== undefined && event.length > 0 && !event.includes(own);
}

/**
 * "Those taking part were …" for a gathering, naming the people the lead does not, side by side
 * (grouped by affiliation), each with the role a source states beside their name; null when fewer
 * than two people can be named so, or when the lead's report (`leadArticle`) tells no gathering or
 * the lead another event of it; only people that report names.
 */
export function participantsClause(
  story: Story,
  articles: Article[],
  lead: Clause,
  leadArticle?: Article,
): Clause | null {
  if (!GATHERINGS.has(story.event.type)) return null;
  // Under a lead from a report of another kind of event (a commission's subpoenas over its hearings),
  // or from another sentence of a report of a gathering than the gathering's own, "those taking part"
  // would read as taking part in what the lead tells.
  const told = leadArticle?.mainEvent?.type;
  if (told !== undefined && !GATHERINGS.has(told)) return null;
  if (leadTellsAnother(lead, leadArticle)) return null;
  // Only people the lead's report names: another report the story took in may tell another gathering.
  const inLeadReport = (p: Participant) => !leadArticle || leadArticle.text.includes(p.name);
  const named = story.event.participants
    .filter((p) => isPerson(p) && !lead.text.includes(p.name) && inLeadReport(p))
    .map((p) => statedRole(p, story, articles))
    .filter((n): n is Named => n !== null)
    .slice(0, MAX_PARTICIPANTS);
  if (named.length < 2) return null;
  const sides = [...new Set(named.map((n) => n.affiliation))];
  const bySide = sides.flatMap((side) => named.filter((n) => n.affiliation === side));
  const seen = new Set<string>();
  const sources = bySide
    .map((n) => n.source)
    .filter((s) => {
      const id = `${s.key}#${s.sentence}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
  return { text: `Those taking part were ${listed(bySide)}.`, sources, dates: [] };
}
