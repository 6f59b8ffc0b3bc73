import { describe, expect, it } from 'vitest';
import { entityKey, isDistinctiveOrganization, placeKey } from '../../../../lambdas/core/story';
import { SPELLING_ROWS } from '../../../../lambdas/core/story/aliases';
import { weightClass } from '../../../../lambdas/core/story/entity-key';

describe('Function: entityKey', () => {
  it.each([
    ['U.S.', undefined, 'united-states'],
    ['US', undefined, 'united-states'],
    ['the United States', undefined, 'united-states'],
    ['United States of America', 'country', 'united-states'],
    ["People's Republic of China", 'country', 'china'],
    ['U.K.', 'country', 'united-kingdom'],
    ['José Núñez', 'person', 'jose-nunez'],
    ['Mr. Zhou Minghai', 'person', 'zhou-minghai'],
    ['Antony J. Blinken', 'person', 'antony-blinken'],
    ['Lotan Motors Co.', 'organization', 'lotan-motors'],
    ['Lotan Motors', 'organization', 'lotan-motors'],
    ['The Federal Reserve', 'organization', 'federal-reserve'],
    ['U.S. State Department', 'organization', 'state-department'],
    ['', undefined, ''],
  ] as const)('keys %j (%s) as %j', (name, kind, expected) => {
    expect(entityKey(name, kind)).toBe(expected);
  });
});

describe('Function: isDistinctiveOrganization', () => {
  it.each([
    ['Lotan Motors', true],
    ['Harbourfront Security Forum', true],
    ['the government', false],
    ['Chinese Foreign Ministry', false],
    ['U.S. State Department', false],
    ['European Union', false],
    ['police', false],
  ])('says %j is distinctive: %s', (name, expected) => {
    expect(isDistinctiveOrganization(name)).toBe(expected);
  });
});

describe('Function: weightClass', () => {
  it.each([
    // Navy and shipping reports: a ship weighs as a person, the one the incident happened to.
    ['INS Kaveri', 'organization', 'person'],
    ['MV Orla Star', 'organization', 'person'],
    ['Lotan Motors', 'organization', 'organization'],
    // A prefix alone, or an abbreviation opening a body's name, is no ship.
    ['INS', 'organization', 'organization'],
    ['MVP Freight', 'organization', 'organization'],
    ['the government', 'organization', 'weak'],
    ['Amara Okafor', 'person', 'person'],
  ] as const)('classes %j (%s) as %s', (name, kind, expected) => {
    expect(weightClass({ name, kind })).toBe(expected);
  });
});

describe('Function: placeKey', () => {
  it.each([
    ['Beijing, China', 'beijing'],
    ['beijing', 'beijing'],
    ['Washington, D.C.', 'washington'],
    ['São Paulo', 'sao-paulo'],
  ])('keys %j as %j', (place, expected) => {
    expect(placeKey(place)).toBe(expected);
  });
});

describe('Table: SPELLING_ROWS', () => {
  it.each(
    SPELLING_ROWS.map((row) => [row.british, row]),
  )('%s: its example keys as the American spelling, a word merely starting with it does not', (_word, row) => {
    // Act + Assess
    const american = row.example.replace(new RegExp(`\\b${row.british}\\b`, 'iu'), row.american);
    expect(american).not.toBe(row.example);
    expect(entityKey(row.example)).toBe(entityKey(american));
    expect(entityKey(`${row.british}point`)).toBe(`${row.british}point`);
  });
});
