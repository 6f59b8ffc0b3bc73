import { describe, expect, it } from 'vitest';
import type { MetaCandidates, ResolvedMetadata } from '../../../../lambdas/core/model';
import { isRejection, parseDocument } from '../../../../lambdas/core/parse';
import { resolveMetadata } from '../../../../lambdas/core/parse/metadata';

const UPLOAD = '2024-03-07T10:20:30.000Z';

const meta = (partial: Partial<MetaCandidates>): MetaCandidates => ({
  outlet: [],
  headline: [],
  published: [],
  url: [],
  credits: [],
  ...partial,
});

const TABLE: [string, MetaCandidates, Record<string, string>, Partial<ResolvedMetadata>][] = [
  [
    'nothing known: unknown outlet, upload time',
    meta({}),
    {},
    {
      outlet: { value: 'unknown', source: 'unknown' },
      headline: null,
      published: { value: '2024-03-07T10:20:30Z', source: 'upload-time' },
      url: null,
      credits: [],
    },
  ],
  [
    'object metadata beats the document',
    meta({
      outlet: [{ value: 'Caixin', source: 'contact-email' }],
      headline: [{ value: 'From the text', source: 'headline-line' }],
      published: [{ value: '2024-01-01', source: 'html-meta' }],
      url: [{ value: 'https://doc.example/a', source: 'html-meta' }],
    }),
    { outlet: 'The Hill', title: 'Given title', published: '2023-06-06', url: 'https://thehill.example/x' },
    {
      outlet: { value: 'The Hill', source: 'object-metadata' },
      headline: { value: 'Given title', source: 'object-metadata' },
      published: { value: '2023-06-06', source: 'object-metadata' },
      url: { value: 'https://thehill.example/x', source: 'object-metadata' },
    },
  ],
  [
    'invalid object metadata is ignored',
    meta({
      published: [{ value: '2024-02-09', source: 'front-matter' }],
      url: [{ value: 'https://ok.example/', source: 'json-ld' }],
    }),
    { published: 'last Tuesday', url: 'javascript:alert(1)', outlet: '   ' },
    {
      outlet: { value: 'unknown', source: 'unknown' },
      published: { value: '2024-02-09', source: 'front-matter' },
      url: { value: 'https://ok.example/', source: 'json-ld' },
    },
  ],
  [
    'object metadata date-time keeps its offset, so its date is the local day',
    meta({}),
    { published: '2023-06-06T08:00:00+08:00' },
    { published: { value: '2023-06-06T08:00:00+08:00', source: 'object-metadata' } },
  ],
  [
    'first valid document candidate wins, in order',
    meta({
      outlet: [
        { value: 'Valley Courier', source: 'html-meta' },
        { value: 'Other', source: 'json-ld' },
      ],
      published: [
        { value: 'not a date', source: 'html-meta' },
        { value: 'Tue, 6 Jun 2023 09:12:00 +0800', source: 'email-header' },
      ],
    }),
    {},
    {
      outlet: { value: 'Valley Courier', source: 'html-meta' },
      published: { value: '2023-06-06T09:12:00+08:00', source: 'email-header' },
    },
  ],
  [
    "a contact address's outlet yields to the dateline's agency",
    meta({
      outlet: [
        { value: 'Quayside Gazette', source: 'contact-email' },
        { value: 'Reuters', source: 'dateline' },
      ],
    }),
    {},
    { outlet: { value: 'Reuters', source: 'dateline' } },
  ],
  [
    'a contact address names the outlet when nothing else does',
    meta({ outlet: [{ value: 'Quayside Gazette', source: 'contact-email' }] }),
    {},
    { outlet: { value: 'Quayside Gazette', source: 'contact-email' } },
  ],
  [
    'a full date beats a dateline day without a year',
    meta({ published: [{ value: '2024-02-20', source: 'html-meta' }], datelineDay: '03-05' }),
    {},
    { published: { value: '2024-02-20', source: 'html-meta' } },
  ],
  [
    'credits deduplicated, case-insensitively',
    meta({ credits: ['Kelly Wang', 'Kelly  Wang', 'kelly wang', 'Leila Hashemi'], datelinePlace: 'Beijing' }),
    {},
    { credits: ['Kelly Wang', 'Leila Hashemi'], datelinePlace: 'Beijing' },
  ],
  [
    'a bare dateline stays marked bare, for extraction to check its place',
    meta({ datelinePlace: 'Feature', datelineBare: true }),
    {},
    { datelinePlace: 'Feature', datelineBare: true },
  ],
];

/** A dateline's month and day against the upload (2024-03-07T10:20:30Z): the year that is not in the future. */
const DATELINE_DAYS: [string, string, string][] = [
  ['two days before the upload', '03-05', '2024-03-05'],
  ['the upload day', '03-07', '2024-03-07'],
  ['the day after the upload (a zone ahead of UTC)', '03-08', '2024-03-08'],
  ['a week after the upload month-day: last year', '03-14', '2023-03-14'],
  ['late December before a March upload', '12-30', '2023-12-30'],
  ['leap day in a leap year', '02-29', '2024-02-29'],
];

const NO_DATELINE_DAY: [string, string][] = [
  ['a day no month has', '02-30'],
  ['no month at all', '13-01'],
];

/**
 * A page's address against the upload (2024-03-07T10:20:30Z): the day its path gives, when nothing
 * else dates the page. Addresses invented for the test.
 */
const URL_DAYS: [string, string, string][] = [
  ['a year/month/day path', 'https://harbornews.example/2024/03/05/ferry-strike-ends/', '2024-03-05'],
  ['a dashed day as a path segment', 'https://tv.example/news/story/2024-02-28/mill-fire/', '2024-02-28'],
  ['a day before a slug joined by a dash', 'https://blog.example/2023/11/30-vote-count', '2023-11-30'],
  [
    'the day after the upload (a zone ahead of UTC)',
    'https://harbornews.example/2024/03/08/x.html',
    '2024-03-08',
  ],
];

/** Addresses that give no publication day: the upload time stands in. */
const NO_URL_DAY: [string, string][] = [
  ['a month without a day', 'https://rumours.example/2024/02/club-makes-offer.html'],
  ['a number that is no date', 'https://wire.example/2/hi/europe/20240305.stm'],
  ['a day no month has', 'https://harbornews.example/2024/02/30/ferry/'],
  ['a day after the upload', 'https://harbornews.example/2024/03/20/ferry/'],
  ['a day in the query only', 'https://harbornews.example/story?date=2024/03/05/'],
  ['a day run into a longer number', 'https://harbornews.example/2024/03/051/ferry/'],
];

describe('Function: resolveMetadata', () => {
  it.each(TABLE)('%s', (_name, candidates, objectMetadata, expected) => {
    // Act
    const resolved = resolveMetadata(candidates, objectMetadata, UPLOAD);

    // Assess
    expect(resolved).toMatchObject(expected);
  });

  it.each(DATELINE_DAYS)('dates a year-less dateline of %s', (_name, datelineDay, published) => {
    const resolved = resolveMetadata(meta({ datelineDay }), {}, UPLOAD);

    expect(resolved.published).toEqual({ value: published, source: 'dateline' });
  });

  it.each(NO_DATELINE_DAY)('falls back to the upload time for %s', (_name, datelineDay) => {
    const resolved = resolveMetadata(meta({ datelineDay }), {}, UPLOAD);

    expect(resolved.published.source).toBe('upload-time');
  });

  it.each(URL_DAYS)("dates an undated page by its address's day: %s", (_name, url, published) => {
    const resolved = resolveMetadata(meta({}), { url }, UPLOAD);

    expect(resolved.published).toEqual({ value: published, source: 'url-path' });
  });

  it.each(NO_URL_DAY)('falls back to the upload time for an address with %s', (_name, url) => {
    const resolved = resolveMetadata(meta({ url: [{ value: url, source: 'html-meta' }] }), {}, UPLOAD);

    expect(resolved.published.source).toBe('upload-time');
  });

  it("takes the page's own date over its address's day, and a dateline's day too", () => {
    const url = 'https://harbornews.example/2024/03/01/ferry/';

    const own = resolveMetadata(
      meta({ published: [{ value: '2024-03-02', source: 'html-meta' }] }),
      { url },
      UPLOAD,
    );
    const dateline = resolveMetadata(meta({ datelineDay: '03-04' }), { url }, UPLOAD);

    expect(own.published).toEqual({ value: '2024-03-02', source: 'html-meta' });
    expect(dateline.published).toEqual({ value: '2024-03-04', source: 'dateline' });
  });
});

/** Wire copy written for this test: a dateline with an agency and no year, and a reporter's contact line. */
const WIRE_COPY: [string, string, string, { outlet: string; published: string }][] = [
  [
    'an agency dateline and a contact address of another outlet',
    [
      'PORTO NOVO, Oct. 2 (Reuters) - Dock workers at the old harbour ended a three-day stoppage on Wednesday after the port authority agreed to review night-shift pay.',
      'The authority said ships held offshore would berth by Friday.',
      'Contact the reporter at lena.brandt@quaysidegazette.example',
    ].join('\n\n'),
    '2025-01-10T08:00:00Z',
    { outlet: 'Reuters', published: '2024-10-02' },
  ],
  [
    'a year-less dateline just before the new year',
    [
      'HARBOR CITY, Dec. 30 — The river ferry resumed its winter timetable after a week of repairs, the operator said.',
      'Crossings will run every forty minutes until March.',
      'Contact the reporter at sam.okoro@rivernews.example',
    ].join('\n\n'),
    '2026-01-02T09:30:00Z',
    { outlet: 'Rivernews', published: '2025-12-30' },
  ],
];

describe('Function: parseDocument then resolveMetadata, on wire copy', () => {
  it.each(WIRE_COPY)('reads %s', async (_name, text, uploaded, expected) => {
    const doc = await parseDocument(
      { key: 'wire.txt', bytes: new TextEncoder().encode(text), metadata: {}, lastModified: uploaded },
      { maxBytes: 1_000_000 },
    );
    if (isRejection(doc)) throw new Error(doc.reason);

    const resolved = resolveMetadata(doc.meta, {}, uploaded);

    expect(resolved.outlet.value).toBe(expected.outlet);
    expect(resolved.published).toEqual({ value: expected.published, source: 'dateline' });
  });
});
