import { describe, expect, it } from 'vitest';
import { checkFaithful, type Digest, type DigestItem } from '../../../../lambdas/core/digest';
import { composeChecked } from '../../../support/digest-check';
import { byKey } from './builders';
import { ledger, tradeStory, wire } from './fixtures';

const articles = byKey([ledger, wire]);
const digest = composeChecked([tradeStory], articles, { date: '2026-04-08' });

function tamper(change: (item: DigestItem) => DigestItem): Digest {
  const item = digest.items[0] as DigestItem;
  return { ...digest, items: [change(structuredClone(item))] };
}

function rewrite(item: DigestItem, from: string, to: string): DigestItem {
  const clauses = item.whatsNewClauses.map((c) => ({ ...c, text: c.text.replace(from, to) }));
  return { ...item, whatsNewClauses: clauses, whatsNew: clauses.map((c) => c.text).join(' ') };
}

describe('Function: checkFaithful', () => {
  it('accepts the composed digest', () => {
    expect(checkFaithful(digest, articles)).toEqual([]);
  });

  it.each([
    [
      'an invented person',
      (i: DigestItem) => rewrite(i, 'Marc Tremblay', 'Marc Dubois'),
      /Marc Dubois" appears in no source/,
    ],
    ['an invented place', (i: DigestItem) => rewrite(i, 'in Ottawa', 'in Toronto'), /"Toronto"/],
    ['an invented number', (i: DigestItem) => rewrite(i, 'April 7', 'April 9'), /"April 9"/],
    [
      'an altered quotation',
      (i: DigestItem) => rewrite(i, '“frank and useful', '“frank and fruitful'),
      /not verbatim/,
    ],
    [
      'a sentence index that does not exist',
      (i: DigestItem) => ({
        ...i,
        whatsNewClauses: i.whatsNewClauses.map((c) => ({
          ...c,
          sources: c.sources.map((s) => ({ ...s, sentence: 99 })),
        })),
      }),
      /no sentence 99/,
    ],
    [
      'an unknown article',
      (i: DigestItem) => ({
        ...i,
        backgroundClauses: i.backgroundClauses.map((c) => ({
          ...c,
          sources: [{ key: 'nowhere.txt', outlet: 'Nordic Ledger', sentence: 0 }],
        })),
      }),
      /nowhere\.txt is not among the articles/,
    ],
    [
      'text that differs from its clauses',
      (i: DigestItem) => ({ ...i, whatsNew: `${i.whatsNew} Extra words.` }),
      /differs from its clauses/,
    ],
  ])('reports %s', (_name, change, problem) => {
    const problems = checkFaithful(tamper(change), articles);

    expect(problems.join('\n')).toMatch(problem);
  });
});
