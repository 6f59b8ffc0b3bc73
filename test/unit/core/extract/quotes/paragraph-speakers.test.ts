import { describe, expect, it } from 'vitest';
import { analyze } from '../helpers';

const quotes = (body: string) => analyze(body).quotes.map((q) => [q.speaker, q.text]);

// Pages that set one sentence a paragraph (as many scraped reports do): each kind of text with a body that
// must give the speaker, and one where a similar text must not.
describe('Function: findQuotes (speakers on pages of one sentence a paragraph)', () => {
  it.each([
    [
      'a bare surname the person step left unlinked ("King" is also a title word)',
      'Team president Dora King fired the coach on Monday.\n\n"We owe it to the fans," King said.',
      ['Dora King', 'We owe it to the fans,'],
    ],
    [
      'a paragraph that is only more of the quote after "..., X said."',
      'Ana Ruiz spoke after the vote.\n\n"We will rebuild," Ruiz said.\n\n"It will take years."',
      ['Ana Ruiz', 'It will take years.'],
    ],
    [
      '"she said" about a woman described a few sentences back, after a man was quoted',
      'Hal Brenner, a neighbour, said "it was loud."\n\nPia Lundqvist, a teacher, stayed home that night.\n\nBut she walked into town the next day.\n\n"It was empty," she said.',
      ['Pia Lundqvist', 'It was empty,'],
    ],
    [
      "a speech left open at its paragraph's end and reopened in the next, tagged only where it closes",
      'The crane fell on Monday.\n\n"The crane failed at noon. We saw no light.\n\n"Nobody was hurt," said port chief Ana Voss.',
      ['Ana Voss', 'The crane failed at noon. We saw no light.'],
    ],
    [
      "a paragraph opening with its own mark closes the quotation before it, which the speech's tag still speaks",
      '"I believe he lost.\n\n"He wanted out," said Nora Velde.',
      ['Nora Velde', 'I believe he lost.'],
    ],
    [
      "counter-example: a quote closed in its own paragraph is not the next paragraph's speaker's",
      'The crane fell on Monday.\n\n"The crane failed at noon," a worker said.\n\n"Nobody was hurt," said port chief Ana Voss.',
      ['unknown', 'The crane failed at noon,'],
    ],
    [
      'one quotation split over two paragraphs, the second opening with no mark',
      'The trial ended on Friday.\n\n"I believe he lost.\n\nIn his own words, he wanted out," said Nora Velde, a relative.',
      ['Nora Velde', 'I believe he lost.\n\nIn his own words, he wanted out,'],
    ],
    [
      '"said <description> <Name>" where the description names a body',
      '"We are going back to the old days," said Academy producer Lorne Marsh, who runs the show.',
      ['Lorne Marsh', 'We are going back to the old days,'],
    ],
    [
      '"said <club> supporter <Name>" where the club, opened by a club word, is no person (issue 10: a fan\'s words went to his club)',
      'Hapoel Korvel were promoted in May.\n\n"We waited all summer for the derby," said Korvel supporter Ivo Brandt.',
      ['Ivo Brandt', 'We waited all summer for the derby,'],
    ],
    [
      'a role of the person named before, with the speaker set off after it',
      'Mayor Ines Caldera toured the site on Saturday.\n\nHer spokesman, Tomas Brill, said, "The mayor will return."',
      ['Tomas Brill', 'The mayor will return.'],
    ],
    [
      'one quotation split over two paragraphs, its closing mark set off by a space after the comma',
      'The race ended at dusk.\n\n"He was hard to catch.\n\nI am pleased, "Ilse Brandt said.',
      ['Ilse Brandt', 'He was hard to catch.\n\nI am pleased,'],
    ],
    [
      'a statement left open, its next sentence a paragraph with no mark, then reopened',
      'A notice from Velmor Foods said: "The shop is gone.\n\nNobody was hurt.\n\n"We will build it again."',
      ['Velmor Foods', 'We will build it again.'],
    ],
    [
      'a one-word speaker that may be a person or a company, then a paragraph that only continues the quote',
      'The plant closed in May.\n\n"We are sorry," Zorvik said.\n\n"We will pay every worker."',
      ['Zorvik', 'We will pay every worker.'],
    ],
    [
      'a paragraph that is only a quotation, with no cue, after a paragraph about one person',
      'The bank blew up at dusk.\n\nTeo Marsh, 17, who works at the station nearby, also heard it.\n\n"At first I thought it was thunder."',
      ['Teo Marsh', 'At first I thought it was thunder.'],
    ],
    [
      'a quotation after a comma, with no cue, ending the paragraph',
      'Ida Berg, 66, said she saw the police at noon.\n\nLater in the day, "I heard a loud bang."',
      ['Ida Berg', 'I heard a loud bang.'],
    ],
    [
      'a paragraph of only a name and a speech verb after the quotation',
      'Ana Ruiz ran the lab with David Brel.\n\nDavid Brel left in May.\n\n"It was a hard year for all of us."\n\nRuiz said.',
      ['Ana Ruiz', 'It was a hard year for all of us.'],
    ],
  ])('attributes: %s', (_kind, body, expected) => {
    expect(quotes(body)).toContainEqual(expected);
  });

  it.each([
    [
      'a surname two people share stays unresolved',
      'Mayor Dora King met Senator Ray King on Monday.\n\n"We owe it to the fans," King said.',
      'We owe it to the fans,',
      ['Dora King', 'Ray King'],
    ],
    [
      'a next paragraph with its own speaker is not a continuation',
      'Ana Ruiz spoke after the vote.\n\n"We will rebuild," Ruiz said.\n\n"Nobody asked us," a neighbour said.',
      'Nobody asked us,',
      ['Ana Ruiz'],
    ],
    [
      'a one-word speaker does not go on to a next paragraph with its own speaker',
      'The plant closed in May.\n\n"We are sorry," Zorvik said.\n\n"Nobody told us," a worker said.',
      'Nobody told us,',
      ['Zorvik'],
    ],
    [
      'a closed quotation, then a paragraph of narration, is not reopened by the next mark',
      'A notice from Velmor Foods said: "The shop is gone."\n\nNobody was hurt.\n\n"We will build it again."',
      'We will build it again.',
      ['Velmor Foods'],
    ],
    [
      'a spaced mark after a word in the next paragraph opens a quotation, closing none',
      '"I believe he lost.\n\nHe called it "a bad night," said Nora Velde.',
      'I believe he lost.',
      ['Nora Velde'],
    ],
    [
      '"her spokesman said" with no name set off still speaks for the person named before',
      'Mayor Ines Caldera toured the site on Saturday.\n\nHer spokesman said, "The mayor will return."',
      'The mayor will return.',
      ['unknown'],
    ],
    [
      'a quotation with a cue but no speaker named stays unattributed',
      'Teo Marsh heard it too.\n\n"It was thunder," a neighbour told reporters.',
      'It was thunder,',
      ['Teo Marsh'],
    ],
    [
      'a title after a preposition is no speech',
      'Teo Marsh works at the station.\n\nHe once starred in "The Long Night."',
      'The Long Night.',
      ['Teo Marsh'],
    ],
    [
      'a paragraph of a name and a verb of no speech tags nothing',
      'Ana Ruiz ran the lab with David Brel.\n\nDavid Brel left in May.\n\n"It was a hard year for all of us."\n\nRuiz left.',
      'It was a hard year for all of us.',
      ['Ana Ruiz'],
    ],
  ])('does not attribute: %s', (_kind, body, text, notSpeakers) => {
    const speaker = quotes(body).find(([, t]) => t === text)?.[0];
    expect(speaker).toBeDefined();
    for (const name of notSpeakers) expect(speaker).not.toBe(name);
  });
});
