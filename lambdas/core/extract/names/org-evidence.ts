/**
 * Names the text writes beside a word that makes them an organization's ("Corven Athletic striker", "economists at
 * Harlow Pierce", "Kessler Oy"): the rows of lexicon/thing-evidence.ts marked `organization`, read at each mention
 * the name step took for a person's. Such a name joins the report's organizations unless coreference kept it as a
 * person's (most of the rows have already kept it from being one).
 */
import type { Person, Sentence } from '../../model';
import type { CompiledLexicon } from '../compile';
import { sentenceAt } from '../text';
import type { Entities, OrgMention, PersonMention } from './types';

/** The organizations an organization cue is written with, each under the report's longer name for it; no person's. */
export function evidencedOrganizations(
  body: string,
  sentences: readonly Sentence[],
  entities: Entities,
  people: readonly Person[],
  lex: CompiledLexicon,
): OrgMention[] {
  // Filled in a loop: `flatMap` with a spread builds an array per person, and the set is built for every report.
  const personal = new Set<string>();
  for (const p of people) {
    personal.add(p.name);
    for (const alias of p.aliases) personal.add(alias);
  }
  // "a Vik coach" after "Ada Vik": a surname before a role is that person's, not a club's.
  let surnames: ReadonlySet<string> | undefined;
  const isSurname = (word: string): boolean => {
    surnames ??= new Set(entities.people.filter((p) => p.words.length > 1).flatMap((p) => p.words));
    return surnames.has(word);
  };
  const named: OrgMention[] = [];
  for (const m of [...entities.people, ...entities.singles]) {
    if (m.title !== undefined || personal.has(m.name) || !organizationCue(body, sentences, m, lex)) continue;
    if (m.words.length === 1 && (isSurname(m.name) || everydayOpener(sentences, m, lex))) continue;
    named.push({ start: m.start, end: m.end, name: m.name });
  }
  return named.map((o) => ({ ...o, name: fullName(o.name, entities.organizations) }));
}

/** Whether an organization cue opens or ends the name, or is written right before or after it in its sentence. */
function organizationCue(
  body: string,
  sentences: readonly Sentence[],
  m: PersonMention,
  lex: CompiledLexicon,
): boolean {
  const cues = lex.thingCues.organization;
  const first = m.words[0] ?? '';
  const last = m.words[m.words.length - 1] ?? '';
  if (m.words.length >= 2 && cues.last.has(last)) return true;
  if (m.words.length === 2 && cues.first.has(first) && !lex.givenNames.has(first)) return true;
  if (m.words.length >= 2 && cues.opens.has(first) && !lex.givenNames.has(first)) return true;
  const s = sentences[sentenceAt(sentences, m.start)];
  if (s === undefined) return false;
  const head = body.slice(Math.max(s.start, m.start - 40), m.start);
  const tail = body.slice(m.end, Math.min(s.end, m.end + 30));
  return cues.before.test(head) || cues.after.test(tail);
}

/** "Town manager Ada Vik said": an everyday word capitalized only because it opens the sentence. */
function everydayOpener(sentences: readonly Sentence[], m: PersonMention, lex: CompiledLexicon): boolean {
  const s = sentences[sentenceAt(sentences, m.start)];
  return s !== undefined && s.start === m.start && lex.englishWords.has(m.name.toLowerCase());
}

/**
 * "Ashbury chairman", "Rovers coach" beside "Ashbury Rovers": the one organization of the report the word opens or
 * ends, else the word.
 */
function fullName(name: string, organizations: readonly OrgMention[]): string {
  const holds = (n: string): boolean => n.startsWith(`${name} `) || n.endsWith(` ${name}`);
  const longer = new Set(organizations.map((o) => o.name).filter(holds));
  return longer.size === 1 ? ([...longer][0] ?? name) : name;
}
