import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../../lambdas/core/extract/compile';
import { PLACE_PHRASES } from '../../../../lambdas/core/extract/lexicon/place-phrases';
import {
  compilePlacePhrases,
  divisionAbbreviation,
  findPlacesInText,
} from '../../../../lambdas/core/extract/places-in-text';
import { lexiconWith } from '../../../../lambdas/core/extract/reference-lexicon';
import { LOCAL_REFERENCE_DATA } from '../../../../lambdas/local/cli/reference-data';

const lex = compileLexicon(lexiconWith(LOCAL_REFERENCE_DATA));
const find = (text: string, rows = lex.placePhrases) =>
  findPlacesInText(text, 0, rows, {
    ...(lex.gazetteer ? { gazetteer: lex.gazetteer } : {}),
    cities: lex.city,
    countries: lex.country,
    notTown: (w) => lex.weekday.has(w.toLowerCase()) || lex.month.has(w.toLowerCase()),
    functionWord: (w) => lex.common.has(w),
    regionAbbreviation: divisionAbbreviation(lex.gazetteer),
    taken: () => false,
  }).map((p) => p.name);

describe('place phrase rows: each reads its example and nothing in its counter-example', () => {
  it.each(PLACE_PHRASES.map((row) => [row.handles, row] as const))('%s', (_, row) => {
    const own = compilePlacePhrases([row]);
    expect(row.source).not.toBe('');
    expect(find(row.example[0], own)).toContain(row.example[1]);
    expect(find(row.counter, own)).toEqual([]);
    if (row.needs !== undefined) expect(row.example[0]).toMatch(new RegExp(row.needs, 'u'));
    // The rows' stretches are joined into one regex: a group would be renumbered or named twice.
    if (row.needs !== undefined) expect(row.needs).not.toMatch(/\\[1-9]|\\k<|\(\?<[^=!]/u);
  });
});

describe('place phrase rows: the stretch a row needs only skips texts it cannot read', () => {
  const EVAL = new URL('../../../fixtures/eval/', import.meta.url);
  const lines = readdirSync(EVAL)
    .filter((f) => f.endsWith('.txt') || f.endsWith('.md'))
    .flatMap((f) => readFileSync(new URL(f, EVAL), 'utf8').split('\n'));
  const rows = PLACE_PHRASES.filter((row) => row.needs !== undefined);
  it.each(rows.map((row) => [row.handles, row] as const))('%s', (_, row) => {
    const screened = compilePlacePhrases([row]);
    const { needs: _needs, ...unscreened } = row;
    const plain = compilePlacePhrases([unscreened]);
    expect(lines.length).toBeGreaterThan(200);
    for (const line of [...lines, row.example[0], row.counter])
      expect(find(line, screened)).toEqual(find(line, plain));
  });

  it('reads the same with all rows screened together as with none screened', () => {
    const screened = compilePlacePhrases(PLACE_PHRASES);
    const plain = compilePlacePhrases(PLACE_PHRASES.map(({ needs: _needs, ...row }) => row));
    // A text opening with a character beyond the BMP: the screen steps over it whole.
    const astral = '\u{1F525} Elm Street Church, a landmark of the town, burned on Friday.';
    for (const line of [...lines, astral, ...PLACE_PHRASES.flatMap((row) => [row.example[0], row.counter])])
      expect(find(line, screened)).toEqual(find(line, plain));
  });
});

describe('places named in running text', () => {
  it.each([
    ['a town used as an attribute', 'A judge heard the case in a Brooklyn courtroom on Monday.', 'Brooklyn'],
    ['a province', 'The tremor was centred in Van province, the agency said.', 'Van province'],
    [
      'a venue after the state it stands in, owning it',
      "The actor checked into Ontario's Harbourview Recovery Center on Friday.",
      'Harbourview Recovery Center',
    ],
    [
      'a venue whose possessive first word is no place keeps it',
      "Guards at Women's Harbour Jail found the cell empty at dawn.",
      "Women's Harbour Jail",
    ],
    [
      'a building crews were called to',
      'Firefighters were called to Elm Street Bible Church just before ten.',
      'Elm Street Bible Church',
    ],
    [
      'someone’s neighbourhood',
      "Marches went on for days in the boy's Larchfield neighbourhood.",
      'Larchfield',
    ],
    [
      'a town near a launch site',
      'The rocket lifted off from the launch site near Kourou, French Guiana.',
      'Kourou',
    ],
    ['the capital in apposition', 'Crowds gathered in the capital, Lima, at noon.', 'Lima'],
    [
      'an airport after the possessive of its town',
      "The diverted jet is due to land at Lisbon's Kelby airport before dawn.",
      'Kelby airport',
    ],
    [
      'a campus after the possessive of a country of two words',
      "Lecturers at South Africa's Kelby University went on strike on Monday.",
      'Kelby University',
    ],
    ['a state is no town', 'Rain fell across Oregon overnight.', undefined],
    ['a weekday is no town', 'The talks resumed on Monday in earnest.', undefined],
    [
      'a quarter-final is no quarter',
      "The two seeds will meet in Thursday's quarter-finals at dusk.",
      undefined,
    ],
  ])('%s', (_, text, place) => {
    const found = find(text);
    if (place === undefined) expect(found.filter((p) => p !== 'United States')).toEqual([]);
    else expect(found).toContain(place);
  });
});
