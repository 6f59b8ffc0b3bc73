import { describe, expect, it } from 'vitest';
import { analyze, person } from './helpers';

describe('Function: findEntities (people)', () => {
  it.each([
    ['Vice Foreign Minister Ma Zhaoxu received the delegation.', 'Ma Zhaoxu', 'Vice Foreign Minister'],
    ['Secretary of State Antony Blinken flew to Cairo.', 'Antony Blinken', 'Secretary of State'],
    ['The talks were led by Chinese Premier Li Qiang.', 'Li Qiang', 'Premier'],
    ['South Korean President Yoon Suk Yeol arrived in Washington.', 'Yoon Suk Yeol', 'President'],
    ['Japanese Prime Minister Fumio Kishida called the vote.', 'Fumio Kishida', 'Prime Minister'],
    ['Former President Moon Jae-in criticized the plan.', 'Moon Jae-in', 'Former President'],
    ['Crown Prince Mohammed bin Salman hosted the summit.', 'Mohammed bin Salman', 'Crown Prince'],
    // A job title written capitalized before the name, as crime and court reports do.
    ['Customs Agent Dora Welk was hurt in the crash.', 'Dora Welk', 'Customs Agent'],
    ['Receptionist Mia Kolb said the man walked in at noon.', 'Mia Kolb', 'Receptionist'],
    ['Egyptian President Abdel Fattah al-Sisi opened the canal.', 'Abdel Fattah al-Sisi', 'President'],
    [
      'Iranian Foreign Minister Hossein Amir-Abdollahian denied the report.',
      'Hossein Amir-Abdollahian',
      'Foreign Minister',
    ],
    [
      'Pentagon press secretary Brig. Gen. Pat Ryder briefed reporters.',
      'Pat Ryder',
      'Pentagon press secretary',
    ],
    [
      'U.S. National Security Adviser Jake Sullivan left Vienna.',
      'Jake Sullivan',
      'National Security Adviser',
    ],
    ['Defense Secretary Lloyd Austin spoke first.', 'Lloyd Austin', 'Defense Secretary'],
    ['Chief Executive Officer Jane O’Neil resigned.', 'Jane O’Neil', 'Chief Executive Officer'],
    ['The council chose Mary-Kate McDonald as chair.', 'Mary-Kate McDonald', undefined],
    ['The forward Jean-Luc van der Berg scored twice.', 'Jean-Luc van der Berg', 'forward'],
    // Court reports: Italian surnames open with "dal", "dalla", "dei", "degli" as others with "della".
    ['Lawyer Renzo dal Pozzo told the agency the farmer had confessed.', 'Renzo dal Pozzo', 'Lawyer'],
    // Central African politics: a Bantu "wa" (of) inside the name.
    [
      'Prime Minister Lunda wa Mbeko said on Monday the talks would go on.',
      'Lunda wa Mbeko',
      'Prime Minister',
    ],
    ['Chinese Vice Premier He Lifeng met the delegation.', 'He Lifeng', 'Vice Premier'],
    [
      'Commission President Ursula von der Leyen landed in Kyiv.',
      'Ursula von der Leyen',
      'Commission President',
    ],
    ['Pope Francis greeted the crowd.', 'Francis', 'Pope'],
    ['Tesla CEO Elon Musk said prices would fall.', 'Elon Musk', 'Tesla CEO'],
    ['Then-President Rosa Vidal signed the order.', 'Rosa Vidal', 'Then-President'],
    ['Software co-founder Bill Gaines met the board.', 'Bill Gaines', 'Software co-founder'],
    ['Nobel laureate Maria Ressa spoke.', 'Maria Ressa', 'Nobel laureate'],
    ['Prosecutors said President Park Min-jun was questioned.', 'Park Min-jun', 'President'],
    // Court and crime reports: a generational suffix set off by a comma belongs to the name.
    [
      'During the transfer, Michael Dace Voss, Jr. drew a pistol. He fled.',
      'Michael Dace Voss Jr.',
      undefined,
    ],
    // Police reports: a rank's role noun after a title word is part of the title, not of the name.
    ['The police named the officer as Senior Trooper Dale Ambroz.', 'Dale Ambroz', undefined],
    // Court and business reports: the name after "<title> of|for" is whom the office serves, not its holder.
    ['The lawyer of Tomas Brel said he would appeal.', 'Tomas Brel', undefined],
    ['A spokesman for Tomas Brel said he would appeal.', 'Tomas Brel', undefined],
    // Sports results: a given name that is also a month's short form ("Jan") opens the name after it.
    ['The silver went to a Dane, Jan Oddvik, in a close finish.', 'Jan Oddvik', undefined],
    // Sports and politics reports: a given name, then a surname that also ends names of venues or papers, with a
    // seeding before it or the surname alone before a speech verb.
    ['Fourth seed Omar Courier lost in the first round on Monday.', 'Omar Courier', undefined],
    ['Dana Hall of Utah said she was pleased. "We won the vote," Hall said.', 'Dana Hall', undefined],
  ])('finds the person in %j', (text, name, title) => {
    const found = person(analyze(text), name);
    expect(found, `people: ${JSON.stringify(analyze(text).people.map((p) => p.name))}`).toBeDefined();
    expect(found?.title).toBe(title);
  });

  it.each([
    ['Tomas Vell, the U.S. ambassador to Chile, attended.', 'Tomas Vell', 'U.S. ambassador to Chile'],
    [
      'Yang Tao, director general of the ministry’s Consular Department, joined them.',
      'Yang Tao',
      'director general of the ministry’s Consular Department',
    ],
    ['Priya Raman, a senior analyst at the bank, disagreed.', 'Priya Raman', 'senior analyst at the bank'],
    // Pages rebuilt from word tokens set a possessive apart ("the state ’ s"): the role word still counts.
    [
      'Ivska Torrel, the state ’ s historic preservation officer, said the house was older.',
      'Ivska Torrel',
      'state ’ s historic preservation officer',
    ],
  ])('takes the title from an appositive in %j', (text, name, title) => {
    expect(person(analyze(text), name)?.title).toBe(title);
  });

  it.each([
    [
      'Downing Street said Mr Okonjo trusted the Home Secretary, Ruth Adeyemi.',
      'Ruth Adeyemi',
      'Home Secretary',
    ],
    ['The state attorney general, Mark Whitfield, will appeal.', 'Mark Whitfield', 'state attorney general'],
    ['Labour leader Sir Alan Pryce accused the minister of dithering.', 'Alan Pryce', 'Labour leader'],
    [
      'Indian External Affairs Minister Rohan Mehta landed in Rome.',
      'Rohan Mehta',
      'External Affairs Minister',
    ],
  ])('takes the title written before a comma or an unknown word in %j', (text, name, title) => {
    expect(person(analyze(text), name)?.title).toBe(title);
  });

  it.each([
    ['Acme Robotics launched a robot in Austin, Texas.', 'Acme Robotics', 'Austin'],
    ['The Toronto Police Service arrested two men in Toronto.', 'Toronto Police Service', 'Toronto'],
    ['The Ministry of Foreign Affairs of Japan protested in Tokyo.', 'Ministry of Foreign Affairs', 'Japan'],
    [
      'The National Institute of Allergy and Infectious Diseases is in Maryland.',
      'National Institute of Allergy and Infectious Diseases',
      'Maryland',
    ],
    [
      'The storm made landfall near Fort Myers, officials at the National Weather Service said.',
      'National Weather Service',
      'Fort Myers',
    ],
    ['A watchdog group, Harbor Safety Watch, filed its report in Oslo.', 'Harbor Safety Watch', 'Oslo'],
    ['The Sunset Reporter said the studio would film in Oslo.', 'Sunset Reporter', 'Oslo'],
    // Business and health reports: advisory firms and treatment centres.
    ['Two staff were hurt at Harlow Advisors in Oslo on Monday.', 'Harlow Advisors', 'Oslo'],
    ['She checked into Cliffview Recovery near Oslo last week.', 'Cliffview Recovery', 'Oslo'],
    // Business, science and politics reports: firms trading worldwide or named for a family, measuring bodies, unions of states.
    ['Corran Freight International said it would hire in Oslo.', 'Corran Freight International', 'Oslo'],
    ['Halder Bros. said it would hire in Oslo.', 'Halder Bros.', 'Oslo'],
    [
      'The quake was felt in Oslo, the Valdera Seismic Observatory said.',
      'Valdera Seismic Observatory',
      'Oslo',
    ],
    ['Rain in Oslo was light, the Harlan Climate Survey said.', 'Harlan Climate Survey', 'Oslo'],
    ['The Vestmark Grain Community met in Oslo on Monday.', 'Vestmark Grain Community', 'Oslo'],
  ])('tells organizations and places from people in %j', (text, org, place) => {
    const r = analyze(text);
    expect(r.people).toEqual([]);
    expect(r.organizations).toContain(org);
    expect(r.places).toContain(place);
  });

  it.each([
    // Defence and wire reports: a model or a code with a digit in it, and a month before a number, are no names.
    ['Sailors seized 14 AK-47 Rifles and a boat off Dunmore.', 'AK-47 Rifles'],
    ['WIRE Nov 12, 2011 Mina Hale said the port would reopen.', 'WIRE Nov'],
    // Business reports: a firm after "president and CEO of" holds no title, so its short form is the firm's.
    [
      'Kestrel Medical Inc. said it would buy a rival. Ivo Brandt will become president and CEO of Kestrel Medical. Kestrel Medical said the deal would close in May.',
      'Kestrel Medical',
    ],
    // British sports pages: one word the report writes with a plural verb or before a player's role is a club,
    // ", who" after it notwithstanding.
    ['Corven, who have won all three games, host Dunmore on Friday.', 'Corven'],
    ['Ardley striker Ivo Brandt scored twice. Ardley, who finished third, lead the table.', 'Ardley'],
    // Sports and politics pages: one word between a seeding or a role and a title qualifies the title.
    ['Eighth-seeded Olympic champion Ada Vikstrom won in two sets.', 'Olympic'],
    ['The rebels were led by veteran Marxist leader Tomas Brel.', 'Marxist'],
    // Wire reports: an agency named before its kind, and a firm named for its founder before "& Co.".
    ['The talks ended, the official Varta news agency said.', 'Varta'],
    ['The unit was sold by Eli Brannvik & Co. last year.', 'Eli Brannvik'],
    // Venue and property reports: a given name before a venue word, with no cue, or a place the text puts someone at.
    ['Royal Albert Hall said it would reopen in May.', 'Albert Hall'],
    ['Carla Tower was sold last year.', 'Carla Tower'],
    ['The choir sang at Albert Hall on Friday, and Albert Hall said it would add seats.', 'Albert Hall'],
    // Place names: a railway town named for its junction.
    ['The convoy drove from Kerro Junction to the coast.', 'Kerro Junction'],
  ])('takes no person from %j', (text, notName) => {
    expect(analyze(text).people.map((p) => p.name)).not.toContain(notName);
  });

  it.each([
    // Navy and shipping reports: a ship's prefix and the name after it are a vessel, no person.
    ['The frigate INS Kaveri escorted the convoy out of Dunmore.', 'INS Kaveri'],
    ['Raiders boarded the tanker MV Orla Star before dawn.', 'MV Orla Star'],
  ])('reads the ship in %j as a body, not a person', (text, ship) => {
    const r = analyze(text);
    expect(r.organizations).toContain(ship);
    expect(r.people).toEqual([]);
  });

  it.each([
    // The same prefixes alone, or a person's name after them with no capital, name no ship.
    ['Officers from INS said the port would reopen, Mina Hale reported.', 'Mina Hale'],
    ['A spokesman, Ravi Menon, said the MV was still at anchor.', 'Ravi Menon'],
  ])('takes no ship from %j', (text, name) => {
    const r = analyze(text);
    expect(r.organizations.filter((o) => /^(INS|MV) /u.test(o))).toEqual([]);
    expect(r.people.map((p) => p.name)).toContain(name);
  });

  it('reads "Watch" opening a sentence as no organization suffix', () => {
    const r = analyze('Watch Anna Berg race in Oslo on Sunday, her coach said.');
    expect(r.people.map((p) => p.name)).toContain('Anna Berg');
    expect(r.organizations.filter((o) => o.includes('Watch'))).toEqual([]);
  });

  it('keeps the country of a title as affiliation', () => {
    const r = analyze('Chile’s top diplomat Rosa Imbert met U.S. Ambassador to Chile Tomas Vell.');
    expect(person(r, 'Rosa Imbert')).toMatchObject({ title: 'top diplomat', affiliation: 'Chile' });
    expect(person(r, 'Tomas Vell')).toMatchObject({
      title: 'Ambassador to Chile',
      affiliation: 'United States',
    });
  });

  it.each([
    ['Senior Chinese and U.S. officials met in Beijing on Monday.'],
    ['The Shangri-La Dialogue opened in Singapore.'],
    ['North American and Oceanian Affairs Department staff were present.'],
    ['Top Officials Hold Talks Amid Tensions Over Trade'],
    ['Bloomberg reported that Washington and Beijing disagreed.'],
    ['Contact reporter Kelly Tran (kelly@example.com) and editor Omar Farid'],
    ['Reporting by Ana Lopes; Editing by Tom Hale'],
    ['Photo: Lina Park'],
    ['Doctors Without Borders said hospitals were full.'],
    // A reporting clause after a place is no appositive of it: the town is not a person with a role.
    ['The barn burned on Friday in her hometown of Kelso, the parish priest said.'],
    // An adverb opening a sentence, then a clause that names a role: no appositive, no person.
    ['Presently, the council has one harbour member, who won a seat in May.'],
    // A local division's own word ends a place's name, never a person's.
    ['A man from Dale Township was charged on Friday.'],
    ['Voters in Kursk Oblast went to the polls.'],
    // A town of the gazetteer written after "in" or "at" is the town, though a given name opens it.
    ['The singer died on Thursday at his home in Beverly Hills.'],
    // A spaced possessive joined again gives no role where the appositive names none.
    ['Ivska Torrel, the state ’ s oldest house, was sold on Friday.'],
  ])('finds no person in %j', (text) => {
    expect(analyze(text).people.map((p) => p.name)).toEqual([]);
  });

  it.each([
    // A known place opening a longer town's name (gazetteer) is that town.
    ['A warehouse fire broke out in Kansas City overnight.', ['Kansas City']],
    ['The ferry from Jersey City was late again.', ['Jersey City']],
    ['Lifeguards closed the sand at Virginia Beach on Monday.', ['Virginia Beach']],
    // The place alone, or before a word that makes no town, stays the place.
    ['Storms moved across Kansas on Monday.', ['Kansas']],
    ['Kansas Jayhawks fans cheered again on Monday.', ['Kansas']],
    // A country only the gazetteer lists (world-countries) is a place too.
    ['Talks on the ferry route were held in Liberia.', ['Liberia']],
    // A country's dotted initials name the country, before a common noun or a title, unlike a demonym.
    ['U.S. negotiators left the port talks early.', ['United States']],
    ['The envoy flew back to the U.K. on Monday.', ['United Kingdom']],
    ['U.S. Senator Dana Wells opened the hearing.', ['United States']],
    ['American negotiators left the port talks early.', []],
    // ... but not when they open a longer name: an event, a court, a fund.
    ['She reached the U.S. Open quarter-finals on Monday.', []],
    // A place that opens an organization's name (its suffix comes later in the run) is part of that name.
    ['The Ohio Farmers Party won two seats on Monday.', []],
    // Countries that no longer exist, as older wire copy and background name them; their demonym names none.
    ['The engineer left Yugoslavia in 1990 and settled in Zaire.', ['Yugoslavia', 'Zaire']],
    ['Soviet engineers built the dam.', []],
    // A home nation is no side of the country its name ends with; a sea or an ocean is a place.
    ['Talks resumed in Northern Ireland on Monday.', ['Northern Ireland']],
    ['A tanker sank in the Arabian Sea after the storm.', ['Arabian Sea']],
    // A country whose short name takes "the", opening a sentence.
    ['The Netherlands sent two ships.', ['Netherlands']],
    // A place prefix and the name after it are a place when the gazetteer knows it or a preposition places it ...
    ['Crews from Fort Myers joined the search.', ['Fort Myers']],
    ['The ferry docked at Port Varrow after the storm.', ['Port Varrow']],
    // ... not when they name a party or a person nothing places.
    ['New Harmony won two seats on Monday.', []],
    ['Glen Varrow said on Monday that the plan would fail.', []],
  ])('names the places in %j', (text, places) => {
    expect(analyze(text).places).toEqual(places);
  });

  it('lists organizations and places', () => {
    const r = analyze(
      'American diplomats said the State Department and China’s foreign ministry issued statements after talks in Beijing. Goldman Sachs Group and the Ministry of Finance of Japan were not involved.',
    );
    expect(r.organizations).toEqual(
      expect.arrayContaining(['U.S. State Department', 'Chinese Foreign Ministry', 'Goldman Sachs Group']),
    );
    expect(r.places).toEqual(expect.arrayContaining(['Beijing', 'China', 'Japan']));
  });
});

describe('Function: resolvePeople', () => {
  it.each([
    [
      'Assistant Secretary Daniel Kritenbrink led the team. Kritenbrink said little.',
      'Daniel Kritenbrink',
      'Kritenbrink',
    ],
    ['Spokesperson Wang Wenbin took questions. Wenbin added that talks went well.', 'Wang Wenbin', 'Wenbin'],
    ['Fumio Kishida arrived on Monday. On Tuesday, Kishida met the emperor.', 'Fumio Kishida', 'Kishida'],
    ['Abdel Fattah al-Sisi spoke. Later al-Sisi left.', 'Abdel Fattah al-Sisi', 'al-Sisi'],
  ])('resolves the short form in %j', (text, name, alias) => {
    const p = person(analyze(text), name);
    expect(p?.aliases).toContain(alias);
    expect(p?.mentions.length).toBe(2);
  });

  it.each([
    // Sports and crime reports: a description glued before a given name and a surname, mid-sentence or opening it.
    ['They will move All-Star Kevin Moss to third base.', 'Kevin Moss', 'All-Star Kevin Moss'],
    ['Fired coach Jim Orr left the arena on Monday.', null, 'Fired coach Jim Orr'],
    ['The club said Fired Jim Orr would be paid in full.', 'Jim Orr', 'Fired Jim Orr'],
    // Golf and tennis results: compatriots named together after their nationality in the plural.
    ['Leading after one round were Canadians Tom Welk and Ian Brodie.', 'Tom Welk', 'Canadians Tom Welk'],
    // Crime reports: officers named together after their rank in the plural.
    [
      'On Monday, Detectives Maria Holt and David Arun searched the flat.',
      'Maria Holt',
      'Detectives Maria Holt',
    ],
    // A hyphenated given name opens the name itself.
    ['The ward was full, said Jean-Claude Li Ah Sing, a surgeon.', 'Jean-Claude Li Ah Sing', 'Li Ah Sing'],
    // Sports and politics: the team or party a person was in, after "former", with a first name of either list after it.
    [
      'Kelvin Marsh hit a homer and former Dodger Terry Brannock pitched well.',
      'Terry Brannock',
      'Dodger Terry Brannock',
    ],
    ['Former Tory Ada Vikstrom won the seat.', 'Ada Vikstrom', 'Tory Ada Vikstrom'],
    // Not when a first name follows "former" itself: that is the person.
    ['The Former Ada Vikstrom fan club met.', 'Ada Vikstrom', 'Former Ada'],
  ])('leaves a glued description out of the name in %j', (text, name, notName) => {
    const names = analyze(text).people.map((p) => p.name);
    if (name !== null) expect(names).toContain(name);
    expect(names).not.toContain(notName);
  });

  it('takes a short form of a name written with a legal form for that firm, not a person', () => {
    // Business reports: "Brannvik Tools Oy said ... Brannvik Tools said" names one firm twice, and speaks as one.
    const r = analyze(
      'Brannvik Tools Oy said on Monday it would cut jobs. Brannvik Tools said the plants would close.',
    );
    expect(r.people.map((p) => p.name)).not.toContain('Brannvik Tools');
  });

  it('does not resolve a word shared by two full names', () => {
    const r = analyze('Wang Yi met Wang Wenbin in Beijing. Wang said the meeting was useful.');
    expect(r.people.flatMap((p) => p.aliases)).not.toContain('Wang');
  });

  // Obituaries and profiles: the full name with a middle name or an initial, and a title that holds the name.
  it.each([
    [
      'Singer Ada Vik died on Friday. Vik was 85. Born Ada Mae Vik in Corlen, she sang for forty years.',
      'Ada Vik',
      ['Vik', 'Ada Mae Vik'],
      3,
    ],
    [
      'Judge Tom Berg retired on Monday. Tom R. Berg had sat on the bench since 1990. Berg was 70.',
      'Tom Berg',
      ['Tom R. Berg', 'Berg'],
      3,
    ],
    [
      'Singer Ada Vik died on Friday. She starred in The Notorious Ada Vik in 2005. Vik was 85.',
      'Ada Vik',
      ['Vik'],
      2,
    ],
  ])('keeps one person for the name variants of %j', (text, name, aliases, mentions) => {
    const p = person(analyze(text), name);
    for (const alias of aliases) expect(p?.aliases).toContain(alias);
    expect(p?.mentions.length).toBe(mentions);
  });

  it.each([
    // "Harbour Maid" is no middle name: a firm beside a shorter form of its name.
    ['Harbour Creamery closed in May. Harbour Maid Creamery owed the bank money.', 'Harbour Maid Creamery'],
    // Two longer names: the short one could be either.
    ['George H. W. Berg and George W. Berg met George Berg.', 'George Berg'],
  ])('keeps apart names that are no middle-name variants in %j', (text, name) => {
    expect(analyze(text).people.flatMap((p) => p.aliases)).not.toContain(name);
  });

  it('upgrades a surname-only first mention to the full name', () => {
    const r = analyze('President Biden spoke on Monday. Joe Biden then left for Delaware.');
    expect(person(r, 'Joe Biden')?.aliases).toContain('Biden');
    expect(r.people).toHaveLength(1);
  });

  it('gives mention spans that slice back to the name or alias', () => {
    const body = 'Minister Ana Duarte met Governor Ken Obi. Duarte and Obi then signed.';
    for (const p of analyze(body).people) {
      for (const m of p.mentions) expect([p.name, ...p.aliases]).toContain(body.slice(m.start, m.end));
    }
  });
});
