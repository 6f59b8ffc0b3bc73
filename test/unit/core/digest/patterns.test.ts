/** Every pattern row the digest keeps must match its own example and miss its counter-example. */
import { describe, expect, it } from 'vitest';
import { PARTY_DESCRIPTIONS } from '../../../../lambdas/core/digest/background-lexicon';
import {
  AHEAD_AFTER,
  APPOSED_CALENDAR_DATE,
  BARE_WEEKDAY,
  COMPARED_DATE,
  COUNTED_DAY,
  DATE_AS_CONTRACT,
  DATE_AS_SUBJECT,
  DAY_SET_AS,
  DEICTIC_DAY,
  DEICTIC_PERIOD,
  INNER_DEICTIC_DAY,
  INNER_WEEKDAY,
  INVITED_TO,
  JOINED_WEEKDAYS,
  LOOKS_AHEAD,
  MODIFIER_DEICTIC_DAY,
  MODIFIER_WEEKDAY,
  OF_DATE,
  OPENING_DEICTIC_DAY,
  OPENING_WEEKDAY,
  PERIOD_FROM_REPORT,
  PLAN_PARTICIPLE,
  RELATIVE_CLAUSE_OPEN,
  SHIFTABLE_PERIOD,
  SINCE_CLAUSE_OPEN,
  SPAN_BOUND,
  TELLS_PLAN,
  THAT_CLAUSE_OPEN,
  WEEKDAY_MODIFIER,
  WEEKDAY_OCCASION,
  YEAR_NAMED_BEFORE,
} from '../../../../lambdas/core/digest/date-lexicon';
import { INSTRUCTIONS } from '../../../../lambdas/core/digest/grounded/lexicon';
import {
  HEADLINE_ADJUNCTS,
  HEADLINE_FURNITURE,
  HEADLINE_NEVER,
  HEADLINE_NOT,
  KNOWN_CLAUSES,
  OPPOSITE_ACTS,
  PHRASE_CUT,
  QUESTION_HEADLINE,
  REPORTED_CLAUSE,
  SITE_SUFFIX,
} from '../../../../lambdas/core/digest/headline-lexicon';
import {
  DEFINITE_PHRASE,
  EVENT_BY_KIND,
  FACT_SHEET,
  ITEM_LIST,
  NOT_PROSE,
  PERSON_DESCRIPTOR,
  PERSON_DESCRIPTOR_INSIDE,
  PRESS_REVIEW,
  RESULTS_LISTING,
  ROLE_WITHOUT_NAME,
  SHIP_NAME,
  SHORT_NAME_OPENING,
} from '../../../../lambdas/core/digest/input-lexicon';
import { DESCRIBED_NAME, SURNAME_AS_MODIFIER } from '../../../../lambdas/core/digest/names';
import type { TextPattern } from '../../../../lambdas/core/digest/patterns';
import { QUOTE_CONTEXT_ROWS } from '../../../../lambdas/core/digest/quote-context';
import {
  MEMBER_CREDIT,
  NAMED_CREDIT,
  NAMING_BEFORE_QUOTE,
  OWN_CREDIT,
} from '../../../../lambdas/core/digest/quote-credit';
import { TOKEN_SPACING } from '../../../../lambdas/core/digest/typeset';
import { COMMON_WORD_SHAPE } from '../../../../lambdas/core/digest/verbatim';

const ROWS: [string, TextPattern][] = [
  ...[SITE_SUFFIX, ...HEADLINE_FURNITURE].map((p): [string, TextPattern] => ['headline furniture', p]),
  ...[...HEADLINE_NOT, QUESTION_HEADLINE].map((p): [string, TextPattern] => ['not a headline', p]),
  ...[...HEADLINE_NEVER, ...HEADLINE_ADJUNCTS, ...KNOWN_CLAUSES, PHRASE_CUT, REPORTED_CLAUSE].map(
    (p): [string, TextPattern] => ['headline cut', p],
  ),
  ...OPPOSITE_ACTS.flat().map((p): [string, TextPattern] => ['opposite acts', p]),
  ...NOT_PROSE.map((p): [string, TextPattern] => ['not prose', p]),
  ...TOKEN_SPACING.map((p): [string, TextPattern] => ['token spacing', p]),
  ['not stated by its outlet', PRESS_REVIEW],
  ['no news', FACT_SHEET],
  ['no news', RESULTS_LISTING],
  ['separate items of news', ITEM_LIST],
  ['not a person', SHIP_NAME],
  ['leaning on its headline', EVENT_BY_KIND],
  ['a person named before', PERSON_DESCRIPTOR],
  ['leaning on a sentence before it', PERSON_DESCRIPTOR_INSIDE],
  ['leaning on a sentence before it', ROLE_WITHOUT_NAME],
  ['leaning on the sentence before', DEFINITE_PHRASE],
  ['leaning on the sentence before', SHORT_NAME_OPENING],
  ['an ordinary word, not a name', COMMON_WORD_SHAPE],
  ['quotation credit', NAMED_CREDIT],
  ['quotation credit', OWN_CREDIT],
  ['quotation credit', MEMBER_CREDIT],
  ['quotation credit', NAMING_BEFORE_QUOTE],
  ...QUOTE_CONTEXT_ROWS.map((p): [string, TextPattern] => ['quotation out of its context', p]),
  ['a person named in full', SURNAME_AS_MODIFIER],
  ['a person the sentence describes', DESCRIBED_NAME],
  ...INSTRUCTIONS.map((p): [string, TextPattern] => ['addressed to a model', p]),
  ...PARTY_DESCRIPTIONS.map(({ pattern }): [string, TextPattern] => ['sides described, not named', pattern]),
  ...[
    LOOKS_AHEAD,
    INVITED_TO,
    AHEAD_AFTER,
    DATE_AS_SUBJECT,
    DATE_AS_CONTRACT,
    WEEKDAY_OCCASION,
    APPOSED_CALENDAR_DATE,
    BARE_WEEKDAY,
    DEICTIC_DAY,
    OPENING_DEICTIC_DAY,
    INNER_DEICTIC_DAY,
    MODIFIER_DEICTIC_DAY,
    SPAN_BOUND,
    OF_DATE,
    RELATIVE_CLAUSE_OPEN,
    THAT_CLAUSE_OPEN,
    DEICTIC_PERIOD,
    SINCE_CLAUSE_OPEN,
    COMPARED_DATE,
    TELLS_PLAN,
    PLAN_PARTICIPLE,
    PERIOD_FROM_REPORT,
    SHIFTABLE_PERIOD,
    OPENING_WEEKDAY,
    INNER_WEEKDAY,
    MODIFIER_WEEKDAY,
    WEEKDAY_MODIFIER,
    COUNTED_DAY,
    YEAR_NAMED_BEFORE,
    JOINED_WEEKDAYS,
    DAY_SET_AS,
  ].map((p): [string, TextPattern] => ['date words', p]),
];

describe('Data: digest pattern rows', () => {
  it.each(ROWS)('%s: %s', (_list, row) => {
    expect(row.regex.flags).toContain('u');
    expect(row.regex.test(row.matches), row.matches).toBe(true);
    row.regex.lastIndex = 0;
    expect(row.regex.test(row.misses), row.misses).toBe(false);
  });
});
