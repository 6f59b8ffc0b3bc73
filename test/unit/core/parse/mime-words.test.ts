import { describe, expect, it } from 'vitest';
import { resolveMetadata } from '../../../../lambdas/core/parse/metadata';
import { decodeMimeWords, encodeMimeWord } from '../../../../lambdas/core/parse/mime-words';

describe('Function: decodeMimeWords', () => {
  it.each([
    ['plain ASCII', 'The Hill', 'The Hill'],
    ['UTF-8 base64', '=?UTF-8?B?U8O8ZGRldXRzY2hlIFplaXR1bmc=?=', 'Süddeutsche Zeitung'],
    ['UTF-8 Q with underscores', '=?utf-8?Q?Le_Monde_=C3=A0_Paris?=', 'Le Monde à Paris'],
    ['latin-1 Q', '=?ISO-8859-1?Q?El_Pa=EDs?=', 'El País'],
    ['two adjacent words joined', '=?UTF-8?B?w4k=?= =?UTF-8?B?Y2hv?=', 'Écho'],
    ['unknown charset left alone', '=?x-nonsense?B?QUJD?=', '=?x-nonsense?B?QUJD?='],
    ['bad base64 left alone', '=?UTF-8?B?***?=', '=?UTF-8?B?***?='],
  ])('decodes %s', (_label, input, expected) => {
    expect(decodeMimeWords(input)).toBe(expected);
  });

  it.each([
    'The Harbor Ledger',
    'Süddeutsche Zeitung',
    '朝日新聞',
    'Ελληνική Εφημερίδα',
  ])('round-trips %s', (value) => {
    const encoded = encodeMimeWord(value);
    expect(encoded).toMatch(/^[\x20-\x7e]*$/);
    expect(decodeMimeWords(encoded)).toBe(value);
  });

  it('lets object metadata name a non-ASCII outlet', () => {
    const meta = { outlet: [], headline: [], published: [], url: [], credits: [] };
    const resolved = resolveMetadata(
      meta,
      { outlet: encodeMimeWord('Le Télégramme') },
      '2026-04-15T10:00:00Z',
    );
    expect(resolved.outlet).toEqual({ value: 'Le Télégramme', source: 'object-metadata' });
  });
});
