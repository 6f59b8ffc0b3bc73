import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileGazetteer, type GazetteerData } from '../../../../lambdas/core/extract/gazetteer';

const NO_OTHER_TABLES = { countries: '', divisions: '' };
const SORTED = [
  'Lowmoor\tGB\tENG\t5200',
  'York\tGB\tENG\t150000',
  'York Harbor\tUS\tME\t9000',
  'Yorkton\tCA\tSK\t16000',
];

describe('Function: compileGazetteer, town lookup', () => {
  it.each([
    ['a sorted table', SORTED.join('\n')],
    ['rows out of order', [...SORTED].reverse().join('\n')],
    ['blank lines and a trailing newline', `\n${SORTED.join('\n\n')}\n`],
  ])('finds every town and only those in %s', (_kind, towns) => {
    const gazetteer = compileGazetteer({ towns, ...NO_OTHER_TABLES });

    expect(gazetteer.town('York')).toEqual({ name: 'York', country: 'GB', admin: 'ENG', population: 150000 });
    expect(gazetteer.town('York Harbor')?.country).toBe('US');
    expect(gazetteer.town('Yorkton')?.population).toBe(16000);
    expect(gazetteer.town('Lowmoor')?.admin).toBe('ENG');
    for (const miss of ['Yor', 'York Harbo', 'Yorktown', 'Aaron', 'Zed', '', 'york']) {
      expect(gazetteer.town(miss), miss).toBeUndefined();
    }
  });

  it('finds nothing in an empty table', () => {
    expect(compileGazetteer({ towns: '', ...NO_OTHER_TABLES }).town('York')).toBeUndefined();
  });
});

const GENERATED = new URL('../../../../lambdas/extract/gazetteer.generated.json', import.meta.url);

describe.skipIf(!existsSync(GENERATED))(
  'Function: compileGazetteer on the generated gazetteer (npm ci)',
  () => {
    it('is sorted as the search needs and finds each of its towns as the row says', () => {
      const data = JSON.parse(readFileSync(GENERATED, 'utf8')) as GazetteerData;
      const rows = data.towns.split('\n');
      const names = rows.map((row) => row.split('\t')[0] ?? '');
      const gazetteer = compileGazetteer(data);

      expect(names.every((name, k) => k === 0 || (names[k - 1] ?? '') < name)).toBe(true);
      const wrong = rows.filter((row) => {
        const [name = '', country, , population] = row.split('\t');
        const town = gazetteer.town(name);
        return town?.country !== country || town?.population !== Number(population);
      });
      expect(wrong).toEqual([]);
      const known = new Set(names);
      const invented = names.map((name) => `${name}x`).filter((name) => !known.has(name));
      expect(invented.filter((name) => gazetteer.town(name) !== undefined)).toEqual([]);
    });

    it.each([
      // A town written without its diacritics, as English-language wires do.
      ['Gdansk', 'PL'],
      ['Diyarbakir', 'TR'],
      // A GeoNames alternate name that starts as the town's own name does.
      ['Grozny', 'RU'],
      ['Gothenburg', 'SE'],
      // Any Latin-letter alternate name of a city of a million.
      ['Calcutta', 'IN'],
      ['Rangoon', 'MM'],
    ])('finds %s, a spelling the press writes, in %s', (name, country) => {
      const gazetteer = compileGazetteer(JSON.parse(readFileSync(GENERATED, 'utf8')) as GazetteerData);

      expect(gazetteer.town(name)).toMatchObject({ name, country });
    });

    it.each([
      // Alternate names that are everyday words ("Soul" for Seoul) or first names ("Sophia" for Sofia).
      'Soul',
      'Lime',
      'Sophia',
      'Philly',
      // Alternates of a town under a million that start otherwise than its name ("Dzhokhar" for Groznyy).
      'Dzhokhar',
    ])('takes %s for no town', (name) => {
      const gazetteer = compileGazetteer(JSON.parse(readFileSync(GENERATED, 'utf8')) as GazetteerData);

      expect(gazetteer.town(name)).toBeUndefined();
    });
  },
);
