import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const quotes = (body: string) => analyze(body).quotes.map((q) => [q.speaker, q.text]);

describe('Function: findQuotes', () => {
  it.each([
    [
      'person before "said"',
      'Mayor Lena Ortiz said the budget was “a careful compromise.”',
      ['Lena Ortiz', 'a careful compromise.'],
    ],
    [
      '"said" before the person',
      '“We will rebuild,” said Governor Tom Reyes.',
      ['Tom Reyes', 'We will rebuild,'],
    ],
    [
      'title between "said" and the name',
      '"The water is rising fast," said Interior Minister Elif Demir.',
      ['Elif Demir', 'The water is rising fast,'],
    ],
    [
      '"according to" an institution',
      'The meeting was “frank,” according to the State Department.',
      ['State Department', 'frank,'],
    ],
    [
      'lowercase ministry with its country',
      'China’s foreign ministry said the talks were “deep and useful.”',
      ['Chinese Foreign Ministry', 'deep and useful.'],
    ],
    [
      '"purported" reports a claim',
      'Actor Dana Whitlow spoke of her first film. She purported that the shoot "was great fun," even in the cold.',
      ['Dana Whitlow', 'was great fun,'],
    ],
    [
      '"told reporters"',
      'Coach Sam Okafor told reporters the team "played without fear."',
      ['Sam Okafor', 'played without fear.'],
    ],
    [
      'guillemets',
      'Le ministre Paul Martin a dit: « nous resterons fermes ». Paul Martin said so twice.',
      ['unknown', 'nous resterons fermes'],
    ],
    [
      '"in a statement, X said"',
      'In a statement, Foreign Minister Penny Wong said the talks were "a step forward."',
      ['Penny Wong', 'a step forward.'],
    ],
    [
      "an outlet's report",
      'Xinhua’s report said the leaders "reached broad consensus."',
      ['Xinhua', 'reached broad consensus.'],
    ],
    [
      'an anonymous official of an institution',
      '“We are looking at all options,” a Pentagon official told reporters.',
      ['Pentagon', 'We are looking at all options,'],
    ],
    ['"X called it"', 'Acme Corp. called the ruling "deeply flawed."', ['Acme Corp.', 'deeply flawed.']],
    [
      '"according to X" before the quote',
      'It was, according to Finance Minister Kai Berg, "the hardest budget in a decade."',
      ['Kai Berg', 'the hardest budget in a decade.'],
    ],
    [
      '"X says"',
      'Mayor Ada Obi says the city is "ready for the storm."',
      ['Ada Obi', 'ready for the storm.'],
    ],
    [
      'German quotes',
      'Chancellor Olaf Brandt said „wir bleiben dabei“ on Monday.',
      ['Olaf Brandt', 'wir bleiben dabei'],
    ],
  ])('attributes a quote: %s', (_name, body, expected) => {
    expect(quotes(body)).toContainEqual(expected);
  });

  it('gives a pronoun the last named speaker', () => {
    const body = 'Striker Ana Costa said the win was “for the fans.” She added: “We are not done yet.”';
    expect(quotes(body)).toEqual([
      ['Ana Costa', 'for the fans.'],
      ['Ana Costa', 'We are not done yet.'],
    ]);
  });

  it('keeps the speaker of a split quote in one paragraph', () => {
    const body = '“Prices will fall,” central bank governor Ravi Menon said. “But not this year.”';
    expect(quotes(body)).toEqual([
      ['Ravi Menon', 'Prices will fall,'],
      ['Ravi Menon', 'But not this year.'],
    ]);
  });

  it('resolves "the release" and "the agency" to the institution named before', () => {
    const body =
      'The Commerce Department announced new rules on Friday.\n\nThe agency said the rules were “narrowly targeted.” “They take effect at once,” the release reads.';
    expect(quotes(body)).toEqual([
      ['Commerce Department', 'narrowly targeted.'],
      ['Commerce Department', 'They take effect at once,'],
    ]);
  });

  it('credits a quote set off after "X said:" in the paragraph before', () => {
    const body = 'Finance Minister Kai Berg told parliament:\n\n“The budget is balanced. We kept our word.”';
    expect(quotes(body)).toEqual([['Kai Berg', 'The budget is balanced. We kept our word.']]);
  });

  it('resolves a short form of a speaker to the full name', () => {
    const body =
      'Spokesperson Wang Wenbin spoke on Monday. Wenbin added that both sides “agreed to stay in touch.”';
    expect(quotes(body)).toContainEqual(['Wang Wenbin', 'agreed to stay in touch.']);
  });

  it('keeps the text verbatim at its span', () => {
    const body =
      'He said: "It is done." Then she said “it is not,” and left.\n\n“Unclosed quote runs to the paragraph end\n\nNext.';
    for (const q of analyze(body).quotes) expect(body.slice(q.span.start, q.span.end)).toBe(q.text);
  });

  it('names a one-word speaker it cannot tell person from company, with kind unknown', () => {
    const r = analyze('“We will keep every plant open,” Northwind said on Tuesday.');
    expect(r.people).toEqual([]);
    expect(r.quotes.map((q) => [q.speaker, q.speakerKind])).toEqual([['Northwind', 'unknown']]);
  });

  it('leaves a quote with no speaker cue unattributed', () => {
    expect(quotes('Analysts said the move was "largely symbolic."')).toEqual([
      ['unknown', 'largely symbolic.'],
    ]);
  });

  it('skips one-word scare quotes', () => {
    expect(quotes('The so-called "reform" stalled.')).toEqual([]);
  });
});
