/**
 * Whether the text says a name is a thing's (a paper, a firm, a club, a village) and not a person's: the rows
 * of lexicon/thing-evidence.ts, read beside the name's full mentions or in its own first or last word.
 */
import type { Sentence } from '../../model';
import { unicodePattern } from '../../unicode-pattern';
import type { CompiledLexicon } from '../compile';
import { sentenceAt } from '../text';
import { SURNAME_ENDING } from './person-gate';

// Compiled once: a regex literal with \p{...} is built as a new RegExp at every call in the bundles.
const THE_BEFORE = unicodePattern(String.raw`(?:^|[^\p{Alphabetic}])the\s+$`, 'i');
/** A plural ending, "-s" or the "-x" of clubs named by a plural ("Sox"). */
const PLURAL_END = /\p{Lowercase}[sx]$/u;
const SAINT = /^(?:St\.?|Saint|Ste\.?)$/u;
const SAINT_BEFORE = /(?:^|[^\p{Alphabetic}])(?:St\.?|Saint|Ste\.?)\s+$/u;
const PLACE_BEFORE = /(?:^|[^\p{Alphabetic}])(?:in|at|near|outside)\s+$/u;
const INDEFINITE_BEFORE = /(?:^|[^\p{Alphabetic}])[Aa]n?\s+$/u;
/** "Harlow Pierce, which makes ...": English relates a firm, a club or a place with "which", a person with "who". */
const THING_RELATIVE = /^\s*,\s*which\b/u;
/** "the death of <name>, which ...": after "of", "which" may be about the noun the name belongs to. */
const OF_BEFORE_NAME = unicodePattern(
  String.raw`(?:^|[^\p{Alphabetic}])of\s+(?:[\p{Alphabetic}.'-]+\s+){0,3}$`,
);
/** "Centre for", "Tigers of", "Coalition Against": a capitalized word and the connector that carries its name on. */
const NAME_CONNECTOR_BEFORE = unicodePattern(
  String.raw`\p{Uppercase}[\p{Alphabetic}.'-]*\s+(?:of|for|Against)\s+$`,
);
/** A double quotation mark (" “ ” „), told by its code: the scans below ask it of every character they pass. */
const isQuoteMark = (code: number): boolean =>
  code === 0x22 || code === 0x201c || code === 0x201d || code === 0x201e;
/** Words a title in title case writes in lower case ("Butch Rivers and the Lone Kid", "La Fête du Port"). */
const TITLE_SMALL_WORD =
  /^(?:a|an|the|and|or|of|in|on|at|to|for|with|by|from|is|de|du|des|la|le|del|da|di|von|van|der)$/u;
/** The longest quotation read as a title: a sentence quoted is longer. */
const TITLE_MAX_WORDS = 8;

/** A name's words and where it occurs; mentions shorter than the name (its short forms) are not read. */
export interface NamedThing {
  name: string;
  words: readonly string[];
  mentions: ReadonlyArray<{ start: number; end: number }>;
  /** The title written with the name, if any ("Deputy Minister"). */
  title?: string;
}

/** True when a thing cue is written with the name ("the daily Le Soir", "Kessler Oy", "village of Marta Orvena"). */
export function namesAThing(c: NamedThing, sentences: readonly Sentence[], lex: CompiledLexicon): boolean {
  const cues = lex.thingCues;
  const first = c.words[0] ?? '';
  const last = c.words[c.words.length - 1] ?? '';
  if (c.words.length >= 2 && cues.last.has(last)) return true;
  // "Stade de Vernaz", "PT Sinar Mulia Prima": a word that opens names of things at any length.
  if (c.words.length >= 2 && cues.opens.has(first) && !lex.givenNames.has(first)) return true;
  // "Montpellier, who were leading", "Sierra Leone": a city's or country's name, with no title, is its club or itself.
  if (c.title === undefined && bigPlace(c.name, lex)) return true;
  // "at her home in Sherman Oaks": a town named in full only after "in", "at", "near" or "outside" is the town,
  // though a given name opens it (smaller towns than `bigPlace` takes, as the preposition says place).
  if (c.words.length >= 2 && c.title === undefined && townAfterPreposition(c, sentences, lex)) return true;
  // "Hansa Rostock", "Rapid Vienna": a club named with its city last, when no first name opens it.
  if (c.words.length === 2 && c.title === undefined && clubOfCity(c.words, lex)) return true;
  // "St. Louis Cardinals", "St Pauli": a saint's name names the town, church, club or race called after the saint,
  // also where a title was read before it ("a district of St. Louis").
  if ((c.title !== undefined && SAINT.test(c.title)) || SAINT.test(first) || afterSaint(c, sentences))
    return true;
  // "in Prince Rupert, British Columbia": a title's last word and the name after it that make a town of the gazetteer.
  if (titledTownAfterPreposition(c, sentences, lex)) return true;
  // "Statistics Canada", "Hellas Ontario": a country or a state inside a name with no given name or title names
  // an agency, a firm or a club (towns are left out: many are surnames too).
  if (c.words.length >= 2 && c.title === undefined && namedAfterRegion(c.words, lex)) return true;
  // "Le Monde", but not "Deputy Minister Le Van Tam": Vietnamese family names "Le", "La" open longer names.
  if (c.words.length === 2 && c.title === undefined && cues.first.has(first) && !lex.givenNames.has(first))
    return true;
  // "the film \"Harbour Lights\"", "a \"Mr Tidy\" image": a name written only inside a short quotation in title
  // case is the title of a film, a book, a law or a prize, a nickname or a slogan.
  if (onlyQuotedTitle(c, sentences)) return true;
  // "the Centre for Rural Studies", "Tigers of Harran Vale": words with no given name written only after a
  // capitalized word and "of", "for" or "Against" end the name of a body, an office or a movement.
  if (c.words.length >= 2 && c.title === undefined && tailOfLongerName(c, sentences, lex)) return true;
  return (
    c.mentions.some((m) => {
      if (m.end - m.start < c.name.length) return false;
      const s = sentences[sentenceAt(sentences, m.start)];
      if (s === undefined) return false;
      const head = s.text.slice(Math.max(0, m.start - s.start - 40), m.start - s.start);
      const tail = s.text.slice(m.end - s.start, m.end - s.start + 30);
      return (
        cues.before.test(head) ||
        cues.after.test(tail) ||
        thingRelative(c, head, tail) ||
        pluralGroup(c.words, head, lex)
      );
    }) || peoplePlural(c.words, lex)
  );
}

/**
 * "boosted by Harlow Pierce, which gained", a name with no title: "which" relates the name itself, so a thing's. Not
 * "the death of dictator Ivo Brandt, which ...", where it is about the death.
 */
function thingRelative(c: NamedThing, head: string, tail: string): boolean {
  return c.title === undefined && THING_RELATIVE.test(tail) && !OF_BEFORE_NAME.test(head);
}

/** Whether the name has no given name or particle and every full mention follows "<Capitalized> of|for|Against". */
function tailOfLongerName(c: NamedThing, sentences: readonly Sentence[], lex: CompiledLexicon): boolean {
  if (
    c.words.some(
      (w) => lex.givenNames.has(w) || lex.listedGivenNames.has(w) || lex.particles.has(w.toLowerCase()),
    )
  )
    return false;
  return everyFullMention(c, sentences, (text, start) =>
    NAME_CONNECTOR_BEFORE.test(text.slice(Math.max(0, start - 40), start)),
  );
}

/** Whether the name is written in full at least once and `test` holds of every such mention, in its sentence. */
function everyFullMention(
  c: NamedThing,
  sentences: readonly Sentence[],
  test: (sentence: string, start: number, end: number) => boolean,
): boolean {
  const full = c.mentions.filter((m) => m.end - m.start >= c.name.length);
  return (
    full.length > 0 &&
    full.every((m) => {
      const s = sentences[sentenceAt(sentences, m.start)];
      return s !== undefined && test(s.text, m.start - s.start, m.end - s.start);
    })
  );
}

/** Whether every full mention of the name lies inside a quotation of a few words, each capitalized or small. */
function onlyQuotedTitle(c: NamedThing, sentences: readonly Sentence[]): boolean {
  return everyFullMention(c, sentences, (text, start, end) => {
    const quoted = quotationAround(text, start, end);
    if (quoted === null) return false;
    const words = quoted.split(/\s+/u).filter((w) => LETTER_START.test(w));
    return (
      words.length <= TITLE_MAX_WORDS &&
      words.every((w) => CAPITAL_START.test(w) || TITLE_SMALL_WORD.test(w.toLowerCase()))
    );
  });
}

const LETTER_START = /^[\p{Alphabetic}]/u;
const CAPITAL_START = /^\p{Uppercase}/u;
const SPACE = /\s/u;
const OPENING_CONTEXT = /[\s([]/u;

/**
 * The text of the quotation holding `start..end` of a sentence: an opening mark (after a space or at the start,
 * before a word) and a closing mark (after a word) with no mark between; null when the span is not quoted.
 */
function quotationAround(text: string, start: number, end: number): string | null {
  let open = start - 1;
  while (open >= 0 && !isQuoteMark(text.charCodeAt(open))) open--;
  if (open < 0 || SPACE.test(text[open + 1] ?? ' ')) return null;
  if (open > 0 && !OPENING_CONTEXT.test(text[open - 1] ?? '')) return null;
  let close = end;
  while (close < text.length && !isQuoteMark(text.charCodeAt(close))) close++;
  if (close >= text.length || SPACE.test(text[close - 1] ?? ' ')) return null;
  return text.slice(open + 1, close);
}

/**
 * A name one of whose words is a country's own name or its people's ("Israeli"; not an alias, as "Holland"
 * is a surname too) or a state, province or region (not in last place, where surnames are: "Washington"),
 * and none a given name or a name particle ("Van").
 */
function namedAfterRegion(words: readonly string[], lex: CompiledLexicon): boolean {
  const g = lex.gazetteer;
  if (g === undefined || words.some((w) => lex.givenNames.has(w) || lex.particles.has(w.toLowerCase())))
    return false;
  const people = (w: string): boolean => lex.adjectives.get(w)?.some((p) => p.length === 1) === true;
  return words.some(
    (w, i) =>
      lex.country.get(w) === w ||
      g.country(w)?.name === w ||
      (lex.country.has(w) && people(w)) ||
      (i < words.length - 1 && g.division(w) !== undefined),
  );
}

/**
 * Two words, the last a city of 100,000 or more that does not end as surnames do ("Santos", "Edison"), the
 * first no first name of either list.
 */
function clubOfCity(words: readonly string[], lex: CompiledLexicon): boolean {
  const [first = '', last = ''] = words;
  if (lex.givenNames.has(first) || lex.listedGivenNames.has(first) || SURNAME_ENDING.test(last)) return false;
  return (lex.gazetteer?.town(last)?.population ?? 0) >= 100_000;
}

/** A country by its name (not its ISO code: "CC" opens a person's name). */
function countryNamed(name: string, lex: CompiledLexicon): boolean {
  return lex.country.has(name) || lex.gazetteer?.country(name)?.name === name;
}

/**
 * "Brannvik Tools Inc. ... Brannvik Tools said": a name the text also writes as the opening words of an
 * organization (before a company form or a group word) is that organization's short form.
 */
export function opensAnOrganization(c: NamedThing, organizations: ReadonlyArray<{ name: string }>): boolean {
  if (c.title !== undefined || c.words.length < 2) return false;
  // "Rhea Marsh of Tollund Capital Group" is a person and her firm, read as one name by the organization step.
  return organizations.some((o) => o.name.startsWith(`${c.name} `) && !o.name.startsWith(`${c.name} of `));
}

/**
 * "the Boston Red Sox ... Red Sox", "the Angels ... Angels": a name the text also writes as an organization, or as
 * one with a place before it (a team or a paper named with its town), is that organization.
 */
export function namesAnOrganization(
  c: NamedThing,
  organizations: ReadonlyArray<{ name: string }>,
  lex: CompiledLexicon,
): boolean {
  const place = (head: string): boolean =>
    lex.city.has(head) || lex.country.has(head) || lex.gazetteer?.town(head) !== undefined;
  // "head coach of the Denver Night Owls": a title that took the city opening a team's name ends in it.
  const titleEnd = c.title?.split(' ').at(-1) ?? '';
  return organizations.some((o) => {
    if (c.title !== undefined) return o.name === `${titleEnd} ${c.name}` && bigPlace(titleEnd, lex);
    if (o.name === c.name) return true;
    if (!o.name.endsWith(` ${c.name}`)) return false;
    return place(o.name.slice(0, -c.name.length - 1));
  });
}

/** The offices held in a firm, a club or a body, never in a person ("adviser of Ivo Brandt", "manager of" an artist). */
const OFFICE_OF =
  /(?:^|\s)(?:chairman|chairwoman|president|owner|co-owner|founder|co-founder|chief executive|CEO)\s+of\s+$/iu;

/**
 * "Ada Vik, the chairman of Harlow-Pierce": a name another person's title ends in after an office and "of" is the
 * firm, the club or the body the office is held in, whatever the text says of it elsewhere ("Harlow-Pierce, the
 * team's owner").
 */
export function endsATitle(c: NamedThing, titles: readonly string[]): boolean {
  return titles.some(
    (t) => t.endsWith(` of ${c.name}`) && OFFICE_OF.test(t.slice(0, t.length - c.name.length)),
  );
}

/** A country, a state or province, or a town of 100,000 people or more in the gazetteer. */
export function bigPlace(name: string, lex: CompiledLexicon): boolean {
  const g = lex.gazetteer;
  return (
    countryNamed(name, lex) ||
    (g !== undefined && (g.division(name) !== undefined || (g.town(name)?.population ?? 0) >= 100_000))
  );
}

/** Whether a town of the gazetteer is written in full only after a preposition of place. */
function townAfterPreposition(c: NamedThing, sentences: readonly Sentence[], lex: CompiledLexicon): boolean {
  if (lex.gazetteer?.town(c.name) === undefined) return false;
  const full = c.mentions.filter((m) => m.end - m.start >= c.name.length);
  return (
    full.length > 0 &&
    full.every((m) => {
      const s = sentences[sentenceAt(sentences, m.start)];
      return (
        s !== undefined &&
        PLACE_BEFORE.test(s.text.slice(Math.max(0, m.start - s.start - 12), m.start - s.start))
      );
    })
  );
}

/** Whether every full mention of the name is written right after "St.", "Saint" or "Ste." ("of St. Louis"). */
function afterSaint(c: NamedThing, sentences: readonly Sentence[]): boolean {
  return everyFullMention(c, sentences, (text, start) =>
    SAINT_BEFORE.test(text.slice(Math.max(0, start - 8), start)),
  );
}

/** The last word of a phrase. */
function lastWord(phrase: string): string {
  return phrase.slice(phrase.lastIndexOf(' ') + 1);
}

/**
 * "worked in Prince Rupert, British Columbia": a name whose title's last word and itself make a town of the
 * gazetteer, every full mention right after that word and "in", "at", "near" or "outside", is the town ("Prince
 * Rupert said" stays a person: no preposition says place).
 */
function titledTownAfterPreposition(
  c: NamedThing,
  sentences: readonly Sentence[],
  lex: CompiledLexicon,
): boolean {
  if (c.title === undefined) return false;
  const word = lastWord(c.title);
  if (lex.gazetteer?.town(`${word} ${c.name}`) === undefined) return false;
  return everyFullMention(c, sentences, (text, start) => {
    const before = text.slice(Math.max(0, start - word.length - 14), start).trimEnd();
    return before.endsWith(word) && PLACE_BEFORE.test(before.slice(0, -word.length));
  });
}

/** Whether every mention of the name follows "a" or "an" ("a Primetime Emmy nomination"): people take no article. */
export function afterIndefiniteArticle(c: NamedThing, sentences: readonly Sentence[]): boolean {
  return c.mentions.every((m) => {
    const s = sentences[sentenceAt(sentences, m.start)];
    const offset = m.start - (s?.start ?? 0);
    return s !== undefined && INDEFINITE_BEFORE.test(s.text.slice(Math.max(0, offset - 4), offset));
  });
}

/** "Sri Lankans", "Exiled Bosnians": a name ending in the plural of a nationality names a people. */
export function peoplePlural(words: readonly string[], lex: CompiledLexicon): boolean {
  const last = words[words.length - 1] ?? '';
  return (
    (last.endsWith('s') && lex.country.has(words.slice(0, -1).concat(last.slice(0, -1)).join(' '))) ||
    (last.endsWith('s') && lex.country.has(last.slice(0, -1)))
  );
}

/** "the Mariners, who", "The Parisians": "the" before a plural name with no given name names a team or a people. */
function pluralGroup(words: readonly string[], head: string, lex: CompiledLexicon): boolean {
  const last = words[words.length - 1] ?? '';
  return THE_BEFORE.test(head) && PLURAL_END.test(last) && !words.some((w) => lex.givenNames.has(w));
}
