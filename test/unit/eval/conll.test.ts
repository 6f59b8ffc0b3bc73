import { describe, expect, it } from 'vitest';
import {
  conllFolder,
  detokenize,
  distinctPeople,
  isProse,
  measurePlaces,
  parseConll,
  personNames,
  placeMatcher,
  proseDocument,
  proseParagraphs,
} from '../../../test/eval/conll';

// Token rows written here in the CoNLL-2003 layout (token POS chunk tag); no third-party text.
const FILE = [
  '-DOCSTART- -X- -X- O',
  '',
  'HARBOUR NN I-NP O',
  'NEWS NN I-NP O',
  '',
  'PORTVILLE NNP I-NP I-LOC',
  '2001-03-04 CD I-NP O',
  '',
  'Mayor NNP I-NP O',
  'Tilda NNP I-NP I-PER',
  'Brannock NNP I-NP I-PER',
  'opened VBD I-VP O',
  'the DT I-NP O',
  'new JJ I-NP O',
  'ferry NN I-NP O',
  'pier NN I-NP O',
  'in IN I-PP O',
  'Portville NNP I-NP I-LOC',
  ', , O O',
  'and CC O O',
  'Brannock NNP I-NP I-PER',
  'thanked VBD I-VP O',
  'Oskar NNP I-NP B-PER',
  '. . O O',
  '',
  '-DOCSTART- -X- -X- O',
  '',
  'Rovers NNP I-NP I-ORG',
  '3 CD I-NP O',
  'Wanderers NNP I-NP I-ORG',
  '1 CD I-NP O',
  '',
].join('\n');

describe('Function: parseConll', () => {
  it('splits the file into documents of tagged sentences', () => {
    const docs = parseConll(FILE);
    expect(docs.map((d) => d.sentences.length)).toEqual([3, 1]);
    expect(docs[0]?.sentences[2]?.[1]).toEqual({ text: 'Tilda', tag: 'I-PER' });
  });
});

describe('Function: detokenize', () => {
  it.each([
    ['punctuation glued to the word before', ['Yes', ',', 'she', 'left', '.'], 'Yes, she left.'],
    [
      'possessive and negation',
      ['the', 'club', "'s", 'coach', 'did', "n't", 'go'],
      "the club's coach didn't go",
    ],
    ['straight quotes paired', ['He', 'said', '"', 'no', 'way', '"', '.'], 'He said "no way".'],
    ['brackets and currency', ['(', 'about', '$', '5', ')'], '(about $5)'],
  ])('%s', (_kind, tokens, expected) => {
    expect(detokenize(tokens)).toBe(expected);
  });
});

describe('Function: isProse', () => {
  const row = (s: string) => s.split(' ').map((text) => ({ text, tag: 'O' }));
  it.each([
    ['a reported sentence', 'The council voted on Monday to close the pier .', true],
    ['a quoted sentence ending in a quote', '" We will reopen it soon , " she said . "', true],
    ['a results line', 'Rovers 3 Wanderers 1', false],
    ['a dateline', 'PORTVILLE 2001-03-04', false],
    ['a standings row with a full stop', 'Rovers 10 6 2 2 14 .', false],
  ])('%s', (_kind, sentence, expected) => {
    expect(isProse(row(sentence))).toBe(expected);
  });
});

describe('Function: personNames / distinctPeople', () => {
  it('reads I- runs as names and B- as the start of an adjacent one', () => {
    const doc = parseConll(FILE)[0];
    expect(personNames(doc?.sentences ?? [])).toEqual(['Tilda Brannock', 'Brannock', 'Oskar']);
  });
  it.each([
    ['a surname folds into the full name', ['Tilda Brannock', 'Brannock'], ['Tilda Brannock']],
    ['a given name folds too', ['Oskar Lind', 'Oskar'], ['Oskar Lind']],
    ['two people stay two', ['Oskar Lind', 'Tilda Brannock'], ['Oskar Lind', 'Tilda Brannock']],
  ])('%s', (_kind, names, expected) => {
    expect(distinctPeople(names)).toEqual(expected);
  });
});

describe('Function: placeMatcher', () => {
  const samePlace = placeMatcher(new Map([['Britain', 'United Kingdom']]));
  it.each([
    ['the same name', 'Portville', 'Portville', true],
    ['a country by another of its names', 'Britain', 'United Kingdom', true],
    ['two places', 'Portville', 'Norland', false],
  ])('%s', (_kind, gold, found, expected) => {
    expect(samePlace(gold, found)).toBe(expected);
  });
});

describe('Function: measurePlaces', () => {
  it.each([
    ['the annotated place found', ['Portville'], { tp: 1, fp: 0, fn: 0 }],
    ['a place the annotators did not mark', ['Portville', 'Norland'], { tp: 1, fp: 1, fn: 0 }],
    ['nothing found', [], { tp: 0, fp: 0, fn: 1 }],
  ])('counts %s, over prose documents only', (_kind, found, expected) => {
    const result = measurePlaces('train', parseConll(FILE), () => found, placeMatcher(new Map()));
    expect(result.documents).toBe(1);
    expect(result.places).toEqual(expected);
  });
});

describe('Function: proseDocument', () => {
  it('keeps prose, dates it by its dateline and lists its people once each', () => {
    const [news, results] = parseConll(FILE);
    expect(proseDocument(news ?? { index: 0, sentences: [] })).toEqual({
      index: 0,
      body: 'Mayor Tilda Brannock opened the new ferry pier in Portville, and Brannock thanked Oskar.',
      published: '2001-03-04',
      people: ['Tilda Brannock', 'Oskar'],
      places: ['Portville'],
    });
    expect(proseDocument(results ?? { index: 1, sentences: [] })).toBeNull();
  });
});

describe('Function: conllFolder', () => {
  it.each([
    ['no folder', undefined, 'no folder given'],
    ['an empty folder name', '', 'no folder given'],
    ['a folder without the files', '/nonexistent-folder', 'lacks eng.train and eng.testa'],
  ])('skips with a reason: %s', (_kind, dir, reason) => {
    const found = conllFolder(dir);
    expect('skip' in found && found.skip).toContain(reason);
  });
});

describe('Function: proseParagraphs', () => {
  // Our own sentences, tokenized as the CoNLL files are (a prose sentence has six tokens or more).
  const sentence = (s: string) => s.split(' ').map((text) => ({ text, tag: 'O' }));
  it.each([
    [
      'a quotation over two sentences stays one paragraph',
      ['" We will reopen the old pier .', 'It needs a new deck , " the mayor said .'],
      ['"We will reopen the old pier. It needs a new deck," the mayor said.'],
    ],
    [
      'an opening mark left at the end of a sentence opens the next',
      ['" It is done now , " she said . "', 'Now we can all rest . "'],
      ['"It is done now," she said. "Now we can all rest."'],
    ],
    [
      'a sentence opening with a mark inside a quotation reopens it in a new paragraph',
      ['" The deck is rotten through .', '" We start on it Monday , " he said .'],
      ['"The deck is rotten through.', '"We start on it Monday," he said.'],
    ],
    [
      'a left-out sentence that opens a quotation: the prose after it reopens it',
      ['The mayor spoke to the crowd .', '" Short one ...', 'we start on it next Monday , " he said .'],
      ['The mayor spoke to the crowd.', '"we start on it next Monday," he said.'],
    ],
    [
      'a left-out sentence inside a quotation keeps its paragraph going',
      ['The mayor was asked about the cost . "', 'No .', 'It will cost too much , " he said .'],
      ['The mayor was asked about the cost. "It will cost too much," he said.'],
    ],
  ])('%s', (_kind, sentences, expected) => {
    expect(proseParagraphs(sentences.map(sentence))).toEqual(expected);
  });
});
