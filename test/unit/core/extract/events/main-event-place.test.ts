import { describe, expect, it } from 'vitest';
import { analyze } from '../helpers';

describe('Function: findMainEvent (the place)', () => {
  it.each([
    [
      'a town of the country named first, placed by a later lead sentence',
      'Crowds clashed with riot police across Portugal on Friday. The trouble started near a bus depot in Porto after dark.',
      'Porto',
    ],
    [
      'a bare "the capital" after the country is named',
      'Farmers blocked roads across Chile on Monday. Hundreds more drove their tractors in the capital to the ministry.',
      'Santiago',
    ],
    [
      'a national vote with no town named: the country',
      'Voters in Estonia chose a new parliament on Sunday, with turnout above sixty percent.',
      'Estonia',
    ],
    [
      'a national vote stays in its country: the capital its lead names is where candidates stand',
      'Voters in Estonia chose a new parliament on Sunday. Most of the candidates had registered in the capital.',
      'Estonia',
    ],
    [
      'a demonym before the accused ("a British man") names his nationality, no place: the town of the arrest later in the lead is',
      'Harbour police have arrested a British man for stealing two boats, a prosecutor said on Tuesday. Officers held him on Sunday at a guest house in the seaside resort of Rimini.',
      'Rimini',
    ],
    [
      'a town a later lead sentence names by what it is right after "off" ("off the port of X early on Monday") refines the country',
      'Four crew were missing on Monday after a trawler sank in a storm in northern Portugal, radio said. The trawler went down off the port of Porto early on Monday.',
      'Porto',
    ],
    [
      'a port placed by a bearing from it does not refine the country',
      'Four crew were missing on Monday after a trawler sank in a storm in northern Portugal, radio said. The trawler went down 40 km west of the port of Porto early on Monday.',
      'Portugal',
    ],
    [
      'a demonym before the accused alone places nothing',
      'Harbour police have arrested a British man for stealing two boats, a prosecutor said on Tuesday.',
      undefined,
    ],
    [
      'a state or country written by its own name before the accused still places the event',
      'A Nevada man was arrested on Sunday for stealing two boats, deputies said.',
      'Nevada',
    ],
    [
      'a water body named without a preposition',
      'Two frigates patrolling the Gulf of Guinea stopped a hijacked tanker on Thursday.',
      'Gulf of Guinea',
    ],
    [
      'a press review names whose papers it relays, no place of an event ("the leading stories in the X press")',
      'These are the leading stories in the Ashford press on Monday. The harbour board will meet again next week.',
      undefined,
    ],
    [
      'a town before a press centre is still where the event happened',
      'Reporters staged a sit-in at the Ashford press centre on Monday over unpaid fees.',
      'Ashford',
    ],
    [
      'a village named by its own name after "in", absent from the gazetteer, refines the country of the lead',
      'An elephant trampled a farmer to death in Nepal, police said on Tuesday. The animal broke into his hut in Kelby village before dawn.',
      'Kelby',
    ],
    [
      'an arrest told in the passive after the lead places it over a continent the lead names for something else',
      'Police said on Monday they had arrested two men over a string of thefts, but saw no link to others in Europe. The men were arrested last Friday in the northern town of Kelby after a chase.',
      'Kelby',
    ],
    [
      'an arrest told in the passive at a town\u2019s airport refines the country of the headline-like lead',
      'Portugal police arrest a courier with heroin. Police said on Wednesday they had arrested a courier. He was stopped at a Porto airport departure gate on Monday with the drug in his bag.',
      'Porto',
    ],
    [
      'a passive arrest with no place after it leaves the lead\u2019s town',
      'Police in Porto arrested two men over a string of thefts on Monday. The men were arrested after a chase, officers said.',
      'Porto',
    ],
    [
      'a trip still to come is placed where it goes ("will head to X this weekend")',
      'The opposition leader will take to the road and head to Ashford this weekend to speak to farmers on Sunday.',
      'Ashford',
    ],
    [
      'a town its own words call one, absent from the gazetteer',
      'Deputies searched homes on Tuesday in the small town of Marrowdale after the shooting.',
      'Marrowdale',
    ],
    [
      'a country before a function word is the place, not an attribute',
      'The champion knocked out his rival in Switzerland to keep all four belts on Saturday.',
      'Switzerland',
    ],
    [
      'a town where someone spoke about the event is not its place',
      'Floods swept through villages across Slovenia on Monday. The minister told a news conference in Ljubljana that help was coming.',
      'Slovenia',
    ],
    [
      'a town the unrest spread to is not where it happened',
      'A petrol bomb set fire to a tax office in Portugal on Friday, killing two clerks. By night the unrest had spread to the northern city of Porto.',
      'Portugal',
    ],
    [
      'the capital named right after the word, with no comma',
      'A petrol bomb set fire to a tax office in Portugal on Friday, killing two clerks. Youths threw stones in the old centre of the capital Lisbon until dawn.',
      'Lisbon',
    ],
    [
      'a building the main sentence names by a common noun, named in full in the next sentence',
      'Fire badly damaged the mayor’s home church on Friday night. Ola Berg, pastor of the Greywell Bible Church, said the roof was lost.',
      'Greywell Bible Church',
    ],
    [
      'a building named in full only as an article opens the words: no place',
      'Fire badly damaged the mayor’s home church on Friday night. Ola Berg said The Church would rebuild.',
      undefined,
    ],
    [
      'a town the gazetteer lacks, written with its country in the lead',
      'Ivo Brandt kept his heavyweight title by stopping Karl Nyman in the sixth round. The champion extended his unbeaten run by beating Nyman in Korvasund, Norway on Saturday.',
      'Korvasund',
    ],
    [
      'a month before a country is no town',
      'Ivo Brandt kept his heavyweight title by stopping Karl Nyman in the sixth round. The champion extended his unbeaten run by beating Nyman in January, Norway said on Saturday.',
      undefined,
    ],
    [
      "a closing clause that tells a building's history is not where the news happened",
      'Fire on Tuesday destroyed the old dairy warehouse, which was built in the 1930s by settlers farming in Norway.',
      undefined,
    ],
    [
      'a town the main sentence names as the owner of the building the news struck',
      'Fire on Tuesday destroyed Ashford’s old mill building, which was built of timber in the 1920s by farmers from Denmark.',
      'Ashford',
    ],
    [
      'a town owning a building gives way to a town the sentence places the event in',
      'Police said Ashford’s new school building was evacuated on Tuesday in Dover after a threat.',
      'Dover',
    ],
    [
      'the two ends of a route the news interrupted are not where it happened',
      'A prisoner in a wheelchair overpowered two guards on Monday and walked away. He was en route from the Elm Unit in Ashford to the Oak Unit in Dover when he escaped.',
      undefined,
    ],
    [
      'a place after "from" with no route is where the news happened',
      'Rescuers pulled a man from a car in Ashford on Monday and took him to a hospital in Dover.',
      'Ashford',
    ],
    [
      'a gulf named with a describing word before it',
      'A navy frigate drove off two skiffs in the notorious Gulf of Guinea on Saturday and detained nine men.',
      'Gulf of Guinea',
    ],
    [
      'an opening "After ..." clause tells an earlier event',
      'After she walked out of a clinic in Ashford on Friday, the singer checked into a hospital in Dover on Saturday.',
      'Dover',
    ],
    [
      'an island a quake struck, named with no preposition',
      'A strong earthquake struck Tavira island on Sunday, damaging dozens of homes.',
      'Tavira',
    ],
    [
      'a town followed by its state written short',
      'A fired clerk shot two managers at an insurance office. Fresno, Calif. police said he was arrested within the hour.',
      'Fresno',
    ],
    [
      'a town named as the area around the scene',
      'A parcel bomb went off at a Toronto-area bank on Friday, killing a guard.',
      'Toronto',
    ],
    [
      'the destination of a trip made to meet someone',
      'The club owner and his coach flew to Ontario on Thursday night to meet the striker and his agent in Hamilton Harbour.',
      'Ontario',
    ],
    [
      'a venue whose name ends in "Court" (a show court, a law court)',
      'Tilda Brannock beat the champion in straight sets at Stadium Court on Tuesday.',
      'Stadium Court',
    ],
    [
      'a venue noun inside a longer name (a club\u2019s) cuts no venue out of it',
      'Tilda Brannock beat the champion in straight sets at the Harbour Park Rangers ground on Tuesday.',
      undefined,
    ],
    [
      'a venue whose name opens with its noun',
      'The champion stopped his challenger in the sixth round. He first put him down late in the fifth at Stade de Varennes.',
      'Stade de Varennes',
    ],
    [
      'the town a disaster hit hardest, named far down the report',
      'A strong earthquake shook central Chile on Sunday, killing four people. Rescue teams worked through the night. Power failed for hours. Schools stayed shut on Monday. Dozens of roads cracked open. Talca and its farms were worst hit, officials said.',
      'Talca',
    ],
    [
      'a building a fire struck, named as what it destroyed',
      'Hundreds of worshippers will meet in a school after a fire destroyed the Elm Street Bible Church late on Friday.',
      'Elm Street Bible Church',
    ],
    [
      'a building opening the sentence, what the news happened to',
      'Elm Street Bible Church, the oldest in the county, received heavy damage from a fire set on Friday night.',
      'Elm Street Bible Church',
    ],
    [
      'a town with a compass point before it, in a later lead sentence',
      'A fugitive who fled a prison van last week was caught on Monday after a tip. Police found him in northeast Houston, far from the road where he escaped from guards in Dallas.',
      'Houston',
    ],
    [
      'a country owning the province named after it is not the place',
      'A strong earthquake struck Ludwa County in southwest China’s Sichuan Province early on Friday, killing three people.',
      'Ludwa',
    ],
    [
      'an island named after words that place it',
      'A strong quake flattened homes on the Baltic Sea island of Skerra on Sunday.',
      'Skerra',
    ],
    [
      'a town hosting the event',
      'This week Tashkent hosts a seminar on voting rules for officials from six countries.',
      'Tashkent',
    ],
    [
      'an attack whose report names no place but the town whose police speak',
      'A gunman shot dead two managers at an accounting firm on Monday morning. He was arrested after a chase on the highway, Ashford police said.',
      'Ashford',
    ],
    [
      'a state standing for its court, no place named otherwise',
      'A Nevada jury on Friday convicted the driver of two counts of manslaughter.',
      'Nevada',
    ],
    [
      'a state standing for a prosecutor, who may speak from elsewhere, is no place of the event',
      'A Nevada prosecutor on Friday asked for nine years for the driver.',
      undefined,
    ],
    [
      'an attack whose report names no place and police of no town',
      'A gunman shot dead two managers at an accounting firm on Monday morning. He was arrested after a chase on the highway, State police said.',
      undefined,
    ],
    [
      'not the place of what someone did before, in a closing "following her ..." phrase',
      'The 30-year-old singer avoided jail by checking into a second clinic following her quick exit from a treatment centre in Ashford on Monday. A spokesman said she is now being treated at a clinic in Bristol.',
      'Bristol',
    ],
    [
      'the town of a street address in the next sentence, after the county the lead names',
      'A timber yard in Surrey was destroyed by fire overnight. Crews were called to the yard in Mill Road, Ashford shortly after 2am.',
      'Ashford',
    ],
    [
      'the town of a street address written "on <street> in <town>"',
      'A timber yard in Surrey was destroyed by fire overnight. Neighbours on Mill Road in Ashford were told to keep their windows shut.',
      'Ashford',
    ],
    [
      'the town before "High Street" in a British local report',
      'A large fire has gutted a bakery in Kent. Crews were called to the shop on Ashford High Street at 6am.',
      'Ashford',
    ],
    [
      'no town from a street address whose next word names none',
      'A timber yard in Surrey was destroyed by fire overnight. Crews were called to the yard on Mill Road, Gate 4, shortly after 2am.',
      'Surrey',
    ],
    [
      'no town from a surname after "at" when the report names that person in full (a governor named like a town)',
      'Governor Ruth Ashford’s home church was badly damaged in a suspicious fire. Pastor Tom Berg said the blaze began in the vestry. He would not say whether the fire was aimed at Ashford.',
      undefined,
    ],
    [
      'a wire files from the capital what the lead places in another town of the same country: that town',
      'ROME (Reuters) - Doctors said on Tuesday that a boy bitten by a snake was out of danger. He had been playing in a field near Ancona when it struck.',
      'Ancona',
    ],
    [
      'a town of another country the lead names leaves the dateline the place',
      'ROME (Reuters) - Doctors said on Tuesday that a boy bitten by a snake was out of danger. He had been playing in a field near Geneva when it struck.',
      'Rome',
    ],
    [
      'a town the lead names only as where someone comes from leaves the dateline the place',
      'ROME (Reuters) - Doctors said on Tuesday that a boy bitten by a snake was out of danger. The boy, from Ancona, had been playing in a field.',
      'Rome',
    ],
  ])('%s', (_, body, place) => {
    expect(analyze(body).mainEvent?.location).toBe(place);
  });

  it.each([
    [
      'a state the headline names, the body naming no place for the event',
      'Ohio Inmate Slips Away During Hospital Visit',
      'Guards lost sight of a prisoner serving a life term on Monday morning, officials said.',
      'Ohio',
    ],
    [
      'a country the headline names in a multi-word name',
      'Polls Open Across New Zealand',
      'Voting began early on Saturday with long queues, officials said.',
      'New Zealand',
    ],
    [
      'a town the headline names before its state',
      'Houston Bakery Fire Leaves Texas Suburb Without Bread',
      'Flames tore through a bakery early on Monday, firefighters said.',
      'Houston',
    ],
    [
      'a country the headline names as a destination is not where the news happened',
      'Senate Backs Carter as Envoy to Portugal',
      'The vote on Tuesday was 61 to 38, officials said.',
      undefined,
    ],
    [
      'a sea the headline names as a cause is no place of the news',
      'Shipper Profit Jumps on Red Sea Detours',
      'Quarterly profit rose 30 percent on Tuesday, the company said.',
      undefined,
    ],
    [
      'a demonym in the headline names no place',
      'British Views on the Budget Cuts',
      'Readers wrote in on Tuesday, the editors said.',
      undefined,
    ],
    [
      'a country the lead names by its possessive is a party to the news, not where it happened',
      'Portugal Trims Fuel Duty',
      "Portugal's finance ministry cut the duty on diesel by two cents on Tuesday, officials said.",
      undefined,
    ],
    [
      'a country a lead sentence opens with as its subject is a party, and so is the other country its headline names',
      'Chile Asks Peru to Explain Border Delays',
      'Chile asked its neighbour on Tuesday to explain why lorries waited three days at the crossing.',
      undefined,
    ],
    [
      'a country the lead names only by its demonym is still the headline\u2019s place',
      'Chile Dockers Walk Out',
      'Chilean dockers stopped work at dawn on Tuesday over unpaid overtime, their union said.',
      'Chile',
    ],
    [
      'a state the headline names stays its place when the lead opens with it',
      'Ohio Inmate Slips Away During Hospital Visit',
      "Ohio's prison service lost sight of a prisoner serving a life term on Monday morning, officials said.",
      'Ohio',
    ],
    [
      'a headline naming no place gives none',
      'Prisoner Slips Away During Hospital Visit',
      'Guards lost sight of a prisoner serving a life term on Monday morning, officials said.',
      undefined,
    ],
  ])('falls back on the headline: %s', (_, headline, body, place) => {
    expect(analyze(body, '2024-03-12', headline).mainEvent?.location).toBe(place);
  });
});
