/** Step 4: merge name mentions into people; short forms resolve to the one full name they belong to. */
import type { Person, Sentence } from '../model';
import type { Entities, PersonMention } from './03-names';
import type { CompiledLexicon } from './compile';
import { isListedGivenName } from './names/listed-given-names';
import { gateFeatures, passesGate } from './names/person-gate';
import {
  afterIndefiniteArticle,
  endsATitle,
  namesAnOrganization,
  namesAThing,
  opensAnOrganization,
} from './names/thing-cues';
import { firstAtOrAfter, packedMap, sentenceAt, spanOf } from './text';

// Compiled once: a regex literal inside a loop builds a new RegExp object at every pass.
const LETTER = /\p{Alphabetic}/u;
const PARTICLE_NAME = /^(?:al|el|bin|ibn|abu)-\p{Uppercase}/u;

/** A person mention resolved to the canonical name of its person. */
export interface ResolvedMention {
  start: number;
  end: number;
  name: string;
}

/** People of the article and every mention resolved to a canonical name, in text order. */
export interface People {
  people: Person[];
  mentions: ResolvedMention[];
}

interface Cluster {
  name: string;
  words: string[];
  title?: string;
  affiliation?: string;
  aliases: Set<string>;
  mentions: Array<{ start: number; end: number }>;
  starts: Set<number>;
  /** Something beyond capitalization says this is a person (a title, a speech verb, a given name, "he"/"she"). */
  evidence: boolean;
}

/** "Can Roma hold on?", "Did Okafor know?": an auxiliary opening a question, even where it is also a given name. */
const QUESTION_OPENER =
  /^(?:Can|Could|Would|Should|Did|Does|Do|Is|Are|Was|Were|Has|Have|Had|Must|Might|Shall)$/u;
/** "Bumping", "Trailing": a present participle opening a sentence. */
const PARTICIPLE = /^\p{Uppercase}\p{Lowercase}{3,}ing$/u;
/** "a local Harbour Aid", "its Coast Rangers", "magazine's Finest Man Living": after an article or a possessive, no subject. */
const MODIFIER_BEFORE = /(?:^|[^\p{Alphabetic}])(?:a|an|the|its|their|our)\s+$|['\u2019]s?\s+$/iu;
const PERSONAL_PRONOUN = /\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Hh]imself|[Hh]erself)\b/g;

/** Clusters name mentions into people: exact names, later short forms, and single words of exactly one full name. */
export function resolvePeople(
  entities: Entities,
  sentences: readonly Sentence[],
  lex: CompiledLexicon,
  onUndecided?: (name: string, aliases: string[], features: number[]) => void,
): People {
  const clusters: Cluster[] = [];
  const taken = new Set<number>();
  const byName = new Map<string, Cluster>();
  // Word -> multi-word clusters holding it, so short forms resolve in constant time.
  const byWord = new Map<string, Set<Cluster>>();
  const index = (c: Cluster, words: readonly string[] = c.words): void => {
    if (words.length < 2) return;
    for (const w of words) {
      const set = byWord.get(w) ?? new Set<Cluster>();
      set.add(c);
      byWord.set(w, set);
    }
  };
  const containing = (word: string): Cluster[] => [...(byWord.get(word) ?? [])];

  for (const m of withoutGluedOpeners(entities, sentences, lex)) {
    taken.add(m.start);
    const same = byName.get(m.name);
    if (same !== undefined) {
      addMention(same, m);
      continue;
    }
    if (m.words.length === 1) {
      const owners = containing(m.name);
      // A word shared by several full names ("Wang") stays unresolved rather than guessed.
      const owner = soleOwner(owners);
      if (owner === undefined && owners.length > 1) continue;
      if (owner !== undefined) {
        if (owner.words[owner.words.length - 1] === m.name) owner.evidence = true;
        owner.aliases.add(m.name);
        addMention(owner, m);
        continue;
      }
    } else {
      // A full name after a surname-only mention ("Biden" ... "Joe Biden") upgrades that person.
      const short = m.words
        .map((w) => byName.get(w))
        .find((c): c is Cluster => c !== undefined && c.words.length === 1);
      if (short !== undefined) {
        byName.delete(short.name);
        short.aliases.add(short.name);
        short.name = m.name;
        short.words = m.words;
        byName.set(m.name, short);
        index(short);
        addMention(short, m);
        continue;
      }
      // "Ada Vik" ... "Ada Mae Vik": the same person with a middle name, kept under the name met first.
      const variant = middleNameVariant(m.words, containing(m.words[m.words.length - 1] ?? ''), lex);
      if (variant !== undefined) {
        variant.aliases.add(m.name);
        byName.set(m.name, variant);
        index(variant, m.words);
        addMention(variant, m);
        continue;
      }
    }
    const cluster: Cluster = {
      name: m.name,
      words: m.words,
      aliases: new Set(),
      mentions: [],
      starts: new Set(),
      evidence: false,
    };
    clusters.push(cluster);
    byName.set(m.name, cluster);
    index(cluster);
    addMention(cluster, m);
  }

  // One-word names with no cue: keep only those that match a word of exactly one full name ("Kritenbrink", "Wenbin").
  for (const s of entities.singles) {
    if (
      taken.has(s.start) ||
      s.name.length < 2 ||
      lex.particles.has(s.name) ||
      lex.common.has(s.name.toLowerCase())
    )
      continue;
    const owners = containing(s.name);
    const exact = byName.get(s.name);
    const owner = exact ?? soleOwner(owners);
    if (owner === undefined) continue;
    if (owner.name !== s.name) owner.aliases.add(s.name);
    // A full name later cut to its last word is a person's surname; firms are cut to their first word.
    if (owner.words.length > 1 && owner.words[owner.words.length - 1] === s.name) owner.evidence = true;
    addMention(owner, s);
  }
  creditPronouns(clusters, sentences);
  // A run of capitalized words with nothing else saying it is a person is as often a team, a venue or a firm.
  // Names no rule decides go to the statistical gate; `onUndecided` lets the gate's trainer see them.
  const gate = lex.lexicon.personGate ?? [];
  const firms = [...entities.organizations, ...legalFormNames(clusters, lex)];
  // "Ivo Brandt III" ... "his wife, Mira Brandt": a name ending in the surname of someone the text shows is a person
  // names one of the family.
  const families = new Map(
    clusters
      .filter((c) => c.evidence && c.words.length >= 2)
      .map((c) => [surnameOf(c.words), c.words] as const),
  );
  const titles = clusters.flatMap((c) => (c.title === undefined ? [] : [c.title]));
  const kept = clusters.filter((c) => {
    if (
      namesAThing(c, sentences, lex) ||
      opensAnOrganization(c, firms) ||
      namesAnOrganization(c, entities.organizations, lex) ||
      endsATitle(c, titles)
    )
      return false;
    if (c.evidence || hasPersonShape(c.words, lex)) return true;
    if (c.words.length < 2 || attributiveThing(c, sentences, lex)) return false;
    if (familyMember(c.words, families, lex)) return true;
    const features = gateFeatures(c, sentences, lex);
    onUndecided?.(c.name, [...c.aliases], features);
    return passesGate(features, gate);
  });

  const people: Person[] = packedMap(kept, (c) => {
    c.mentions.sort((a, b) => a.start - b.start);
    const person: Person = {
      name: c.name,
      aliases: [...c.aliases].filter((a) => a !== c.name),
      mentions: c.mentions.map((x) => spanOf(sentences, x.start, x.end)),
    };
    if (c.title !== undefined) person.title = c.title;
    if (c.affiliation !== undefined) person.affiliation = c.affiliation;
    return person;
  });
  const mentions = kept
    .flatMap((c) => c.mentions.map((x) => ({ start: x.start, end: x.end, name: c.name })))
    .sort((a, b) => a.start - b.start);
  return { people, mentions };
}

/**
 * The full name a word belongs to: the only one holding it, or the one every other holder ends with (a film or a
 * prize named after the person: "The Notorious Ada Vik" holds "Ada Vik"); none when two people share it ("Wang").
 */
function soleOwner(owners: readonly Cluster[]): Cluster | undefined {
  if (owners.length <= 1) return owners[0];
  const endsWith = (c: Cluster, tail: readonly string[]): boolean =>
    c.words.length > tail.length && tail.every((w, i) => c.words[c.words.length - tail.length + i] === w);
  return owners.find((o) => owners.every((c) => c === o || endsWith(c, o.words)));
}

/** "Jr.", "III": what follows a surname to tell a son from his father. */
const GENERATION = /^(?:Jr\.?|Sr\.?|II|III|IV)$/u;

/** The surname of a name of two words or more, past a generation mark ("Ivo Brandt III": "Brandt"). */
function surnameOf(words: readonly string[]): string {
  const last = words.at(-1) ?? '';
  return GENERATION.test(last) && words.length > 2 ? (words.at(-2) ?? '') : last;
}

/**
 * Whether `words` end in the surname of a person the text shows is one, with a first word of their own that a
 * packaged list gives as a first name ("Mira Brandt" beside "Ivo Brandt III"; not "Notorious Ivo Brandt", not
 * "Lopez Ruiz" of "Ana Lopez Ruiz").
 */
function familyMember(
  words: readonly string[],
  families: ReadonlyMap<string, readonly string[]>,
  lex: CompiledLexicon,
): boolean {
  const first = words[0] ?? '';
  const kin = families.get(surnameOf(words));
  return kin !== undefined && !kin.includes(first) && isListedGivenName(first, lex);
}

/** A middle initial ("W.") or a given name of either list ("Mae"). */
const INITIAL = /^\p{Uppercase}\.$/u;

/**
 * The one full name that is `words` with middle names or initials added or left out ("Ada Vik" and "Ada Mae Vik"):
 * same first and last word, the shorter of two words, every middle word an initial or a given name ("Harbour
 * Creamery" is no "Harbour Maid Creamery"). None when several are ("George Bush" beside two longer Georges), as
 * for a shared surname.
 */
function middleNameVariant(
  words: readonly string[],
  sameLast: readonly Cluster[],
  lex: CompiledLexicon,
): Cluster | undefined {
  const middle = (w: string): boolean =>
    INITIAL.test(w) || lex.givenNames.has(w) || lex.listedGivenNames.has(w);
  const matches = sameLast.filter((c) => {
    const [short, long] = c.words.length < words.length ? [c.words, words] : [words, c.words];
    return (
      short.length === 2 &&
      long.length > 2 &&
      short[0] === long[0] &&
      short[1] === long[long.length - 1] &&
      long.slice(1, -1).every(middle)
    );
  });
  return matches.length === 1 ? matches[0] : undefined;
}

function addMention(c: Cluster, m: PersonMention): void {
  if (m.cue !== 'shape') c.evidence = true;
  if (c.starts.has(m.start)) return;
  c.starts.add(m.start);
  c.mentions.push({ start: m.start, end: m.end });
  if (c.title === undefined && m.title !== undefined) c.title = m.title;
  if (c.affiliation === undefined && m.affiliation !== undefined) c.affiliation = m.affiliation;
}

/**
 * "Bumping Okafor up the order...", "Can Roma hold on?": a sentence's first word glued to a name the text
 * names elsewhere (as a person, an organization or a place). When the rest of the run is another mention's
 * name, or one word of one, the opening word is no part of it.
 */
function withoutGluedOpeners(
  entities: Entities,
  sentences: readonly Sentence[],
  lex: CompiledLexicon,
): PersonMention[] {
  // Each name and each word of a longer name, with the first word of the mentions that hold it.
  const heldBy = new Map<string, Set<string>>();
  const hold = (key: string, opener: string): void => {
    heldBy.set(key, (heldBy.get(key) ?? new Set<string>()).add(opener));
  };
  for (const m of [...entities.people, ...entities.singles]) {
    hold(m.name, m.words[0] ?? '');
    if (m.words.length > 1) for (const w of m.words) hold(w, m.words[0] ?? '');
  }
  for (const x of [...entities.organizations, ...entities.places]) hold(x.name, '');
  const fullFirsts = firstNamesBySurname(entities.people, lex);
  return entities.people.map((m) => {
    const first = m.words[0] ?? '';
    if (
      calledByAnotherFirstName(m, fullFirsts, entities, sentences, lex) ||
      gluedOpener(m, entities, sentences, lex)
    )
      return withoutFirstWord(m, entities);
    const member = formerMemberWords(m, entities, lex);
    if (member > 0)
      return member === 1
        ? withoutFirstWord(m, entities)
        : withoutFirstWord(withoutFirstWord(m, entities), entities);
    if (describesName(m.words, lex)) return withoutFirstWord(m, entities);
    if (m.words.length < 2 || m.cue !== 'shape') return m;
    const everydayWord = !lex.givenNames.has(first) && lex.englishWords.has(first.toLowerCase());
    const opener =
      QUESTION_OPENER.test(first) ||
      everydayWord ||
      (!lex.givenNames.has(first) && (lex.common.has(first.toLowerCase()) || PARTICIPLE.test(first)));
    if (!opener) return m;
    const sentence = sentences[sentenceAt(sentences, m.start)];
    if (sentence === undefined || LETTER.test(sentence.text.slice(0, m.start - sentence.start))) return m;
    const rest = m.words.slice(1);
    const holders = heldBy.get(rest.join(' '));
    // "Trainer Milo Brandt said": an everyday word capitalized only because it opens the sentence, before a full name.
    const everyday = everydayWord && rest.length >= 2;
    if (!everyday && (holders === undefined || (holders.size === 1 && holders.has(first)))) return m;
    return withoutFirstWord(m, entities);
  });
}

/** Each tail of a full name ("Gooch" of "Graham Gooch") with the first names the text gives it, of either list. */
function firstNamesBySurname(
  people: readonly PersonMention[],
  lex: CompiledLexicon,
): Map<string, Set<string>> {
  const byTail = new Map<string, Set<string>>();
  for (const m of people) {
    const first = m.words[0] ?? '';
    if (m.words.length < 2 || !(lex.givenNames.has(first) || lex.listedGivenNames.has(first))) continue;
    const tail = m.words.slice(1).join(' ');
    byTail.set(tail, (byTail.get(tail) ?? new Set<string>()).add(first));
  }
  return byTail;
}

/**
 * "Opener Tamsby's decision ..." after "Neil Tamsby, the former captain, ...": sports and feature copy open a
 * sentence with a role or a trait glued to a surname ("Opener", "Left-back", "Veteran"). When the report names
 * that person in full with a first name of either list, a sentence-opening word that is none, and that the text
 * writes nowhere else, is no part of the name ("Ravi Tamsby" ... "Neil Tamsby": both first names, two people;
 * "Oksana Tamsby, his wife" ... "told reporters Oksana was well": a first name the text repeats).
 */
function calledByAnotherFirstName(
  m: PersonMention,
  fullFirsts: ReadonlyMap<string, ReadonlySet<string>>,
  entities: Entities,
  sentences: readonly Sentence[],
  lex: CompiledLexicon,
): boolean {
  const first = m.words[0] ?? '';
  if (m.words.length < 2 || lex.givenNames.has(first) || lex.listedGivenNames.has(first)) return false;
  if (fullFirsts.get(m.words.slice(1).join(' ')) === undefined) return false;
  if (entities.tokens.filter((t) => t.text === first).length > 1) return false;
  const sentence = sentences[sentenceAt(sentences, m.start)];
  return sentence !== undefined && !LETTER.test(sentence.text.slice(0, m.start - sentence.start));
}

/**
 * "Outspoken Ivo Brandt lost on Monday ... Brandt said": a sentence-opening word that is no first name of either list
 * and no title, written nowhere else, glued before a first name of the hand list and a surname the text writes again,
 * is no part of the name (no word list knows every adjective a sports page opens with).
 */
function gluedOpener(
  m: PersonMention,
  entities: Entities,
  sentences: readonly Sentence[],
  lex: CompiledLexicon,
): boolean {
  const [first = '', given = ''] = m.words;
  const surname = m.words.at(-1) ?? '';
  if (m.words.length < 3 || !lex.givenNames.has(given) || m.title !== undefined) return false;
  if (lex.givenNames.has(first) || lex.listedGivenNames.has(first) || lex.titleWords.has(first.toLowerCase()))
    return false;
  const written = (word: string): number => entities.tokens.filter((t) => t.text === word).length;
  if (written(first) > 1 || written(surname) < 2) return false;
  const sentence = sentences[sentenceAt(sentences, m.start)];
  return sentence !== undefined && !LETTER.test(sentence.text.slice(0, m.start - sentence.start));
}

/**
 * "received a Primetime Emmy nomination": a name no rule decides, written each time right after "a" or "an",
 * qualifies a thing, unless a first name of either list opens it ("an Al Gore film": a person's name used so).
 */
function attributiveThing(c: Cluster, sentences: readonly Sentence[], lex: CompiledLexicon): boolean {
  const first = c.words[0] ?? '';
  return !lex.listedGivenNames.has(first) && afterIndefiniteArticle(c, sentences);
}

/** The mention without its first word. */
function withoutFirstWord(m: PersonMention, entities: Entities): PersonMention {
  const next = entities.tokens[firstAtOrAfter(entities.tokens, m.start) + 1];
  if (next === undefined) return m;
  const rest = m.words.slice(1);
  return { ...m, start: next.start, name: rest.join(' '), words: rest };
}

/** "Former" opening the run, or "former"/"ex" just before it. */
const FORMER = /^(?:former|ex)$/iu;

/**
 * "former Yankee Tom Reyes", "Former Tory Ada Vik": the capitalized word after "former" names the team or party the
 * person was in when a first name of either list follows it; how many words open the run before the person's name.
 */
function formerMemberWords(m: PersonMention, entities: Entities, lex: CompiledLexicon): number {
  const opens = FORMER.test(m.words[0] ?? '');
  const skip = opens ? 2 : 1;
  const given = m.words[skip] ?? '';
  if (m.words.length < skip + 2 || lex.givenNames.has(m.words[skip - 1] ?? '')) return 0;
  if (!lex.givenNames.has(given) && !isListedGivenName(given, lex)) return 0;
  if (opens) return skip;
  const before = entities.tokens[firstAtOrAfter(entities.tokens, m.start) - 1];
  return before !== undefined && FORMER.test(before.text) && before.end < m.start ? skip : 0;
}

/**
 * "All-Star Kevin Moss", "Fired coach Jim Orr", "Yankee Tom Reyes", "Swedes Jan Ek and ...": a word that is no
 * given name, glued before a given name and a surname, describes the person when it is an everyday word, a
 * hyphenated word with no given name in it ("Jean-Claude" opens a name), a people's name (in the plural too:
 * compatriots listed in sports results), a title in the plural ("Detectives X Y and ..."), or the plural or the
 * past form of an everyday word.
 */
function describesName(words: readonly string[], lex: CompiledLexicon): boolean {
  const first = words[0] ?? '';
  if (words.length < 3 || lex.givenNames.has(first) || !lex.givenNames.has(words[1] ?? '')) return false;
  const lower = first.toLowerCase();
  return (
    lex.englishWords.has(lower) ||
    (first.includes('-') && !first.split('-').some((part) => lex.givenNames.has(part))) ||
    lex.country.has(first) ||
    (first.endsWith('s') && lex.country.has(first.slice(0, -1))) ||
    (lower.endsWith('s') && lex.titleWords.has(lower.slice(0, -1))) ||
    (lower.endsWith('s') && lex.englishWords.has(lower.slice(0, -1))) ||
    (lower.endsWith('ed') &&
      (lex.englishWords.has(lower.slice(0, -1)) || lex.englishWords.has(lower.slice(0, -2))))
  );
}

/** A given name anywhere (family names come first in many traditions), or a name particle ("dos", "van der", "al-"). */
function hasPersonShape(words: readonly string[], lex: CompiledLexicon): boolean {
  return words.some(
    (w, i) =>
      lex.givenNames.has(w) ||
      lex.givenNames.has(w.split('-')[0] ?? '') ||
      (i > 0 && (lex.particles.has(w) || PARTICLE_NAME.test(w))),
  );
}

/**
 * "he"/"she" points back to a person: the first name of its own sentence when that comes before it, else the
 * first name of the sentence before. Subjects open English sentences, so this skips objects ("told Capital Brief that he");
 * a first name after an article or a possessive ("People magazine's Finest Man Living") is no subject, and credits no one.
 */
function creditPronouns(clusters: readonly Cluster[], sentences: readonly Sentence[]): void {
  const firstIn = firstMentions(clusters, sentences);
  let previousFirst: SentenceMark | undefined;
  sentences.forEach((s, i) => {
    const own = firstIn[i];
    // An exec loop, not matchAll: matchAll copies the regex (a new RegExp from source) at every sentence.
    PERSONAL_PRONOUN.lastIndex = 0;
    for (let m = PERSONAL_PRONOUN.exec(s.text); m !== null; m = PERSONAL_PRONOUN.exec(s.text)) {
      const at = s.start + m.index;
      const target = own !== undefined && own.start < at ? own : previousFirst;
      if (target?.subject === true) target.cluster.evidence = true;
      if (target === own) break;
    }
    previousFirst = own;
  });
}

/** A name's mention that opens the names of its sentence, and the person it belongs to. */
interface SentenceMark {
  start: number;
  cluster: Cluster;
  /** False when an article or a possessive comes before it ("a local Harbour Aid"): a thing's name, no subject. */
  subject: boolean;
}

/**
 * Per sentence, the mention that starts first in it (of two starting together, the one of the earlier cluster):
 * each mention is placed by a binary search, not all of them sorted.
 */
function firstMentions(
  clusters: readonly Cluster[],
  sentences: readonly Sentence[],
): Array<SentenceMark | undefined> {
  const firstIn = new Array<SentenceMark | undefined>(sentences.length).fill(undefined);
  for (const cluster of clusters) {
    for (const m of cluster.mentions) {
      const i = sentenceAt(sentences, m.start);
      const s = sentences[i];
      if (s === undefined || m.start < s.start || m.start >= s.end) continue;
      const known = firstIn[i];
      if (known === undefined || m.start < known.start) {
        const offset = m.start - s.start;
        const subject = !MODIFIER_BEFORE.test(s.text.slice(Math.max(0, offset - 12), offset));
        firstIn[i] = { start: m.start, cluster, subject };
      }
    }
  }
  return firstIn;
}

/**
 * "Brannvik Tools Oy said ... Brannvik Tools said": the names written with a company legal form ending them (thing
 * cues of organizations), which the text's shorter forms open.
 */
function legalFormNames(clusters: readonly Cluster[], lex: CompiledLexicon): Cluster[] {
  const legalForms = lex.thingCues.organization.last;
  return clusters.filter((c) => c.words.length >= 2 && legalForms.has(c.words[c.words.length - 1] ?? ''));
}
