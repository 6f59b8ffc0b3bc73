import { describe, expect, it } from 'vitest';
import type { Article, Rejection } from '../../../lambdas/core/model';
import type { Gold } from '../../../test/eval/corpus';
import { clusteringSummary, extractionRows, formatFigures, formatTable } from '../../../test/eval/report';
import { addScores, emptyScores, scoreArticle } from '../../../test/eval/score';

const gold: Gold = {
  outlet: 'Harbor Gazette',
  published: '2026-03-03',
  headline: 'Port workers walk out',
  people: ['Lena Okafor', 'Tomas van Rijn'],
  credits: ['Dara Quinn'],
  quotes: [{ speaker: 'Lena Okafor', text: 'We have waited long enough,' }],
  mainEvent: { type: 'protest', date: '2026-03-02', location: 'Antwerp', actors: ['Lena Okafor'] },
  background: [{ date: '2025-10' }],
  story: 'port-strike',
};

const span = { sentence: 0, start: 0, end: 1 };

/** An article that reads exactly what the gold says. */
function perfect(): Article {
  return {
    key: 'strike.txt',
    format: 'text',
    contentHash: 'h',
    outlet: { value: 'Harbor Gazette', source: 'object-metadata' },
    headline: { value: 'Port workers walk out', source: 'headline-line' },
    published: { value: '2026-03-03T08:00:00+01:00', source: 'object-metadata' },
    url: null,
    credits: ['Dara Quinn'],
    text: '',
    sentences: [],
    people: [
      { name: 'Lena Okafor', aliases: ['Okafor'], mentions: [] },
      { name: 'Tomas van Rijn', aliases: [], mentions: [] },
    ],
    organizations: [],
    places: ['Antwerp'],
    quotes: [{ speaker: 'Okafor', speakerKind: 'person', text: '“We have waited long enough,”', span }],
    mainEvent: {
      type: 'protest',
      action: 'walked out',
      participants: [
        { name: 'Lena Okafor', kind: 'person' },
        { name: 'Port workers union', kind: 'organization' },
      ],
      location: 'Antwerp',
      date: { start: '2026-03-02', end: '2026-03-02', precision: 'day', text: 'on Monday' },
      sentences: [0],
    },
    background: [
      {
        type: 'protest',
        action: 'struck',
        participants: [],
        date: { start: '2025-10-01', end: '2025-10-31', precision: 'month', text: 'in October' },
        sentences: [1],
      },
    ],
  };
}

describe('Function: scoreArticle', () => {
  it('does score an article that reads what the gold says as all right', () => {
    const { scores, misses } = scoreArticle('strike.txt', gold, perfect());
    expect(misses).toEqual([]);
    expect(scores.people).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(scores.quotes).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scores.actors).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scores.background).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scores.eventLocation).toEqual({ correct: 1, total: 1 });
  });

  it('does count a byline taken for a person as a violation and a false positive', () => {
    const article = perfect();
    article.people.push({ name: 'Dara Quinn', aliases: [], mentions: [] });
    const { scores, misses } = scoreArticle('strike.txt', gold, article);
    expect(scores.creditViolations).toBe(1);
    expect(scores.people).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(misses).toContain('credits taken for people: Dara Quinn');
  });

  it('does mark a wrong speaker, a wrong date and a date shifted to UTC', () => {
    const article = perfect();
    const [quote] = article.quotes;
    const main = article.mainEvent;
    if (!quote || !main) throw new Error('the perfect article has a quote and a main event');
    article.quotes = [{ ...quote, speaker: 'Tomas van Rijn' }];
    article.mainEvent = {
      ...main,
      date: { start: '2026-03-01', end: '2026-03-01', precision: 'day', text: 'Sunday' },
    };
    article.published = { value: '2026-03-02T23:00:00Z', source: 'object-metadata' };
    const { scores } = scoreArticle('strike.txt', gold, article);
    expect(scores.quoteText).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scores.quotes).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(scores.eventDate).toEqual({ correct: 0, total: 1 });
    expect(scores.published).toEqual({ correct: 0, total: 1 });
  });

  it('does skip the location when gold has none', () => {
    const { scores } = scoreArticle(
      'strike.txt',
      { ...gold, mainEvent: { ...gold.mainEvent, location: null } },
      perfect(),
    );
    expect(scores.eventLocation).toEqual({ correct: 0, total: 0 });
  });

  it('does score a rejection as nothing found', () => {
    const rejection: Rejection = {
      key: 'strike.txt',
      contentHash: 'h',
      code: 'empty',
      reason: 'The file is empty',
    };
    const { scores, misses } = scoreArticle('strike.txt', gold, rejection);
    expect(scores.rejected).toBe(1);
    expect(scores.people).toEqual({ tp: 0, fp: 0, fn: 2 });
    expect(scores.outlet).toEqual({ correct: 0, total: 1 });
    expect(misses[0]).toMatch(/^rejected: empty/);
  });
});

describe('Function: formatTable', () => {
  it('does print every field and the clustering figures', () => {
    const total = addScores(emptyScores(), scoreArticle('strike.txt', gold, perfect()).scores);
    const clustering = clusteringSummary({ a: 'x', b: 'x' }, { a: '1', b: '1' }, {}, { x: [] });
    const table = formatTable({
      articles: 1,
      rejected: 0,
      creditViolations: 0,
      rows: extractionRows(total),
      byFormat: formatFigures([
        { key: 'strike.txt', scores: total },
        { key: 'strike.html', scores: emptyScores() },
      ]),
      clustering,
    });
    expect(table).toMatch(/people\s+100\.0%\s+100\.0%\s+100\.0%\s+tp 2 fp 0 fn 0/);
    expect(table).toMatch(/clustering: B-cubed\s+100\.0%/);
    expect(table).toContain('stories: 1 predicted, 1 in gold');
    expect(table).toMatch(/\nhtml\s+1\s+100\.0%/);
    expect(table).toMatch(/\ntxt\s+1\s+100\.0%\s+100\.0%\s+100\.0%/);
  });

  it('does say why stories were not measured', () => {
    const table = formatTable({
      articles: 0,
      rejected: 0,
      creditViolations: 0,
      rows: [],
      byFormat: [],
      clustering: { error: 'no clusterer' },
    });
    expect(table).toContain('stories: not measured (no clusterer)');
  });
});
