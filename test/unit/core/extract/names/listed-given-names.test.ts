import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../../../lambdas/core/extract/compile';
import { isListedGivenName } from '../../../../../lambdas/core/extract/names/listed-given-names';
import { lexiconWith } from '../../../../../lambdas/core/extract/reference-lexicon';
import { LOCAL_REFERENCE_DATA } from '../../../../../lambdas/local/cli/reference-data';
import { analyze } from '../helpers';

const lex = compileLexicon(lexiconWith(LOCAL_REFERENCE_DATA));
const names = (text: string, headline?: string): string[] =>
  analyze(text, '2024-03-12', headline).people.map((p) => p.name);

describe('Function: isListedGivenName', () => {
  it.each([
    ['a first name of the packaged lists only', 'Lindsay', true],
    ['another one', 'Maurice', true],
    ['a listed name that is an everyday word', 'Red', false],
    ['a listed name that is an everyday word too', 'Rose', false],
    ['a listed name that is an article in names of papers', 'La', false],
    ['a listed name that is a big city (its clubs)', 'Sydney', false],
    ['a given name of the hand list (needs no evidence)', 'Maria', false],
    ['no first name at all', 'Kettleby', false],
  ])('%s: %s', (_kind, word, expected) => {
    expect(isListedGivenName(word, lex)).toBe(expected);
  });
});

describe('Function: withHeadlineNames (a packaged first name in the headline)', () => {
  it('gives the headline full name to the surname alone in the body', () => {
    const body = 'Quillfeather, 33, checked into a clinic on Tuesday, her agent said.';

    expect(names(body, 'Tara Quillfeather checks into rehab again')).toEqual(['Tara Quillfeather']);
  });

  it('takes no full name an everyday word opens', () => {
    const body = 'Mill, the firm that owns the site, said it would close.';

    expect(names(body, 'Rose Mill closes its gates')).toEqual(names(body, ''));
  });
});
