import { describe, expect, it } from 'vitest';
import { analyze } from '../helpers';

const quotes = (body: string) => analyze(body).quotes.map((q) => [q.speaker, q.text]);

describe('Function: findQuotes (speakers)', () => {
  it.each([
    [
      'an outlet quoting someone as telling another: the one quoted, not the one told',
      'The Kestrel Gazette reported the talks on Sunday.\n\n“I will wait ten days and no more,” the paper quoted Ada Vikander as telling Ola Brand.',
      ['Ada Vikander', 'I will wait ten days and no more,'],
    ],
    [
      'a quotation set off after "quoted X as telling him:"',
      'Envoy Ola Brand met the mayor on Monday.\n\nThe mayor quoted Brand as telling him: “The other side is ready to move.”',
      ['Ola Brand', 'The other side is ready to move.'],
    ],
    [
      'a long surname typed a second way, a letter more',
      'Kremlin aide Pavel Valdobrenko spoke on Monday.\n\n“The leader needs a rest after the vote,” the agency quoted Valdrobrenko as saying.',
      ['Pavel Valdobrenko', 'The leader needs a rest after the vote,'],
    ],
    [
      'counter-example: another long name, two letters off',
      'Kremlin aide Pavel Valdobrenko spoke on Monday.\n\n“The leader needs a rest after the vote,” the agency quoted Valdomirenko as saying.',
      ['unknown', 'The leader needs a rest after the vote,'],
    ],
    [
      'a clause between the name and "said" that names a region',
      '“The harbour is ready,” Sen. Mara Quill (D-Ore.), who chairs the subcommittee on Southeast Asia, said before the vote.',
      ['Mara Quill', 'The harbour is ready,'],
    ],
    [
      'an age between the name and "told", a company after',
      'The board of Halvard Metals met on Friday.\n\n“I signed every page,” Lindgren, 58, told a news conference at the company’s headquarters.\n\nOskar Lindgren ran Halvard Metals for a decade.',
      ['Oskar Lindgren', 'I signed every page,'],
    ],
    [
      'a speaker the text does not name before "told": the one told is never the speaker',
      'Voting was slow in the capital.\n\n“I still do not know who is on the ballot,” a teacher who gave no name told the Harbor Times.',
      ['unknown', 'I still do not know who is on the ballot,'],
    ],
    [
      'a role no one named holds, in a paragraph naming no one: an unnamed speaker, not the one quoted before',
      'Port chief Ilse Brandt told reporters: "The crane failed at noon."\n\nThe ship stayed at sea overnight.\n\n"We saw no warning light," the captain told a radio station.',
      ['unknown', 'We saw no warning light,'],
    ],
    [
      'counter-example: the role with the person the paragraph names',
      'Port chief Ilse Brandt spoke first.\n\nTomas Reyl, 52, steered the ship in overnight. "We saw no warning light," the captain said.',
      ['Tomas Reyl', 'We saw no warning light,'],
    ],
    [
      'a body before a lower-case noun after the verb only describes who was asked or spoke',
      'Ambassador Tomas Brill spoke on Monday.\n\nHe said his government had asked U.N. monitors to send more staff in an effort "to end this long circle of killing."',
      ['Tomas Brill', 'to end this long circle of killing.'],
    ],
    [
      'and "said a U.N. official" names no one',
      'Ambassador Tomas Brill spoke on Monday.\n\n"Camps on the border are full," said a U.N. official.',
      ['unknown', 'Camps on the border are full,'],
    ],
    [
      'counter-example: the body itself after the verb',
      'Ambassador Tomas Brill spoke on Monday.\n\n"Camps on the border are full," said the United Nations.',
      ['United Nations', 'Camps on the border are full,'],
    ],
    [
      'a descriptive appositive, then indirect speech leading into the quote',
      'Retired nurse Hana Petrov, a tenant for thirty years, said the stairwell had "smelled of smoke for weeks."',
      ['Hana Petrov', 'smelled of smoke for weeks.'],
    ],
    [
      'a long appositive with "and"',
      'Ruth Okonkwo-Baines, a rice grower from Kano and deputy head of the national farm lobby Agrivoice, said growers felt "ignored."',
      ['Ruth Okonkwo-Baines', 'ignored.'],
    ],
    [
      'the body a person speaks for ("X of the union said")',
      'The talks ended on Monday. Marta Tavares of the Coastal Fishers Union said the deal was "late but welcome."',
      ['Marta Tavares', 'late but welcome.'],
    ],
    [
      '"called" after an appositive clause',
      'Trade minister Ines Molnar, who drafted the plan, called the vote "a win for small shops."',
      ['Ines Molnar', 'a win for small shops.'],
    ],
    [
      '"X of Y called it"',
      'Lotte van Dijk of the Dutch cyclists’ league called it “a good start, nothing more.”',
      ['Lotte van Dijk', 'a good start, nothing more.'],
    ],
    [
      'a pronoun after a newly named subject, not the previous speaker',
      '“We caught him,” Police Chief Dana Sola said.\n\nShop owner Leon Marsh said he was relieved. “I can sleep now,” he said.',
      ['Leon Marsh', 'I can sleep now,'],
    ],
    [
      '"her office" speaking for the person named before, not a body named earlier',
      'The State Assembly passed the bill on Monday. Governor Alma Reyes is expected to sign it. Her office said in a statement that the state "will not borrow to pay for it."',
      ['Alma Reyes', 'will not borrow to pay for it.'],
    ],
    [
      '"said the ... lawyer, X"',
      '“They knew and said nothing,” said the families’ lawyer, Tomas Greer of Greer & Holt.',
      ['Tomas Greer', 'They knew and said nothing,'],
    ],
    [
      '"said the 41-year-old teacher": a role by age, for the person the paragraph is about',
      'Nadia Farouk was still sleeping in her car outside Dunmore.\n\n“Nobody has called us,” said the 41-year-old teacher, whose school was flooded.',
      ['Nadia Farouk', 'Nobody has called us,'],
    ],
    [
      '"according to" a short name with a lowercase particle',
      'Karel de Graaf chairs the drivers’ union. According to de Graaf, "every member will get a vote."',
      ['Karel de Graaf', 'every member will get a vote.'],
    ],
    [
      'a speech noun owned by its speaker',
      'Mayor Ilse Brandt’s pledge to “fix every bridge by spring” drew cheers at the meeting.',
      ['Ilse Brandt', 'fix every bridge by spring'],
    ],
    [
      '"said <age> <Name>": an age among the words before the name',
      'Many older neighbours stayed.\n\n"I pity the young," said 58-year-old Irena Vasko, a clerk.',
      ['Irena Vasko', 'I pity the young,'],
    ],
    [
      '"<outlet> quoted <Name> as saying": the one quoted speaks, not the outlet',
      'The march went on.\n\n"They ran at us," the Harbor Ledger quoted witness Teo Marsh as saying.',
      ['Teo Marsh', 'They ran at us,'],
    ],
    [
      '"she is quoted as saying" after a paragraph about her',
      'Ada Quist taught for years.\n\n"The pupils ignored me," she is quoted as saying.',
      ['Ada Quist', 'The pupils ignored me,'],
    ],
    [
      'a sentence ending in a colon, opened by a role the text gives one person, with no speech verb',
      'Superior Court Judge Ada Pell gave the sentence on Monday.\n\nThe judge had a warning for the guards:\n\n"Never trust him again."',
      ['Ada Pell', 'Never trust him again.'],
    ],
    [
      'a colon in the quotation’s own sentence, after the person opening it, with no speech verb',
      'The river rose overnight.\n\nMayor Dale Pike put it simply: "The river won this time."',
      ['Dale Pike', 'The river won this time.'],
    ],
    [
      'a sentence ending in a colon, opened by a person with their title',
      'The river rose overnight.\n\nFire chief Ana Holt had a warning for residents:\n\n"Stay off the bridges."',
      ['Ana Holt', 'Stay off the bridges.'],
    ],
    [
      '"the judge said" for the judge the text names, not the subject of the paragraph',
      'Judge Ada Pell heard the case of Nils Orr.\n\nNils Orr wept as the verdict was read. "You will not walk free," the judge said.',
      ['Ada Pell', 'You will not walk free,'],
    ],
    [
      '"according to <place> <body> <rank> <Name>"',
      'The fire was "set on purpose, and more than once," according to Dover fire Capt. Rosa Imre.',
      ['Rosa Imre', 'set on purpose, and more than once,'],
    ],
    [
      'two straight apostrophes opening a quotation closed by a double mark',
      "Lena Park, head of the centre, spoke on Monday.\n\n''The bay is too shallow for a wave,\" she was quoted as saying.",
      ['Lena Park', 'The bay is too shallow for a wave,'],
    ],
    [
      'court reports: "said" before a possessive description, then the name set off by a comma',
      'Martin Voss sued the singer.\n\n"We were preparing a reply," said Voss\'s lawyer, Tomas Brandt.',
      ['Tomas Brandt', 'We were preparing a reply,'],
    ],
    [
      'court reports: "said" before "the lawyer of" someone, then the name set off by a comma',
      'Martin Voss sued the singer.\n\n"We were preparing a reply," said the lawyer of Voss, Tomas Brandt.',
      ['Tomas Brandt', 'We were preparing a reply,'],
    ],
    [
      'labour news: a place after the quote is no subject of the verb before it',
      'The farmers union warned of "tension and conflict" when Vellora returns to work.',
      ['unknown', 'tension and conflict'],
    ],
    [
      'film pages: "described as" a quote "by" its author',
      'He plays a lawyer in a film described as "a gentle and bitter farce" by director Ines Marlow.',
      ['Ines Marlow', 'a gentle and bitter farce'],
    ],
    [
      'wire reports: a name after "said" with a verb of its own opens what was said',
      'He gave no date for the truce but said the Ostmark delegation looked forward to "an early start".',
      ['unknown', 'an early start'],
    ],
    [
      'market reports: a place before a lower-case noun describes an unnamed speaker',
      '"Nobody is buying before the figures," said a Sydney bond dealer.',
      ['unknown', 'Nobody is buying before the figures,'],
    ],
    [
      'company news: "it said" speaks for the company that said something last',
      'Harborline Group said profits fell in the year.\n\n"Higher fuel prices cost us dearly," it said.',
      ['Harborline Group', 'Higher fuel prices cost us dearly,'],
    ],
    [
      'press reviews: "it said" after "The newspaper said" is left unresolved',
      'Harborline Group said profits fell. The newspaper said the firm would cut jobs.\n\n"Cuts are coming," it said.',
      ['unknown', 'Cuts are coming,'],
    ],
    [
      'wire copy: a surname in the tag typed with two letters swapped, of the one person named in full',
      'Club treasurer Piotr Walczak spoke on Monday.\n\n"We owe nothing to anyone," Walzcak said.',
      ['Piotr Walczak', 'We owe nothing to anyone,'],
    ],
    [
      'counter-example: a surname two letters off is another name, not a mistyping',
      'Club treasurer Piotr Walczak spoke on Monday.\n\n"We owe nothing to anyone," Wolczuk said.',
      ['Wolczuk', 'We owe nothing to anyone,'],
    ],
    [
      'a surname two people share: the one the text named last before the tag (a son just introduced)',
      'Coach Tomas Brill left the team on Monday.\n\nHis son, Aron Brill, plays in goal and said the news was a shock.\n\n"My dad is ready for a rest," Brill said.',
      ['Aron Brill', 'My dad is ready for a rest,'],
    ],
    [
      'a surname two people share: the one of them quoted last, before a relative named since',
      'Singer Rita Moss flew home on Monday.\n\n"I am tired," she said.\n\nHer husband, Carl Moss, founded the band.\n\n"I want to sleep for a week," said Moss, who cancelled the tour.',
      ['Rita Moss', 'I want to sleep for a week,'],
    ],
    [
      'wire copy: a quotation after "saying" with no speech verb is what the subject opening the sentence said',
      'Rana Vos walked out of the council hall on Monday, saying the plan was "dead on arrival."',
      ['Rana Vos', 'dead on arrival.'],
    ],
    [
      'counter-example: "saying" after a sentence opened by no one named credits no one named later in it',
      'The union attacked Rana Vos on Monday, saying her plan was "dead on arrival."',
      ['unknown', 'dead on arrival.'],
    ],
    [
      'counter-example: "of saying" gives the words to someone other than the subject',
      'Ivo Brandt suspected Rana Vos of saying the plan was "dead on arrival."',
      ['unknown', 'dead on arrival.'],
    ],
    [
      'a one-word name before an appositive with a "who" clause, then the verb (no surname given)',
      'Voting was slow in the capital.\n\n"I still do not know who is on the ballot," Dilara, a teacher in Varno who gave no surname, told the Harbor Times.',
      ['Dilara', 'I still do not know who is on the ballot,'],
    ],
    [
      'a one-word name before a "whose" clause',
      'Voting was slow in Varno.\n\nDilara, whose shop burned down, told reporters: "We lost it all."',
      ['Dilara', 'We lost it all.'],
    ],
    [
      'a name the person step left out (a word of description glued to it), before an appositive naming a town',
      'Voting was slow in the capital.\n\nPensioner Okan-aga, a voter in Ashgabat, said:\n\n"The old days were louder."',
      ['Pensioner Okan-aga', 'The old days were louder.'],
    ],
    [
      'counter-example: a town closing the clause before the verb is inside the appositive, never the speaker',
      'Voting was slow in the capital.\n\nA pensioner, a voter in Ashgabat, said:\n\n"The old days were louder."',
      ['unknown', 'The old days were louder.'],
    ],
    [
      'counter-example: a town inside the appositive of a person, never the speaker',
      'Kelvale Networks won the contract.\n\n"This shows we are back," Tomas Orrin, president of the Kelvale, Ore.-based company\'s network unit, said.',
      ['Tomas Orrin', 'This shows we are back,'],
    ],
    [
      "a paragraph that only continues an unnamed spokesman's quote: still no one the text names",
      'Halvor striker Ivo Brandt will wear a bakery\'s logo under his shirt.\n\n"We liked the idea of a hidden logo," a spokesman for the bakery said.\n\n"The fans will see it every Saturday."',
      ['unknown', 'The fans will see it every Saturday.'],
    ],
    [
      "counter-example: a paragraph that only continues a named speaker's quote goes on with that speaker",
      'Halvor striker Ivo Brandt will wear a bakery\'s logo under his shirt.\n\n"We liked the idea of a hidden logo," Brandt said.\n\n"The fans will see it every Saturday."',
      ['Ivo Brandt', 'The fans will see it every Saturday.'],
    ],
    [
      'a role the text brought in unnamed ("a forensic scientist"): not the person the paragraph before names',
      'Chief Oskar Dunmore travelled to Norland in May to find the skull.\n\nElders, calling Dunmore a fraud, passed the bones to a forensic scientist, who measured them.\n\n"Whoever owned this head, it was never the old king," the scientist said.',
      ['unknown', 'Whoever owned this head, it was never the old king,'],
    ],
    [
      'counter-example: the role brought in as an appositive of a name is that person',
      'Ivo Brandt, a forensic scientist at the city lab, measured the bones on Monday.\n\nElders had sent it from Varno.\n\n"Whoever owned this head, it was never the old king," the scientist said.',
      ['Ivo Brandt', 'Whoever owned this head, it was never the old king,'],
    ],
    [
      "counter-example: the role brought in with its holder's name after it",
      'Elders passed the bones to a forensic scientist, Mira Holt, who measured them.\n\n"Whoever owned this head, it was never the old king," the scientist said.',
      ['Mira Holt', 'Whoever owned this head, it was never the old king,'],
    ],
    [
      'a relative clause "X, who said": X spoke, not the subject of the sentence',
      'Reporter Tomas Keller, speaking from a nearby village, said he had heard little since the arrival of envoy Ivo Brandt, who said he "came to make peace".',
      ['Ivo Brandt', 'came to make peace'],
    ],
    [
      'counter-example: the subject said it, a name after the quotation did not',
      'Tomas Keller said on Monday he "came to make peace" after meeting envoy Ivo Brandt.',
      ['Tomas Keller', 'came to make peace'],
    ],
    [
      'an official at a body said: someone the text does not name, not the body',
      'Singer Ada Vik was taken to hospital on Monday.\n\n"She is a little better, but the danger is not over," an official at Elmwood Nursing Home said.',
      ['unknown', 'She is a little better, but the danger is not over,'],
    ],
    [
      'counter-example: the body itself said it in a statement',
      'Singer Ada Vik was taken to hospital on Monday.\n\n"She is a little better, but the danger is not over," Elmwood Nursing Home said in a statement.',
      ['Elmwood Nursing Home', 'She is a little better, but the danger is not over,'],
    ],
    [
      '"he said" after a sentence an unnamed spokesman for a firm speaks in: the spokesman, unnamed',
      'Shares of Kelvale Estates rose on Thursday.\n\nA spokesman for Brandt Lowe said the bank would publish a view of the harbour trade.\n\n"Our view of harbour stocks stays warm," he said, adding: "They are the part of the market we like best."',
      ['unknown', 'They are the part of the market we like best.'],
    ],
    [
      'counter-example: "he said" after a sentence a named analyst speaks in',
      'Shares of Kelvale Estates rose on Thursday.\n\nAnalyst Tomas Keller said the bank would publish a view of the harbour trade.\n\n"Our view of harbour stocks stays warm," he said, adding: "They are the part of the market we like best."',
      ['Tomas Keller', 'They are the part of the market we like best.'],
    ],
    [
      'an age and a speech verb with no noun between ("the 43-year-old shouted"): the person described before',
      'A court in Varno jailed Ivo Brandt on Thursday for four years.\n\nBrandt, from Norland, yelled at the judges after the verdict.\n\n"The fight goes on," the 43-year-old shouted before guards led him out.',
      ['Ivo Brandt', 'The fight goes on,'],
    ],
    [
      'counter-example: "a 43-year-old in the gallery shouted" brings in someone unnamed',
      'A court in Varno jailed Ivo Brandt on Thursday for four years.\n\nBrandt, from Norland, yelled at the judges after the verdict.\n\n"The fight goes on," a 43-year-old in the gallery shouted.',
      ['unknown', 'The fight goes on,'],
    ],
    [
      "wire copy: a body's initials in brackets between its name and the speech verb (SUBJECT_GAP)",
      'Cocoa prices fell again.\n\nThe Varnish Growers Union (VGU) said on Monday that prices were "far too low to live on."',
      ['Varnish Growers Union', 'far too low to live on.'],
    ],
    [
      'a name its own initials follow in brackets is a body, though no other step named it (definesInitials)',
      'Tin rose on Wednesday.\n\nMarket analysts Brenholt Metals Research (BMR) said the price of tin, "whatever the buyers do, will stay high" this year.',
      ['Brenholt Metals Research', 'whatever the buyers do, will stay high'],
    ],
    [
      "counter-example: initials that are not the name's leave it no speaker",
      'Tin rose on Wednesday.\n\nMarket analysts Brenholt Metals Research (KTX) said the price of tin, "whatever the buyers do, will stay high" this year.',
      ['unknown', 'whatever the buyers do, will stay high'],
    ],
    [
      'an appositive "of" a body set in a town and its state (APPOSITIVE)',
      'A drifter was found in a freight car on Monday.\n\nSergeant Ana Brill of the Dunmore, Vermont police department described Kip Lorne as "very calm and polite".',
      ['Ana Brill', 'very calm and polite'],
    ],
    [
      'a sentence "It" opens, its speech verb before the quote: the body that spoke last (IT_OPENS_BEFORE)',
      'Hollin Freight Corp said on Tuesday it had ended talks with Drax Lines.\n\nIt explained the "end of the talks lets us grow on our own terms."',
      ['Hollin Freight Corp', 'end of the talks lets us grow on our own terms.'],
    ],
    [
      'counter-example: "It" before a speech verb with a person the last to speak names no body',
      'Ana Vikander said on Tuesday the ferry would be late.\n\nIt explained the "delay of the boat by an hour or so."',
      ['unknown', 'delay of the boat by an hour or so.'],
    ],
    [
      "a question mark ends the quote's sentence: the tag sentence after it, a name and a speech verb (tagSentenceEnd)",
      'Actress Mina Delgrave will host the show again.\n\n"Why would I say no?" Delgrave asked on Friday.',
      ['Mina Delgrave', 'Why would I say no?'],
    ],
    [
      'an exclamation mark, and the quote after it in the same paragraph goes on with the same speaker',
      'Actress Mina Delgrave will host the show again.\n\n"I am thrilled!" Delgrave said on Friday. "It is a dream for a girl from a small town."',
      ['Mina Delgrave', 'It is a dream for a girl from a small town.'],
    ],
    [
      'counter-example: a sentence after the exclamation that opens with no name and verb is no tag',
      'Coach Ivo Brandt spoke after the final.\n\n"We won it at last!" The crowd cheered as Brandt said the cup was theirs.',
      ['unknown', 'We won it at last!'],
    ],
    [
      'a role, then its holder named after a job of lower-case words, set off by commas (COMMA_THEN_DESCRIBED)',
      'Turnout was low in the villages.\n\n"I will serve the people with all my heart," the candidate, regional clerk Ovez Durdyev, said in a campaign statement.',
      ['Ovez Durdyev', 'I will serve the people with all my heart,'],
    ],
    [
      'counter-example: "a friend of <Name>" ties the name to someone else; the candidate is not named',
      'Turnout was low in the villages.\n\n"I will serve the people with all my heart," the candidate, a friend of Ovez Durdyev, said in a campaign statement.',
      ['unknown', 'I will serve the people with all my heart,'],
    ],
    [
      "a country's body in lower case after its demonym (NATIONAL_SPEAKER)",
      'Two boats were found off the coast on Monday.\n\nThe Danish navy said one of them was "drifting with no crew on board."',
      ['Danish navy', 'drifting with no crew on board.'],
    ],
    [
      'two demonyms before the body, an appositive before the verb',
      'Talks on the vote stalled again.\n\nThe Bosnian Croat cabinet, in a letter to the envoy, said on Monday that any delay would be "a plain breach of the deal".',
      ['Bosnian Croat cabinet', 'a plain breach of the deal'],
    ],
    [
      'counter-example: "the <demonym> police" names no speaker, as "police said" does not',
      'Two boats were found off the coast on Monday.\n\nThe Danish police said one of them was "drifting with no crew on board."',
      ['unknown', 'drifting with no crew on board.'],
    ],
    [
      'Canadian and British copy: "Const. <surname> said" after "Constable <Name>" (a rank, no part of the name)',
      'Police arrested a former worker on Friday, said Constable Tim Varga.\n\n"Everyone else got out safely," Const. Varga said.',
      ['Tim Varga', 'Everyone else got out safely,'],
    ],
    [
      'US copy: "said Dist. Atty. <Name>" (the abbreviation does not end the sentence)',
      'A jury returned its verdict on Monday.\n\n"This is the kind of case the law was made for," said Dist. Atty. Ross Kellan.',
      ['Ross Kellan', 'This is the kind of case the law was made for,'],
    ],
  ])('attributes a quote: %s', (_name, body, expected) => {
    expect(quotes(body)).toContainEqual(expected);
  });

  it('keeps the speaker of a quotation run over paragraphs, the mark left open', () => {
    const body =
      'The storm hit on Monday.\n\n"We will rebuild," Mayor Ana Ruiz said. "It will take years.\n\n"But we will do it, street by street."\n\n"Nobody asked us," a neighbour said.';
    expect(quotes(body)).toEqual([
      ['Ana Ruiz', 'We will rebuild,'],
      ['Ana Ruiz', 'It will take years.'],
      ['Ana Ruiz', 'But we will do it, street by street.'],
      ['unknown', 'Nobody asked us,'],
    ]);
  });

  it.each([
    ['pleaded', '“We need help now,” pleaded Maria Lopez, a nurse in Tacloban.', 'Maria Lopez'],
    ['condemned ... as', 'Foreign Minister Lena Park condemned the raid as "reckless."', 'Lena Park'],
    ['dismissed ... as', 'Senator Paul Grant dismissed the report as "pure fiction."', 'Paul Grant'],
    ['apologised', 'Mayor Lena Park apologised for "the trouble the closure caused."', 'Lena Park'],
  ])('takes a less common speech verb: %s', (_verb, body, speaker) => {
    expect(quotes(`The storm hit on Monday. ${body}`).map(([s]) => s)).toEqual([speaker]);
  });

  it('reads one apostrophe after a plural as no quotation mark', () => {
    expect(quotes('The players\' union met. Lena Park said the talks were "slow but fair."')).toEqual([
      ['Lena Park', 'slow but fair.'],
    ]);
  });

  it('takes no verb of doing for speech', () => {
    expect(
      quotes('The storm hit on Monday. Mayor Lena Park repaired "the old bridge on Elm Street."'),
    ).toEqual([['unknown', 'the old bridge on Elm Street.']]);
  });

  it.each([
    [
      'a nearer "X said" over a later "according to" its source',
      'Talks resumed on Monday. "We want calm," Foreign Minister Wang Lei said, according to a readout from the ministry.',
      'Wang Lei',
    ],
    [
      'a body over the city it sits in',
      'Talks resumed on Monday. The foreign ministry in Beijing said the talks were "frank."',
      'Chinese Foreign Ministry',
    ],
    [
      'a company before an appositive clause',
      'The board met on Monday. Northwind Energy, which runs three plants in Ohio, said the closure was "a last resort."',
      'Northwind Energy',
    ],
  ])('prefers the speaker of the clause: %s', (_name, body, speaker) => {
    expect(quotes(body).map(([s]) => s)).toEqual([speaker]);
  });

  it.each([
    [
      'a number that is no age does not lead past the people it counts',
      'The square emptied.\n\n"It was loud," said 40 neighbours of Irena Vasko.',
      'Irena Vasko',
    ],
    [
      'an outlet that quotes no one as saying anything keeps the quote',
      'The march went on.\n\n"They ran at us," the Harbor Ledger wrote after meeting Teo Marsh.',
      'Teo Marsh',
    ],
    [
      'a colon after the words of someone else the sentence names ("a letter from")',
      'The hearing closed.\n\nAna Holt had a letter from the mayor, Dale Pike, with her:\n\n"I am sorry."',
      'Ana Holt',
    ],
    [
      'a sentence ending in a colon opened by no person or role',
      'Ada Pell spoke first.\n\nThe crowd had one message for her:\n\n"Free them all."',
      'Ada Pell',
    ],
    [
      '"according to" reports that name a person',
      'The fire was "set on purpose, and more than once," according to reports that named Rosa Imre.',
      'Rosa Imre',
    ],
  ])('does not attribute: %s', (_name, body, notSpeaker) => {
    expect(quotes(body).map(([speaker]) => speaker)).not.toContain(notSpeaker);
  });

  it('keeps an institution after "the office said" with no owner', () => {
    expect(
      quotes('The Budget Office said in a statement that revenue was "well below plan."'),
    ).toContainEqual(['Budget Office', 'well below plan.']);
  });

  it('does not hand a quote to a person named before a clause that has its own subject', () => {
    const body =
      'After talks with Tomas Greer, Lena Voss and Ari Stein, the council said the plan was "on hold."';
    expect(quotes(body).map(([speaker]) => speaker)).not.toContain('Tomas Greer');
  });

  it('credits the person before an appositive, not a person named inside it', () => {
    const body =
      'The vote was held on Monday. Peter Lund, a friend of Rina Sato, said the plan was "rushed."';
    expect(quotes(body)).toEqual([['Peter Lund', 'rushed.']]);
  });
});
