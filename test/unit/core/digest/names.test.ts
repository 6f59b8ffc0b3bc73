import { describe, expect, it } from 'vitest';
import { introducedElsewhere, introducePeople } from '../../../../lambdas/core/digest/names';
import type { Article, Person } from '../../../../lambdas/core/model';
import { digestProblems } from '../../../support/digest-check';
import { buildArticle } from './builders';

/** A report whose people the extractor linked: each person's mentions, by the words used. */
function report(text: string, people: [name: string, forms: string[]][]): Article {
  const article = buildArticle({ key: 'names.txt', outlet: 'Harbour Wire', published: '2026-06-03', text });
  const mentionsOf = (form: string) =>
    [...text.matchAll(new RegExp(`\\b${form}\\b`, 'gu'))].map((m) => {
      const start = m.index ?? 0;
      const sentence = article.sentences.find((s) => s.start <= start && start < s.end)?.index ?? -1;
      return { sentence, start, end: start + form.length };
    });
  const linked: Person[] = people.map(([name, forms]) => ({
    name,
    aliases: forms.filter((f) => f !== name),
    mentions: forms
      .flatMap(mentionsOf)
      .filter((m) => text.slice(m.start, m.end) !== name || forms.includes(name)),
  }));
  return { ...article, people: linked };
}

const TEXT = [
  'The island ferry line named Tom Berg its harbour master on Monday.',
  'Berg sailed the Kessel run for ten years before the Berg era at the line began.',
  '“Berg will keep the boats running,” the board chair said.',
  'Captain Berg took the first ferry out at dawn.',
].join(' ');

describe('Function: introducePeople', () => {
  const article = report(TEXT, [['Tom Berg', ['Tom Berg', 'Berg']]]);
  it.each<[string, string, number, string, string, number[]]>([
    [
      'a surname the item has not named in full',
      'Berg sailed the Kessel run for ten years.',
      1,
      '',
      'Tom Berg sailed the Kessel run for ten years.',
      [0],
    ],
    [
      'a surname the item has named in full already',
      'Berg sailed the Kessel run for ten years.',
      1,
      'Tom Berg named harbour master',
      'Berg sailed the Kessel run for ten years.',
      [],
    ],
    [
      'a surname inside a quotation',
      '“Berg will keep the boats running,” the board chair said.',
      2,
      '',
      '“Berg will keep the boats running,” the board chair said.',
      [],
    ],
    [
      'a surname after a title',
      'Captain Berg took the first ferry out at dawn.',
      3,
      '',
      'Captain Berg took the first ferry out at dawn.',
      [],
    ],
    [
      'a surname as a modifier',
      'Ferries ran to a late Berg era timetable.',
      1,
      '',
      'Ferries ran to a late Berg era timetable.',
      [],
    ],
  ])('%s', (_kind, text, sentence, told, expected, naming) => {
    expect(introducePeople(text, article, sentence, told)).toEqual({ text: expected, naming });
  });

  it('leaves a surname the extractor linked to no one in that sentence', () => {
    const unlinked = report(TEXT, [['Tom Berg', ['Tom Berg']]]);
    expect(introducePeople('Berg sailed the Kessel run.', unlinked, 1, '').text).toBe(
      'Berg sailed the Kessel run.',
    );
  });
});

describe('Function: introducedElsewhere', () => {
  const text = [
    'The island ferry line named Tom Berg its harbour master on Monday.',
    'Berg sailed the Kessel run for ten years.',
    'In 2019, Berg, the line’s oldest skipper, won the harbour race.',
    'The race was won by Berg in 2019.',
  ].join(' ');
  const article = report(text, [['Tom Berg', ['Tom Berg', 'Berg']]]);
  it.each<[string, number, string, boolean]>([
    ['a subject the report introduced in a sentence the item does not print', 1, 'Ferries sailed.', true],
    ['a subject the item has named', 1, 'Tom Berg took charge of the port.', false],
    ['a subject its own sentence describes', 2, 'Ferries sailed.', false],
    ['a name that is not the subject', 3, 'Ferries sailed.', false],
  ])('%s', (_kind, sentence, told, expected) => {
    const own = article.sentences[sentence]?.text ?? '';
    expect(introducedElsewhere(own, article, sentence, told)).toBe(expected);
  });
});

describe('Function: digestProblems, a stranger in the background', () => {
  const text = [
    'The island ferry line named Tom Berg its harbour master on Monday.',
    'Berg sailed the Kessel run for ten years.',
  ].join(' ');
  const article = report(text, [['Tom Berg', ['Tom Berg', 'Berg']]]);
  const clause = (t: string, sentence: number) => ({
    text: t,
    sources: [{ key: article.key, outlet: 'Harbour Wire', sentence }],
    dates: [],
  });
  const itemWith = (whatsNew: string) => ({
    storyId: 's1',
    storyVersion: 1,
    headline: 'Island ferry line names a new harbour master',
    isUpdate: false,
    whatsNew,
    whatsNewClauses: [clause(whatsNew, 0)],
    background: 'Tom Berg sailed the Kessel run for ten years.',
    backgroundClauses: [clause('Tom Berg sailed the Kessel run for ten years.', 1)],
    sources: [{ outlet: 'Harbour Wire' }],
    verdicts: [],
  });
  it.each([
    ['flags a person what’s new never named', 'The island ferry line named a harbour master.', true],
    [
      'passes a person what’s new named',
      'The island ferry line named Tom Berg its harbour master on Monday.',
      false,
    ],
  ])('%s', (_kind, whatsNew, flagged) => {
    const digest = { subject: 'Digest', date: '2026-06-03', items: [itemWith(whatsNew)], more: 0 };
    const problems = digestProblems(digest, new Map([[article.key, article]]));
    expect(problems.some((p) => p.includes('someone the item never introduced'))).toBe(flagged);
  });
});
