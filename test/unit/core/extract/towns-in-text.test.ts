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
    // Towns listed after a place found: each known town of the list.
    ['The ferry line stops in Larnaca, Limassol and Paphos every day.', ['Larnaca', 'Limassol', 'Paphos']],
    // A person listed after a town is no town of the list.
    ['Police in Larnaca and Maria Palmer, the mayor, spoke on Friday.', ['Larnaca']],
    // A club of a list of clubs, named by its town and its country, is no town: the countries are the places.
    ['Next are Partizan of Serbia, Alba of Germany and two more sides.', ['Serbia', 'Germany']],
    ['Rallies were held in Charleroi and Namur on Friday.', ['Charleroi', 'Namur']],
    // A town followed by the state or country it stands in, written in full.
    ['A courier from Sandusky, Ohio, won the lottery draw.', ['Ohio', 'Sandusky']],
    // A town placed by a bearing from it.
    ['The bus left the road in a valley 40 km north of Charleroi.', ['Charleroi']],
    // A town named by what it is to the place around it, and a state capital named right after the words.
    ['Two ferries collided off the port of Limassol on Monday.', ['Limassol']],
    ['Officials met in the state capital Srinagar on Monday.', ['Srinagar']],
    // A province its own words call one, the word before the name.
    ['Floods cut the roads of the southern province of Dorvan overnight.', ['Dorvan']],
    // The capital after describing words and the country's adjective, with or without a comma.
    ['Shells fell on the rebel-held Dorvan capital Varna overnight.', ['Varna']],
    // An airport by its own name before a lowercase "airport", owned by a town or not.
    ['The diverted jet landed at Dunmore airport before dawn.', ['Dunmore']],
    // A ground named alone after the match played there, with its article.
    ['Ola Berg took five wickets in the final test at The Mound on Friday.', ['The Mound']],
    ['Harbour City drew 1-1 against Ashford Rovers at Kelby Bridge on Saturday.', ['Kelby Bridge']],
    ['Dover held firm against old rivals Ashford Rovers at Kelby Bridge.', ['Kelby Bridge']],
    // The ground a line of sports results opens with.
    ['At Kelby Bridge: Match abandoned after rain.', ['Kelby Bridge']],
    // A site or an area by its own name before the lowercase word for what it is.
    ['Crowds gathered outside Tarrow mosque after prayers.', ['Tarrow']],
    ['Two men were shot dead in Kelby village on Sunday.', ['Kelby']],
    ['Output at the Brenlow mine fell in May.', ['Brenlow']],
    // A town that names the accord signed there.
    ['Both sides said the Mannheim peace accords still held.', ['Mannheim']],
    // A building that is a place wherever the report names it.
    ['The striker was treated at Ashford General Hospital after the match.', ['Ashford General Hospital']],
    // A seat of government named by its building, also where the name step reads an organization.
    ['Aides at the Kremlin denied the report on Monday.', ['Kremlin']],
    ['A White House spokesman declined to comment.', ['White House']],
    // The two towns a stage runs between.
    ['The third stage ran 180 km between Mannheim and Charleroi on Tuesday.', ['Mannheim', 'Charleroi']],
    // A country by its short form.
    ['Exports to S. Korea and NZ rose in May.', ['South Korea', 'New Zealand']],
    // A place named alone elsewhere stays when it also opens a war's name.
    ['Veterans of the Gulf War met in the Gulf on Monday.', ['Gulf']],
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
    // A firm listed after a state, whose name opens with a town's.
    ['Both units of Life of Ohio and Southland Life Insurance were sold.'],
    // A place that opens the name of a war or of a games.
    ['Veterans of the Gulf War marched on Monday.'],
    // An airport lounge of a firm, and an article opening a sentence before "airport".
    ['The Harbour Air airport lounge shut. The airport said sorry.'],
    // A day after the match word is no ground; nor is a bank.
    ['Ola Berg took five wickets in the final test on Friday at lunch.'],
    ['The gap between Harbour Bank and Elm Trust narrowed on Monday.'],
    // An adjective before the lowercase word, and a firm's possession.
    ['Troops searched a Dorvanian village and the restive Tamil region on Sunday.'],
    ["Output at Harbour Mining's copper mine fell in May."],
  ])('lists no town in %j', (text) => {
    expect(analyze(text).places).toEqual([]);
  });
});
