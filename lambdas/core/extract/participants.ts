/** The main event's participants: people, organizations and countries of its sentences, and who takes part by role. */
import type { EventType, Participant, Person, Sentence } from '../model';
import { unicodePattern } from '../unicode-pattern';
import type { CountrySide, EventInputs } from './event-inputs';
import { EVENT_WINDOW, OTHER_GAME, PAST_CLAUSE, PAST_DATE_WORDS } from './event-text';
import { leadSentences } from './lead';
import { BEATEN_SIDE } from './lexicon/actor-evidence';
import { headlineFullNames } from './names/headline-names';
import type { OrgMention } from './names/types';
import { spanOf } from './text';

/** The last word of four letters or more. */
const LAST_LONG_WORD = unicodePattern(String.raw`([\p{Alphabetic}-]{4,})\s*$`);
const ACCORDING_TO_BEFORE = /according to\s+(?:the\s+)?$/i;
const SIDE_NOUN_AFTER = /^\s+(?:officials?|delegat\w*|side|team|representatives?|envoys?|diplomats?)\b/i;
const NAME_LIST_JOIN = unicodePattern(
  String.raw`^(?:,\s*|\s+and\s+|,\s+and\s+)[\p{Alphabetic}\s.\u2019'-]{0,60}$`,
);
const PARTY_WORD = unicodePattern(String.raw`^[\p{Uppercase}][\p{Alphabetic}-]{3,}`);
/** What may stand between a party's name and an officer's name: a possessive, then at most four words of title. */
const OFFICER_TITLE_AFTER = unicodePattern(String.raw`^(?:'s|\u2019s)?\s+(?:[\p{Alphabetic}-]+\s+){0,4}$`);
const ASCII_WORD = /^\w$/;
const SPEECH_AFTER = /^\s*(?:said|says|announced|reported|told|added|stated)\b/;
/** Who speaks for someone else: a spokesperson, a press secretary, a publicist, someone's bare "representative". */
const SPOKES =
  /(?<!\w)(?:spokes(?:person|man|woman)|press secretary|spokes|publicist)\b|^(?:rep|representative)$/iu;

/** The people of the report by name, built once per analysis (participantsIn runs about four times a report). */
function personsByName(inp: EventInputs): ReadonlyMap<string, Person> {
  inp.memo.personsByName ??= new Map(inp.persons.map((p) => [p.name, p]));
  return inp.memo.personsByName;
}

/** People of the event sentences (spokespeople only comment), then the countries the sentences name. */
export function participantsIn(
  inp: EventInputs,
  ranges: ReadonlyArray<{ start: number; end: number }>,
  location: string | undefined,
  countryRanges: ReadonlyArray<{ start: number; end: number }> = ranges,
): Participant[] {
  const out: Participant[] = [];
  const seen = new Set<string>();
  const within = (x: { start: number; end: number }): boolean =>
    ranges.some((r) => x.start >= r.start && x.end <= r.end);
  const byName = personsByName(inp);
  for (const m of inp.people.mentions) {
    if (!within(m) || seen.has(m.name)) continue;
    const person = byName.get(m.name);
    if (person?.title !== undefined && (SPOKES.test(person.title) || COMMENTATOR.test(person.title)))
      continue;
    // "X called the ruling ..." reacts to the event rather than taking part in it.
    const sentenceEnd = ranges.find((r) => m.start >= r.start && m.end <= r.end)?.end ?? m.end;
    if (reactsTo(inp.body, m, sentenceEnd)) continue;
    if (person?.title !== undefined && voxPop(inp, m, person.title)) continue;
    seen.add(m.name);
    const part: Participant = { name: m.name, kind: 'person' };
    if (person?.title !== undefined) part.role = person.title;
    const side = person?.affiliation ?? statedSide(inp, m);
    if (side !== undefined) part.affiliation = side;
    out.push(part);
  }
  const locationCountry = location === undefined ? undefined : (inp.lex.country.get(location) ?? location);
  const countries: string[] = [];
  const inCountryRange = (x: { start: number; end: number }): boolean =>
    countryRanges.some((r) => x.start >= r.start && x.end <= r.end);
  for (const s of inp.entities.sides)
    if (inCountryRange(s) && s.country !== undefined) countries.push(s.country);
  for (const p of inp.entities.places) {
    if (inCountryRange(p) && p.kind === 'country' && p.name !== locationCountry) countries.push(p.name);
  }
  // Organizations acting in the sentence ("Acme agreed to buy Widget Inc."); a source ("..., the ministry said") only if alone.
  const orgs = organizationMentions(inp, (x) => within(x) && seen.has(x.name)).filter(
    (o) =>
      inCountryRange(o) &&
      o.name !== location &&
      !(inp.body[o.start - 1] === '(' && inp.body[o.end] === ')') &&
      !ACCORDING_TO_BEFORE.test(inp.body.slice(Math.max(0, o.start - 20), o.start)),
  );
  const acting = orgs.filter((o) => !SPEECH_AFTER.test(inp.body.slice(o.end, o.end + 14)));
  for (const o of acting.length > 0 || out.length > 0 ? acting : orgs) {
    if (seen.has(o.name)) continue;
    seen.add(o.name);
    const part: Participant = { name: o.name, kind: 'organization' };
    if (o.affiliation !== undefined) part.affiliation = o.affiliation;
    out.push(part);
  }
  for (const c of countries) {
    if (seen.has(c)) continue;
    seen.add(c);
    out.push({ name: c, kind: 'country' });
  }
  return out;
}

/**
 * The organizations the text names, in text order: the name step's, and those a word beside them makes an
 * organization's where the name step took them for a person's, when the title of a person taking part follows
 * ("Harwick Rovers owner Ivo Brandt said the club would not sign ..."): the body acts through its officer. A name
 * cued otherwise (a film called "... Fire", by the fire services' row) tells nothing of who acts.
 */
function organizationMentions(
  inp: EventInputs,
  takesPart: (m: { name: string; start: number; end: number }) => boolean,
): readonly OrgMention[] {
  const cued = (inp.cuedOrganizations ?? []).filter((o) => {
    const officer = inp.people.mentions.find((m) => m.start >= o.end && m.start - o.end <= OFFICER_REACH);
    return (
      officer !== undefined &&
      takesPart(officer) &&
      OFFICER_TITLE_AFTER.test(inp.body.slice(o.end, officer.start)) &&
      inp.body.slice(o.end, officer.start).trim() !== ''
    );
  });
  if (cued.length === 0) return inp.entities.organizations;
  return [...inp.entities.organizations, ...cued].sort((a, b) => a.start - b.start);
}

/** How far after a body's name its officer's name may start: the possessive and up to four words of title. */
const OFFICER_REACH = 60;

/**
 * The country side the sentence states for a person with none of their own: "The Chinese officials in attendance
 * were X and Y" gives both China; a side counts only with no other person or side between it and the name.
 */
function statedSide(inp: EventInputs, m: { start: number; end: number }): string | undefined {
  const sentence = inp.sentences[spanOf(inp.sentences, m.start, m.end).sentence];
  if (sentence === undefined) return undefined;
  // The nearest side before the name; of two ending together, the one listed first.
  let nearest: CountrySide | undefined;
  for (const x of countrySides(inp)) {
    if (x.start < sentence.start || x.end > m.start || m.start - x.end >= 120) continue;
    if (nearest === undefined || x.end > nearest.end) nearest = x;
  }
  if (nearest === undefined) return undefined;
  const between = inp.body.slice(nearest.end, m.start);
  // Only a subject side ("The China officials ... were"), not one inside a title ("ambassador to China").
  if (!SIDE_NOUN_AFTER.test(between)) return undefined;
  const others = inp.people.mentions.filter((o) => o.start > nearest.end && o.end <= m.start);
  const joined = others.every((o, i) => {
    const next = others[i + 1] ?? m;
    return NAME_LIST_JOIN.test(inp.body.slice(o.end, next.start));
  });
  if (!joined) return undefined;
  return nearest.country;
}

/** Every country side the text names (adjectives, then country names), listed once per report. */
function countrySides(inp: EventInputs): readonly CountrySide[] {
  if (inp.memo.countrySides !== undefined) return inp.memo.countrySides;
  const sides: CountrySide[] = [];
  for (const x of inp.entities.sides)
    if (x.country !== undefined) sides.push({ start: x.start, end: x.end, country: x.country });
  for (const x of inp.entities.places)
    if (x.kind === 'country') sides.push({ start: x.start, end: x.end, country: x.name });
  inp.memo.countrySides = sides;
  return sides;
}

export function pickParticipants(
  inp: EventInputs,
  eventSentences: number[],
  main: number,
  location: string | undefined,
  type: EventType,
): Participant[] {
  const ranges = eventSentences.map((i) => inp.sentences[i]).filter((s): s is Sentence => s !== undefined);
  const mainRange = inp.sentences[main];
  // Countries count only from the main sentence: later ones often sit inside titles ("for China and Taiwan affairs").
  const ofMain = mainRange === undefined ? [] : participantsIn(inp, [mainRange], location, []);
  const inMain = new Set(ofMain.map((p) => p.name));
  if (type === 'match') return matchParties(inp, ranges, main, location, inMain);
  const holders = roleHolders(inp, type, main);
  const rule = EVENT_ROLES[type];
  const leadText = mainRange?.text ?? '';
  const bodySpeaks = !ofMain.some((p) => p.kind === 'person') && bodyStatement(inp, leadText);
  // Outside the main sentence a coach or a minister answering a protest is no party: the role decides.
  const found = participantsIn(inp, ranges, location, mainRange === undefined ? [] : [mainRange]).filter(
    (p) =>
      p.kind !== 'person' ||
      inMain.has(p.name) ||
      (!bodySpeaks &&
        !(p.role !== undefined && rule?.not?.test(p.role)) &&
        !sourceOutsideMain(inp, p.name, ranges) &&
        (type !== 'protest' || holders.some((h) => h.name === p.name))),
  );
  // A lead that describes its people ("A federal judge on Tuesday denied ...") names them in the next sentences:
  // when the lead names nobody, anyone there but a commentator; else only whom the lead describes by the head
  // noun of their title ("a federal judge" -> "U.S. District Judge X also ordered ...").
  const next = leadSentences(inp.sentences).filter(
    (s) => s.index > main && s.index <= main + FOLLOW_UP && !PAST_CLAUSE.test(s.text),
  );
  // A disaster has no people of its own: officials in the lead only report on it.
  if (type === 'disaster') return found.filter((p) => p.kind !== 'person');
  const hasPerson = found.some((p) => p.kind === 'person');
  const named = participantsIn(inp, next, location, []).filter(
    (p) =>
      p.kind === 'person' &&
      !found.some((f) => f.name === p.name) &&
      (hasPerson ? p.role !== undefined && describedIn(leadText, p.role) : !bodySpeaks) &&
      !(p.role !== undefined && rule?.not?.test(p.role)) &&
      // In a protest the officials named next only answer it; the protesters' side is known by its role.
      (type !== 'protest' || holders.some((h) => h.name === p.name)),
  );
  // A body's officers speak for it when the lead tells what it said.
  const officers = bodySpeaks ? [] : partySpeakers(inp, found, main, location);
  const speakers = [...subjectBefore(inp, main), ...officers, ...holders];
  const extra = [...named];
  for (const p of speakers)
    if (!found.some((f) => f.name === p.name) && !extra.some((n) => n.name === p.name)) extra.push(p);
  if (!hasPerson && extra.length === 0)
    extra.push(
      ...headlineSubject(inp, leadText),
      ...headlineOpener(inp),
      ...describedPrincipal(inp, leadText),
    );
  return hasPerson ? [...found, ...extra] : [...extra, ...found];
}

/**
 * A lead that opens on what a body said of itself ("Dorvan said on Monday it had ...", "Kestrel Mining Corp said its
 * offer ...", "A rebel group on Friday said it ..."): the statement is the news and the body its party; the officials
 * the later sentences name speak for it and take no part of their own. A lead that describes a person ("... it had
 * hired a 45-year-old engineer") still names them next.
 */
function bodyStatement(inp: EventInputs, lead: string): boolean {
  return BODY_SAYS.test(lead) && !DESCRIBED_DOER.test(lead) && !describesByRole(inp, lead);
}

/** A subject of up to six words opening the sentence, "said" (a day before or after it), then "it" or "its": a body. */
const BODY_SAYS = unicodePattern(
  String.raw`^(?:(?:The|An?)\s+)?\p{Uppercase}[\p{Alphabetic}.&'-]*(?:\s+[\p{Alphabetic}.&'-]+){0,5}?\s+(?:on\s+\p{Uppercase}\p{Lowercase}+day\s+)?(?:said|says)\s+(?:on\s+\p{Uppercase}\p{Lowercase}+day\s+)?(?:that\s+)?(?:it|its)\s`,
);

/**
 * A match report's parties: the sides and the people its lead names as doing the main act ("X scored twice as
 * Rovers beat Town 2-1", "X beat Y 6-3 6-4"), or whom a pronoun subject of the lead stands for. Later scorers,
 * players of other games and a coach or player quoted tell of the match, they are no party to it; a lead that
 * names no one ("Rovers drew 2-2 with Town") names no person.
 */
function matchParties(
  inp: EventInputs,
  ranges: readonly Sentence[],
  main: number,
  location: string | undefined,
  inMain: ReadonlySet<string>,
): Participant[] {
  const mainRange = inp.sentences[main];
  const found = participantsIn(inp, ranges, location, mainRange === undefined ? [] : [mainRange]).filter(
    (p) => p.kind !== 'person' || inMain.has(p.name),
  );
  // A lead that tells the win before the sentence the event cue sits in ("X produced his best to topple Y").
  const opening = leadSentences(inp.sentences)[0];
  const told =
    opening === undefined || opening.index >= main
      ? []
      : participantsIn(inp, [opening], location, []).filter((p) => p.kind === 'person');
  const others = [...subjectBefore(inp, main), ...told];
  const sides = [...found.filter((p) => p.kind === 'person'), ...others].map((p) => p.name);
  others.push(...beatenBy(inp, sides));
  const extra = others.filter(
    (p, i) => !found.some((f) => f.name === p.name) && others.findIndex((o) => o.name === p.name) === i,
  );
  return found.some((p) => p.kind === 'person') ? [...found, ...extra] : [...extra, ...found];
}

/** A verb of winning right before its object, with up to four words describing the beaten one (lexicon row). */
const WIN_OBJECT_BEFORE = unicodePattern(BEATEN_SIDE.before);

/**
 * The other side of a singles match, named in any of the lead's sentences as the one a party beat ("<party>, seeded
 * second, took three hours to defeat <name>", '"...," <party> said after routing <name>'): the sentence's first person
 * is a party. A lead may tell the player first, quote them on the win, and only then give the sentence the match's
 * cue sits in ("It was <party>'s sixth win in a row"), so a sentence before the main one counts too. A win told in a relative clause ("<party> said his next rival, who beat <name>, ...") is another's: the
 * actor frames keep that one out.
 */
function beatenBy(inp: EventInputs, sides: readonly string[]): Participant[] {
  const out: Participant[] = [];
  for (const s of leadSentences(inp.sentences)) {
    if (PAST_CLAUSE.test(s.text) || OTHER_GAME.test(s.text)) continue;
    const mentions = inp.people.mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    const first = mentions[0];
    if (first === undefined || !sides.includes(first.name)) continue;
    for (const m of mentions.slice(1)) {
      const before = inp.body.slice(first.end, m.start);
      if (sides.includes(m.name) || out.some((p) => p.name === m.name)) continue;
      if (!WIN_OBJECT_BEFORE.test(before)) continue;
      out.push({ name: m.name, kind: 'person' });
    }
  }
  return out;
}

/**
 * Outside the main sentence, a person whose first mention in the event's sentences is the subject of "said" ("Ola
 * Berg of the parish said Saturday that ...") is a source telling of the event, not a party to it.
 */
function sourceOutsideMain(inp: EventInputs, name: string, ranges: readonly Sentence[]): boolean {
  const first = inp.people.mentions.find(
    (m) => m.name === name && ranges.some((r) => m.start >= r.start && m.end <= r.end),
  );
  if (first === undefined) return false;
  return SOURCE_AFTER.test(inp.body.slice(first.end, first.end + 80));
}

/** A speech verb right after a name, or after a short "of <organization>" ("X of the parish said"). */
const SOURCE_AFTER = unicodePattern(
  String.raw`^(?:\s+of\s+(?:the\s+)?(?:\p{Uppercase}[\p{Alphabetic}'-]*\s+){1,4})?,?\s*(?:said|says|told)\b`,
);

/** A lead whose doer is a person described, not named ("the 26-year-old actress checked into ...", "She ..."). */
const DESCRIBED_DOER = /\b(?:the|a)\s+\d{1,3}-year-old\b|^(?:[^,]*,\s+)?(?:She|He)\s/u;

/**
 * Short web reports that name their subject only in the headline ("Ada Vik Checks Into Rehab" over "Early Friday,
 * the 26-year-old actress checked into ..."): when the body names no one and its lead describes the doer, the
 * person the headline opens with, named in full, is that doer.
 */
function headlineSubject(inp: EventInputs, lead: string): Participant[] {
  if (inp.headline === undefined || inp.persons.length > 0 || !DESCRIBED_DOER.test(lead)) return [];
  const first = headlineFullNames(inp.headline, inp.lex)[0];
  return first !== undefined && inp.headline.startsWith(first.name)
    ? [{ name: first.name, kind: 'person' }]
    : [];
}

/** "the free agent first baseman", "a veteran striker": an article and up to three lower-case words before a role. */
const DESCRIBED_ROLE = unicodePattern(
  String.raw`\b(?:the|a|an)\s+(?=((?:[\p{Lowercase}\d-]+\s+){0,3}[\p{Lowercase}-]+))`,
  'g',
);

/** Whether the text describes a person by a role noun after an article ("the unsigned third baseman"). */
function describesByRole(inp: EventInputs, text: string): boolean {
  return [...text.matchAll(DESCRIBED_ROLE)].some((m) =>
    (m[1] ?? '').split(/\s+/u).some((w) => inp.lex.roleNouns.has(w)),
  );
}

/**
 * Sports and business write-ups that name their person first and tell the news of them by a role ("... decided to
 * spend it on Tom Vale. The Larks extended a record offer to the unsigned third baseman ..."): when the event's
 * sentences name no one and the main one describes a person by a role noun (a playing position, a standing), the person the report names
 * most often, and more often than anyone else, is that person.
 */
function describedPrincipal(inp: EventInputs, lead: string): Participant[] {
  if (!describesByRole(inp, lead)) return [];
  const counts = new Map<string, number>();
  for (const m of inp.people.mentions) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [top, next] = ranked;
  if (top === undefined || top[1] < 2 || (next !== undefined && next[1] >= top[1])) return [];
  const title = personsByName(inp).get(top[0])?.title;
  if (title !== undefined && (SPOKES.test(title) || COMMENTATOR.test(title))) return [];
  return [{ name: top[0], kind: 'person' }];
}

/**
 * A headline that opens with a person the body names in full ("ADA VIK STAYS IN TALKS TO DIRECT THE SEQUEL" over a
 * lead about the first film's takings): when the event's sentences name no one, the headline's subject is its doer.
 */
function headlineOpener(inp: EventInputs): Participant[] {
  const headline = inp.headline?.toLowerCase();
  if (headline === undefined) return [];
  const person = inp.persons.find(
    (p) => p.name.includes(' ') && headline.startsWith(`${p.name.toLowerCase()} `),
  );
  return person === undefined ? [] : [{ name: person.name, kind: 'person' }];
}

/**
 * People the first sentences name as an officer of a party to the event ("Harborline chief executive X",
 * "Indonesia's X"): they act or speak for that party, so they take part even outside the event sentences.
 */
function partySpeakers(
  inp: EventInputs,
  found: readonly Participant[],
  main: number,
  location: string | undefined,
): Participant[] {
  const parties = found
    .filter((p) => p.kind === 'organization' || p.kind === 'country')
    .map((p) => PARTY_WORD.exec(p.name)?.[0])
    .filter((w): w is string => w !== undefined && !inp.lex.city.has(w));
  if (parties.length === 0) return [];
  const titles = new Map(inp.persons.map((p) => [p.name, p.title ?? '']));
  const window = inp.sentences
    .slice(main + 1, main + 1 + EVENT_WINDOW)
    .filter((s) => !PAST_CLAUSE.test(s.text));
  const officer = (name: string, start: number): boolean => {
    const before = inp.body.slice(Math.max(0, start - 50), start);
    const title = titles.get(name) ?? '';
    return parties.some((w) => title.includes(w) || officerOf(before, w));
  };
  const named = new Set(
    inp.people.mentions
      .filter((m) => window.some((s) => m.start >= s.start && m.end <= s.end) && officer(m.name, m.start))
      .map((m) => m.name),
  );
  if (named.size === 0) return [];
  return participantsIn(inp, window, location, []).filter((p) => p.kind === 'person' && named.has(p.name));
}

/**
 * Whether the stretch before a name ends with the party's name and a short title ("Harborline chief executive").
 * Each party of each report would otherwise be a new pattern, which V8 compiles anew (about 0.1 ms with its
 * letter class) for every report.
 */
function officerOf(before: string, party: string): boolean {
  for (let at = before.indexOf(party); at !== -1; at = before.indexOf(party, at + 1)) {
    if (wordBoundaryAt(before, at) && OFFICER_TITLE_AFTER.test(before.slice(at + party.length))) return true;
  }
  return false;
}

/** `\b` of a pattern without the `i` flag: a word character (ASCII letter, digit, underscore) on one side only. */
function wordBoundaryAt(text: string, at: number): boolean {
  return ASCII_WORD.test(text[at - 1] ?? '') !== ASCII_WORD.test(text[at] ?? '');
}

/** A main sentence whose subject is a pronoun ("On Sunday she finally won ..."), after at most a short time phrase. */
const PRONOUN_SUBJECT = /^(?:(?:On|By|In|Late|Early|Last|Then|Later)\b[^,.]{0,30}?,?\s+)?(?:[Ss]he|[Hh]e)\s/;

/** The person a pronoun subject of the main sentence refers to: the last one the sentence before names. */
function subjectBefore(inp: EventInputs, main: number): Participant[] {
  const sentence = inp.sentences[main];
  const previous = inp.sentences[main - 1];
  if (sentence === undefined || previous === undefined || !PRONOUN_SUBJECT.test(sentence.text)) return [];
  const last = inp.people.mentions.filter((m) => m.start >= previous.start && m.end <= previous.end).at(-1);
  if (last === undefined) return [];
  const title = inp.persons.find((p) => p.name === last.name)?.title;
  if (title !== undefined && (SPOKES.test(title) || COMMENTATOR.test(title))) return [];
  const part: Participant = { name: last.name, kind: 'person' };
  if (title !== undefined) part.role = title;
  return [part];
}

/** How a person named after the lead shows they take part in an event of the type: a cue in their sentence or their title. */
const EVENT_ROLES: Partial<Record<EventType, { cue?: RegExp; title?: RegExp; not?: RegExp }>> = {
  election: {
    cue: /\d\s*(?:%|per ?cent\b|percent\b)|\b(?:votes|candidates?|rival|challenger|runner-up|conceded|concedes|incumbent)\b/i,
    not: /\b(?:pollsters?|scientists?|returning officer|clerk|commissioner|registrar)\b/i,
  },
  // The head noun: "Justice Minister" is no judge.
  ruling: { title: /\b(?:judge|justice|magistrate)$/i },
  // The union or group that strikes or protests, in the title or in the appositive after the name.
  protest: {
    title:
      /\b(?:unions?|organi[sz]ers?|federation|association|confederation|lobby|coalition|movement|strike committee|protest leaders?|farmers|workers|drivers|nurses|doctors|teachers|students|miners|dockers|pilots)\b/i,
  },
  // A fire chief, a sheriff or an investigator named after the lead tells what happened: no party to the attack
  // (the head noun decides: a "Sheriff deputy" shot in it is one).
  attack: {
    not: /\b(?:chief|(?:under)?sheriff|marshall?|investigators?|detectives?|coroner|medical examiner)$/i,
  },
  earnings: { title: /\b(?:chief (?:executive|financial|operating)|CEO|CFO|finance director)\b/i },
};
/** How many sentences after the main one may name a rival candidate, the judge or a strike leader. */
const ROLE_WINDOW = 10;
/** The one to three words right before a name ("according to union organiser "), no comma between. */
const TITLE_BEFORE = unicodePattern(String.raw`((?:[\p{Alphabetic}\u2019'-]+\s+){1,3})$`);
/** The appositive after a name ("X, a farmer who chairs the ... association", "X of the ... union"), up to its verb. */
const APPOSITIVE =
  /^(?:,\s+|\s+of\s+)([^.;"\u201C\u201D]{0,120}?)(?=\s+(?:said|says|told|called|calls|added|warned)\b|[,.;]|$)/u;

/**
 * People named in the paragraphs after the lead whom their sentence or title marks as taking part in this kind of
 * event: the rival candidates, the judge of a ruling, the leader of a strike.
 */
function roleHolders(inp: EventInputs, type: EventType, main: number): Participant[] {
  const rule = EVENT_ROLES[type];
  if (rule === undefined) return [];
  const byName = personsByName(inp);
  const window = inp.sentences
    .slice(main + 1, main + 1 + ROLE_WINDOW)
    .filter(
      (s) =>
        !PAST_CLAUSE.test(s.text) &&
        !inp.dates.some((d) => d.span.sentence === s.index && d.pastCue && PAST_DATE_WORDS.test(d.text)),
    );
  const out: Participant[] = [];
  for (const m of inp.people.mentions) {
    if (out.some((p) => p.name === m.name)) continue;
    const s = window.find((x) => m.start >= x.start && m.end <= x.end);
    if (s === undefined) continue;
    const title = byName.get(m.name)?.title ?? '';
    if (SPOKES.test(title) || COMMENTATOR.test(title) || AGE_ROLE.test(title) || rule.not?.test(title))
      continue;
    // A protester's side is told around the name: "union organiser X", "X, who chairs the farmers' association".
    const around =
      type === 'protest'
        ? `${TITLE_BEFORE.exec(inp.body.slice(Math.max(s.start, m.start - 60), m.start))?.[1] ?? ''} ${
            APPOSITIVE.exec(inp.body.slice(m.end, s.end))?.[1] ?? ''
          }`
        : '';
    const holds =
      rule.cue?.test(s.text) === true ||
      rule.title?.test(title) === true ||
      rule.title?.test(around) === true;
    if (!holds) continue;
    const part: Participant = { name: m.name, kind: 'person' };
    if (title !== '') part.role = title;
    out.push(part);
  }
  return out;
}

/** True when the lead describes someone by the head noun of `role` ("a federal judge" for "District Judge"). */
function describedIn(lead: string, role: string): boolean {
  const core = role.split(/\s(?:for|of|at|to|in|from|with|on)\s/)[0] ?? role;
  const head = LAST_LONG_WORD.exec(core)?.[1]?.toLowerCase();
  if (head === undefined) return false;
  const stem = head.endsWith('s') ? head.slice(0, -1) : head;
  return describing(stem).test(lead);
}

/**
 * The regex of "a federal judge" for a head noun's stem, remembered: a pattern built from a string builds its
 * `\p{…}` class and its matcher anew at each `new RegExp`. A role's head may be any word of an appositive, so
 * the memo starts over once it holds `MAX_DESCRIBING` stems, and a container that reads for weeks stays small.
 */
function describing(stem: string): RegExp {
  let re = DESCRIBING.get(stem);
  if (re === undefined) {
    if (DESCRIBING.size >= MAX_DESCRIBING) DESCRIBING.clear();
    re = new RegExp(`\\b(?:[Aa]n?|[Tt]he)\\s+(?:[\\p{Lowercase}-]+\\s+){0,2}${stem}s?\\b`, 'u');
    DESCRIBING.set(stem, re);
  }
  return re;
}

const DESCRIBING = new Map<string, RegExp>();
const MAX_DESCRIBING = 1_000;

const SPEAKS_AFTER =
  /^(?:\s*,[^,.;]{1,80},)?\s+(?:also\s+)?(?:said|says|told|tells|called|calls|described|describes|welcomed|welcomes|hailed|hails|criticized|criticised)\b/;
const REACTION = unicodePattern(
  String.raw`\b(?:said|says|called|calls|described|describes|welcomed|welcomes|hailed|hails|criticized|criticised)\s+(?:the|this|that|today's|yesterday's|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+(?:[\p{Alphabetic}-]+\s+)?(?:ruling|decision|verdict|deal|agreement|strike|protest|walkout|result|sale|move|transfer|appointment|launch|vote|talks|meeting|summit|visit|sentence|lawsuit|suit|attack)\b`,
);

/** A quote's speaker named after it ("...," said X; web copy may drop the space: `..., "said X`): someone asked for a view, not a party. */
const QUOTED_BEFORE = unicodePattern(
  String.raw`["\u201D\u2019],?\s*(?:said|says|added)\s+(?:[\p{Alphabetic}.\u2019'-]+\s+){0,5}$`,
);

/**
 * True when the person at `m` speaks about the event rather than takes part in it: the subject of a reaction
 * ("X called the ruling ...", "X said the new rosters ... and called the strike ...") or a quote's speaker named
 * after the quote.
 */
function reactsTo(body: string, m: { start: number; end: number }, sentenceEnd: number): boolean {
  const after = body.slice(m.end, Math.min(sentenceEnd, m.end + 240));
  if (SPEAKS_AFTER.test(after) && REACTION.test(after)) return true;
  return QUOTED_BEFORE.test(body.slice(Math.max(0, m.start - 60), m.start));
}

const AGE_ROLE = /^\d+-year-old\b/;
/** The appositive after a name, then a verb of speech ("X, a 38-year-old nurse, said"). */
const APPOSITIVE_THEN_SPEECH = /^,[^,]{1,120},\s+(?:said|says|told)\b/u;

/**
 * A vox-pop ("Jeong, a 38-year-old nurse, said ...") speaks for the public, not for a party to the event; one whose
 * appositive gives an age but who opens the sentence and acts in it ("X, the 43-year-old former captain, is to play
 * on") is its doer.
 */
function voxPop(inp: EventInputs, m: { start: number; end: number }, title: string): boolean {
  if (!AGE_ROLE.test(title)) return false;
  const sentence = inp.sentences[spanOf(inp.sentences, m.start, m.end).sentence];
  const opens = sentence !== undefined && m.start === sentence.start;
  return !opens || APPOSITIVE_THEN_SPEECH.test(inp.body.slice(m.end, sentence.end));
}

/** How many sentences after a lead without names may name its people. */
const FOLLOW_UP = 2;
/** People who comment on an event rather than take part in it. */
const COMMENTATOR =
  /\b(?:analysts?|economists?|strategists?|experts?|professors?|researchers?|critics?|scientists?|commentators?|pollsters?|historians?|lecturers?)\b/i;
