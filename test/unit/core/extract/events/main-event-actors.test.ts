import { describe, expect, it } from 'vitest';
import { analyze } from '../helpers';

const people = (body: string, headline?: string): string[] =>
  (analyze(body, '2024-03-12', headline).mainEvent?.participants ?? [])
    .filter((p) => p.kind === 'person')
    .map((p) => p.name);

// Each row is one general actor miss the eval corpus showed, written in new words.
describe('Function: findMainEvent (the people)', () => {
  it.each([
    [
      "a match: the one the lead names doing the main act; a player of the same game named later, and a round-up's next game, are no party",
      'Tom Hale scored twice as Ashford beat Dover 2-1 in the league on Saturday. Ashford goalkeeper Piet Lund made six saves in the game. In Kelby, Ivo Marsh scored a hat-trick as the home side won 3-0.',
      ['Tom Hale'],
    ],
    [
      'a game the lead itself opens on its ground keeps its players',
      'In Kelby, Ivo Marsh scored a hat-trick as the home side beat Dover 3-0 in the league on Saturday.',
      ['Ivo Marsh'],
    ],
    [
      'the judge a lead describes, named in the next sentence, besides the defendant',
      'A federal judge on Monday sentenced former county treasurer Glenn Audley to four years in prison for embezzlement. U.S. District Judge Marta Quill also ordered Audley to repay $90,000.',
      ['Glenn Audley', 'Marta Quill'],
    ],
    [
      "someone's bare representative, who speaks for them, beside the one who checked in",
      'A magazine said Mina Hale’s representative Piet Lund confirmed on Friday that the actress had checked into a clinic in Dunmore.',
      ['Mina Hale'],
    ],
    [
      'a judge named after a lead that names nobody',
      'A state judge on Monday denied Arlo Homes’ motion to dismiss a lawsuit brought by tenants. Circuit Judge Helen Parry wrote that the tenants had made a plausible claim.',
      ['Helen Parry'],
    ],
    [
      'an officer of a company the lead names as a party',
      'Vesta Group agreed on Monday to acquire Corran Terminals for 900 million euros. The deal is Vesta’s largest. Vesta chief executive Ola Nyberg said the group would keep all 1,200 staff.',
      ['Ola Nyberg'],
    ],
    [
      'a match whose lead names only the sides: later scorers and a coach are no party, so no person',
      'Harlow Town beat Ockley 2-1 on Saturday to reach the cup semifinal. Ockley had gone ahead through Sam Petrakis after ten minutes. Winger Jonah Bell levelled before the break. Defender Rui Matos headed the winner late on. Harlow coach Dee Amis praised the crowd.',
      [],
    ],
    [
      'a singles match: both players the lead names, not the quoted loser or the next round’s rival',
      'Nora Kessel beat Ilse Brandt 6-2 6-4 in the second round at Kelby on Tuesday. "I was too slow today," Brandt said. Kessel next meets Vera Lund, who beat Ada Moor in three sets.',
      ['Nora Kessel', 'Ilse Brandt'],
    ],
    [
      'a singles match whose lead names the winner and the next sentence the one he beat',
      'Ravi Sen had to fight off his nerves on Monday before winning his first-round match at the Kelby Open. Sen, seeded third behind the holder Piet Lund, took three hours to defeat 90th-ranked Ola Berg of Norway.',
      ['Ravi Sen', 'Ola Berg'],
    ],
    [
      'a singles match: the one a next-round rival beat is no party',
      'Ravi Sen had to fight off his nerves on Monday before winning his first-round match at the Kelby Open. Sen said his next rival Ivo Marsh, who outlasted Ola Berg in five sets, would test him more.',
      ['Ravi Sen'],
    ],
    [
      'a bout: both fighters of the main bout, not those of the undercard',
      'Dario Lenz stopped Ola Berg in the ninth round in Dunmore on Saturday to keep his title. On the undercard, Tomas Reyes beat Karl Nyman on points.',
      ['Dario Lenz', 'Ola Berg'],
    ],
    [
      'a match lead that tells the win before the sentence with the score, naming the beaten player',
      'Omar Tazi showed his old form on Monday by toppling the champion Jan Rudd in straight sets at the Kelby Open. Tazi, playing his last season, won 6-3 6-3 6-4 with a serve that never faltered.',
      ['Omar Tazi', 'Jan Rudd'],
    ],
    [
      'the rival candidates of an election, named after the winner',
      'Nadia Ferrante was elected mayor of Brandon on Monday. Ferrante took 48 per cent of the vote. Her main rival, councillor Owen Price, won 39 per cent and conceded before midnight. Political scientist Lena Ward said turnout had fallen.',
      ['Nadia Ferrante', 'Owen Price'],
    ],
    [
      'the judge of a ruling, named in the fourth sentence',
      'A federal court on Friday quashed the approval of a coal terminal near Gladwin. The operator said it would study the decision. Two residents’ groups had brought the case. In her reasons, Justice Alison Mbeki said the assessment ignored groundwater. Lawyer Dev Shah said the ruling was a relief.',
      ['Alison Mbeki'],
    ],
    [
      'a farmers’ leader quoted before his name, in a protest',
      'Hundreds of farmers blocked roads around Arlon on Tuesday to protest against a cut in diesel subsidies. “We are not going home,” said Luc Verhaegen, a grain grower who chairs the regional farmers’ association. Regional minister Anna Roth met a delegation in the afternoon.',
      ['Luc Verhaegen'],
    ],
    [
      'a finance chief presenting results, named after the lead',
      'Corlin Foods posted a 12% rise in second-quarter profit on Thursday as price increases held. Sales rose 4% to 2.1 billion francs. Chief financial officer Mara Keller said costs would ease in the autumn.',
      ['Mara Keller'],
    ],
    [
      'sports write-ups: the player the offer sentence describes by a playing position, named most in the report',
      'The Larks let their winger go in May and have money to spend on Tom Vale. The Kessel Larks extended a record offer to the unsigned third baseman on Monday, the largest the club has made. The figure was not confirmed. The club has not said when the offer ends. Vale hit 30 home runs for the Owls, and Vale has two other offers.',
      ['Tom Vale'],
    ],
    [
      'the winner the main sentence calls she, named in the sentence before',
      'Ines Varga had never won on grass. On Sunday she beat the top seed Petra Holm 6-4, 6-4 to take the title at Eastbourne.',
      ['Petra Holm', 'Ines Varga'],
    ],
    [
      'a two-word town read as a person is no party',
      'Dana Voss, the swimmer and actress, died in her sleep in Beverly Hills, California, on Friday.',
      ['Dana Voss'],
    ],
    [
      "a sheriff's deputy wounded in an attack, named after a lead that names nobody (the sheriff's title ends in deputy)",
      'Gunmen attacked a farmhouse near Corlen on Friday night. County Sheriff deputy Ivo Marsh was wounded in the leg.',
      ['Ivo Marsh'],
    ],
    [
      'a source who says what happened, outside the main sentence, beside the one it happened to',
      'Gunmen shot Ada Lind, a shop owner, in Kelby late on Friday. Piet Lund of the parish council said Saturday that police linked it to a second shooting.',
      ['Ada Lind'],
    ],
    [
      'a person named in a later sentence whose event word is denied ("since no one was killed")',
      'A bomb exploded at a Kelby cafe on Friday, wounding the owner, Ada Lind. Police hardly see it as Piet Lund’s sort of feud, since no one was killed.',
      ['Ada Lind'],
    ],
    [
      'a lead that tells what a country said of itself: its envoy named in the later sentences of the event speaks for it',
      'Dorvan said on Monday it had won a pledge from Kelbia to hold the truce. Foreign Ministry spokesman Ivo Marsh said envoy Ola Berg had been given the pledge by Kelbian officials. Berg spent two days in the Kelbian capital.',
      [],
    ],
    [
      'a lead that tells what a firm said of its bid: its chairman, quoted next, speaks for it',
      'Harlow Freight Ltd said its bid for the rival carrier Coastline Shipping had closed on Monday, with nine in ten holders selling. "This is a good day for both firms," Harlow chairman Ivo Marsh told staff. Harlow will run the Coastline ferries from the spring.',
      [],
    ],
    [
      'a body that says it hired someone it describes: the one hired, named next, takes part',
      'Kestrel Mining Corp said on Tuesday it had hired a 45-year-old engineer to run its mines. Ola Nyberg, who ran a rival miner, joins in May.',
      ['Ola Nyberg'],
    ],
    [
      'a person inside a "whose" clause about the one the lead is about',
      'Anna Lind, whose brother once worked for Senator Ivo Marsh, met the party leaders in Dunmore on Monday night.',
      ['Anna Lind'],
    ],
    [
      'one who opens the lead with an age in the appositive and acts in it is its doer',
      'Ivo Marsh, the 41-year-old former Harlow captain, is to play one more season for the club, Harlow said on Monday.',
      ['Ivo Marsh'],
    ],
    [
      'one who opens a sentence with an age in the appositive and only speaks is a vox-pop',
      'Voters in Kelby chose a new mayor on Sunday. Ada Moor, a 38-year-old nurse, said she had voted for the first time.',
      [],
    ],
    [
      'a singles match whose lead quotes the winner on the one he beat before the sentence with the match cue',
      'Carefree Omar Tazi swapped his name as a joker for a calm new style on Monday. "I just think about the next point now," Tazi said after routing Dane Per Holm 6-1 6-2 6-0 in the first round of the Kelby Open. It was Tazi\'s fifth straight victory since he won his first title of the year last week.',
      ['Omar Tazi', 'Per Holm'],
    ],
  ])('takes part: %s', (_case, body, expected) => {
    expect(people(body)).toEqual(expected);
  });

  it.each([
    [
      'the one a title-case headline opens with, when the lead only describes her',
      'Mina Hale Checks Into Rehab at Dunmore Clinic',
      'Early on Friday, the 26-year-old actress checked into the Dunmore Clinic in Ashford.',
      ['Mina Hale'],
    ],
    [
      'nobody from the headline when the body names its own people',
      'Mina Hale Checks Into Rehab at Dunmore Clinic',
      'Early on Friday, the 26-year-old actress checked into the clinic, her agent Ola Berg said.',
      [],
    ],
    [
      'nobody from the headline when the lead does not describe a person as the doer',
      'Mina Hale Checks Into Rehab at Dunmore Clinic',
      'The Dunmore Clinic in Ashford opened a new wing on Friday.',
      [],
    ],
    [
      'the one a headline in capitals opens with, named in full in the body, when the event sentences name no one',
      'IVO BRANDT STAYS IN TALKS TO DIRECT THE SEQUEL',
      'After a record opening weekend, the studio is keen to start talks on the sequel. But it is not certain that Ivo Brandt, who directed the first film, will be back.',
      ['Ivo Brandt'],
    ],
    [
      'nobody from a headline in capitals when the event sentences name their own people',
      'IVO BRANDT STAYS IN TALKS TO DIRECT THE SEQUEL',
      'The studio opened talks with Karl Nyman on Friday to direct the sequel. Ivo Brandt, who directed the first film, will not be back.',
      ['Karl Nyman'],
    ],
  ])('takes part from the headline: %s', (_case, headline, body, expected) => {
    expect(people(body, headline)).toEqual(expected);
  });

  it.each([
    [
      'a lawyer who called the ruling a victory',
      'A state judge on Monday denied Arlo Homes’ motion to dismiss a lawsuit brought by tenants, letting the case go ahead. Circuit Judge Helen Parry wrote that the tenants had made a plausible claim. Ben Oduya, the tenants’ lawyer, called the ruling “overdue.”',
      'Ben Oduya',
    ],
    [
      'a manager who said the deal took patience',
      'Dunmore have signed the forward Tunde Okon from Castlebay for a club-record fee of £30 million. Okon, 22, agreed a four-year contract. Dunmore manager Ray Kells said the deal had taken months.',
      'Ray Kells',
    ],
    [
      'an operator’s chief who called the strike excessive after saying something else',
      'What’s new: Most trams in Velden stopped on Monday as drivers walked off the job over new shift plans. The union said the strike would last two days. Operator chief Marie Lenoir said the plans were needed and called the strike “excessive.”',
      'Marie Lenoir',
    ],
    [
      'a voter quoted in an election story',
      'Opposition candidate Cho Min-jun led the race for mayor of Gwangju in an exit poll released after voting closed on Monday. “I voted for change,” said Lee Soo-ah, a 41-year-old teacher.',
      'Lee Soo-ah',
    ],
    [
      'an official who reports on a storm',
      'Typhoon Amara made landfall near Legazpi on Monday, killing at least nine people. More than 200,000 people had been moved to shelters, Civil Defense Secretary Ramon Ilagan told reporters.',
      'Ramon Ilagan',
    ],
    [
      'an executive who spoke about a purchase at the time',
      'What’s new: Vesta Group agreed on Monday to acquire Corran Terminals for 900 million euros. Chief financial officer Ida Brandt said at the time that the group was keeping cash for an acquisition.',
      'Ida Brandt',
    ],
    [
      'a union organiser quoted after her words on a sale',
      'The sale of Corran Terminals to Vesta Group, announced on Monday, drew caution from dockers. “We want guarantees on jobs,” said Nora Feld, an organiser for the dockers’ union.',
      'Nora Feld',
    ],
    [
      'a political scientist in an election story',
      'Nadia Ferrante was elected mayor of Brandon on Monday with 48 per cent of the vote. Political scientist Lena Ward said the candidates had barely differed on taxes.',
      'Lena Ward',
    ],
    [
      'the most named person, when the offer sentence describes no one by a role (an offer to a firm)',
      'The Larks let their winger go in May and have money to spend on Tom Vale. The Kessel Larks have made an offer to a local firm that would be the largest in club history. The figure was not confirmed. The club has not said when the offer ends. Vale hit 30 home runs for the Owls, and Vale has two other offers.',
      'Tom Vale',
    ],
    [
      'a coach after a match',
      'Harlow Town beat Ockley 2-1 on Saturday to reach the cup semifinal. Harlow coach Dee Amis said the goals had come at the right time.',
      'Dee Amis',
    ],
    [
      'a sheriff who tells reporters how an attack went, named after a lead that names nobody',
      'A deputy was shot and killed on Friday as he knocked at a farmhouse door near Corlen. County Sheriff Ada Penrose said the gunman fled on foot.',
      'Ada Penrose',
    ],
  ])('leaves out %s', (_case, body, name) => {
    expect(people(body)).not.toContain(name);
  });
});

const bodies = (body: string): string[] =>
  (analyze(body, '2024-03-12').mainEvent?.participants ?? [])
    .filter((p) => p.kind === 'organization')
    .map((p) => p.name);

// The bodies taking part tell two look-alike events of one person apart (a player's offers from two clubs).
describe('Function: findMainEvent (the bodies)', () => {
  it.each([
    [
      'sports and company reports: a club whose owner, taking part, speaks for it before a title the name step read as a person',
      'Kessel Sox owner Ivo Brandt said on Monday that his team will not sign Tom Vale. The Kessel Sox, who finished third last season, had been seen as favourites.',
      'Kessel Sox',
    ],
  ])('takes in %s', (_case, body, name) => {
    expect(bodies(body)).toContain(name);
  });

  it.each([
    [
      'a name a cue makes a thing (a show named like a fire service), with no officer of it taking part',
      'Director Ada Vik signed on Monday to make the second season of Harbour Fire for the studio.',
      'Harbour Fire',
    ],
  ])('leaves out %s', (_case, body, name) => {
    expect(bodies(body)).not.toContain(name);
  });
});
