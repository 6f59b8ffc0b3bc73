import { describe, expect, it } from 'vitest';
import { analyze } from '../helpers';

// Each row is one general confusion the eval corpus showed, written in new words.
describe('Function: findMainEvent (the type)', () => {
  it.each([
    [
      'a film or a writer nominated for an award fills no post: no appointment',
      undefined,
      'The Salt Roads director Ivo Brandt is expected to direct the sequel. In 2003 he and his brother were nominated for a film prize for their script.',
      'other',
    ],
    [
      'a candidate nominated for a race is an appointment',
      undefined,
      'The party nominated Ivo Brandt for the mayoral race on Sunday.',
      'appointment',
    ],
    [
      'an attack the report says was thwarted is not the news: the capture is',
      undefined,
      'A coast guard cutter thwarted an attack on two fishing trawlers off Port Vell on Sunday, apprehending nine raiders.',
      'arrest',
    ],
    [
      'a shooting named as what someone is charged with or accused of is an arrest',
      undefined,
      'Prosecutors in Norvik have charged a 52-year-old man with first-degree murder over a deadly shooting at a warehouse party. Police say the suspect, who had lost his job there weeks before, is accused of fatally shooting the night manager. Witnesses say the gunman came in through a loading door.',
      'arrest',
    ],
    [
      'a labour strike is a protest, not earnings or an attack',
      'Bus drivers strike over rosters, halting Dunmore routes',
      'DUNMORE (Harbour Post) - Bus drivers at Dunmore Transit walked out on Monday for 24 hours after pay talks with the operator broke down, leaving its profits for the quarter in doubt.',
      'protest',
    ],
    [
      'a champion keeping several titles is a match',
      undefined,
      'Ivo Brandt retained his three heavyweight titles with a ninth-round stoppage of Ola Berg in Dunmore.',
      'match',
    ],
    [
      'drivers who walked off the job are a protest',
      undefined,
      'What’s new: Most trams in Velden stopped on Monday as drivers walked off the job over new shift plans.',
      'protest',
    ],
    [
      'talks that open a first round are talks, not a meeting',
      'Norway, Chile open talks on salmon quotas',
      'Norwegian and Chilean officials opened a first round of fisheries talks in Santiago on Monday.',
      'talks',
    ],
    [
      'a judge denying a motion in a lawsuit is a ruling',
      'Judge refuses to toss tenants’ suit against Arlo Homes',
      'A state judge on Monday denied Arlo Homes’ motion to dismiss a lawsuit brought by tenants who say the firm ignored mould.',
      'ruling',
    ],
    [
      'a court faulting a state is a ruling even where the story tells of a detention',
      'Regional court faults Narnia over activist’s detention',
      'The regional court ruled on Monday that Narnia held an activist in detention for a year without trial. She was arrested in May and charged with sedition.',
      'ruling',
    ],
    [
      'a disaster named only as what donors rebuild after is no disaster',
      'Donors pledge $200 mln for Teravia flood recovery',
      'Donors pledged $200 million on Monday at a one-day conference in Port Alba to help Teravia rebuild after floods that killed 12 people.',
      'meeting',
    ],
    [
      'a flood wall voted by a city board is no disaster and no election',
      'Board backs sea wall bonds',
      'The Larchmont Board of Aldermen voted 12-3 on Monday to issue $90 million in bonds for a harbour park and flood wall.',
      'other',
    ],
    [
      'a lower house voting a bill is no election',
      undefined,
      'The House of Representatives voted 80 to 70 on Monday to cap rent rises at the rate of inflation.',
      'other',
    ],
    [
      'police who fired water cannon did not fire anyone',
      'Farmers clash with police in Valmont over subsidy cuts',
      'Police fired water cannon at farmers outside the ministry on Monday, as thousands of protesters demanded a U-turn on subsidies.',
      'protest',
    ],
    [
      'a company unveiling its first product is a launch',
      'Pellway shows off its first e-reader',
      'Pellway unveiled its first e-reader on Monday, a device the firm says lasts a month on one charge.',
      'launch',
    ],
    [
      'a sale of one company to another is a deal',
      'Corran sale to Vesta Group worries dockers',
      'The sale of Corran Terminals to Vesta Group, agreed on Monday, leaves 600 dockers unsure of their contracts.',
      'deal',
    ],
    [
      'a player signed for a record fee is a deal, not an agreement',
      'Dunmore seal record move for Okon',
      'Dunmore have signed the forward Tunde Okon from Castlebay for a club-record fee of £30 million.',
      'deal',
    ],
    [
      'a cabinet reshuffle naming ministers is an appointment, not the talks it comes before',
      'Varga reshuffles cabinet as budget talks loom',
      'Prime Minister Ilona Varga reshuffled her cabinet on Monday, naming Peter Sas as finance minister.',
      'appointment',
    ],
    [
      'money a fund still means to put in is an announced plan, not a deal',
      'Norvik pension fund to invest $2bn in wind farms',
      'OSLO — The Norvik state pension fund plans to invest $2 billion in offshore wind over the next decade, its director said on Monday.',
      'announcement',
    ],
    [
      'an investment already made stays a deal',
      'Castel Capital buys stake in Lume Grid',
      'Castel Capital invested $300 million in Lume Grid on Monday, taking a 20% stake in the battery maker.',
      'deal',
    ],
    [
      'biologists who describe a new species announce a finding, whatever beats inside it',
      'Biologists describe a tiny cave beetle from the Andes',
      'Biologists from Lima have described a species of blind beetle never seen before, living in a single cave. Through its pale shell its heart can be seen beating.',
      'announcement',
    ],
    [
      'a country opening its first hospital of a kind is an announcement, not other',
      'Valmora opens its first children’s hospital',
      'Valmora opened its first public children’s hospital on Monday, a 150-bed building on the edge of the capital.',
      'announcement',
    ],
    [
      'two states signing a gas supply agreement make a deal',
      'Norland, Ostria sign 15-year gas supply deal',
      'Norland and Ostria signed a 15-year agreement on Monday for the supply of 3 million tonnes of gas a year.',
      'deal',
    ],
    [
      'two states signing a border treaty stay an agreement',
      'Norland, Ostria sign border treaty',
      'Norland and Ostria signed a treaty on Monday that settles a border dispute dating back to 1921.',
      'agreement',
    ],
    [
      'a banker named to lead a bank, with a long description before "as", is an appointment',
      'Veteran banker named to lead Coastline Bank',
      'Coastline Bank on Monday named Ruth Amankwah, a veteran banker who ran corporate lending at a lender in Lagos for a decade, as its chief executive.',
      'appointment',
    ],
    [
      'a maker recalling its products makes an announcement, not a deal',
      'Brightfold recalls heaters after fires',
      'Brightfold is recalling about 40,000 space heaters sold in Europe after reports that they can overheat, the company said on Monday.',
      'announcement',
    ],
    [
      'someone who recalled what happened speaks; the march stays a protest',
      undefined,
      'Thousands of nurses marched through Corlen on Monday over pay. One of them recalled that the ward had lost four colleagues in a year.',
      'protest',
    ],
    [
      'a headline that begins talks and a lead with negotiations are talks, though the delegations met',
      'Chile and Peru begin water talks',
      'Chile and Peru held their first round of water negotiations in Lima on Monday. The Chilean delegation met Peruvian officials for six hours.',
      'talks',
    ],
    [
      'a judge who turned down a bid to end a lawsuit ruled',
      'Tenants’ suit survives',
      'A state judge on Monday turned down Arlo Homes’ bid to end a lawsuit by tenants over mould.',
      'ruling',
    ],
    [
      'a donors’ gathering set against a survivor whose home a storm smashed is a meeting',
      'Donors pledge $300m as storm survivors wait',
      'PORT ALBA — As ministers and diplomats gathered in Teravia on Monday to pledge money for rebuilding, Lena Osei was still living in a tent. “We have nothing here,” said the farmer, whose house was flattened when the storm came ashore last month.',
      'meeting',
    ],
    [
      'an illness named like an attack is no attack',
      undefined,
      'The painter Ada Voss died on Sunday in a Corlen hospital, a week after a heart attack. She was 91.',
      'other',
    ],
    [
      'a headline attack the navy foiled is not the news',
      'Raiders’ attack foiled off Port Vell',
      'A coast guard cutter stopped two speedboats off Port Vell on Sunday.',
      'other',
    ],
    [
      'a bomb that went off is an attack',
      undefined,
      'A bomb exploded outside a tax office in Norvik late on Friday, wounding two guards.',
      'attack',
    ],
    [
      'a contract offered to a player is a deal, not an accord',
      undefined,
      'Castlebay have offered the winger Leo Brandt a five-year contract, the club’s director said on Friday.',
      'deal',
    ],
    [
      'someone taking over a coaching job is an appointment',
      undefined,
      'A former assistant, Rui Costa Lima, is taking over the coaching job at Dunmore, the club said on Friday.',
      'appointment',
    ],
    [
      'a film that has a new director is an appointment',
      undefined,
      'The sequel has a new director. The studio said on Friday that Ines Moreau would shoot it next spring.',
      'appointment',
    ],
    [
      'a host picked for an awards show is an appointment, not the announcing of it',
      'Comedian to host the music awards',
      'The academy announced on Friday that the comedian Tova Lind will be the host of the 30th annual music awards in May.',
      'appointment',
    ],
    [
      'a worker fired before the news who comes back armed is an attack, not a firing',
      'Fired Clerk Goes on Shooting Spree at Depot',
      'A fired clerk came back to the Norvik depot on Monday and shot two of his former managers.',
      'attack',
    ],
    [
      'someone who hired a lawyer filled no post: no appointment',
      undefined,
      'The singer Nora Vale hired a new attorney, Tomas Reyes, on Tuesday and checked into a clinic in Dunmore.',
      'other',
    ],
    [
      'someone who received a prison sentence is a ruling, not a meeting',
      undefined,
      'A former bank clerk, Ivo Marsh, has received a sentence of twelve years for a string of robberies in Corlen.',
      'ruling',
    ],
    [
      "a coach brought in as the ousted one's replacement is an appointment",
      undefined,
      'The club owner pushed out coach Tom Berg on Monday, bringing in Ada Lind as Berg’s replacement.',
      'appointment',
    ],
    [
      'a boxer who stopped his rival in a given round won a match',
      undefined,
      'Ivo Brandt easily dismantled the former champion Ola Berg in the sixth round on Saturday.',
      'match',
    ],
    [
      'an officer relieved of command is a dismissal, not the announcement of it',
      undefined,
      'The navy announced on Friday that it had relieved Captain Ivo Marsh of his command after the collision.',
      'resignation',
    ],
    [
      'a star who was a box-office draw did not play a match',
      undefined,
      'Mara Quill, the dancer who became a box-office draw in the 1950s, has died. She was 90.',
      'other',
    ],
    [
      'someone a class or readers voted an honour won no election',
      undefined,
      'Lena Brook, who was voted best newcomer by a film magazine in 1961, has died. She was 84.',
      'other',
    ],
    [
      'a court ruling for a man whose house flooded stays a ruling',
      undefined,
      'A regional court ruled on Monday that the city must pay a man whose house was flooded by a burst main.',
      'ruling',
    ],
  ])('types %s', (_case, headline, body, type) => {
    expect(analyze(body, '2024-03-12', headline).mainEvent?.type).toBe(type);
  });

  it('does not count someone set apart from the event by an opening "As ..." clause as its participant', () => {
    const result = analyze(
      'PORT ALBA — As ministers and diplomats gathered in Teravia on Monday to pledge money for rebuilding, Lena Osei was still living in a tent.',
      '2024-03-12',
      'Donors pledge $300m as storm survivors wait',
    );
    expect(result.mainEvent?.type).toBe('meeting');
    expect(result.mainEvent?.participants.map((p) => p.name)).not.toContain('Lena Osei');
  });
});
