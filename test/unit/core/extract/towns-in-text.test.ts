import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

describe('Function: townsInText (the record lists the towns and states running text names)', () => {
  it.each([
    // A gazetteer town after a preposition, anywhere in the report.
    ['Police in Larnaca arrested two men on Friday.', ['Larnaca']],
    ['Two schools near Charleroi closed after the storm.', ['Charleroi']],
    // A town under the spelling the press writes (the gazetteer's other names).
    ['Rescuers worked through the night in Grozny.', ['Grozny']],
    // A town its own words call one, known to the gazetteer or not.
    ['Deputies knocked on doors in the small city of Marrowdale that night.', ['Marrowdale']],
    // A state or province named alone after a preposition.
    ['Floods closed two highways in Saskatchewan on Monday.', ['Saskatchewan']],
    ['Hundreds marched in Tamil Nadu on Friday.', ['Tamil Nadu']],
    // A state whose name opens with a town's is the state ("Nuevo León", not a town "Nuevo").
    ['Suppliers built two plants in Nuevo León last year.', ['Nuevo León']],
  ])('lists the town of %j', (text, places) => {
    expect(analyze(text).places).toEqual(places);
  });

  it.each([
    // A side: a region adjective that is also a small town's name.
    ['Envoys met in Arab capitals all week.'],
    // The surname of a person the report names.
    ['Analyst Maria Palmer said she had lost faith in Palmer as a brand.'],
    // A firm the report names so.
    ['The fund raised its stake in Toyota, Toyota said on Monday.'],
    // An everyday word alone.
    ['The party found little support in Split after the vote.'],
    // A region whose name is an everyday word ("West" is a province of some countries).
    ['Rain fell across the West on Monday.'],
  ])('lists no town in %j', (text) => {
    expect(analyze(text).places).toEqual([]);
  });
});
