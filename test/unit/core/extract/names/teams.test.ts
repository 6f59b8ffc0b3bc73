import { describe, expect, it } from 'vitest';
import { analyze } from '../helpers';

/** One row: the text's organizations hold `team` (or not, for null) and leave out `notTeam`; its people leave out both. */
function readsTeam(text: string, team: string | null, notTeam: string | null): void {
  const { organizations, people } = analyze(text);
  const names = people.map((p) => p.name);
  if (team !== null) {
    expect(organizations).toContain(team);
    expect(names).not.toContain(team);
  }
  if (notTeam !== null) expect(organizations).not.toContain(notTeam);
}

describe('Function: teams (a plural after "the" names a team, an organization)', () => {
  it.each([
    // Baseball pages: a club by its nickname, with the verb in the plural.
    ['The Harriers have offered the pitcher four years, his agent said.', 'Harriers', null],
    // A club named with its town, then by its nickname alone: one organization, under its longer name.
    [
      'The Dunmore Blue Sox made an offer on Monday. How the Blue Sox will pay for it is unclear.',
      'Dunmore Blue Sox',
      'Blue Sox',
    ],
    // A club named by a plural in "-x" after a sentence opened by "So" (no singular "So" of "Sox").
    ['So the Blue Sox have offered four years, his agent said.', 'Blue Sox', null],
    // College sports: a team named with its state is the team (its state is no place the report names).
    ['The Kansas Jayhawks won again on Monday.', 'Kansas Jayhawks', null],
    // Rugby pages: a side named by a plural of two words.
    ['The Green Hares beat the visitors on Saturday.', 'Green Hares', null],
    // Wire reports: a people in the plural is no organization.
    ['The Palestinians rejected the plan on Monday.', null, 'Palestinians'],
    // A people the text also names by its adjective ("Vellorian villages").
    ['Vellorian villages were shelled, and the Vellorians fled north.', null, 'Vellorians'],
    // Travel and wire reports: a country or a place named with "the" is no team.
    ['Ships crossed from the Netherlands on Friday.', null, 'Netherlands'],
    // Sports pages: a contest named by its kind in last place is an event.
    ['She won gold at the Summer Games last year.', null, 'Summer Games'],
    // Society pages: a family named by its surname in the plural, beside one of its members.
    ['Rafe Dunstan said the Dunstans would sell the farm.', null, 'Dunstans'],
  ])('%j', readsTeam);
});

describe('Function: namesAnOrganization (a team named with its town, then without it, is no person)', () => {
  it.each([
    // Baseball pages: the town-less name, then its last word alone ("the Sox"), had made a person of "Red Sox".
    [
      'The Boston Red Sox have made an offer to Jon Tate. How the Red Sox pay for it is unclear, and the Sox need pitchers too.',
      'Boston Red Sox',
    ],
  ])('%j', (text, team) => {
    const { organizations, people } = analyze(text);
    expect(organizations).toContain(team);
    expect(people.map((p) => p.name)).not.toContain('Red Sox');
    expect(people.map((p) => p.name)).toContain('Jon Tate');
  });
});
