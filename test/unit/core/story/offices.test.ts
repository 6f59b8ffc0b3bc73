import { describe, expect, it } from 'vitest';
import {
  holderKey,
  officeKey,
  SINGLE_HOLDER_OFFICES,
  tenureKey,
} from '../../../../lambdas/core/story/offices';

describe('Function: officeKey', () => {
  it.each(
    SINGLE_HOLDER_OFFICES.map((row) => [row.head, row.example, row.notExample]),
  )('%s: reads "%s", not "%s"', (_head, example, notExample) => {
    // Act & Assess
    expect(officeKey(example)).toBe(example);
    expect(officeKey(notExample)).toBeUndefined();
  });

  it.each<[string, string | undefined]>([
    ['Secretary of the Interior', 'interior secretary'],
    ["the club's general manager", 'club general manager'],
    ['director of the wildlife program', 'wildlife program director'],
    ['former interior secretary', undefined],
    ['deputy interior secretary', undefined],
    ['president-elect', undefined],
    ['coach', undefined],
    ['director of the film that opened the festival last year', undefined],
    ['superior court judge', undefined],
  ])('"%s" -> %s', (title, key) => {
    // Act & Assess
    expect(officeKey(title)).toBe(key);
  });
});

describe('Function: tenureKey', () => {
  it.each<[string, string | undefined]>([
    ['Liberal Governor-elect', 'governor-elect'],
    ['president-elect', 'president-elect'],
    ['the incoming mayor', 'mayor-elect'],
    ['Governor', 'governor'],
    ['Secretary of the Treasury', 'secretary'],
    ['head coach', 'coach'],
    // A past or acting holder, a deputy, a title given in retrospect: no tenure either way.
    ['former governor', undefined],
    ['then-Governor-elect', undefined],
    ['acting mayor', undefined],
    ['vice president-elect', undefined],
    ['harbour pilot', undefined],
  ])('"%s" -> %s', (title, key) => {
    // Act & Assess
    expect(tenureKey(title)).toBe(key);
  });
});

describe('Function: holderKey', () => {
  it.each([
    ['Ada Voss', 'voss'],
    ['Nick Tarrant II', 'tarrant'],
    ['Lou Pratt Jr.', 'pratt'],
  ])('%s -> %s', (name, key) => {
    // Act & Assess
    expect(holderKey(name)).toBe(key);
  });
});
