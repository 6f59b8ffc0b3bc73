import { describe, expect, it } from 'vitest';
import { spellingVariant } from '../../../../../lambdas/core/extract/names/surnames';

describe('Function: spellingVariant', () => {
  it.each([
    ['two letters swapped', 'Walzcak', 'Walczak', true],
    ['two letters swapped apart', 'Borlin', 'Bonlir', true],
    ['one letter wrong', 'Walczek', 'Walczak', true],
    ['one letter more in a long surname', 'Valdrobrenko', 'Valdobrenko', true],
    ['one letter less in a long surname', 'Valdobrenko', 'Valdrobrenko', true],
    ['counter-example: one letter more in a short surname', 'Andersson', 'Anderson', false],
    ['counter-example: two letters more in a long surname', 'Valdorobrenko', 'Valdobrenko', false],
    ['counter-example: two letters wrong', 'Wolczuk', 'Walczak', false],
    ['counter-example: another first letter', 'Hansen', 'Jansen', false],
    ['counter-example: another length', 'Petrova', 'Petrov', false],
    ['counter-example: too short to tell from another name', 'Lane', 'Lone', false],
    ['counter-example: the same name', 'Walczak', 'Walczak', false],
  ])('%s: %s for %s', (_kind, word, surname, expected) => {
    expect(spellingVariant(word, surname)).toBe(expected);
  });
});
