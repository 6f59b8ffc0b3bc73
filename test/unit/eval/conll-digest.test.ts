import { describe, expect, it } from 'vitest';
import type { Digest } from '../../../lambdas/core/digest';
import type { ConllDocument } from '../../../test/eval/conll';
import {
  conllDigestFigures,
  digestDocuments,
  tellsSomething,
  wireCopy,
} from '../../../test/eval/conll-digest';
import { buildArticle, buildStory, byKey } from '../core/digest/builders';

/** A document of own-words sentences, each a list of tokens (tags play no part in the rebuild). */
function doc(index: number, sentences: string[]): ConllDocument {
  return { index, sentences: sentences.map((s) => s.split(' ').map((text) => ({ text, tag: 'O' }))) };
}

const PROSE = 'The harbour board opened a new ferry pier on the north quay .';

describe('Function: wireCopy', () => {
  it.each([
    [
      'headline, date line, prose: the dateline goes before the first paragraph',
      doc(3, ['FERRY PIER OPENS .', 'PORTVILLE 1996-08-27', PROSE]),
      {
        key: 'train-3.txt',
        body: 'FERRY PIER OPENS\n\nPORTVILLE, Aug 27 (Reuters) - The harbour board opened a new ferry pier on the north quay.\n',
        published: '1996-08-27',
      },
    ],
    [
      'a byline between headline and date line',
      doc(4, ['FERRY PIER OPENS', 'Ann Example', 'PORTVILLE 1996-09-02', PROSE]),
      {
        key: 'train-4.txt',
        body: 'FERRY PIER OPENS\n\nBy Ann Example\n\nPORTVILLE, Sept 2 (Reuters) - The harbour board opened a new ferry pier on the north quay.\n',
        published: '1996-09-02',
      },
    ],
    ['no date line', doc(5, ['FERRY PIER OPENS', PROSE]), null],
    ['a results table: no prose', doc(6, ['RESULTS', 'PORTVILLE 1996-08-27', 'Hale 3 Dunmore 1']), null],
  ])('%s', (_kind, document, expected) => {
    expect(wireCopy(document, 'train')).toEqual(expected);
  });
});

describe('Function: digestDocuments', () => {
  it('leaves the quote gold’s aside ids out of train, and reads dev whole', () => {
    const docs = [doc(0, [PROSE]), doc(1, [PROSE])];
    expect(digestDocuments(docs, 'train', new Set(['train-1'])).map((d) => d.index)).toEqual([0]);
    expect(digestDocuments(docs, 'dev', new Set(['train-1'])).map((d) => d.index)).toEqual([0, 1]);
  });
});

describe('Function: conllDigestFigures', () => {
  it('counts items with a headline and a lead, threads and the stories they tell, and the reader’s problems by kind', () => {
    const clause = { text: 'Ferry pier opens.', sources: [], dates: [] };
    const thread = { stories: ['s0', 's1'], links: [] };
    const digest = {
      date: '1996-12-31',
      items: [
        {
          storyId: 's1',
          headline: 'Pier',
          whatsNewClauses: [clause],
          backgroundClauses: [],
          sources: [],
          thread,
        },
        { storyId: 's2', headline: '', whatsNewClauses: [], backgroundClauses: [], sources: [] },
      ],
    } as unknown as Digest;
    const figures = conllDigestFigures('train', 9, digest, new Map(), []);
    expect(figures).toMatchObject({
      documents: 9,
      items: 2,
      withHeadline: 1,
      withLead: 1,
      threads: 1,
      storiesTold: 3,
    });
    expect(figures.problems.headline).toBe(2);
  });
});

describe('Function: tellsSomething', () => {
  const report = (key: string, text: string) =>
    buildArticle({ key, outlet: 'Harbour Wire', published: '1996-08-27', text });

  it.each([
    ['a report of prose', ['The harbour board opened a new ferry pier on the north quay on Tuesday.'], true],
    [
      'a desk note under a table, alone',
      ['NOTE - Velmora Lines runs ferries from Portville to the outer islands.'],
      false,
    ],
    [
      'a table announced, not told',
      ['The following table shows ferry fares from Portville in guilders.'],
      false,
    ],
    [
      'a press review',
      [
        'The Portville Post says the ferry fares will rise in May. The Harbour Desk has not verified these reports.',
      ],
      false,
    ],
    [
      'a table report beside a report of prose',
      [
        'NOTE - Velmora Lines runs ferries from Portville.',
        'The harbour board opened a new ferry pier on the north quay on Tuesday.',
      ],
      true,
    ],
  ])('%s: %s', (_kind, texts, expected) => {
    const articles = texts.map((t, i) => report(`wire-${i}.txt`, t));
    expect(tellsSomething(buildStory('s', articles), byKey(articles))).toBe(expected);
  });
});
