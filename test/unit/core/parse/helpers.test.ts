import { describe, expect, it } from 'vitest';
import type { MetaCandidates } from '../../../../lambdas/core/model';
import { decodeBytes } from '../../../../lambdas/core/parse/02-decode';
import { detectFormat } from '../../../../lambdas/core/parse/03-format';
import { readHtml } from '../../../../lambdas/core/parse/04-html';
import { cleanLines } from '../../../../lambdas/core/parse/05-clean-lines';
import { takeDateline } from '../../../../lambdas/core/parse/07-dateline';
import { readByline, readContactLine, readCreditLine } from '../../../../lambdas/core/parse/credits';
import { normalizeDate } from '../../../../lambdas/core/parse/dates';
import { emptyMeta } from '../../../../lambdas/core/parse/draft';
import { loadHtmlParser } from '../../../../lambdas/core/parse/html-collect';
import { isRejection, parseDocument } from '../../../../lambdas/core/parse/index';
import { outletFromDomain } from '../../../../lambdas/core/parse/outlets';

describe('Function: normalizeDate', () => {
  it.each([
    ['2023-06-06', '2023-06-06'],
    ['2023-06-06T08:30:00Z', '2023-06-06T08:30:00Z'],
    ['2023-06-06T08:30:00.123+08:00', '2023-06-06T08:30:00+08:00'],
    ['2023-06-06T08:30:00+00:00', '2023-06-06T08:30:00Z'],
    ['2023-06-06T08:30:00', '2023-06-06'],
    ['Tue, 6 Jun 2023 09:12:00 +0800', '2023-06-06T09:12:00+08:00'],
    ['June 5, 2023 at 9:14 AM EDT', '2023-06-05T09:14:00-04:00'],
    ['Mon, Jun 5, 2023 9:14 PM', '2023-06-05'],
    ['5 June 2023', '2023-06-05'],
    ['2023/06/05', '2023-06-05'],
    ['June 5', null],
    ['2023-02-30', null],
    ['yesterday', null],
    ['', null],
  ])('normalizes %j to %j', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });
});

describe('Function: outletFromDomain', () => {
  it.each([
    ['caixin.com', 'Caixin'],
    ['mail.caixin.com', 'Caixin'],
    ['nytimes.com', 'The New York Times'],
    ['news.bbc.co.uk', 'BBC'],
    ['newsletters.example-times.com', 'Example Times'],
    ['abc.net', 'ABC'],
    ['gmail.com', null],
  ])('maps %s to %j', (domain, expected) => {
    expect(outletFromDomain(domain)).toBe(expected);
  });
});

describe('Function: readByline', () => {
  it.each([
    ['By Jane Roe, The Associated Press', ['Jane Roe'], 'The Associated Press'],
    ['By JANE ROE and JOHN DOE', ['Jane Roe', 'John Doe'], undefined],
    ['Jane Roe | Reuters', ['Jane Roe'], 'Reuters'],
    ['By Jane Roe and John Doe, AP', ['Jane Roe', 'John Doe'], 'The Associated Press'],
    ['By Ana Lima, Staff Writer', ['Ana Lima'], undefined],
    ['By Connor Roe, Harbor Metro News', ['Connor Roe'], 'Harbor Metro News'],
    ['By Ana Lima, Rui Costa and Eva Melo, Reuters', ['Ana Lima', 'Rui Costa', 'Eva Melo'], 'Reuters'],
  ])('reads %j', (line, credits, outlet) => {
    const meta = emptyMeta();
    expect(readByline(line, meta)).toBe(true);
    expect(meta.credits).toEqual(credits);
    expect(meta.outlet[0]?.value).toBe(outlet);
  });

  it.each([
    'By Tuesday, the ministry had issued a statement about the talks.',
    'By contrast, exports rose',
    'Prices | rose sharply across the region as the harvest failed badly',
  ])('leaves %j alone', (line) => {
    const meta = emptyMeta();
    expect(readByline(line, meta)).toBe(false);
    expect(meta.credits).toEqual([]);
  });
});

describe('Function: readContactLine', () => {
  it.each([
    [
      'Contact reporter Jane Roe (jroe@caixin.com) and editor John Doe (jdoe@caixin.com)',
      ['Jane Roe', 'John Doe'],
      'Caixin',
    ],
    ['Email the author at dkessler@capitolwire.com.', [], 'Capitolwire'],
    ['Write to Mina Park at mina.park@wsj.com', ['Mina Park'], 'The Wall Street Journal'],
  ])('reads %j', (line, credits, outlet) => {
    const meta: MetaCandidates = emptyMeta();
    expect(readContactLine(line, meta)).toBe(true);
    expect(meta.credits).toEqual(credits);
    expect(meta.outlet[0]).toEqual({ value: outlet, source: 'contact-email' });
  });

  it('ignores a story sentence that mentions an address', () => {
    expect(
      readContactLine('Officials set up tips@police.example for witnesses to write in.', emptyMeta()),
    ).toBe(false);
  });
});

describe('Function: takeDateline', () => {
  it.each([
    ['BEIJING (Reuters) - Officials met.', 'Beijing', 'Reuters', undefined, 'Officials met.'],
    [
      'WASHINGTON, June 5 (AP) — Officials met.',
      'Washington',
      'The Associated Press',
      undefined,
      'Officials met.',
    ],
    [
      'NEW YORK, June 5, 2023 (Bloomberg) -- Stocks rose.',
      'New York',
      'Bloomberg',
      '2023-06-05',
      'Stocks rose.',
    ],
    ['LONDON — Officials met.', 'London', undefined, undefined, 'Officials met.'],
    ['KYIV, Ukraine (AP) — Power returned.', 'Kyiv', 'The Associated Press', undefined, 'Power returned.'],
  ])('reads %j', (body, place, outlet, published, rest) => {
    const draft = takeDateline({ format: 'text', body, meta: emptyMeta() });
    expect(draft.meta.datelinePlace).toBe(place);
    expect(draft.meta.outlet[0]?.value).toBe(outlet);
    expect(draft.meta.published[0]?.value).toBe(published);
    expect(draft.body).toBe(rest);
  });

  it.each<[string, boolean | undefined]>([
    ['LONDON — Officials met.', true],
    ['FEATURE - Builders face a new kind of protest.', true],
    ['KYIV, Ukraine — Power returned.', undefined],
    ['BEIJING (Reuters) - Officials met.', undefined],
    ['HARBOR CITY, Sept. 30 — Ferries ran late.', undefined],
  ])('marks %j bare when it is only a place in capitals and a dash', (body, bare) => {
    const draft = takeDateline({ format: 'text', body, meta: emptyMeta() });
    expect(draft.meta.datelineBare).toBe(bare);
  });

  it.each([
    ['WASHINGTON, June 5 (AP) — Officials met.', '06-05'],
    ['HARBOR CITY, Sept. 30 — Ferries ran late.', '09-30'],
    ['NEW YORK, June 5, 2023 (Bloomberg) -- Stocks rose.', undefined],
    ['LONDON — Officials met.', undefined],
  ])('keeps the month and day of %j when it names no year', (body, datelineDay) => {
    const draft = takeDateline({ format: 'text', body, meta: emptyMeta() });
    expect(draft.meta.datelineDay).toBe(datelineDay);
  });

  it.each([
    'U.S. officials met on Monday.',
    'The talks — long delayed — went ahead.',
    'NATO allies met.',
  ])('leaves %j alone', (body) => {
    const draft = takeDateline({ format: 'text', body, meta: emptyMeta() });
    expect(draft.body).toBe(body);
    expect(draft.meta.datelinePlace).toBeUndefined();
  });
});

describe('Function: detectFormat', () => {
  it.each([
    ['a.HTM', undefined, 'plain words', 'html'],
    ['a.markdown', 'text/html', '<p>x</p>', 'markdown'],
    ['upload', 'message/rfc822', 'hello', 'email'],
    ['upload', undefined, '<!DOCTYPE html><html><body>x</body></html>', 'html'],
    ['upload', undefined, '---\ntitle: X\n---\nBody', 'markdown'],
    [
      'upload',
      undefined,
      'From: A <a@b.example>\nSubject: Hi\nDate: Mon, 5 Jun 2023 10:00:00 +0000\n\nBody',
      'email',
    ],
    ['upload', undefined, 'Just some words.\nMore words.', 'text'],
  ])('%s (%s) is %s', (key, contentType, text, format) => {
    expect(detectFormat(key, contentType, text)).toEqual({ format });
  });
});

describe('Function: decodeBytes', () => {
  it.each([
    ['UTF-8 BOM', [0xef, 0xbb, 0xbf, 0x68, 0x69], [], 'hi', 'utf-8'],
    ['UTF-16BE BOM', [0xfe, 0xff, 0x00, 0x68, 0x00, 0x69], [], 'hi', 'utf-16be'],
    ['Shift_JIS declared', [0x93, 0xfa, 0x96, 0x7b], ['shift_jis'], '日本', 'shift_jis'],
    ['KOI8-R declared', [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4], ['koi8-r'], 'Привет', 'koi8-r'],
    ['latin-1 declared, curly quotes', [0x93, 0x68, 0x69, 0x94], ['iso-8859-1'], '“hi”', 'windows-1252'],
    ['UTF-8 wins over a wrong declaration', [0xc3, 0xa9], ['windows-1252'], 'é', 'utf-8'],
  ])('decodes %s', (_name, bytes, declared, text, charset) => {
    expect(decodeBytes(Uint8Array.from(bytes), declared)).toEqual({ text, charset });
  });
});

describe('Function: cleanLines', () => {
  it('turns bylines, stamps and credits into metadata and drops boilerplate', () => {
    // Prepare
    const body = [
      'By Jane Roe and John Doe, Reuters',
      'Published 9:00 AM EDT, Mon June 5, 2023',
      'Updated 11:30 AM EDT, Mon June 5, 2023',
      'The harbor reopened on Monday.',
      'Advertisement',
      'Jane Roe and Ana Lima contributed reporting from Lisbon.',
      'Sign up for our daily newsletter.',
      'The newsletter, a weekly bulletin for fishermen, reported the catch fell sharply this year.',
    ].join('\n');

    // Act
    const draft = cleanLines({ format: 'text', body, meta: emptyMeta() });

    // Assess
    expect(draft.body).toBe(
      'The harbor reopened on Monday.\nThe newsletter, a weekly bulletin for fishermen, reported the catch fell sharply this year.',
    );
    expect(draft.meta.credits).toEqual(['Jane Roe', 'John Doe', 'Ana Lima']);
    expect(draft.meta.outlet).toEqual([{ value: 'Reuters', source: 'byline' }]);
    expect(draft.meta.published).toEqual([{ value: '2023-06-05', source: 'byline' }]);
  });
});

describe('Function: cleanLines (story lines against boilerplate)', () => {
  it.each([
    'Related cases have been filed in three states.',
    'Register of deeds offices closed early on Friday.',
    'Copyright lawyers said the ruling would be appealed.',
    'Residents can read the council newsletter online, officials said.',
    'Minister Ana Lima contributed to the relief fund herself.',
    'Subscribers to the water scheme will pay less from May.',
  ])('keeps the story line %j', (line) => {
    expect(cleanLines({ format: 'text', body: line, meta: emptyMeta() }).body).toBe(line);
  });

  it.each([
    'Read more: Airport board passes budget',
    'Related Topics',
    'Subscribe now',
    'Sign up for our morning briefing.',
    'Want the newsletter in your inbox? Sign up here.',
    'Copyright 2024 Valley Courier',
    '© 2024 The Daily Ledger',
    'Share this article',
    'Facebook Twitter LinkedIn Email',
    'Updated 11:30 AM EDT, Mon June 5, 2023',
    'We use cookies to improve your experience.',
  ])('drops the boilerplate line %j', (line) => {
    expect(cleanLines({ format: 'text', body: line, meta: emptyMeta() }).body).toBe('');
  });
});

describe('Function: readCreditLine', () => {
  it.each([
    ['(Reporting by Tom Reed; Editing by Ana Lima)', ['Tom Reed', 'Ana Lima']],
    ['— Reporting by Lauren Price', ['Lauren Price']],
    ['Written by Sofia Marin. Edited by Lukas Brand.', ['Sofia Marin', 'Lukas Brand']],
    ['Photo: Marco Teles/Coastal Herald', ['Marco Teles']],
    ['Jane Roe and Ana Lima contributed reporting.', ['Jane Roe', 'Ana Lima']],
  ])('reads %j', (line, credits) => {
    const meta = emptyMeta();
    expect(readCreditLine(line, meta)).toBe(true);
    expect(meta.credits).toEqual(credits);
  });
});

describe('Function: readHtml (credits)', () => {
  it('reads photo credits inside figures and keeps captions out of the body', async () => {
    // Prepare
    const html =
      '<article><h1>Water station reopens</h1><p class="byline">By Kyle Brand, Valley Post</p>' +
      '<figure><img src="x.jpg"><figcaption>A resident fills a jug. <span class="credit">Staff photo by Abby Lind</span></figcaption></figure>' +
      '<figure><figcaption>Crews at work. <span class="photo-credit">(Yuki Hama/PPA)</span></figcaption></figure>' +
      '<p>The village water station reopened on Thursday after repairs that took three weeks, the utility said.</p></article>';

    // Act
    const draft = readHtml(html, await loadHtmlParser());

    // Assess
    expect(draft.body).toBe(
      'The village water station reopened on Thursday after repairs that took three weeks, the utility said.',
    );
    expect(draft.meta.credits).toEqual(['Kyle Brand', 'Abby Lind', 'Yuki Hama']);
    expect(draft.meta.outlet).toEqual([{ value: 'Valley Post', source: 'byline' }]);
    expect(draft.meta.headline[0]).toEqual({ value: 'Water station reopens', source: 'html-meta' });
  });
});

describe('Function: parseDocument (e-mail subjects)', () => {
  it.each([
    ['Fwd: Fw: Harbor reopens', 'Harbor reopens'],
    ['RE: [Morning Brief] Harbor reopens', 'Harbor reopens'],
    ['[Ledger Daily] FWD: Harbor reopens', 'Harbor reopens'],
  ])('reads the headline of %j as %j', async (subject, headline) => {
    // Prepare
    const eml = `From: Ledger Daily <news@ledger-daily.example>\r\nSubject: ${subject}\r\nDate: Mon, 5 Jun 2023 10:00:00 +0000\r\n\r\nThe harbor reopened on Monday after a week of repairs, the port authority said.\r\n`;

    // Act
    const result = await parseDocument(
      {
        key: 'm.eml',
        bytes: new TextEncoder().encode(eml),
        metadata: {},
        lastModified: '2023-06-05T12:00:00Z',
      },
      { maxBytes: 1024 * 1024 },
    );

    // Assess
    expect(isRejection(result)).toBe(false);
    if (!isRejection(result)) {
      expect(result.meta.headline[0]).toEqual({ value: headline, source: 'email-header' });
      expect(result.meta.outlet[0]).toEqual({ value: 'Ledger Daily', source: 'email-header' });
      expect(result.meta.published[0]).toEqual({ value: '2023-06-05T10:00:00Z', source: 'email-header' });
    }
  });
});
