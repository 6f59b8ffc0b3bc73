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
      'the judge a lead describes, named in the next sentence, besides the defendant',
      'A federal judge on Monday sentenced former county treasurer Glenn Audley to four years in prison for embezzlement. U.S. District Judge Marta Quill also ordered Audley to repay $90,000.',
      ['Glenn Audley', 'Marta Quill'],
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
  ])('takes part: %s', (_case, body, expected) => {
    expect(people(body)).toEqual(expected);
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
  ])('leaves out %s', (_case, body, name) => {
    expect(people(body)).not.toContain(name);
  });
});
