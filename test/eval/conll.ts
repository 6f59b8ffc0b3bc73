/**
 * Real-text people and places measurement on CoNLL-2003 English (Reuters, 1996-97): each
 * `-DOCSTART-` document's prose is rebuilt from its tokens, run through the extraction core, and
 * the people and places it finds are scored against the document's PER and LOC names. The files are third-party text: they are
 * read from a folder given at run time and never enter the repository. Only the training and
 * development files are read; the test file is held out for judging.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Person } from '../../lambdas/core/model';
import { addCounts, type Counts, matchSets, sameName, zeroCounts } from './metrics';

/** One token with its entity tag (IOB1 or IOB2: I-PER continues a name, B-PER starts an adjacent one). */
export interface ConllToken {
  text: string;
  tag: string;
}

/** One `-DOCSTART-` unit: its sentences of tagged tokens. */
export interface ConllDocument {
  index: number;
  sentences: ConllToken[][];
}

/** A document rebuilt as prose, with the people its annotators marked in that prose. */
export interface ProseDocument {
  index: number;
  body: string;
  published: string;
  /** PER names, a short form dropped when a longer name in the document holds all its words. */
  people: string[];
  /** LOC names (countries, regions, towns, venues, seas), each once. */
  places: string[];
}

/** The development split (train) and the split kept aside until the end (dev), by file name. */
export const CONLL_SPLITS = { train: 'eng.train', dev: 'eng.testa' } as const;
export type ConllSplit = keyof typeof CONLL_SPLITS;

/** Splits a CoNLL-2003 file into documents; lines are `token POS chunk tag`. */
export function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let sentence: ConllToken[] = [];
  const close = (): void => {
    const doc = docs[docs.length - 1];
    if (sentence.length > 0 && doc !== undefined) doc.sentences.push(sentence);
    sentence = [];
  };
  for (const line of text.split(/\r?\n/u)) {
    if (line.startsWith('-DOCSTART-')) {
      close();
      docs.push({ index: docs.length, sentences: [] });
      continue;
    }
    const fields = line.trim().split(/\s+/u);
    if (line.trim() === '' || fields.length < 2) {
      close();
      continue;
    }
    sentence.push({ text: fields[0] ?? '', tag: fields[fields.length - 1] ?? 'O' });
  }
  close();
  return docs.filter((d) => d.sentences.length > 0);
}

const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}]|'s|'re|'ve|'ll|'d|'m|n't|')$/iu;
const NO_SPACE_AFTER = /^[([{$]$/u;

/** Glues tokens into text, carrying whether a straight quote is open from one run of tokens to the next. */
class Joiner {
  text = '';
  openQuote = false;
  private glueNext = true;

  add(tokens: readonly string[]): this {
    for (const t of tokens) {
      let glue = this.glueNext || NO_SPACE_BEFORE.test(t);
      this.glueNext = NO_SPACE_AFTER.test(t);
      if (t === '"') {
        if (this.openQuote) glue = true;
        else this.glueNext = true;
        this.openQuote = !this.openQuote;
      }
      this.text += glue ? t : ` ${t}`;
    }
    return this;
  }
}

/** Joins tokens as a reporter would have typed them: no space before punctuation, straight quotes paired. */
export function detokenize(tokens: readonly string[]): string {
  return new Joiner().add(tokens).text;
}

/**
 * A document's prose sentences as paragraphs. The files cut a quotation of several sentences into sentences,
 * one opening mark in the first and the closing one in the last (or an opening mark at the end of the sentence
 * before), so quote marks are paired across the document's sentences: a prose sentence inside an open
 * quotation goes on in the paragraph before it; one that opens with a mark while a quotation is open starts a
 * new paragraph that reopens it, as wire copy writes a quotation running over paragraphs. A sentence that is
 * not prose is left out but its marks still count: the quotation it opened is reopened on the prose after it.
 */
export function proseParagraphs(sentences: readonly (readonly ConllToken[])[]): string[] {
  const paragraphs: string[] = [];
  let joiner: Joiner | null = null;
  let open = false;
  for (const sentence of sentences) {
    const tokens = sentence.map((t) => t.text);
    if (!isProse(sentence)) {
      if (!open && joiner !== null) {
        paragraphs.push(joiner.text);
        joiner = null;
      }
      if (tokens.filter((t) => t === '"').length % 2 === 1) open = !open;
      if (joiner !== null) joiner.openQuote = open;
      continue;
    }
    const reopens = open && tokens[0] === '"';
    if (joiner !== null && open && !reopens) joiner.add(tokens);
    else {
      if (joiner !== null) paragraphs.push(joiner.text);
      joiner = new Joiner().add(open && !reopens ? ['"', ...tokens] : tokens);
    }
    open = joiner.openQuote;
  }
  if (joiner !== null) paragraphs.push(joiner.text);
  return paragraphs;
}

const DATELINE = /^[A-Z][A-Z .'-]*\s+(\d{4}-\d{2}-\d{2})$/u;

/**
 * Whether a sentence reads as prose: enough lowercase words and a closing mark. Result tables,
 * scores and standings lines, headlines and datelines are not prose.
 */
export function isProse(tokens: readonly ConllToken[]): boolean {
  if (tokens.length < 6) return false;
  const last = tokens[tokens.length - 1]?.text ?? '';
  const closing = tokens[tokens.length - 2]?.text ?? '';
  if (!/^[.?!]$/u.test(last) && !(last === '"' && /^[.?!,]$/u.test(closing))) return false;
  const lower = tokens.filter((t) => /^\p{Ll}{2,}/u.test(t.text)).length;
  return lower >= 3 && lower / tokens.length >= 0.25;
}

/** The PER names of some sentences, in order of appearance. */
export function personNames(sentences: readonly ConllToken[][]): string[] {
  return taggedNames(sentences, 'PER');
}

/** The names of one entity type (PER, LOC, ...) in some sentences, in order of appearance. */
export function taggedNames(sentences: readonly ConllToken[][], type: string): string[] {
  const [begin, inside] = [`B-${type}`, `I-${type}`];
  const names: string[] = [];
  for (const sentence of sentences) {
    let current: string[] = [];
    const flush = (): void => {
      if (current.length > 0) names.push(detokenize(current));
      current = [];
    };
    for (const t of sentence) {
      if (t.tag === begin || (t.tag === inside && current.length === 0)) {
        flush();
        current.push(t.text);
      } else if (t.tag === inside) current.push(t.text);
      else flush();
    }
    flush();
  }
  return names;
}

/** One entry per person: a name whose words all sit inside a longer name of the document is that person's short form. */
export function distinctPeople(names: readonly string[]): string[] {
  const unique = [...new Set(names)];
  const words = (n: string): string[] => n.toLowerCase().split(/[\s-]+/u);
  return unique.filter((name) => {
    const mine = words(name);
    return !unique.some((other) => {
      if (other === name || other.length <= name.length) return false;
      const theirs = new Set(words(other));
      return mine.every((w) => theirs.has(w));
    });
  });
}

/** A document's prose as one paragraph a sentence, and the people named in it; null when it has no prose. */
export function proseDocument(doc: ConllDocument): ProseDocument | null {
  const prose = doc.sentences.filter(isProse);
  if (prose.length === 0) return null;
  let published = '1996-08-30';
  for (const s of doc.sentences.slice(0, 3)) {
    const m = DATELINE.exec(detokenize(s.map((t) => t.text)));
    if (m?.[1] !== undefined) {
      published = m[1];
      break;
    }
  }
  return {
    index: doc.index,
    body: proseParagraphs(doc.sentences).join('\n\n'),
    published,
    people: distinctPeople(personNames(prose)),
    places: [...new Set(taggedNames(prose, 'LOC'))],
  };
}

/** Whether a found person is the gold one, by full name or by one of its short forms. */
function isPerson(gold: string, found: Person): boolean {
  return sameName(gold, found.name) || found.aliases.some((alias) => sameName(gold, alias));
}

/** What the people measurement gives on one split. */
export interface ConllResult {
  split: ConllSplit;
  documents: number;
  people: Counts;
  misses: { index: number; missed: string[]; spurious: string[] }[];
}

export type FindPeople = (body: string, published: string) => Person[];

/** One kind of name scored over a split's prose documents: the counts and each document's misses. */
interface NameScores {
  documents: number;
  counts: Counts;
  misses: { index: number; missed: string[]; spurious: string[] }[];
}

/** Scores what `find` names in each prose document against the document's gold names of one kind. */
function scoreNames<F>(
  docs: readonly ConllDocument[],
  gold: (prose: ProseDocument) => string[],
  find: (body: string, published: string) => F[],
  same: (gold: string, found: F) => boolean,
  nameOf: (found: F) => string,
): NameScores {
  let counts = zeroCounts();
  let documents = 0;
  const misses: NameScores['misses'] = [];
  for (const doc of docs) {
    const prose = proseDocument(doc);
    if (prose === null) continue;
    documents++;
    const names = gold(prose);
    const found = find(prose.body, prose.published);
    counts = addCounts(counts, matchSets(names, found, same));
    const missed = names.filter((g) => !found.some((f) => same(g, f)));
    const spurious = found.filter((f) => !names.some((g) => same(g, f))).map(nameOf);
    if (missed.length > 0 || spurious.length > 0) misses.push({ index: doc.index, missed, spurious });
  }
  return { documents, counts, misses };
}

/** Scores people per document over every prose document of one split. */
export function measurePeople(
  split: ConllSplit,
  docs: readonly ConllDocument[],
  find: FindPeople,
): ConllResult {
  const { counts, ...rest } = scoreNames(
    docs,
    (p) => p.people,
    find,
    isPerson,
    (p) => p.name,
  );
  return { split, ...rest, people: counts };
}

/** What the places measurement gives on one split. */
export interface ConllPlaceResult {
  split: ConllSplit;
  documents: number;
  places: Counts;
  misses: { index: number; missed: string[]; spurious: string[] }[];
}

export type FindPlaces = (body: string, published: string) => string[];

/** One place by name, or by the country a name or alias stands for (`country`: the lexicon's alias table). */
export function placeMatcher(country: ReadonlyMap<string, string>): (gold: string, found: string) => boolean {
  const canonical = (name: string): string => country.get(name) ?? name;
  return (gold, found) => sameName(gold, found) || sameName(canonical(gold), canonical(found));
}

/**
 * Scores the places named per document over every prose document of one split. `samePlace` says
 * when two names are one place ("Britain" and "United Kingdom"): the extractor names a country by
 * its common name, the annotators marked the word the reporter wrote.
 */
export function measurePlaces(
  split: ConllSplit,
  docs: readonly ConllDocument[],
  find: FindPlaces,
  samePlace: (gold: string, found: string) => boolean,
): ConllPlaceResult {
  const distinct = (body: string, published: string) => [...new Set(find(body, published))];
  const { counts, ...rest } = scoreNames(
    docs,
    (p) => p.places,
    distinct,
    samePlace,
    (p) => p,
  );
  return { split, ...rest, places: counts };
}

/**
 * The CoNLL folder from `--conll DIR` or NEWS_DIGEST_CONLL, or why the measurement is skipped.
 * Only ever resolves the training and development files.
 */
export function conllFolder(dir: string | undefined): { dir: string } | { skip: string } {
  if (dir === undefined || dir === '')
    return { skip: 'no folder given (--conll DIR or NEWS_DIGEST_CONLL) holding eng.train and eng.testa' };
  const missing = Object.values(CONLL_SPLITS).filter((f) => !existsSync(join(dir, f)));
  if (missing.length > 0) return { skip: `${dir} lacks ${missing.join(' and ')}` };
  return { dir };
}

/** Reads one split's file from the folder. */
export async function loadSplit(dir: string, split: ConllSplit): Promise<ConllDocument[]> {
  return parseConll(await readFile(join(dir, CONLL_SPLITS[split]), 'utf8'));
}
