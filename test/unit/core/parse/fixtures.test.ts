import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ArticleFormat, MetaSource, ParsedDocument } from '../../../../lambdas/core/model';
import { isRejection, parseDocument } from '../../../../lambdas/core/parse/index';

const FIXTURES = new URL('../../../fixtures/documents/', import.meta.url);

interface Expected {
  format: ArticleFormat;
  contentType?: string;
  outlet?: [string, MetaSource];
  headline?: [string, MetaSource] | null;
  published?: [string, MetaSource] | null;
  url?: string;
  credits?: string[];
  datelinePlace?: string;
  startsWith: string;
  includes?: string[];
  excludes?: string[];
}

const TABLE: [string, Expected][] = [
  [
    'wire-reuters-dateline.txt',
    {
      format: 'text',
      outlet: ['Reuters', 'dateline'],
      headline: null,
      published: null,
      credits: ['Tomasz Brennan', 'Priya Raman'],
      datelinePlace: 'London',
      startsWith: "Britain's rail regulator on Monday",
      excludes: ['Reporting by', 'LONDON'],
    },
  ],
  [
    'wire-ap-byline.txt',
    {
      format: 'text',
      outlet: ['The Associated Press', 'byline'],
      credits: ['Marta Kovac', 'Dev Patel'],
      datelinePlace: 'Kyiv',
      startsWith: 'Engineers restored power',
      excludes: ['Copyright', 'All rights reserved', 'MARTA'],
    },
  ],
  [
    'section-headline-byline.txt',
    {
      format: 'text',
      outlet: ['The Coastal Herald', 'byline'],
      headline: ['Harbor city approves ferry expansion after yearlong debate', 'headline-line'],
      credits: ['Ana Lima', 'Marco Teles'],
      startsWith: 'The city council voted 7-2',
      excludes: ['Business', 'Contact reporter', 'newsletter', 'Photo:', 'alima@'],
    },
  ],
  [
    'brief-contact-lines.txt',
    {
      format: 'text',
      outlet: ['Caixin', 'contact-email'],
      headline: null,
      credits: ['Zhou Mingyu', 'Hannah Berg'],
      startsWith: 'What’s new: The central bank',
      includes: ['The background: Exports fell'],
      excludes: ['Zhou Mingyu', 'Hannah Berg', 'Daily Brief', '@caixin.com'],
    },
  ],
  [
    'hardwrapped-email-author.txt',
    {
      format: 'text',
      outlet: ['Capitolwire', 'contact-email'],
      datelinePlace: 'Washington',
      startsWith:
        'The Senate on Thursday approved a bipartisan bill to expand broadband grants for rural schools,',
      includes: ['divided among states.\n\nThe bill, which passed'],
      excludes: ['Email the author', 'Follow us'],
    },
  ],
  [
    'windows-1252-curly.txt',
    {
      format: 'text',
      headline: ['Museum reopens café after two-year renovation', 'headline-line'],
      startsWith: 'The city museum reopened its rooftop café',
      includes: ['“the best view in town,”', 'Curator Élodie Marchand', 'It’s the same room'],
      excludes: ['\u0093', '\ufffd'],
    },
  ],
  [
    'utf16le-bom.txt',
    {
      format: 'text',
      headline: ['Volunteers count record number of migrating cranes', 'headline-line'],
      startsWith: 'More than 18,000 cranes',
      includes: ['society’s coordinator, Pieter Voss'],
    },
  ],
  [
    'utf16be-nobom.txt',
    {
      format: 'text',
      headline: ['Volunteers count record number of migrating cranes', 'headline-line'],
      startsWith: 'More than 18,000 cranes',
      excludes: ['\u0000'],
    },
  ],
  [
    'gbk-undeclared.txt',
    { format: 'text', startsWith: '新华路小学昨天举行了运动会', includes: ['校长王丽华说'] },
  ],
  [
    'wordpress-article.html',
    {
      format: 'html',
      outlet: ['Valley Courier', 'html-meta'],
      headline: ['Regional airline adds winter routes to three ski towns', 'html-meta'],
      published: ['2024-01-09T14:30:00Z', 'html-meta'],
      url: 'https://valleycourier.example/2024/01/09/airline-winter-routes/',
      credits: ['Noor Haddad'],
      startsWith: 'A regional carrier will start daily flights',
      includes: ['“the best news for local hotels in years.”', 'sell out & demand'],
      excludes: [
        'Injected paragraph',
        'Advertisement',
        'winter sale',
        'Read more',
        'Sign up',
        'Share this',
        'County road project',
        'School board race',
        'cookies',
        'turboprop waits',
        'Skip to content',
        'Obituaries',
        'margin',
      ],
    },
  ],
  [
    'newsdesk-no-article-tag.html',
    {
      format: 'html',
      outlet: ['Harbor Times', 'html-meta'],
      headline: ['Dockworkers end strike after pay deal', 'html-meta'],
      published: ['2024-05-14T06:05:00Z', 'html-meta'],
      credits: ['Ines Duarte', 'Kwame Mensah', 'Lena Koch'],
      startsWith: 'A four-day strike at the city',
      excludes: ['Markets slip', 'Log in', 'By Ines', 'Photo by'],
    },
  ],
  [
    'semantic-main-jsonld.html',
    {
      format: 'html',
      outlet: ['The Plains Observer', 'html-meta'],
      headline: ['Water utility warns of summer restrictions', 'html-meta'],
      published: ['2024-06-02T09:15:00+08:00', 'html-meta'],
      url: 'https://plainsobserver.example/news/water-restrictions',
      credits: ['Joaquim Reis'],
      startsWith: 'The regional water utility said on Sunday',
      includes: ['"Every bucket counts this year," she said.'],
      excludes: ['Hidden teaser', 'Another hidden', 'drip irrigation', 'Front page', 'About us'],
    },
  ],
  [
    'legacy-latin1-declared.html',
    {
      format: 'html',
      headline: ['Bakery wins regional prize', 'html-meta'],
      startsWith: 'A family bakery in the old town',
      includes: ['“We’ve baked it the same way since 1962,” said owner Renée Fabre.'],
    },
  ],
  [
    'misdeclared-charset.html',
    {
      format: 'html',
      startsWith: 'The central library will open',
      includes: ['“Demand has never been higher,” said head librarian Zoë Ashworth', 'café'],
      excludes: ['â€', 'Ã'],
    },
  ],
  [
    'front-matter-article.md',
    {
      format: 'markdown',
      outlet: ['Shoreline Weekly', 'front-matter'],
      headline: ['Coastal towns brace for king tides this weekend', 'front-matter'],
      published: ['2024-02-09', 'front-matter'],
      url: 'https://shoreline-weekly.example/2024/02/king-tides',
      credits: ['Mei Tanaka', 'Olu Adebayo'],
      startsWith: 'Emergency crews in three coastal towns placed sandbags',
      includes: ['the county emergency office said.', '\n\nMove cars away', '"We expect minor flooding'],
      excludes: ['**', '](', '![', '##', 'tags:', 'contributed from', '---'],
    },
  ],
  [
    'heading-only.markdown',
    {
      format: 'markdown',
      headline: ['Volunteers plant 5,000 trees along the river', 'headline-line'],
      credits: ['Greta Lindqvist'],
      startsWith: 'Volunteers planted about 5,000 native saplings',
      includes: ['See the map of planting sites for details.'],
      excludes: ['https://', 'Staff Writer'],
    },
  ],
  [
    'forwarded-gmail-qp.eml',
    {
      format: 'email',
      outlet: ['The Daily Ledger', 'email-header'],
      headline: ['Port strike ends after 11 days', 'email-header'],
      published: ['2024-03-05', 'email-header'],
      credits: ['Sam Whitaker'],
      startsWith: 'Dock crews returned to work on Monday night',
      includes: ['port authority’s director, Felipa Ocampo.'],
      excludes: ['Thought you', 'Forwarded message', 'Unsubscribe', 'receiving this', 'Sam', '=E2'],
    },
  ],
  [
    'forwarded-apple-base64-latin1.eml',
    {
      format: 'email',
      outlet: ['Alpine Gazette', 'email-header'],
      headline: ['Ski resort cancels season opener', 'email-header'],
      published: ['2023-12-02T06:40:00+01:00', 'email-header'],
      datelinePlace: 'Gstaad',
      startsWith: 'A ski resort in the Bernese Oberland',
      includes: ['resort director André Müller'],
      excludes: ['Begin forwarded', 'Interesting piece', 'GSTAAD', 'Mailbox'],
    },
  ],
  [
    'newsletter-html-only.eml',
    {
      format: 'email',
      outlet: ['Northstar Morning Briefing', 'email-header'],
      headline: ['Council backs new bike lanes', 'email-header'],
      published: ['2024-04-10T05:30:00Z', 'email-header'],
      startsWith: 'The city council approved 14 kilometers',
      includes: ['“Safer streets are good for everyone, including drivers,”'],
      excludes: ['View this email', 'Unsubscribe', 'receiving this'],
    },
  ],
  [
    'reply-quoted-outlook.eml',
    {
      format: 'email',
      outlet: ['Continental Review', 'email-header'],
      headline: ['Museum returns bronze statues to Benin City', 'email-header'],
      published: ['2024-01-18', 'email-header'],
      startsWith: 'A European museum handed back 21 bronze statues to Nigerian officials on Wednesday,',
      excludes: ['>', 'Worth including', 'Original Message', 'Sent:'],
    },
  ],
];

async function parseFixture(name: string, contentType?: string): Promise<ParsedDocument> {
  const bytes = readFileSync(new URL(name, FIXTURES));
  const result = await parseDocument(
    { key: `inbox/${name}`, bytes, contentType, metadata: {}, lastModified: '2024-06-30T12:00:00Z' },
    { maxBytes: 5 * 1024 * 1024 },
  );
  if (isRejection(result)) throw new Error(`${name} was rejected: ${result.code} ${result.reason}`);
  return result;
}

describe('Function: parseDocument (fixture documents)', () => {
  it.each(TABLE)('reads %s', async (name, expected) => {
    // Act
    const doc = await parseFixture(name, expected.contentType);

    // Assess
    expect(doc.format).toBe(expected.format);
    expect(doc.body.startsWith(expected.startsWith)).toBe(true);
    for (const text of expected.includes ?? []) expect(doc.body).toContain(text);
    for (const text of expected.excludes ?? []) expect(doc.body).not.toContain(text);
    expect(doc.body).not.toMatch(/\n{3,}/);
    expect(doc.body).toBe(doc.body.trim());
    if (expected.outlet)
      expect(doc.meta.outlet[0]).toEqual({ value: expected.outlet[0], source: expected.outlet[1] });
    if (expected.headline === null) expect(doc.meta.headline).toEqual([]);
    else if (expected.headline) {
      expect(doc.meta.headline[0]).toEqual({ value: expected.headline[0], source: expected.headline[1] });
    }
    if (expected.published === null) expect(doc.meta.published).toEqual([]);
    else if (expected.published) {
      expect(doc.meta.published[0]).toEqual({ value: expected.published[0], source: expected.published[1] });
    }
    if (expected.url) expect(doc.meta.url[0]?.value).toBe(expected.url);
    if (expected.credits) expect(doc.meta.credits).toEqual(expected.credits);
    for (const credit of doc.meta.credits) expect(doc.body).not.toContain(`By ${credit}`);
    if (expected.datelinePlace) expect(doc.meta.datelinePlace).toBe(expected.datelinePlace);
  });

  it('counts at least fifteen fixture documents', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(15);
  });
});
