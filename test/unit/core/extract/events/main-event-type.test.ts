import { describe, expect, it } from 'vitest';
import { analyze } from '../helpers';

// Each row is one general confusion the eval corpus showed, written in new words.
describe('Function: findMainEvent (the type)', () => {
  it.each([
    [
      'a labour strike is a protest, not earnings or an attack',
      'Bus drivers strike over rosters, halting Dunmore routes',
      'DUNMORE (Harbour Post) - Bus drivers at Dunmore Transit walked out on Monday for 24 hours after pay talks with the operator broke down, leaving its profits for the quarter in doubt.',
      'protest',
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
  ])('types %s', (_case, headline, body, type) => {
    expect(analyze(body, '2024-03-12', headline).mainEvent?.type).toBe(type);
  });
});
