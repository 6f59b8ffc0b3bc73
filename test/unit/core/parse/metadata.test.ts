import { describe, expect, it } from 'vitest';
import type { MetaCandidates, ResolvedMetadata } from '../../../../lambdas/core/model';
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
    'credits deduplicated, case-insensitively',
    meta({ credits: ['Kelly Wang', 'Kelly  Wang', 'kelly wang', 'Leila Hashemi'], datelinePlace: 'Beijing' }),
    {},
    { credits: ['Kelly Wang', 'Leila Hashemi'], datelinePlace: 'Beijing' },
  ],
];

describe('Function: resolveMetadata', () => {
  it.each(TABLE)('%s', (_name, candidates, objectMetadata, expected) => {
    // Act
    const resolved = resolveMetadata(candidates, objectMetadata, UPLOAD);

    // Assess
    expect(resolved).toMatchObject(expected);
  });
});
