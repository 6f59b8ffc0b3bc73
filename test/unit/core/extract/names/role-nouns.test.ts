import { describe, expect, it } from 'vitest';
import { ROLE_NOUN_ROWS } from '../../../../../lambdas/core/extract/lexicon/person-evidence';
import { analyze } from '../helpers';

const names = (text: string): string[] => analyze(text).people.map((p) => p.name);

describe('Lexicon: ROLE_NOUN_ROWS (every row with its example and counterexample)', () => {
  it.each(ROLE_NOUN_ROWS.map((row) => [row.text, row] as const))('%s', (_text, row) => {
    expect(names(row.example.text)).toContain(row.example.person);
    expect(names(row.counterexample.text)).not.toContain(row.counterexample.notPerson);
  });
});

describe('Function: resolvePeople (a sentence-initial word glued to a name named elsewhere)', () => {
  it.each([
    [
      'Top seed Marek Ostrowicz drew a qualifier. Bumping Ostrowicz to the other half was ruled out.',
      'Marek Ostrowicz',
      'Bumping Ostrowicz',
    ],
    ['Hana Pekkarinen joined Roma in June. Can Roma keep her?', 'Hana Pekkarinen', 'Can Roma'],
    // A word no list knows opening the sentence before a listed first name and a surname the text writes again.
    [
      'Fiery Peter Dalgaro beat the top seed on Monday. Dalgaro had lost to her twice.',
      'Peter Dalgaro',
      'Fiery Peter Dalgaro',
    ],
    // An everyday word opening the sentence before a full name, even one named nowhere else.
    ['Facing Piotr Wendlar in the final, she lost.', 'Piotr Wendlar', 'Facing Piotr Wendlar'],
    // A function word opening the sentence is no part of a name, even of one named nowhere else.
    [
      'Ivo Kallemaa lost a second vote. Neither Kallemaa nor his rival won the votes needed.',
      'Ivo Kallemaa',
      'Neither Kallemaa',
    ],
    // A role or a trait glued to a surname the report gives elsewhere with another first name.
    [
      "Neil Tamsby, the former captain, will play on, his club said. Opener Tamsby's choice closes a summer when he made the most runs for them.",
      'Neil Tamsby',
      'Opener Tamsby',
    ],
    [
      'The coach called up Gary Oldroyd on Sunday. Left-back Oldroyd, 27, replaces an injured teammate.',
      'Gary Oldroyd',
      'Left-back Oldroyd',
    ],
  ])('%j', (text, person, glued) => {
    const found = names(text);
    expect(found).toContain(person);
    expect(found).not.toContain(glued);
  });

  it.each([
    // Another first name of the lists is another person of the family.
    ['Neil Tamsby will play on. Ravi Tamsby, his brother, will not.', 'Ravi Tamsby'],
    // A first name of the packaged lists opening the run stays part of the name.
    [
      'Sunny Peter Dalgaro beat the top seed on Monday. Dalgaro had lost to her twice.',
      'Sunny Peter Dalgaro',
    ],
    // A first name no list holds that the text writes again is a first name, not a glued word.
    [
      'Oksana Tamsby, wife of the mayor, had an operation. Her husband Neil Tamsby said Oksana was well.',
      'Oksana Tamsby',
    ],
  ])('keeps the full name in %j', (text, person) => {
    expect(names(text)).toContain(person);
  });
});

describe('Function: findEntities (evidence around a name with no title and an unlisted given name)', () => {
  it.each([
    // Sports standings glued to the name at a sentence's start.
    ['Top-seeded Aurelio Tessandri beat a qualifier in straight sets.', 'Aurelio Tessandri'],
    ['Second-ranked Delvin Osterhaut lost in five sets on Sunday.', 'Delvin Osterhaut'],
    // A lowercase role noun written just before the name.
    ['The cup went to world champion Brisco Feltane after a late surge.', 'Brisco Feltane'],
    ['A late try by centre Jarrah Melkovic sealed it.', 'Jarrah Melkovic'],
    // What follows the name: a pitching record, the country a competitor comes from.
    ['Starter Quill Ambersley (7-5) allowed two runs.', 'Quill Ambersley'],
    ['Next up is Tavin Roskovar of Slovakia, the fifth seed.', 'Tavin Roskovar'],
    // A title written with a hyphen glued to the name.
    ['The plan was signed by Undersecretary-General Pelle Saarvik on Monday.', 'Pelle Saarvik'],
  ])('finds the person in %j', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    ['Harlow-owned Brightwater Media bought the station.', 'Harlow-owned Brightwater Media'],
    // Who holds or rules a town, and prizes won, are glued to the name before it, never part of it.
    ['Shells fell on Rebel-held Ostravin Dolni overnight.', 'Rebel-held Ostravin Dolni'],
    ['She met Award-winning Tamsin Oakridge in May.', 'Award-winning Tamsin Oakridge'],
    ['Top-seeded Aurelio Tessandri beat a qualifier in straight sets.', 'Top-seeded Aurelio Tessandri'],
    ['Fans queued at Centre Court from dawn.', 'Court'],
    ['Fourth-placed Cray Valley lost ground on Sunday.', 'Cray Valley'],
    ['The Bank of Ireland raised its forecast.', 'Bank of Ireland'],
    [
      'The plan was signed by Undersecretary-General Pelle Saarvik on Monday.',
      'Undersecretary-General Pelle Saarvik',
    ],
    // Title modifiers alone describe a thing: a team, a tournament, a holiday.
    ['Tickets for the White Sox game sold out.', 'Sox'],
    // A weekday ends the name written before it ("Nichols Saturday").
    ['Police arrested Dario Venkel Saturday after a chase.', 'Dario Venkel Saturday'],
    ['She has won one Grand Slam title.', 'Slam'],
    // Product model words and compass points of other languages end names of things and bodies.
    ['The recall covers the Halvor Trek Pro sold since May.', 'Trek Pro'],
    ['Tenants of Huurbond Noord voted against the plan.', 'Huurbond Noord'],
  ])('takes no person from %j', (text, notPerson) => {
    expect(names(text)).not.toContain(notPerson);
  });
});

describe('Function: wordKind (a title word that is also a given name of the hand list)', () => {
  it.each([
    // Sports and news pages: "Dean" before a lone surname is the given name.
    ['Dean Harlowe hit his tenth home run of the season.', 'Dean Harlowe', 'Harlowe'],
    // Before a full name, or as a lowercase role, it stays a title.
    ['The college dean, Ada Vorlund, said classes would resume.', 'Ada Vorlund', 'Dean Ada Vorlund'],
  ])('%j', (text, person, notPerson) => {
    const found = names(text);
    expect(found).toContain(person);
    expect(found).not.toContain(notPerson);
  });
});
