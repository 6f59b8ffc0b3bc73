import { describe, expect, it } from 'vitest';
import { analyze } from '../helpers';

// 2024-03-12 is a Tuesday; "on Monday" is 2024-03-11.
describe('Function: findMainEvent (the lead)', () => {
  it.each([
    [
      'a lead with no time expression: the publication day',
      'Alder Foods reported a 12% rise in quarterly operating profit, helped by higher prices for its biscuits.',
      '2024-03-12',
    ],
    [
      'a report period is no event day',
      'Alder Foods reported a 12% rise in operating profit in the three months to June, ahead of forecasts.',
      '2024-03-12',
    ],
    [
      'a date in the first sentence when a later one names the event',
      'Maya Brandt had never won on grass. On Monday she finally did, beating the top seed Ines Ferro in straight sets at the club.',
      '2024-03-11',
    ],
    [
      'the opening sentence over a later "last met" sentence',
      'The two delegations wrapped up a second round of trade negotiations in Lisbon on Monday. They last met in Oslo in January.',
      '2024-03-11',
    ],
    [
      'a comparison baseline ("from a year earlier") is no event day',
      'What’s new: Alder Foods said on Monday that quarterly profit rose 12% from a year earlier to £40 million.',
      '2024-03-11',
    ],
    [
      'a "The background:" paragraph dates no main event',
      'What’s new: Alder Foods said on Monday that quarterly profit rose 12%. Revenue climbed 4%. The background: Alder’s profit fell in three quarters of 2023 as costs rose.',
      '2024-03-11',
    ],
  ])('dates %s', (_case, body, day) => {
    expect(analyze(body).mainEvent?.date?.start).toBe(day);
  });

  it('reads "named X as deputy mayor" as an appointment', () => {
    const body =
      'Mayor Lena Holt on Monday named Ivo Brandt, a former port chief, as her first deputy mayor.';
    expect(analyze(body).mainEvent?.type).toBe('appointment');
  });

  it('skips a section label and a time stamp left by the page before the lead', () => {
    const body =
      'World\n\n03/12/2024 09:15 AM\n\nThe Senate on Monday confirmed Rosa Quint as ambassador to Chile after a long delay.';
    const main = analyze(body).mainEvent;
    expect(main?.type).toBe('appointment');
    expect(main?.date?.start).toBe('2024-03-11');
    expect(main?.participants.map((p) => p.name)).toContain('Rosa Quint');
  });

  it.each([
    [
      'the capital a demonym names',
      'OSLO (Nordwire) — Norway and Indonesia held their first fisheries negotiations on Monday in the Indonesian capital, officials in Oslo said.',
      'Jakarta',
    ],
    [
      'a bare "the capital" by the dateline',
      'ASTANA (Steppe News) -- Foreign Minister Aru Bekov met his Georgian counterpart Levan Dadiani in the capital on Monday.',
      'Astana',
    ],
    [
      'the capital of a named country',
      'Ministers from six countries met on Monday in the capital of Kenya to discuss grain exports.',
      'Nairobi',
    ],
    [
      'the opening sentence over a later "last met in" sentence',
      'The two delegations wrapped up a second round of trade negotiations in Lisbon on Monday. They last met in Oslo in January.',
      'Lisbon',
    ],
    [
      'the city of a colon dateline',
      'DOHA: Al-Qamar are champions again. The club beat Rivervale 2-0 in Saturday’s final.',
      'Doha',
    ],
    [
      'the dateline city rather than a stadium or a region word opening a cup name',
      'DOHA — Sami Rahal scored twice as Al-Qamar beat Rivervale 2-0 in the Gulf Champions Cup final at Corniche Stadium on Saturday.',
      'Doha',
    ],
    [
      'a town the lexicon lacks, not the dateline across the state',
      'HOLLOWAY — Residents suing Brent Paper cleared a hurdle on Monday when a federal judge in Dunsford refused to throw out their case.',
      'Dunsford',
    ],
    [
      'the county a quake struck, named without its "County"',
      'A 5.8-magnitude earthquake struck Weining County in the southwest at dawn on Monday, killing two people.',
      'Weining',
    ],
    [
      'a town with an apostrophe a storm came ashore near',
      'DHAKA (Meridian) - Cyclone Ravi made landfall near Dunmore’s Bazar late on Monday, flattening shelters, officials said.',
      'Dunmore’s Bazar',
    ],
  ])('places the event in %s', (_case, body, place) => {
    expect(analyze(body).mainEvent?.location).toBe(place);
  });

  it('ignores the place of an attribution tail ("officials in Oslo said")', () => {
    const body =
      'Norway and Chile held their first round of salmon negotiations on Monday, officials in Oslo said.';
    expect(analyze(body).mainEvent?.location).toBeUndefined();
  });

  it.each([
    [
      'a judge the lead only describes',
      'A federal judge on Monday denied a chemical maker’s motion to dismiss a lawsuit over polluted wells. U.S. District Judge Harriet Coyle said the residents had filed their claims in time.',
      ['Harriet Coyle'],
      [],
    ],
    [
      'a suspect the lead only describes, not the spokeswoman',
      'Police on Monday arrested a 40-year-old man suspected of robbing a pharmacy. Officers took Leon Marsh into custody at his home, police spokeswoman Sgt. Dana Wills said.',
      ['Leon Marsh'],
      ['Dana Wills'],
    ],
    [
      'no analyst commenting on the news',
      'Alder Foods on Monday reported a 12% rise in quarterly profit. Harbor Bank analyst Nils Gruber said the margin was the best in years.',
      [],
      ['Nils Gruber'],
    ],
  ])('finds %s', (_case, body, actors, notActors) => {
    const names =
      analyze(body)
        .mainEvent?.participants.filter((p) => p.kind === 'person')
        .map((p) => p.name) ?? [];
    expect(names).toEqual(expect.arrayContaining(actors));
    for (const n of notActors) expect(names).not.toContain(n);
  });
});
