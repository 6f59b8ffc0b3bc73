import { describe, expect, it } from 'vitest';
import { analyze } from '../helpers';

const names = (text: string): string[] => analyze(text).people.map((p) => p.name);

describe('Function: resolvePeople (evidence that a name is a person)', () => {
  it.each([
    ['Kessler Fine Jewelry reopened on Monday after the raid.', 'Kessler Fine Jewelry'],
    ['Farmers drove tractors through Lower Saxony on Friday.', 'Lower Saxony'],
    ['The forward joined from Ashbury Rovers for a record fee.', 'Ashbury Rovers'],
    ['The bonds will be underwritten by Mercantile Trust of Missouri.', 'Mercantile Trust'],
    ['The flood wall will run south toward Carondelet Park next summer.', 'Carondelet Park'],
    ['The study appeared in the journal Herpetological Letters this week.', 'Herpetological Letters'],
    [
      'Dariush Farahani took over in May. Farahani told Capital Brief that he would move quickly.',
      'Capital Brief',
    ],
    ['The game was held at the Bill Graham Civic Auditorium downtown.', 'Bill Graham Civic Auditorium'],
    ['COX’S BAZAR, Bangladesh — Aid arrived on Tuesday.', 'COX’S BAZAR'],
    ['The 31-year-old Kenyan-born Dane won again on Friday.', 'Kenyan-born Dane'],
    ['Velor unveiled the Strata Note on Monday in Oslo.', 'Strata Note'],
    [
      'Minister of Land, Infrastructure and Transport Haruto Sakai opened the bridge.',
      'Transport Haruto Sakai',
    ],
    // The same page with a word no list gives as a first name, or a surname no person of the text has.
    [
      'Ivo Brandtker III fired four shots, police said. He was arrested at noon.\n\nBrandtker is married, but his wife, Notorious, said nothing.\n\nRecords list Notorious Brandtker as the owner of the house.',
      'Notorious Brandtker',
    ],
    [
      'Ivo Halvard III fired four shots, police said. He was arrested at noon.\n\nHalvard is married, but his wife, Michele, said nothing.\n\nRecords list Michele Brandtker as the owner of the house.',
      'Michele Brandtker',
    ],
  ])('takes no person from %j', (text, notPerson) => {
    expect(names(text)).not.toContain(notPerson);
  });

  it.each([
    ['Rahul Venkataraman leads the design team.', 'Rahul Venkataraman'],
    ['Talks were chaired by Lee Sang-woo on Friday.', 'Lee Sang-woo'],
    ['The prize went to Ana Beatriz dos Santos and her team.', 'Ana Beatriz dos Santos'],
    ['Quintarro Vellaby arrived in the morning. Vellaby met the board at noon.', 'Quintarro Vellaby'],
    ['Odrin Mazelkov arrived late. He apologized to the board.', 'Odrin Mazelkov'],
    ['The shirt was worn by Thiaguinho, who left in June.', 'Thiaguinho'],
    ['Marek Zbrojny, 63, resigned on Monday.', 'Marek Zbrojny'],
    ['Yousef bin Khalid al-Marri handed over the trophy.', 'Yousef bin Khalid al-Marri'],
    ['Alderwoman Tamika Ross-Whitfield sponsored the bill.', 'Tamika Ross-Whitfield'],
    ['Minister of Land, Infrastructure and Transport Haruto Sakai opened the bridge.', 'Haruto Sakai'],
    ['Ashby won 2-1, with substitute Tomasz Lewandowicz heading the winner.', 'Tomasz Lewandowicz'],
    // Crime and court reports: a first name of the lists and the surname of a person the text has shown is one.
    [
      'Ivo Brandtker III fired four shots, police said. He was arrested at noon.\n\nBrandtker is married, but his wife, Michele, said nothing.\n\nRecords list Michele Brandtker as the owner of the house.',
      'Michele Brandtker',
    ],
  ])('finds the person in %j', (text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('Function: findQuotes (British marks and role speakers)', () => {
  it.each([
    [
      'Manager Oisín Mac Giolla said the deal was done. ‘We waited two windows,’ he said.',
      'We waited two windows,',
      'Oisín Mac Giolla',
    ],
    [
      'Femi Adeyinka joined on Friday. ‘The dressing room won’t scare me,’ the striker said.',
      'The dressing room won’t scare me,',
      'Femi Adeyinka',
    ],
    [
      'Hana Novotná spoke after the vote. “We will keep going,” the minister said.',
      'We will keep going,',
      'Hana Novotná',
    ],
  ])('attributes the quote in %j', (text, quote, speaker) => {
    const found = analyze(text).quotes.find((q) => q.text === quote);
    expect(found?.speaker).toBe(speaker);
  });
});

describe('Function: resolvePeople (a pronoun credits the name that opens its sentence as a subject)', () => {
  it.each([
    // Entertainment news: an award after a possessive opens the sentence; the "he" after it is no evidence.
    ["Last year the magazine's Finest Man Living was a singer; this year he is an actor.", null],
    // A name with no listed given name, opening its sentence, is still the "he" after it.
    ['Varkan Tolle won the race, and he thanked his crew.', 'Varkan Tolle'],
    ['Varkan Tolle won the race. He thanked his crew.', 'Varkan Tolle'],
  ])('%j', (text, person) => {
    const found = analyze(text).people.map((p) => p.name);
    expect(found).toEqual(person === null ? [] : [person]);
  });
});
