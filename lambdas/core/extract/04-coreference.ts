/** Step 4: merge name mentions into people; short forms resolve to the one full name they belong to. */
import type { Person, Sentence } from '../model';
import type { Entities, PersonMention } from './03-names';
import type { CompiledLexicon } from './compile';
import { spanOf } from './text';

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
}

/** Clusters name mentions into people: exact names, later short forms, and single words of exactly one full name. */
export function resolvePeople(
  entities: Entities,
  sentences: readonly Sentence[],
  lex: CompiledLexicon,
): People {
  const clusters: Cluster[] = [];
  const taken = new Set<number>();
  const byName = new Map<string, Cluster>();
  // Word -> multi-word clusters holding it, so short forms resolve in constant time.
  const byWord = new Map<string, Set<Cluster>>();
  const index = (c: Cluster): void => {
    if (c.words.length < 2) return;
    for (const w of c.words) {
      const set = byWord.get(w) ?? new Set<Cluster>();
      set.add(c);
      byWord.set(w, set);
    }
  };
  const containing = (word: string): Cluster[] => [...(byWord.get(word) ?? [])];

  for (const m of entities.people) {
    taken.add(m.start);
    const same = byName.get(m.name);
    if (same !== undefined) {
      addMention(same, m);
      continue;
    }
    if (m.words.length === 1) {
      const owners = containing(m.name);
      // A word shared by several full names ("Wang") stays unresolved rather than guessed.
      if (owners.length > 1) continue;
      const owner = owners[0];
      if (owner !== undefined) {
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
    }
    const cluster: Cluster = {
      name: m.name,
      words: m.words,
      aliases: new Set(),
      mentions: [],
      starts: new Set(),
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
    const owner = exact ?? (owners.length === 1 ? owners[0] : undefined);
    if (owner === undefined) continue;
    if (owner.name !== s.name) owner.aliases.add(s.name);
    addMention(owner, s);
  }

  const people: Person[] = clusters.map((c) => {
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
  const mentions = clusters
    .flatMap((c) => c.mentions.map((x) => ({ start: x.start, end: x.end, name: c.name })))
    .sort((a, b) => a.start - b.start);
  return { people, mentions };
}

function addMention(c: Cluster, m: PersonMention): void {
  if (c.starts.has(m.start)) return;
  c.starts.add(m.start);
  c.mentions.push({ start: m.start, end: m.end });
  if (c.title === undefined && m.title !== undefined) c.title = m.title;
  if (c.affiliation === undefined && m.affiliation !== undefined) c.affiliation = m.affiliation;
}
