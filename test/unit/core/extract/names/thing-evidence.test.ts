import { describe, expect, it } from 'vitest';
import { THING_CUE_ROWS } from '../../../../../lambdas/core/extract/lexicon/thing-evidence';
import { analyze } from '../helpers';

const names = (text: string): string[] => analyze(text).people.map((p) => p.name);

/** One row of a table below: the text's people leave out `notPerson` and hold `person`, where each is given. */
function readsNames(text: string, notPerson: string | null, person: string | null): void {
  const found = names(text);
  if (notPerson !== null) expect(found).not.toContain(notPerson);
  if (person !== null) expect(found).toContain(person);
}

describe('Lexicon: THING_CUE_ROWS (every row with its example and counterexample)', () => {
  it.each(THING_CUE_ROWS.map((row) => [row.text, row] as const))('%s', (_text, row) => {
    expect(names(row.example.text)).not.toContain(row.example.notPerson);
    expect(names(row.counterexample.text)).toContain(row.counterexample.person);
  });
});

describe('Function: namesAThing (a plural name after "the" is a team or a people)', () => {
  it.each([
    // Sports reports: a club by its nickname; general news: a people by its plural.
    ['The Harriers, who lost twice last week, face Dunmore on Friday.', 'Harriers', null],
    // A club named by a plural in "-x" ("the Blue Sox"), beside a person who still is one.
    ['Carl Ebbe said the Blue Sox, who lost twice, would offer more.', 'Blue Sox', 'Carl Ebbe'],
    ['The Vellorians, who make up a third of the town, boycotted the vote.', 'Vellorians', null],
    // A surname ending in s after "the" ("the Evans family") leaves the person of that name alone.
    ['The Evans family said Marcus Evans was safe.', null, 'Marcus Evans'],
  ])('%j', readsNames);
});

describe('Function: namesAThing (a people in the plural, a big place named alone)', () => {
  it.each([
    // Wire reports: a nationality in the plural names a people, whatever word opens the sentence before it.
    ['Angry Chileans blocked the road to the mine.', 'Angry Chileans', null],
    ['Tomas Velez, a Chilean, won the stage on Sunday.', null, 'Tomas Velez'],
    // Sports reports: a big city named alone is its club, even with "who" after it.
    ['They lost 2-1 to Montpellier, who were top of the table.', 'Montpellier', null],
    // A surname that names no big place keeps its "who".
    ['The goal came from Ostrander, who was unmarked at the far post.', null, 'Ostrander'],
  ])('%j', readsNames);
});

describe('Function: namesAThing (places, saints and regions inside names)', () => {
  it.each([
    // Wire reports: a country of two words whose first is also a given name is the country.
    ['Fighting spread to Sierra Leone last week.', 'Sierra Leone', null],
    ['Sierra Mendes, a nurse, said the clinic was full.', null, 'Sierra Mendes'],
    // Sports and travel: "St." before a name is the town, church or club called after the saint.
    ['He pitched for the St. Louis Cardinals for six years.', 'Louis Cardinals', null],
    ['Father Louis Garnier led the prayers at the church.', null, 'Louis Garnier'],
    // Also where a title is read before the saint's word: a town, not a person titled "district of St.".
    ['She grew up in a poor district of St. Albans and moved away at ten.', 'Albans', null],
    // A title ending in "St." read after the name (the appositive stops at its period) leaves the person alone.
    [
      '"We saw the smoke first," said Tanya Corbell, a member of St. Matthew\'s, on Monday.',
      null,
      'Tanya Corbell',
    ],
    // Travel and crime reports: a title word and the name after it that make a town, after "in", "at", "near".
    ['His trip began in Prince Rupert, British Columbia, a week ago.', 'Rupert', null],
    ['Prince Rupert said the trip would begin next week.', null, 'Rupert'],
    // Business reports: a country inside a name with no given name is an agency or a firm ...
    ['Statistics Norway said prices rose.', 'Statistics Norway', null],
    // ... but a state in last place is a surname as often ("Washington").
    ['Keld Washington said the team had played well.', null, 'Keld Washington'],
    // Fire reports: a building named by its kind in last place is no one.
    ['Old Harbour Warehouse burned down on Tuesday, the fire chief said.', 'Harbour Warehouse', null],
  ])('%j', readsNames);
});

describe('Lexicon: shapes of THING_CUE_ROWS (figures and appositives a word list cannot write)', () => {
  it.each([
    // Stock market reports: a move with a currency word before the new price is a share's too.
    ['Dealers said Corwin Aster shed 0.40 taka to 12.60 on Tuesday.', 'Corwin Aster', null],
    // A weight lost before a fight has no new price after "to".
    ['Peter Velk lost 2.5 kg to win the bout.', null, 'Peter Velk'],
    // Football results: a half-time score in brackets after the result, the club's country before it.
    [
      'Orla Kessing (Norway) beat 2-1 (halftime 1-0) Corven Athletic (Malta) in the first leg.',
      'Orla Kessing',
      null,
    ],
    // Wire reports: a port or a village named by its kind in an appositive; a villager's job keeps the person.
    ['Rebels seized Marta Orlando, a fishing port on the coast, on Monday.', 'Marta Orlando', null],
    ['Peter Dalgren, a village headman, said the rebels had left.', null, 'Peter Dalgren'],
  ])('%j', readsNames);
});

describe('Function: opensAnOrganization (a name the text also writes as a firm)', () => {
  it.each([
    // Business reports: a firm named in full once ("... Inc."), then by its short form.
    ['Brannvik Tools Inc. cut jobs on Monday. Brannvik Tools said sales fell.', 'Brannvik Tools', null],
    // A person named with her firm ("X of Y Group") is still a person.
    ['Sales fell, said Rhea Marsh of Tollund Capital Group.', null, 'Rhea Marsh'],
  ])('%j', readsNames);
});

describe('Function: afterIndefiniteArticle (a name used to qualify a thing)', () => {
  it.each([
    // Awards, entertainment and business news: a prize or a brand qualifying a noun after "a"/"an".
    ['She received a Primrose Vandel nomination for the role.', 'Primrose Vandel', null],
    ['They ordered a Dunmore Stout at the bar.', 'Dunmore Stout', null],
    // A first name opening it: a person's name used so is still the person's.
    ['It was an Al Brenner film from start to end.', null, 'Al Brenner'],
  ])('%j', readsNames);
});

describe('Function: namesAThing (a club or an outlet named with its city last)', () => {
  it.each([
    // Football results: a club's name ends in its city.
    ['Fans cheered as Veltra Hamburg scored late.', 'Veltra Hamburg', null],
    // Entertainment news: a show named after its city.
    ['She told Backlot Chicago she was fine.', 'Backlot Chicago', null],
    // A surname that is also a city, after an unlisted first name: still a person.
    ['Odair Santos scored twice in the second half.', null, 'Odair Santos'],
    // A first name opening it: a person.
    ['Laura Madrid scored twice in the second half.', null, 'Laura Madrid'],
  ])('%j', readsNames);
});

describe('Function: namesAThing (a title in quotation marks, the tail of a longer name)', () => {
  it.each([
    // Arts pages: a film or a book named in title case inside quotation marks.
    ['She starred in "Harbour Lights" and later in "Mina Varga Returns."', 'Harbour Lights', null],
    ['The studio has made money since "Tobin Marsh" in 2004.', 'Tobin Marsh', null],
    // Politics: a law or a slogan quoted, with small words inside the title.
    ['The "Kellan Act" passed in 1990.', 'Kellan Act', null],
    ['He was cast as the "Man of the Hour" of the party.', 'Man of the Hour', null],
    // A quoted sentence naming a person is speech, not a title: the person stays.
    ['A "Rosa Delvane is back" banner hung over the door.', null, 'Rosa Delvane'],
    // A person quoted elsewhere, named unquoted as well, stays a person.
    ['"Good," said Rosa Delvane, who had waited an hour.', null, 'Rosa Delvane'],
    // Politics and science news: a body's name carried on by "of", "for" or "Against".
    ['The Centre for Harran Studies said turnout fell.', 'Harran Studies', null],
    ['Fighters of the Liberation Front of Tamsa Velo attacked the post.', 'Tamsa Velo', null],
    ['Marchers from the Coalition Against Tolvik Dumping met the mayor.', 'Tolvik Dumping', null],
    // A person after "of" with a given name opening the name: still a person.
    ['The office of Maria Tolvik said the talks had ended.', null, 'Maria Tolvik'],
  ])('%j', readsNames);
});

describe('Function: evidencedOrganizations (the rows naming organizations add the name to them)', () => {
  it.each(
    THING_CUE_ROWS.filter((row) => row.organization === true).map((row) => [row.text, row] as const),
  )('%s', (_text, row) => {
    expect(analyze(row.example.text).organizations).toContain(row.example.notPerson);
    expect(analyze(row.counterexample.text).organizations).not.toContain(row.counterexample.person);
  });
});

describe('Function: evidencedOrganizations (which name a cue makes an organization)', () => {
  it.each([
    // Sports pages: a club's short name before a coach's is the club the report names in full.
    ['Dunmore Rovers lost 2-1. Rovers coach Ian Tait blamed the wind.', 'Dunmore Rovers', 'Rovers'],
    // Local news: a capitalized everyday word opening the sentence before a role is no club.
    ['Town manager Ada Vik said the road would stay shut.', null, 'Town'],
    // A person's surname before a role is that person's, not a club's.
    ['Ada Vik won again. Vik coach Tom Ray was pleased.', null, 'Vik'],
  ])('%j', (text, organization, notOrganization) => {
    const found = analyze(text).organizations;
    if (organization !== null) expect(found).toContain(organization);
    expect(found).not.toContain(notOrganization);
  });
});

describe('Function: namesAThing (a name "which" relates is a thing)', () => {
  it.each([
    // Market and business reports: "which" after a firm named like a person ("boosted by <firm>, which gained").
    ['Stocks opened higher, boosted by Harlow Pierce, which gained two points.', 'Harlow Pierce', null],
    // The same name with "who" stays a person.
    ['Stocks opened higher, said Harlow Pierce, who runs a fund in Dunmore.', null, 'Harlow Pierce'],
    // After "the death of <person>", "which" is about the death; a title says person too.
    [
      'The vote came a year after the death of leader Ivo Brandtov, which raised hopes of reform.',
      null,
      'Ivo Brandtov',
    ],
    [
      'The vote came a year after the death of Ivo Brandtov, which raised hopes of reform.',
      null,
      'Ivo Brandtov',
    ],
  ])('%j', readsNames);
});

describe('Function: namesAnOrganization / endsATitle (a team or a firm named inside a title)', () => {
  it.each([
    // Sports reports: a title that took the city opening a team's name leaves the rest of the name no person.
    [
      'Ada Vik lost her job as head coach of the Denver Night Owls. With Vik, the Owls reached the playoffs twice.',
      'Night Owls',
      'Ada Vik',
    ],
    // A title ending in a word that is no big city stays before the person it names.
    ['The President of the Republic Ivo Brandt signed the decree on Friday.', null, 'Ivo Brandt'],
    // Club and company reports: the firm after "the chairman of" in one person's title is no person, whatever the
    // text says of it elsewhere.
    [
      "Team president Ada Vik had the support of Ivo Brandt, the chairman of Harlow-Pierce, the team's owner.",
      'Harlow-Pierce',
      'Ivo Brandt',
    ],
    // One serves a person as an adviser or a spokesman "of" them: that person stays one.
    ['Mira Kessel, an adviser of Ivo Brandt, said the talks were over.', null, 'Ivo Brandt'],
  ])('%j', readsNames);
});
