import { describe, expect, it } from 'vitest';
import { readDateline, withoutDateline } from '../../../lambdas/core/dateline';

describe('readDateline: one reader for every wire style', () => {
  it.each([
    ['LAGOS (AP) — The port reopened.', { place: 'LAGOS', agency: 'AP', strong: true }],
    ['VIENNA — Talks resumed on Monday.', { place: 'VIENNA', strong: true }],
    [
      'Santiago, May 3 (EFE) - The senate voted.',
      { place: 'Santiago', date: 'May 3', agency: 'EFE', strong: true },
    ],
    ['Mumbai: Heavy rain shut schools.', { place: 'Mumbai', strong: false }],
    [
      'REDMOND, Wash. (AP) — The firm cut jobs.',
      { place: 'REDMOND', region: 'Wash.', agency: 'AP', strong: true },
    ],
    [
      'HANOI, July 8 (Xinhua) -- Exports rose.',
      { place: 'HANOI', date: 'July 8', agency: 'Xinhua', strong: true },
    ],
    ['KYIV, Ukraine — Sirens sounded.', { place: 'KYIV', region: 'Ukraine', strong: true }],
  ])('%s', (text, expected) => {
    expect(readDateline(text)).toMatchObject(expected);
  });

  it.each([
    'The mayor said the port would reopen.',
    'U.S. — a subject, not a dateline',
    'VIENNA —',
    'In 2019, the port closed.',
  ])('finds none in "%s"', (text) => {
    expect(readDateline(text)).toBeNull();
  });

  it('strips only datelines whose form alone makes them one', () => {
    expect(withoutDateline('LAGOS (AP) — The port reopened.')).toBe('The port reopened.');
    expect(withoutDateline('Meanwhile: the port reopened.')).toBe('Meanwhile: the port reopened.');
  });
});
