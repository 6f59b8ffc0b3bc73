/** Step 5: find direct quotations and attribute each to a person or an institution. */
import type { Quote, Sentence } from '../model';
import { unicodePattern } from '../unicode-pattern';
import type { Entities } from './03-names';
import type { People } from './04-coreference';
import type { CompiledLexicon } from './compile';
import { compatiblePerson, type Gender, gendersOf, pronounGender } from './genders';
import {
  type CaselessRegex,
  caselessRegex,
  caselessScan,
  type LiteralWords,
  literalSpans,
  literalWords,
} from './literal-spans';
import { DEFINED_INITIALS, initialsOf } from './names/acronyms';
import { sharedSurname, spellingVariant, surnameOwner } from './names/surnames';
import type { OrgNamer } from './org-names';
import { citedOutlet, passedOn, spokenTo } from './spoken-to';
import { escapeRegex, firstAtOrAfter, isSpaceChar, sentenceAt, spanOf } from './text';

/** A comma and up to three capitalized words, all that stands before a name. */
const COMMA_THEN_CAPITALIZED = unicodePattern(
  String.raw`^\s*,\s*(?:\p{Uppercase}[\p{Alphabetic}.'\u2019-]*\s+){0,3}$`,
);

/**
 * A comma and up to three describing words, a title or a job, all that stands before a name ("the candidate,
 * regional clerk <Name>"); not a phrase that ties the name to someone else ("..., a friend of <Name>").
 */
const COMMA_THEN_DESCRIBED = unicodePattern(
  String.raw`^\s*,\s*(?:(?!(?:of|for|to|with|and|by|a|an|the)\s)[\p{Alphabetic}.'\u2019-]+\s+){0,3}$`,
);
// Compiled once: a regex literal inside a loop builds a new RegExp object at every pass.
const SPACE = /\s/;
const LETTER = /\p{Alphabetic}/u;
const SPEECH_END = /[,.!?\u2026]$/u;
/** "according to Troy police Lt. X": a place or body, a lowercase word or two, then a rank before the person. */
const RANKED_SOURCE = unicodePattern(
  String.raw`^\s*(?:\p{Uppercase}[\p{Alphabetic}.'\u2019-]*\s+)+(?:\p{Lowercase}+\s+){1,2}(?:\p{Uppercase}[\p{Alphabetic}.'\u2019-]*\s+)+$`,
);
const PARAGRAPH_BREAK = /\n[ \t]*\n/u;
/** Where speech may open with no cue: a paragraph's start, or after a comma ("Later that day, "..."). */
const SPEECH_OPENS = /(?:^|\n)[ \t]*$|,\s*$/u;
const QUOTE_MARK = /["\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019]/u;
const BLANK = /^\s*$/u;
const BLANK_OR_DOTS = /^[\s.]*$/u;
const CAPITALIZED = /^\p{Uppercase}\p{Lowercase}/u;
const BLANK_LINE_AHEAD = /^\n[ \t]*\n/;
const WORD_START = /^[\p{L}\p{N}]/u;
const INNER_SINGLE = /\s'\p{L}/u;
const SPACE_THEN_LETTER = /^\s\p{L}/u;
const MARK_OPENS_AFTER = /[\s([\u2014\u2013-]/u;
/** A few words of description between "said" and a name, an age among them ("said 40-year-old Ana Ruiz"). */
const FEW_WORDS = unicodePattern(
  String.raw`^\s*(?:(?:[\p{Alphabetic}.'\u2019-]+|\d{1,3}-year-old),?\s+){0,5}$`,
);
/** "…,” the agency said, quoting Ivo Brandt": the one whose words a speech verb passes on follows "quoting". */
const QUOTING_GAP = unicodePattern(String.raw`^\s*,?\s*quoting\s+(?:[\p{Alphabetic}.'\u2019-]+\s+){0,4}$`);
const COMMA_AFTER = /^\s*,/;
/**
 * "said the United States looked forward to ...", "ANSA said Stevanin was unable to ...": a name after "said" with a
 * verb of its own opens what was said; it is not who said it ("..., said Ana Ruiz, who ..." is).
 */
const COMPLEMENT_VERB =
  /^\s+(?:would|will|had|has|have|was|were|is|are|could|can|should|may|might|must|did|does|do|\p{Lowercase}+ed)\b/u;
/** "said a Sydney broker", "said a U.N. official", "asked U.N. monitors to": a place or body before a lower-case noun describes someone unnamed. */
const NOUN_AFTER = /^\s+\p{Lowercase}/u;
/** '"...," it said', 'It explained the "...': "it" right before a speech verb. */
const IT_BEFORE = /\b[Ii]t\s+$/u;
/** 'It explained the "...": a sentence "it" opens, right before a speech verb ahead of the quote. */
const IT_OPENS_BEFORE = /(?:^|[.!?;:\n]\s*)It\s+$/u;
/** How far back "it" looks for the body that spoke. */
const IT_REACH = 400;
/** How many "it said" in a row lead back to the body that spoke. */
const IT_CHAIN = 3;
/** A speech verb itself, not "according to", "in a statement", "as saying" or a possessive cue. */
const PLAIN_VERB = /^\p{Alphabetic}+$/u;
const OWNS_AFTER = /^['\u2019]s/u;
const OF_BEFORE = /\bof\s+$/u;
/** The close of a quote, then "by" and who said it, a title or two before the name ("... by director Ines Marlow"). */
const BY_AGENT = /^\W*\s+by\s+(?:[\p{Alphabetic}.'\u2019-]+\s+){0,3}$/u;
const IN_BETWEEN = /^\s+in\s+$/;

/** Who a quote's cue gives; `start` where the text names them, when it does. */
type Found = { name: string; kind: Speaker['kind']; start?: number };

interface Speaker {
  start: number;
  end: number;
  name: string;
  /** `name`: a one-word name before "said" that may be a person or a company. */
  kind: 'person' | 'organization' | 'place' | 'pronoun' | 'generic' | 'name' | 'role';
  /** A news organization cited after "according to": it carried someone's words, when its sentence names a speech verb. */
  cited?: true;
}

/** British house style quotes with single marks (‘...’); a ’ inside a word is an apostrophe, never a close. */
const OPEN_CLOSE: Record<string, string> = { '“': '”', '„': '“', '«': '»', '"': '"', '‘': '’' };
const GENERIC_NOUN =
  /\b(?:the|a|its|their|his|her)\s+(?:joint\s+)?(?:statement|release|press release|readout|agency|ministry|department|company|firm|spokesperson|spokesman|spokeswoman|official|court|office|government|embassy|report|communiqu(?:e|\u00E9))(?!\w|\u00E9)/gi;
/** "..., the statement said", "the readout said": a document that speaks for whoever the text said issued it. */
const DOCUMENT_NOUN =
  /^the\s+(?:joint\s+)?(?:statement|release|press release|readout|communiqu(?:e|\u00E9))$/i;
/**
 * "according to a statement from the coast guard", "a release by Acme Corp.": the author's name begins where
 * this ends. Not "a statement of intent", not "a statement on the strike".
 */
const AUTHORED_BY =
  /(?<!\w)(?:statement|release|readout|communiqu(?:e|\u00E9))\s+(?:issued\s+)?(?:from|by)\s+(?:the\s+)?/giu;
/** One lower-case role word before a capitalized name ("spokesman Ivo Brandt"). */
const ROLE_WORD = /^\p{Lowercase}+\s+(?=\p{Uppercase})/u;
/**
 * "the Danish navy", "the Chilean foreign ministry": a demonym and a lowercase institution noun, which names no
 * entity; kept as the text writes it. Not "Monday's meeting", not "the ship's captain".
 */
const NATIONAL_BODY = unicodePattern(
  String.raw`^\p{Uppercase}\p{Lowercase}+(?:['\u2019]s)?\s+(?:(?:foreign|defen[cs]e|interior|finance|justice|health)\s+)?(?:government|navy|army|military|police|ministry|embassy|coast guard|air force|authorities|cabinet|presidency)(?![\p{Alphabetic}])`,
);
/**
 * "Acme Corp. said in a statement", "the ministry said on Friday in a statement", "Ana Ruiz issued a statement":
 * the name right before is the statement's author. Not "said a statement would follow".
 */
const STATEMENT_CUE = unicodePattern(
  String.raw`(?:said|says|added|announced)\s+(?:on\s+)?(?:\p{Uppercase}\p{Lowercase}+day\s+)?in\s+(?:a|its|their|his|her)\s+(?:joint\s+)?(?:statement|release|press release|readout|communique)(?!\w)|(?<!\w)(?:issued|released|put out)\s+a\s+(?:joint\s+)?(?:statement|press release|readout|communique)(?!\w)`,
  'gi',
);
/**
 * "In a statement on Wednesday, the <body> said", "In a written statement released at the briefing, <X> repeated":
 * the statement's author follows the opening phrase.
 */
const STATEMENT_FIRST = unicodePattern(
  String.raw`(?<!\w)[Ii]n\s+(?:a|its|their|his|her)\s+(?:(?:joint|written|brief|short|separate|prepared|signed)\s+)?(?:statement|release|press release|readout|communiqu(?:e|\u00E9))(?:\s+(?:on|late on|issued on)\s+\p{Uppercase}\p{Lowercase}+day|\s+(?:issued|released|read|distributed|published|posted)\s+(?:on|at|in|to|by|after)\s+[^,.;:"\n]{1,60})?\s*,\s*(?:the\s+)?`,
  'g',
);
/** Only a space or a comma stands between an author's name and the statement cue. */
const NAME_TO_CUE = /^\s*,?\s*$/u;
/** "In a statement, X said": a quotation credited to a statement makes its speaker the statement's author. */
const IN_A_STATEMENT = /\bin a statement\b/i;
/**
 * "Jo Lane's offer to “...”": a speech noun owned by its speaker works as a speech verb. The mark comes before the
 * look-behind for the letter: a branch that opens with a look-behind is tried at every character of the frame
 * (the cue scan ran five times as long).
 */
const POSSESSIVE_SPEECH =
  "['’](?<=\\p{Alphabetic}['’])s\\s+(?:offer|pledge|promise|vow|call|warning|remarks|words|comments?|assurance|description|verdict)\\b";
/** "X was quoted as saying", "<outlet> quoted X as saying/telling": the one quoted speaks, not the outlet. */
const AS_SAYING = '\\b(?:(?:is|was|were)\\s+)?(?:quoted\\s+)?as\\s+(?:saying|telling)\\b';
/** "the paper quoted X as telling Y": Y is the one X spoke to, never the speaker. */
const AS_TELLING = /\bas\s+telling$/u;
const PRONOUN = /\b(?:he|she|they)\b/gi;
/** Speech verbs whose object is the one spoken to: no speaker follows them ("told Reuters", never "told Jo Lane" inverted). */
const TO_LISTENER = new Set(['told', 'tells']);
const MAX_QUOTE = 3000;
const APPOSITIVE_REACH = 200;
/**
 * An optional "(R-Idaho)", then ", <clause>," or "of <body>" with no sentence break or second verb clause; the body
 * may be set in a town and its state ("of the Dunmore, Vt. police").
 */
const APPOSITIVE =
  /^\s*(?:\([^()\n]{1,40}\)\s*)?(?:,[^,;:!?\n]{1,160}(?:,\s*(?:and\s+)?[^,;:!?\n]{1,60})?,|\s+of\s+(?:[^,;:!?\n]{1,60},\s*\p{Uppercase}[\p{Alphabetic}.]*\s+)?[^,;:!?\n]{1,80})\s*(?:(?:also|later|then|has|had|have|previously|further|again|once|publicly|recently)\s+)*$/u;
const FRAME_REACH = 400;
/**
 * A speech verb whose subject is an indefinite noun phrase of lowercase words, before or after it: "a spokesman
 * for the club said", "said one dealer". Not "Ada Vik said", not "a spokesman, Ivo Brandt, said".
 */
const UNNAMED_SPEAKER = unicodePattern(
  String.raw`(?:^|[\s,])(?:a|an|one)\s+(?:\p{Lowercase}[\p{Alphabetic}'\u2019-]*\s+){0,6}(?:said|says|told|added)\b|\b(?:said|says|told|added)\s+(?:a|an|one)\s+\p{Lowercase}`,
);
/** "a spokesman for", "an official at the": a job held for a body or person named next, by someone unnamed. */
const UNNAMED_AGENT_OF = String.raw`(?:[Aa]n?|[Oo]ne)\s+(?:\p{Lowercase}[\p{Alphabetic}-]*\s+){0,2}(?:spokes(?:man|woman|person)|official|representative|aide|source)\s+(?:for|of|at|with|from)\s+`;
/** Such a job right before a name: "... an official at Elmwood Nursing Home said" names no speaker. */
const UNNAMED_AGENT_BEFORE = unicodePattern(String.raw`(?:^|[\s,])${UNNAMED_AGENT_OF}(?:the\s+)?$`);
/** A sentence whose speaker is such a job: "A spokesman for Brandt Lowe said the bank would ...". */
const UNNAMED_AGENT_SENTENCE = unicodePattern(
  String.raw`^(?:(?:But|And|However|Meanwhile),?\s+)?${UNNAMED_AGENT_OF}[^,.;:"\n]{1,80}?\s(?:said|says|told|added)\b`,
);
/** A sentence's words before a quotation that are blanked quotations, marks and at most "he/she <verb>". */
const PRONOUN_LEAD =
  /^[\s"\u201C\u201D,]*(?:(?:he|she)\s+\p{Lowercase}+\s*,?\s*(?:\p{Lowercase}+\s*:?\s*)?)?$/u;
/** ", who " right before a speech verb: the relative clause's subject is the name before the comma. */
const RELATIVE_WHO = /^\s*,\s*who\s+$/u;
/** Where a clause opens: the frame's or a paragraph's start, a stop, a comma, or a quotation (blanked). */
const CLAUSE_OPENS = /(?:^|[.!?:;,\n])\s*$/u;
/**
 * A closing mark set off by a space after the speech's last comma or stop ('..., "Ana Ruiz said', '..., ” she
 * said'), as pages rebuilt from word tokens print it; after a word, a spaced mark opens a quotation instead.
 */
const SPACED_CLOSE = /[,.!?\u2026]\s+$/u;
/** How many paragraphs one quotation may run over on a page of one sentence a paragraph. */
const SPLIT_REACH = 4;

/** Finds quotations ("...", “...”, „...“, «...») and their speakers; the text is verbatim from the body. */
export function findQuotes(
  body: string,
  sentences: readonly Sentence[],
  people: People,
  entities: Entities,
  namer: OrgNamer,
  lex: CompiledLexicon,
): Quote[] {
  const pairs = quotePairs(body);
  if (pairs.length === 0) return [];
  const speakers = speakerCandidates(body, people, entities, namer, lex);
  const genders = gendersOf(body, people, sentences);
  const subject = (at: number): string | undefined => subjectBefore(sentences, people, at);
  const cues = cuesOf(lex);
  const subjects = (at: number): string[] => subjectsBefore(sentences, people, at, cues.saidAfter, pairs);
  const cueSpans = cueCover(body, cues);
  const breaks = paragraphBreaks(body);
  const named = statementAuthors(body, speakers);
  const credited: Author[] = [];
  const author = (at: number): Author | undefined => {
    const a = named[firstAtOrAfter(named, at) - 1];
    const b = credited[firstAtOrAfter(credited, at) - 1];
    return a === undefined || (b !== undefined && b.start > a.start) ? b : a;
  };
  const bodySaid = (at: number): Speaker | undefined =>
    lastBodySpeaking(body, pairs, speakers, at, cues.verb);
  const quoted = (at: number): boolean => insidePair(pairs, at);
  const quotes: Quote[] = [];
  const marks: Array<[number, number]> = [];
  let lastPerson: string | undefined;
  let lastSpeaker:
    | { name: string; kind: Quote['speakerKind']; paragraphEnd: number; open: boolean; closeAt: number }
    | undefined;
  for (const [open, close] of pairs) {
    let s = open + (body.startsWith("''", open) ? 2 : 1);
    let e = close;
    while (s < e && isSpaceChar(body[s] ?? '')) s++;
    while (e > s && isSpaceChar(body[e - 1] ?? '')) e--;
    const text = body.slice(s, e);
    // One bare word in quotes is a scare quote ("so-called 'reform'"); a quoted word with punctuation is speech.
    if (!LETTER.test(text) || (!SPACE.test(text) && !SPEECH_END.test(text))) continue;
    const first = sentences[sentenceAt(sentences, open)];
    const last = sentences[sentenceAt(sentences, Math.max(open, close - 1))];
    // A quotation split over paragraphs ends in a later one: what follows it is read there.
    const closingParagraphEnd = nextParagraphBreak(breaks, close, body.length);
    const endsParagraph = BLANK_OR_DOTS.test(body.slice(close + 1, closingParagraphEnd));
    // The sentences around the quote, but never more than a few hundred characters either side.
    const frameStart = Math.max(first?.start ?? open, open - FRAME_REACH);
    const frameEnd =
      (endsParagraph ? tagParagraphEnd(body, closingParagraphEnd, cues.saidAfter) : undefined) ??
      tagSentenceEnd(body, sentences, last, close, cues.saidAfter) ??
      Math.min(Math.max(last?.end ?? close, close + 1), close + 1 + FRAME_REACH, body.length);
    // The frame with every quotation blanked, built only where a cue may stand.
    const outside = mayHoldCue(cueSpans, frameStart, frameEnd)
      ? masked(body, frameStart, frameEnd, pairs)
      : undefined;
    const known: Known = {
      people,
      lastPerson,
      subject,
      subjects,
      genders,
      author,
      bodySaid,
      quoted,
      unnamedBefore: (role, at) => unnamedHolder(body, role, at),
      unnamedAgent: (at) => unnamedAgentBefore(body, sentences, at, pairs),
    };
    const found =
      (outside !== undefined ? attribute(outside, frameStart, open, close, speakers, cues, known) : null) ??
      sayingSubject(body, first, open, pairs, speakers, known) ??
      introducedBefore(body, sentences, first, open, pairs, speakers, cues, cueSpans, known);
    const owner =
      found?.kind === 'name'
        ? surnameOwner(people, found.name, {
            at: found.start ?? open,
            lastQuoted: lastPerson,
            sentenceOf: (at) => sentenceAt(sentences, at),
          })
        : undefined;
    let speaker = owner ?? found?.name ?? 'unknown';
    let kind: Quote['speakerKind'] =
      owner !== undefined
        ? 'person'
        : found === null || found.kind === 'name'
          ? 'unknown'
          : found.kind === 'person'
            ? 'person'
            : 'organization';
    const paragraphEnd = nextParagraphBreak(breaks, open, body.length);
    const continues =
      lastSpeaker !== undefined &&
      (lastSpeaker.paragraphEnd === paragraphEnd ||
        // Wire style runs one speech over paragraphs: the mark is left open and reopened in the next.
        (lastSpeaker.open && reopened(body.slice(lastSpeaker.closeAt, open))) ||
        // '"...," King said.' then a paragraph that is only more of the quote: the same speaker goes on.
        (BLANK.test(body.slice(lastSpeaker.paragraphEnd, open)) && endsParagraph));
    if (found === null && lastSpeaker !== undefined && continues) {
      // A quote continued in the same paragraph ("..." he said. "...") keeps the last speaker.
      speaker = lastSpeaker.name;
      kind = lastSpeaker.kind;
    } else if (found === null && endsParagraph) {
      const frame = outside ?? masked(body, frameStart, frameEnd, pairs);
      const about = uncuedSpeaker(body, sentences[(first?.index ?? 0) - 1], frame, open, cues, subjects);
      if (about !== undefined) {
        speaker = about;
        kind = 'person';
      }
    }
    if (kind === 'person') lastPerson = speaker;
    if (kind !== 'unknown' && outside !== undefined && IN_A_STATEMENT.test(outside))
      credited.push({ start: open, name: speaker, kind });
    // A one-word speaker that may be a person or a company ('..., Zorvik said.') goes on in the next paragraph too;
    // so does a speaker the cue leaves unnamed ('..., a spokesman for the bakery said. / "..."'), whose words
    // are no one's the text names.
    const unnamedSpoke = speaker === 'unknown' && outside !== undefined && UNNAMED_SPEAKER.test(outside);
    if (speaker !== 'unknown' || unnamedSpoke)
      lastSpeaker = {
        name: speaker,
        kind,
        paragraphEnd: closingParagraphEnd,
        open: body[close] === '\n',
        closeAt: close,
      };
    quotes.push({ speaker, speakerKind: kind, text, span: spanOf(sentences, s, e) });
    marks.push([open, close]);
  }
  return taggedWhereClosed(body, quotes, marks);
}

/**
 * Wire copy runs one speech over paragraphs and tags it only where it closes ('"The crane failed. / "Nobody was
 * hurt," said Ana Voss.'): a quote with no speaker, left open at its paragraph's end and reopened after, takes the
 * speaker the reopened part found. `marks` holds each quote's opening and closing offsets.
 */
function taggedWhereClosed(
  body: string,
  quotes: readonly Quote[],
  marks: ReadonlyArray<[number, number]>,
): Quote[] {
  const out = [...quotes];
  for (let k = out.length - 2; k >= 0; k--) {
    const q = out[k] as Quote;
    const next = out[k + 1] as Quote;
    const close = marks[k]?.[1] ?? 0;
    const reopen = marks[k + 1]?.[0] ?? 0;
    if (q.speakerKind !== 'unknown' || next.speakerKind === 'unknown' || body[close] !== '\n') continue;
    if (reopened(body.slice(close, reopen)))
      out[k] = { ...q, speaker: next.speaker, speakerKind: next.speakerKind };
  }
  return out;
}

/** '"...was already dead." / "Roesler said."': a paragraph of only a name and a speech verb tags the quote before. */
const TAG_PARAGRAPH = unicodePattern(
  String.raw`^\s*\n[ \t]*\n(?:\p{Uppercase}[\p{Alphabetic}.'\u2019-]*\s+){1,3}(\p{Lowercase}+)\.[ \t]*(?=\n|$)`,
);

/** Where the speaker-tag paragraph after a quotation ends, if the next paragraph is one. */
function tagParagraphEnd(body: string, paragraphEnd: number, saidAfter: RegExp): number | undefined {
  const tag = TAG_PARAGRAPH.exec(body.slice(paragraphEnd, paragraphEnd + 80));
  return tag !== null && saidAfter.test(` ${tag[1]}`) ? paragraphEnd + tag[0].length : undefined;
}

/** The name that opens a speech tag after a quotation: one to four capitalized words ("Ana Ruiz", "Dr. Ruiz"). */
const TAG_NAME = unicodePattern(String.raw`^(?:\p{Uppercase}[\p{Alphabetic}.'\u2019-]*\s+){1,4}`);
const ASKS_OR_EXCLAIMS = /[!?][ \t]*$/u;
const SAME_LINE = /^[ \t]*$/u;

/**
 * '"Why would I say no?" Ana Ruiz asked.': a question or exclamation mark ends the quotation's sentence, so the tag
 * after it is a sentence of its own. Where that next sentence, on the same line, opens with a name and a speech
 * verb, it is read with the quote: where it ends. Not '"We won!" The crowd cheered as Ruiz said ...'.
 */
function tagSentenceEnd(
  body: string,
  sentences: readonly Sentence[],
  last: Sentence | undefined,
  close: number,
  saidAfter: RegExp,
): number | undefined {
  if (last === undefined || last.end > close + 1 || !ASKS_OR_EXCLAIMS.test(body.slice(close - 3, close)))
    return undefined;
  const next = sentences[last.index + 1];
  if (next === undefined || !SAME_LINE.test(body.slice(close + 1, next.start))) return undefined;
  const name = TAG_NAME.exec(next.text);
  return name !== null && saidAfter.test(next.text.slice(name[0].length - 1))
    ? Math.min(next.end, close + 1 + FRAME_REACH)
    : undefined;
}

/**
 * A quotation that ends its paragraph, with no speech cue around it, and opens its paragraph or follows a
 * comma is the speech of the person the sentences before are about ('Jo Lane, 17, who works nearby, heard it
 * too. / "I thought it was thunder."'). A cue with no speaker named ("a witness told reporters") or a sentence
 * before ending in a colon ("The crowd had one message:") leaves it unattributed.
 */
function uncuedSpeaker(
  body: string,
  before: Sentence | undefined,
  frame: string,
  open: number,
  cues: Cues,
  subjects: (at: number) => string[],
): string | undefined {
  if (before !== undefined && /:\s*$/u.test(before.text)) return undefined;
  if (!SPEECH_OPENS.test(body.slice(Math.max(0, open - 40), open)) || frame.search(cues.verb.regex) >= 0)
    return undefined;
  return subjects(open)[0];
}

/**
 * What lies between a quotation left open and the next mark when that mark only reopens it: a blank line
 * (wire style), or on a page of one sentence a paragraph the rest of the open paragraph's sentences, which
 * carry no mark ('said: "The store is gone. / Nobody was hurt. / "We will rebuild."').
 */
function reopened(between: string): boolean {
  const paragraphs = between.split(PARAGRAPH_BREAK);
  return (
    paragraphs.length >= 2 &&
    paragraphs.length <= SPLIT_REACH &&
    paragraphs.at(-1)?.trim() === '' &&
    !QUOTE_MARK.test(between)
  );
}

/** Every bare surname of a person named in full ("Billy King" ... "King said") that the person step left unlinked. */
function surnameMentions(body: string, people: People, named: ReadonlySet<number>): Speaker[] {
  // A surname two people share is left as a bare name, read where the quote stands (names/surnames.ts).
  const owner = new Map<string, Pick<Speaker, 'name' | 'kind'>>();
  for (const p of people.people) {
    const words = p.name.split(' ');
    const last = words.at(-1) ?? '';
    if (words.length < 2 || !CAPITALIZED.test(last) || owner.has(last)) continue;
    owner.set(
      last,
      sharedSurname(people, last) ? { name: last, kind: 'name' } : { name: p.name, kind: 'person' },
    );
  }
  const out: Speaker[] = [];
  // "Gray" inside "Dora Gray": a mention of its own, never a bare surname.
  const inside = (at: number): boolean => {
    const m = people.mentions[firstAtOrAfter(people.mentions, at + 1) - 1];
    return m !== undefined && m.start < at && at < m.end;
  };
  for (const [word, { name, kind }] of owner) {
    const starts = NAME_RUN_ONLY.test(word)
      ? standingAlone(body, word)
      : [
          ...body.matchAll(
            new RegExp(`(?<![\\p{Alphabetic}'’-])${escapeRegex(word)}(?![\\p{Alphabetic}'’-])`, 'gu'),
          ),
        ].map((m) => m.index);
    for (const start of starts) {
      if (!named.has(start) && !inside(start)) out.push({ start, end: start + word.length, name, kind });
    }
  }
  // "Yastrezhembsky" for "Yastrzhembsky": wire copy types a long transliterated surname a second way.
  // spellingVariant pairs a word with a surname one letter shorter at most: with no person's surname that long,
  // no long word can be one, and the body is not scanned.
  const longSurnames = [...owner].filter(
    ([last, o]) => o.kind === 'person' && last.length >= LONG_CAPITALIZED_LENGTH - 1,
  );
  if (longSurnames.length === 0) return out;
  LONG_CAPITALIZED.lastIndex = 0;
  for (let m = LONG_CAPITALIZED.exec(body); m !== null; m = LONG_CAPITALIZED.exec(body)) {
    const word = m[0];
    if (owner.has(word) || named.has(m.index) || inside(m.index)) continue;
    const owners = longSurnames.filter(([last]) => spellingVariant(word, last));
    const only = owners.length === 1 ? owners[0]?.[1] : undefined;
    if (only !== undefined) out.push({ start: m.index, end: m.index + word.length, ...only });
  }
  return out;
}

/**
 * A capitalized word of ten letters or more: a long surname, which a second spelling may stand for. The capital is
 * read before the look back at the character before it (a look behind the capital, itself behind the boundary): the
 * same matches, but the scan skips any character that is no capital at once, where a leading look-behind was tried
 * at every offset (half the time on real reports).
 */
const LONG_CAPITALIZED =
  /\p{Uppercase}(?<=(?<![\p{Alphabetic}'\u2019-])\p{Uppercase})\p{Lowercase}[\p{Alphabetic}'\u2019-]{8,}(?![\p{Alphabetic}'\u2019-])/gu;
/** The fewest letters of a LONG_CAPITALIZED word. */
const LONG_CAPITALIZED_LENGTH = 10;

/** A word made only of the characters a surname's boundaries exclude, and those characters at either end of a stretch. */
const NAME_RUN_ONLY = unicodePattern(String.raw`^[\p{Alphabetic}'\u2019-]+$`);
const NAME_CHAR_BEFORE = unicodePattern(String.raw`[\p{Alphabetic}'\u2019-]$`);
const NAME_CHAR_AFTER = unicodePattern(String.raw`^[\p{Alphabetic}'\u2019-]`);

/**
 * Where `word` (made of name characters only) stands alone in the body: found with indexOf and checked at both ends,
 * the same places as the regex with look-arounds, without compiling one per surname and report.
 */
function standingAlone(body: string, word: string): number[] {
  const out: number[] = [];
  for (let at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + word.length)) {
    const end = at + word.length;
    // Two code units reach back over a letter written as a surrogate pair.
    if (
      !NAME_CHAR_BEFORE.test(body.slice(Math.max(0, at - 2), at)) &&
      !NAME_CHAR_AFTER.test(body.slice(end, end + 2))
    )
      out.push(at);
  }
  return out;
}

/** Pairs of quotation-mark offsets [open, close]; an unclosed quote ends at its paragraph's end. */
export function quotePairs(body: string): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  let openAt = -1;
  let closer = '';
  // Two straight apostrophes stand for a double mark where a typewriter had none (''Hello," she said).
  const marks = /''|["'\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019\n]/gu;
  for (let m = marks.exec(body); m !== null; m = marks.exec(body)) {
    const i = m.index;
    const ch = m[0] === "''" ? '"' : m[0];
    if (openAt >= 0) {
      // A closing single mark followed by a letter is an apostrophe ("won’t", "City’s").
      if (ch === '’' && LETTER.test(body[i + 1] ?? '')) continue;
      // A straight single mark closes only its own kind; an open one may end as apostrophes.
      if (ch === "'" || (ch === '\n' && closer === "'")) {
        const end = closer === "'" ? singleMarkEnd(body, openAt, i) : 'none';
        if (end === 'pair') pairs.push([openAt, i]);
        if (end !== 'none') openAt = -1;
        continue;
      }
      if (ch === closer || (closer === '“' && ch === '”')) {
        pairs.push([openAt, i]);
        openAt = -1;
        continue;
      }
      if (ch === '\n' && BLANK_LINE_AHEAD.test(body.slice(i, i + 8)) && !closesInNext(body, i, closer)) {
        pairs.push([openAt, i]);
        openAt = -1;
        continue;
      }
      if (i - openAt > MAX_QUOTE) openAt = -1;
      else if (ch !== '"' && ch === body[openAt]) openAt = i;
      continue;
    }
    const close = ch === "'" ? (opensSingle(body, i) ? "'" : undefined) : OPEN_CLOSE[ch];
    if (close === undefined) continue;
    if ((ch === '"' || ch === '‘') && i > 0 && !MARK_OPENS_AFTER.test(body[i - 1] ?? '')) continue;
    openAt = i;
    closer = close;
  }
  return pairs;
}

/**
 * Straight single marks set off quotations in British and Australian copy ('We will not stop,' she said), and
 * stand for apostrophes everywhere: one opens a quotation at a word's start, before a letter ("'We", not "Jo's"
 * or "'90s")...
 */
function opensSingle(body: string, at: number): boolean {
  return (at === 0 || MARK_OPENS_AFTER.test(body[at - 1] ?? '')) && LETTER.test(body[at + 1] ?? '');
}

/**
 * ... and closes it after a word or a stop, before no letter or digit ("stop,' she", "home'."); a plural's
 * possessive before a word ("the farmers' union") is no close. What it held was apostrophes, not a quotation,
 * when it is one word ("rock 'n' roll"), holds a second opening ("'em all rock 'n'") or is still open at its
 * paragraph's end ("'tis").
 */
function singleMarkEnd(body: string, openAt: number, at: number): 'pair' | 'drop' | 'none' {
  if (body[at] === '\n') return BLANK_LINE_AHEAD.test(body.slice(at, at + 8)) ? 'drop' : 'none';
  const before = body[at - 1] ?? ' ';
  const after = body.slice(at + 1, at + 3);
  if (SPACE.test(before) || WORD_START.test(after) || (before === 's' && SPACE_THEN_LETTER.test(after)))
    return 'none';
  const inside = body.slice(openAt + 1, at);
  return SPACE.test(inside) && !INNER_SINGLE.test(inside) ? 'pair' : 'drop';
}

/**
 * A page that sets each sentence in its own paragraph splits one quotation over two: the next paragraph opens
 * with no mark and holds the closing one ('"I believe it. / In his words, it is over," said Ana Ruiz.').
 */
function closesInNext(body: string, at: number, closer: string): boolean {
  let from = at;
  // A few paragraphs at most: "...damage. / I've heard the figure, but I don't know," he said.
  for (let n = 0; n < SPLIT_REACH; n++) {
    const start = body.slice(from).search(/\S/u);
    if (start < 0) return false;
    from += start;
    const end = body.indexOf('\n', from);
    const next = body.slice(from, end < 0 ? body.length : end);
    if (/^["\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019]/u.test(next)) return false;
    const mark = next.indexOf(closer);
    if (mark > 0) {
      const before = next.slice(0, mark);
      return (
        (/\S$/u.test(before) || SPACED_CLOSE.test(before)) && !/["\u201C\u201E\u00AB\u2018]/u.test(before)
      );
    }
    if (/["\u201C\u201E\u00AB\u2018]/u.test(next) || end < 0) return false;
    from = end;
  }
  return false;
}

/** How many of the sorted, disjoint quotation pairs open before `at` (a binary search). */
function pairsOpeningBefore(pairs: ReadonlyArray<[number, number]>, at: number): number {
  let lo = 0;
  let hi = pairs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((pairs[mid]?.[0] ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `at` lies inside one of the sorted, disjoint quotation pairs. */
function insidePair(pairs: ReadonlyArray<[number, number]>, at: number): boolean {
  const pair = pairs[pairsOpeningBefore(pairs, at) - 1];
  return pair !== undefined && at < pair[1];
}

function masked(body: string, from: number, to: number, pairs: ReadonlyArray<[number, number]>): string {
  let out = '';
  let at = from;
  // Pairs are sorted and disjoint: start at the last one opening before `from`.
  for (let i = Math.max(0, pairsOpeningBefore(pairs, from) - 1); i < pairs.length; i++) {
    const [o, c] = pairs[i] as [number, number];
    if (o >= to) break;
    if (c < from) continue;
    const blankFrom = Math.max(o, from, at);
    const blankTo = Math.min(c + 1, to);
    if (blankTo <= blankFrom) continue;
    out += body.slice(at, blankFrom) + ' '.repeat(blankTo - blankFrom);
    at = blankTo;
  }
  return out + body.slice(at, to);
}

/**
 * A quote set off after "X said:" in the sentence or paragraph before it, or after a colon in its own sentence
 * ("Pike put it simply: “...”").
 */
function introducedBefore(
  body: string,
  sentences: readonly Sentence[],
  first: Sentence | undefined,
  open: number,
  pairs: ReadonlyArray<[number, number]>,
  speakers: readonly Speaker[],
  cues: Cues,
  cueSpans: readonly number[],
  who: Known,
): Found | null {
  if (first === undefined) return null;
  // Only a short opening of the sentence is read: a page of one line is one sentence of quotes.
  const lead = open - first.start <= FRAME_REACH ? body.slice(first.start, open) : '';
  const prev = /\S:\s*$/u.test(lead) ? { ...first, end: open, text: lead } : sentences[first.index - 1];
  if (prev === undefined || !/:\s*$/.test(prev.text)) return null;
  const start = Math.max(prev.start, prev.end - FRAME_REACH);
  const cued = mayHoldCue(cueSpans, start, prev.end)
    ? attribute(masked(body, start, prev.end, pairs), start, prev.end, prev.end, speakers, cues, who)
    : null;
  return cued ?? colonSubject(prev, speakers, who.people);
}

/** "a letter from", "words by": what follows names whose words are quoted. */
const WORDS_OF = /\b(?:from|by)\s+(?:the\s+)?$/u;

/**
 * "The judge had a warning for the guards:" then the quote: with no speech verb, the person or role that opens
 * the sentence before the colon is who speaks.
 */
function colonSubject(prev: Sentence, speakers: readonly Speaker[], people: People): Found | null {
  const from = firstAtOrAfter(speakers, prev.start);
  const opener = speakers[from];
  if (opener === undefined) return null;
  // What stands before the opener is nothing, or the person's own title ("Fire chief Ana Holt had a warning:").
  const before = prev.text.slice(0, opener.start - prev.start).trim();
  const title = people.people.find((p) => p.name === opener.name)?.title;
  if (before !== '' && (opener.kind !== 'person' || before.toLowerCase() !== title?.toLowerCase()))
    return null;
  // "Holt read out a letter from Berg:": the words are the one they come from.
  const to = firstAtOrAfter(speakers, prev.end);
  for (let k = from + 1; k < to; k++) {
    const other = speakers[k] as Speaker;
    const at = other.start - prev.start;
    if (WORDS_OF.test(prev.text.slice(Math.max(0, at - 12), at))) return null;
  }
  if (opener.kind === 'person') return opener;
  const owner = opener.kind === 'role' ? roleOwner(people, opener.name) : undefined;
  return owner === undefined ? null : { name: owner, kind: 'person' };
}

/**
 * "the judge": the person the text titles Judge ("Superior Court Judge Ada Pell"); of two, the one it names
 * more often (the report's judge, not one named once in its background).
 */
function roleOwner(people: People, role: string): string | undefined {
  const noun = role.split(/\s+/u).at(-1)?.toLowerCase() ?? '';
  const owners = people.people
    .filter((p) => (p.title ?? '').toLowerCase().split(/\s+/u).includes(noun))
    .map((p) => ({ name: p.name, count: people.mentions.filter((m) => m.name === p.name).length }))
    .sort((a, b) => b.count - a.count);
  const [top, next] = owners;
  return top !== undefined && (next === undefined || top.count > next.count) ? top.name : undefined;
}

/** "a forensic scientist", "an elderly fisherman": an indefinite role, with up to two lowercase words before it. */
const INDEFINITE_ROLE = (noun: string): RegExp =>
  new RegExp(`\\b[Aa]n?\\s+(?:\\p{Lowercase}[\\p{Lowercase}-]*\\s+){0,2}${escapeRegex(noun)}\\b`, 'gu');
/** A capitalized word and a comma right before: the indefinite role is an appositive naming it ("Ivo Brandt, a scientist"). */
const NAME_COMMA_BEFORE = /\p{Uppercase}[\p{Alphabetic}.'\u2019-]*\s*,\s*$/u;
/** A name right after: "a scientist, Mira Holt,", "a scientist Mira Holt". */
const NAME_AFTER = /^\s*,?\s*\p{Uppercase}\p{Lowercase}/u;

/**
 * Whether the text brings in the holder of a role without a name before `at` ("sent it to a forensic scientist,
 * who examined it"), so that "the scientist" later stands for someone it never names. Not an appositive after a
 * name ("Ivo Brandt, a scientist at the lab") nor a role a name follows ("a scientist, Mira Holt,").
 */
function unnamedHolder(body: string, role: string, at: number): boolean {
  const noun = role.split(/\s+/u).at(-1)?.toLowerCase() ?? '';
  if (!/^\p{Lowercase}+$/u.test(noun)) return false;
  const re = INDEFINITE_ROLE(noun);
  const before = body.slice(0, at);
  for (let m = re.exec(before); m !== null; m = re.exec(before)) {
    const end = m.index + m[0].length;
    if (NAME_COMMA_BEFORE.test(before.slice(Math.max(0, m.index - 60), m.index))) continue;
    if (NAME_AFTER.test(before.slice(end, end + 40))) continue;
    return true;
  }
  return false;
}

/**
 * Whether the words before a quotation opening at `open` in its sentence, or when it opens its sentence the
 * sentence before, have an unnamed spokesman or official speaking ("A spokesman for Brandt Lowe said ...").
 */
function unnamedAgentBefore(
  body: string,
  sentences: readonly Sentence[],
  open: number,
  pairs: ReadonlyArray<[number, number]>,
): boolean {
  const here = sentences[sentenceAt(sentences, open)];
  if (here === undefined) return false;
  // '"...," he said, adding: "..."': words before the quote that are only quotations and "he" say nothing new.
  const lead = masked(body, here.start, open, pairs);
  const said = PRONOUN_LEAD.test(lead) ? sentences[here.index - 1] : here;
  return said !== undefined && UNNAMED_AGENT_SENTENCE.test(said.text);
}

/** Offsets of every line break, so each quote finds its paragraph's end without rescanning the body. */
function paragraphBreaks(body: string): number[] {
  const out: number[] = [];
  for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) out.push(i);
  return out;
}

function nextParagraphBreak(breaks: readonly number[], at: number, length: number): number {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((breaks[mid] ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return breaks[lo] ?? length;
}

/**
 * Start and end offsets, flattened, of every match of the cue words without their word-boundary and
 * look-behind conditions. Every stretch where a cue can match lies inside one of these spans, so a
 * frame overlapping none of them holds no cue and needs no attribution (1 MB of short quotes stays linear).
 */
function cueCover(body: string, cues: Cues): number[] {
  return literalSpans(cues.anywhere, body);
}

function mayHoldCue(cover: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = cover.length / 2;
  // The first span ending after `from`; spans are disjoint and in order.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cover[2 * mid + 1] ?? 0) <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo < cover.length / 2 && (cover[2 * lo] ?? to) < to;
}

/** ") -", ") --", ") —": the close of a dateline's agency credit ("ASHFORD, May 3 (Reuters) - ..."). */
const CREDIT_CLOSE = /^\) ?(?:-{1,2}|\u2014|\u2013)\s/u;

/** The agency a wire dateline credits sends the report; it never speaks in it ("..., the company said" is not its). */
function inWireCredit(body: string, span: { start: number; end: number }): boolean {
  return body[span.start - 1] === '(' && CREDIT_CLOSE.test(body.slice(span.end, span.end + 5));
}

/** Whether the initials in brackets right after a name are its own ("Brenholt Metals Research (BMR)"). */
function definesInitials(body: string, name: { end: number; name: string }): boolean {
  const letters = DEFINED_INITIALS.exec(body.slice(name.end, name.end + 12))?.[1];
  return letters !== undefined && initialsOf(name.name, letters);
}

/**
 * "the Danish navy", "the Bosnian Serb cabinet": a country's body written in lower case after its demonym (or
 * two), which no name step takes for an organization. Not "the Danish police" (the gold counts police as no
 * named speaker), not "the Monday session".
 */
const NATIONAL_SPEAKER = unicodePattern(
  String.raw`\b[Tt]he\s+((\p{Uppercase}\p{Lowercase}+)\s+(?:\p{Uppercase}\p{Lowercase}+\s+)?(?:government|cabinet|navy|army|military|presidency|parliament|coast guard|air force|embassy))(?![\p{Alphabetic}])`,
  'g',
);

/** Each national body of the text whose first word is a country or its demonym, kept as the text writes it. */
function nationalBodies(body: string, countries: ReadonlyMap<string, string>): Speaker[] {
  const out: Speaker[] = [];
  NATIONAL_SPEAKER.lastIndex = 0;
  for (let m = NATIONAL_SPEAKER.exec(body); m !== null; m = NATIONAL_SPEAKER.exec(body)) {
    const [whole, name = '', first = ''] = m;
    if (!countries.has(first)) continue;
    const start = m.index + whole.length - name.length;
    out.push({ start, end: start + name.length, name, kind: 'organization' });
  }
  return out;
}

function speakerCandidates(
  body: string,
  people: People,
  entities: Entities,
  namer: OrgNamer,
  lex: CompiledLexicon,
): Speaker[] {
  const list: Speaker[] = [];
  // The one a speaker told, or the outlet a report cites ("…, an official told Reuters"), never speaks.
  for (const m of people.mentions)
    if (!spokenTo(body, m.start, m.name, false))
      list.push({ start: m.start, end: m.end, name: m.name, kind: 'person' });
  for (const o of entities.organizations) {
    const name = namer.display(o);
    if (inWireCredit(body, o) || spokenTo(body, o.start, name, true)) continue;
    const cited = citedOutlet(body, o.start, name);
    list.push({ start: o.start, end: o.end, name, kind: 'organization', ...(cited ? { cited } : {}) });
  }
  for (const p of entities.places) list.push({ start: p.start, end: p.end, name: p.name, kind: 'place' });
  const named = new Set(people.mentions.map((m) => m.start));
  const surnames = surnameMentions(body, people, named);
  for (const m of surnames) named.add(m.start);
  list.push(...surnames);
  // A name with a speech verb, or set off by a comma as appositives are ("Dilara, a teacher who ..., said"): one
  // word, or a run the person step left out ("Pensioner Okan-aga, a voter in ..."), may still be who spoke.
  // Never over a body or place found at the same word ("Kessler Oy said").
  for (const o of list) named.add(o.start);
  for (const s of [...entities.singles, ...entities.people]) {
    if (named.has(s.start)) continue;
    // "Analysts Brenholt Metals Research (BMR) said": a name its own initials follow in brackets is a body's.
    const kind: Speaker['kind'] = definesInitials(body, s) ? 'organization' : 'name';
    if (kind === 'name' && s.cue !== 'speech' && body[s.end] !== ',') continue;
    if (spokenTo(body, s.start, s.name, false)) continue;
    named.add(s.start);
    list.push({ start: s.start, end: s.end, name: s.name, kind });
  }
  pushMatches(list, body, PRONOUN, 'pronoun');
  pushMatches(list, body, roleRegex(lex), 'role');
  // A body found at the same words ("the Chinese Foreign Ministry") is named already.
  for (const b of nationalBodies(body, lex.country))
    if (!list.some((o) => o.start < b.end && b.start < o.end && o.kind !== 'place')) list.push(b);
  pushMatches(list, body, GENERIC_NOUN, 'generic');
  // Who passed on another's words did not speak them ("“…,” the agency quoted a corporal as saying"). Longer
  // entities first at one offset, so "Foreign Ministry" beats a place inside it.
  return list.filter((sp) => !passedOn(body, sp.end)).sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Adds every match of the global regex `re` (which matches no empty text) as a speaker of `kind`. An exec loop on
 * the cached regex, not `matchAll`: that copies the regex at every call, and the role pattern (every title word)
 * cost twice as much copied as scanned.
 */
function pushMatches(list: Speaker[], body: string, re: RegExp, kind: Speaker['kind']): void {
  re.lastIndex = 0;
  for (let m = re.exec(body); m !== null; m = re.exec(body))
    list.push({ start: m.index, end: m.index + m[0].length, name: m[0], kind });
}

function attribute(
  outside: string,
  frameStart: number,
  open: number,
  close: number,
  speakers: readonly Speaker[],
  cues: Cues,
  who: Known,
): Found | null {
  const { people, lastPerson, subject } = who;
  const frameEnd = frameStart + outside.length;
  const inFrame: Speaker[] = [];
  for (let i = firstAtOrAfter(speakers, frameStart); i < speakers.length; i++) {
    const sp = speakers[i] as Speaker;
    if (sp.start >= frameEnd) break;
    if (sp.end <= frameEnd && outside[sp.start - frameStart] !== ' ') inFrame.push(sp);
  }
  const options: Array<{ speaker: Speaker; distance: number; rank: number }> = [];
  let itSaid = false;
  // A speech verb besides "according to": an outlet cited after it carried that speaker's words.
  let spoke = false;
  // The cached global regex, from the start: nothing in the loop runs it again (no re-entry).
  const { regex: re, subject: scanned } = caselessScan(cues.verb, outside);
  re.lastIndex = 0;
  for (let m = re.exec(scanned); m !== null; m = re.exec(scanned)) {
    const vs = frameStart + m.index;
    const ve = vs + m[0].length;
    const verb = m[0].toLowerCase();
    const distance = vs > close ? vs - close : vs < open ? open - ve : 0;
    if (vs > close && IT_BEFORE.test(outside.slice(Math.max(0, vs - frameStart - 4), vs - frameStart)))
      itSaid = true;
    if (vs < open && IT_OPENS_BEFORE.test(outside.slice(0, vs - frameStart))) itSaid = true;
    if (verb === 'according to' || verb === 'in a statement') {
      const near = inFrame.filter(
        (sp) =>
          sp.start >= ve &&
          sp.start - ve < 60 &&
          (isBare(cues.bare, outside, ve - frameStart, sp.start - frameStart) ||
            (sp.kind === 'person' &&
              RANKED_SOURCE.test(outside.slice(ve - frameStart, sp.start - frameStart)))),
      );
      // "according to a statement from India's foreign ministry": the institution, not "a statement" or "India".
      const after =
        near.find((sp) => sp.kind === 'person' || sp.kind === 'organization') ??
        near.find((sp) => sp.kind !== 'place') ??
        near[0];
      if (after !== undefined) options.push({ speaker: after, distance, rank: 1 });
      continue;
    }
    spoke = true;
    const before = [...inFrame]
      .reverse()
      .find(
        (sp) =>
          sp.end <= vs &&
          vs - sp.end < 40 &&
          isSubjectGap(outside.slice(sp.end - frameStart, vs - frameStart)),
      );
    // "..., an official at Elmwood Nursing Home said": someone the text does not name spoke for the body.
    if (
      before !== undefined &&
      UNNAMED_AGENT_BEFORE.test(
        outside.slice(Math.max(0, before.start - frameStart - 80), before.start - frameStart),
      )
    )
      continue;
    // "The union warned of "..." when France returns": a name after the quote is no subject of a verb before it,
    // unless "by" makes it the agent ("described as "..." by Lelouche").
    const following = inFrame.filter(
      (sp) =>
        sp.start >= ve &&
        sp.start - ve < 50 &&
        (ve > open ||
          sp.start < close ||
          BY_AGENT.test(outside.slice(close - frameStart, sp.start - frameStart))) &&
        !COMPLEMENT_VERB.test(outside.slice(sp.end - frameStart, sp.end - frameStart + 16)) &&
        !(
          (sp.kind === 'place' || sp.kind === 'organization') &&
          NOUN_AFTER.test(outside.slice(sp.end - frameStart, sp.end - frameStart + 3))
        ) &&
        (FEW_WORDS.test(outside.slice(ve - frameStart, sp.start - frameStart)) ||
          QUOTING_GAP.test(outside.slice(ve - frameStart, sp.start - frameStart))),
    );
    // "said Oscar producer Laurence Mark": the person the description leads to, not a body named in it.
    // After "told" or "as telling" comes the one spoken to ("..., a resident told the news agency"), never the speaker.
    const after =
      TO_LISTENER.has(verb) || AS_TELLING.test(verb)
        ? undefined
        : (following.find(
            (sp) => sp.kind === 'person' && !possessor(outside, sp.start - frameStart, sp.end - frameStart),
          ) ?? following[0]);
    // "Kaito Mori, a friend of Rina Sato, said": a name right before ", said" may close an appositive.
    const closesClause = before !== undefined && COMMA_AFTER.test(outside.slice(before.end - frameStart));
    // "The foreign ministry in Beijing said": the body, not the city it sits in.
    const seat =
      before?.kind === 'place'
        ? [...inFrame]
            .reverse()
            .find(
              (sp) =>
                sp.end <= before.start &&
                IN_BETWEEN.test(outside.slice(sp.end - frameStart, before.start - frameStart)) &&
                (sp.kind === 'organization' || sp.kind === 'generic'),
            )
        : undefined;
    // "... envoy Ivo Brandt, who said he “came to make peace”": a relative clause's speaker is the one it hangs on.
    const relative = [...inFrame]
      .reverse()
      .find(
        (sp) =>
          sp.kind === 'person' &&
          sp.end <= vs &&
          RELATIVE_WHO.test(outside.slice(sp.end - frameStart, vs - frameStart)),
      );
    const apposed = appositiveSubject(outside, frameStart, vs, inFrame);
    // "Her spokesman, Jon Arden, said", "the candidate, regional clerk Ovez Durdyev, said": the name set
    // off after the role is who spoke.
    const gapToName =
      apposed !== undefined && before?.kind === 'person'
        ? outside.slice(apposed.end - frameStart, before.start - frameStart)
        : '';
    const named =
      (apposed?.kind === 'generic' && COMMA_THEN_CAPITALIZED.test(gapToName)) ||
      (apposed?.kind === 'role' && COMMA_THEN_DESCRIBED.test(gapToName))
        ? before
        : apposed;
    // "A pensioner, a voter in Varno, said": a place closing the clause before the verb is inside it, no speaker;
    // so is a name no step made a person's, unless the clause opens with it.
    const inClause =
      closesClause &&
      (before?.kind === 'place' ||
        (before?.kind === 'name' && !CLAUSE_OPENS.test(outside.slice(0, before.start - frameStart))));
    const closing = inClause ? undefined : before;
    const pick =
      relative ?? seat ?? (before?.kind === 'person' && !closesClause ? before : (named ?? closing ?? after));
    if (pick !== undefined) options.push({ speaker: pick, distance, rank: pick.kind === 'place' ? 2 : 1 });
  }
  options.sort((a, b) => a.rank - b.rank || a.distance - b.distance);
  // "…,” police said, according to The Ledger": the paper reported the words; police said them.
  const best = options.find((o) => !(spoke && o.speaker.cited))?.speaker;
  if (best === undefined) {
    const body = itSaid ? who.bodySaid(open) : undefined;
    if (body !== undefined)
      return { name: body.name, kind: body.kind === 'place' ? 'place' : 'organization' };
    // '..., said the statement by spokesman Ivo Brandt. / "...," it said.': "it" is the statement just credited,
    // unless a body named since could be "it".
    const issuer = itSaid ? who.author(open) : undefined;
    return issuer !== undefined &&
      open - issuer.start <= IT_REACH &&
      !bodyNamedBetween(speakers, issuer.start, open, who.quoted)
      ? { name: issuer.name, kind: issuer.kind }
      : null;
  }
  if (best.kind === 'pronoun') {
    // 'A spokesman for Brandt Lowe said ... / "...," he said': "he" is the spokesman, whom the text does not name.
    if (who.unnamedAgent(open)) return null;
    const name = pronounSpeaker(best.name, open, who);
    return name === undefined ? null : { name, kind: 'person' };
  }
  if (best.kind === 'role') {
    // "..., the striker said": a role names the one person the text gives that title, else the person the
    // paragraph is about, its subject; never merely the last one quoted ("..., the pilot told a news agency"
    // after a chairman's quotes is someone the text does not name).
    const owner = roleOwner(people, best.name);
    if (owner !== undefined) return { name: owner, kind: 'person' };
    // "... to a forensic scientist, who examined it. / "...," the scientist said": the one the text brought in
    // unnamed, not whoever the paragraph is about.
    if (who.unnamedBefore(best.name, best.start)) return null;
    const name = subject(open);
    return name === undefined ? null : { name, kind: 'person' };
  }
  if (best.kind === 'generic') {
    // "..., the statement said": the statement the text last said someone issued, not a body named nearer.
    const issuer = DOCUMENT_NOUN.test(best.name) ? who.author(best.start) : undefined;
    if (issuer !== undefined) return { name: issuer.name, kind: issuer.kind };
    let org: Speaker | undefined;
    // The nearest body named before, outside quotations: one a quotation names did not speak it.
    for (let i = firstAtOrAfter(speakers, best.start) - 1; i >= 0 && org === undefined; i--) {
      const sp = speakers[i] as Speaker;
      if (sp.kind === 'organization' && !sp.cited && !who.quoted(sp.start)) org = sp;
    }
    // "Her office said", "his spokeswoman said": they speak for the person named last.
    if (/^(?:his|her)\b/i.test(best.name)) {
      const person = lastBefore(people, best.start);
      if (person !== undefined) return { name: person, kind: 'person' };
    }
    if (/spokes|official/i.test(best.name)) {
      const person = lastPerson ?? lastBefore(people, open);
      if (person !== undefined) return { name: person, kind: 'person' };
    }
    return org === undefined ? null : { name: org.name, kind: 'organization' };
  }
  return best;
}

/**
 * "Store owner Jo Lane said he was relieved. "...," he said.": the person the paragraph is about. "she said" skips
 * a man the text names nearer and goes to the nearest woman (and "he" the reverse). A speaker described a few
 * sentences back ("Varoufakis ... But he rode ... '...,' he said") comes before whoever was quoted last.
 */
function pronounSpeaker(pronoun: string, open: number, who: Known): string | undefined {
  const { people, lastPerson, subject, subjects, genders } = who;
  return compatiblePerson(
    [...subjects(open), lastPerson, lastBefore(people, open)],
    pronounGender(pronoun),
    genders,
    (gender) =>
      // Someone the text gives this gender, else the nearest it does not give the other one.
      nearestPerson(people, open, (name) => genders.get(name) === gender) ??
      nearestPerson(people, open, (name) => (genders.get(name) ?? gender) === gender),
    subject(open),
  );
}

/** "..., saying", "... London saying": a participle of speech that adds what the clause's subject said. */
const SAYING = /(?:,\s*|\p{Alphabetic}\s+)saying\s/u;
/** "accused Ana Ruiz of saying", "left without saying": the words are someone else's, or were never said. */
const NOT_SAID_BEFORE = /\b(?:of|without|about|against|denied|denies|deny)\s+saying\s$/u;
/** What may stand before a sentence's subject: capitalized words (a title, "The") and nothing else. */
const OPENS_SENTENCE = unicodePattern(String.raw`^\s*(?:\p{Uppercase}[\p{Alphabetic}.'\u2019-]*\s+){0,4}$`);
/** How far before the quotation "saying" may stand. */
const SAYING_REACH = 200;

/**
 * "Rana Vos left the hall on Monday, saying the plan was "dead."": with no speech verb, a quotation after "saying"
 * is what the subject opening its sentence said (a person, a body the text names, or "he"/"she"). A subject the
 * sentence does not open with ("The union attacked Rana Vos, saying ...") names no one.
 */
function sayingSubject(
  body: string,
  first: Sentence | undefined,
  open: number,
  pairs: ReadonlyArray<[number, number]>,
  speakers: readonly Speaker[],
  who: Known,
): Found | null {
  if (first === undefined || open - first.start > FRAME_REACH) return null;
  const lead = masked(body, first.start, open, pairs);
  const cue = lead.search(SAYING);
  if (cue < 0 || lead.length - cue > SAYING_REACH) return null;
  const sayingEnd = lead.indexOf('saying', cue) + 'saying '.length;
  if (NOT_SAID_BEFORE.test(lead.slice(0, sayingEnd))) return null;
  const opener = speakers[firstAtOrAfter(speakers, first.start)];
  if (opener === undefined || opener.end > first.start + cue) return null;
  if (!OPENS_SENTENCE.test(body.slice(first.start, opener.start))) return null;
  if (opener.kind === 'pronoun') {
    const name = pronounSpeaker(opener.name, open, who);
    return name === undefined ? null : { name, kind: 'person' };
  }
  return opener.kind === 'person' || opener.kind === 'organization' || opener.kind === 'name' ? opener : null;
}

/**
 * "Jo Lane, who chairs the panel on East Asia, said", "Jo Lane (R-Idaho), 63, told", "Jo Lane of the
 * tenants' union said", "The company, in a filing, said": who stands before an appositive speaks, not a place
 * or body named inside it.
 */
function appositiveSubject(
  outside: string,
  frameStart: number,
  verbStart: number,
  inFrame: readonly Speaker[],
): Speaker | undefined {
  for (let i = inFrame.length - 1; i >= 0; i--) {
    const sp = inFrame[i] as Speaker;
    if (sp.end > verbStart) continue;
    if (verbStart - sp.end > APPOSITIVE_REACH) break;
    if (sp.kind === 'place' || sp.kind === 'pronoun') continue;
    // A name no step made a person's speaks only from where a clause opens ("president of the Glenview, Ill.-based
    // firm, said" is no speaker; "Dilara, a teacher, said" after a quotation or a paragraph's start is).
    if (sp.kind === 'name' && !CLAUSE_OPENS.test(outside.slice(0, sp.start - frameStart))) continue;
    if (APPOSITIVE.test(outside.slice(sp.end - frameStart, verbStart - frameStart))) return sp;
  }
  return undefined;
}

/**
 * "News Corp said profits fell. "...," it said.": "it" speaks for the organization (or country: "China said") that
 * is the subject of the last speech verb before the quote, a few sentences back at most; through an earlier "it
 * said" to its own subject. When the last to speak was a person or a noun ("The newspaper said"), "it" is not
 * resolved.
 */
function lastBodySpeaking(
  body: string,
  pairs: ReadonlyArray<[number, number]>,
  speakers: readonly Speaker[],
  at: number,
  verbs: CaselessRegex,
  depth = 0,
): Speaker | undefined {
  const from = Math.max(0, at - IT_REACH);
  const { regex: re, subject: text } = caselessScan(verbs, masked(body, from, at, pairs));
  let verbAt = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text))
    if (PLAIN_VERB.test(m[0])) verbAt = from + m.index;
  if (verbAt < 0) return undefined;
  if (IT_BEFORE.test(body.slice(Math.max(0, verbAt - 4), verbAt)))
    return depth < IT_CHAIN ? lastBodySpeaking(body, pairs, speakers, verbAt, verbs, depth + 1) : undefined;
  const sp = speakers[firstAtOrAfter(speakers, verbAt) - 1];
  if (sp === undefined || sp.end > verbAt || !isSubjectGap(body.slice(sp.end, verbAt))) return undefined;
  return sp.kind === 'organization' || sp.kind === 'place' ? sp : undefined;
}

/**
 * "said Stenning's lawyer, Tomas Brandt", "said the lawyer of Stenning, Tomas Brandt": a name owning the
 * description that follows "said" is whose the speaker is, not the speaker.
 */
function possessor(outside: string, from: number, to: number): boolean {
  return (
    OWNS_AFTER.test(outside.slice(to, to + 2)) || OF_BEFORE.test(outside.slice(Math.max(0, from - 4), from))
  );
}

function isBare(bare: RegExp, outside: string, from: number, to: number): boolean {
  return bare.test(outside.slice(from, to));
}

/**
 * What may stand between a speaker's name and its speech verb: "X said", "X's statement said", "a Pentagon
 * official told", "X, also, said", and the initials wire copy defines after a body's first mention ("the
 * Varnish Growers Union (VGU) said"). Not "X (who ...) said".
 */
const SUBJECT_GAP =
  /^(?:\s*\([A-Z][A-Z&]{1,7}\))?(?:['\u2019]s)?\s*(?:(?:joint\s+)?(?:statement|release|report|readout|spokesperson|spokesman|spokeswoman|official|officials|representative|source|sources)\s+)?(?:,\s*)?(?:(?:also|later|then|has|had|have|previously|further|again|once|publicly|recently)\s+)*$/u;

function isSubjectGap(gap: string): boolean {
  return SUBJECT_GAP.test(gap);
}

/** What the quote step knows of the people when it attributes a quote. */
interface Known {
  people: People;
  /** The person who spoke last. */
  lastPerson: string | undefined;
  /** The first person of the quote's sentence, or of the one before. */
  subject: (at: number) => string | undefined;
  /** The first person of the quote's sentence and of each of a few sentences before it, nearest first. */
  subjects: (at: number) => string[];
  genders: ReadonlyMap<string, Gender>;
  /** Who the text last named as the author of a statement before an offset. */
  author: (at: number) => Author | undefined;
  /** The body or country that spoke last before an offset, if the last to speak was one (see `lastBodySpeaking`). */
  bodySaid: (at: number) => Speaker | undefined;
  /** Whether an offset lies inside a quotation. */
  quoted: (at: number) => boolean;
  /** Whether the text brought in a role's holder unnamed before an offset ("a forensic scientist"). */
  unnamedBefore: (role: string, at: number) => boolean;
  /** Whether the sentence a quote opening at an offset follows has an unnamed spokesman or official speaking. */
  unnamedAgent: (open: number) => boolean;
}

/** Whose statement the text says it is, from where it says so. */
interface Author {
  start: number;
  name: string;
  kind: 'person' | 'organization';
}

/**
 * Every author the text names for a statement, in text order: the person or body after "a statement from",
 * or a demonym and an institution noun there; the person or body right before "said in a statement".
 */
function statementAuthors(body: string, speakers: readonly Speaker[]): Author[] {
  const out: Author[] = [];
  AUTHORED_BY.lastIndex = 0;
  for (let m = AUTHORED_BY.exec(body); m !== null; m = AUTHORED_BY.exec(body)) {
    const from = m.index + m[0].length;
    const national = NATIONAL_BODY.exec(body.slice(from, from + 80));
    if (national !== null) {
      out.push({ start: from, name: national[0], kind: 'organization' });
      continue;
    }
    // "a statement from Brindleys said": a name no step made a person's, right after, is the body that issued it.
    const author = speakerAt(speakers, from) ?? nameAt(speakers, from);
    // "the statement by spokesman Ivo Brandt": a person named after one lower-case role word.
    const role = author === undefined ? ROLE_WORD.exec(body.slice(from, from + 40)) : null;
    const ranked = role === null ? undefined : speakerAt(speakers, from + role[0].length);
    if (author !== undefined) out.push({ start: from, name: author.name, kind: author.kind });
    else if (ranked?.kind === 'person') out.push({ start: from, name: ranked.name, kind: 'person' });
  }
  STATEMENT_FIRST.lastIndex = 0;
  for (let m = STATEMENT_FIRST.exec(body); m !== null; m = STATEMENT_FIRST.exec(body)) {
    const sp = speakers[firstAtOrAfter(speakers, m.index + m[0].length)];
    if (sp?.start === m.index + m[0].length && (sp.kind === 'person' || sp.kind === 'organization'))
      out.push({ start: m.index, name: sp.name, kind: sp.kind });
  }
  STATEMENT_CUE.lastIndex = 0;
  for (let m = STATEMENT_CUE.exec(body); m !== null; m = STATEMENT_CUE.exec(body)) {
    // Speakers are sorted by start: look back over the few that end right before the cue.
    for (let i = firstAtOrAfter(speakers, m.index) - 1; i >= 0; i--) {
      const sp = speakers[i] as Speaker;
      if (m.index - sp.start > 120) break;
      if (
        (sp.kind === 'person' || sp.kind === 'organization') &&
        NAME_TO_CUE.test(body.slice(sp.end, m.index))
      ) {
        out.push({ start: m.index, name: sp.name, kind: sp.kind });
        break;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether an organization is named between two offsets, outside quotations. */
function bodyNamedBetween(
  speakers: readonly Speaker[],
  from: number,
  to: number,
  quoted: (at: number) => boolean,
): boolean {
  for (let i = firstAtOrAfter(speakers, from); i < speakers.length; i++) {
    const sp = speakers[i] as Speaker;
    if (sp.start >= to) return false;
    if (sp.kind === 'organization' && !quoted(sp.start)) return true;
  }
  return false;
}

/** The person or body the speakers list names starting exactly at `at`. */
function speakerAt(
  speakers: readonly Speaker[],
  at: number,
): (Speaker & { kind: Author['kind'] }) | undefined {
  for (let i = firstAtOrAfter(speakers, at); i < speakers.length; i++) {
    const sp = speakers[i] as Speaker;
    if (sp.start !== at) return undefined;
    if (sp.kind === 'person' || sp.kind === 'organization') return { ...sp, kind: sp.kind };
  }
  return undefined;
}

/** A name no step made a person's or a body's, starting exactly at `at`, read as an organization's. */
function nameAt(speakers: readonly Speaker[], at: number): (Speaker & { kind: Author['kind'] }) | undefined {
  for (let i = firstAtOrAfter(speakers, at); i < speakers.length; i++) {
    const sp = speakers[i] as Speaker;
    if (sp.start !== at) return undefined;
    if (sp.kind === 'name') return { ...sp, kind: 'organization' };
  }
  return undefined;
}

/** The nearest person named before `at` who fits (a bounded look back). */
function nearestPerson(people: People, at: number, fits: (name: string) => boolean): string | undefined {
  const end = firstAtOrAfter(people.mentions, at);
  for (let i = end - 1; i >= Math.max(0, end - 200); i--) {
    const name = people.mentions[i]?.name;
    if (name !== undefined && fits(name)) return name;
  }
  return undefined;
}

function lastBefore(people: People, at: number): string | undefined {
  return people.mentions[firstAtOrAfter(people.mentions, at) - 1]?.name;
}

interface Cues {
  /** Speech verbs, "according to", "in a statement", "X's pledge". */
  verb: CaselessRegex;
  /** What may stand between "according to" and its source. */
  bare: RegExp;
  /** The cue words with no boundary conditions, to find where cues cannot be (see `cueCover`). */
  anywhere: LiteralWords;
  /** A speech verb right after a name ("Ana Ruiz said"). */
  saidAfter: RegExp;
}

const cueCache = new WeakMap<CompiledLexicon, Cues>();

function cuesOf(lex: CompiledLexicon): Cues {
  const cached = cueCache.get(lex);
  if (cached !== undefined) return cached;
  const particles = [...lex.particles].map(escapeRegex).join('|');
  const cues: Cues = {
    // Its other words are written here in lowercase: the speech verbs decide whether it can run on lowered text.
    verb: caselessRegex(
      `${AS_SAYING}|\\b(?:${lex.speechVerbSource})\\b|\\baccording to\\b|\\bin a statement\\b|${POSSESSIVE_SPEECH}`,
      lex.speechVerbsByLength,
    ),
    // A possessive cue may span a masked quote ("Jo's ‘fair’ offer"): its "'s" alone marks where it can be.
    anywhere: literalWords([
      ...lex.speechVerbsByLength,
      'according to',
      'in a statement',
      'as saying',
      'as telling',
      "'s",
      '’s',
    ]),
    saidAfter: new RegExp(`^\\s+(?:${lex.speechVerbSource})\\b`, 'iu'),
    // A short surname may open with a lowercase particle: "according to de Vries".
    bare: new RegExp(
      String.raw`^\s*(?:(?:a|an|the|its|their)\s+)?(?:(?:joint\s+)?(?:statement|release|readout|report|spokesperson|spokesman|spokeswoman)\s+(?:from|by|of|for)\s+)?(?:the\s+)?(?:[\p{Uppercase}][\p{Alphabetic}.]*(?:['\u2019]s)?\s+)*(?:(?:${particles})\s+)*$`,
      'u',
    ),
  };
  cueCache.set(lex, cues);
  return cues;
}

const roleCache = new WeakMap<CompiledLexicon, RegExp>();

/** "the striker", "the 23-year-old forward": a role standing in for a person named before. */
function roleRegex(lex: CompiledLexicon): RegExp {
  const cached = roleCache.get(lex);
  if (cached !== undefined) return cached;
  const words = [...lex.titleWords].sort((a, b) => b.length - a.length).map(escapeRegex);
  // "the 52-year-old fisherman": an age before any noun marks a person described before; "the 43-year-old
  // shouted" one with no noun, the speech verb after it left to be its verb.
  const re = new RegExp(
    `\\b[Tt]he\\s+(?:(?:[\\p{Alphabetic}\\d-]+\\s+)?(?:${words.join('|')})|\\d{1,3}-year-old(?:\\s+(?!(?:${lex.speechVerbSource})\\b)\\p{Alphabetic}+)?)\\b`,
    'gu',
  );
  roleCache.set(lex, re);
  return re;
}

const SUBJECT_REACH = 3;
/** "..., but team owner ", "while ": where a clause with a subject of its own opens, lowercase role words after. */
const CONTRAST_CLAUSE = unicodePattern(
  String.raw`(?:^|[\s,])(?:but|while|whereas|though|although)\s+(?:\p{Lowercase}[\p{Alphabetic}-]*\s+){0,3}$`,
);
/** A sentence whose subject is a pronoun ("He shared ...", "But she said ..."). */
const PRONOUN_SUBJECT = /^(?:(?:But|And|Then|So|Yet)\s+)?(?:He|She)\s/u;

/**
 * The person of the quote's sentence before it and of each of the few sentences before, nearest first: the
 * one a speech verb follows ("Asked about Ortiz, Waldie said ..."), else the first named.
 */
function subjectsBefore(
  sentences: readonly Sentence[],
  people: People,
  at: number,
  saidAfter: RegExp,
  pairs: ReadonlyArray<[number, number]>,
): string[] {
  const here = sentences[sentenceAt(sentences, at)];
  if (here === undefined) return [];
  const out: string[] = [];
  // A sentence a pronoun opens goes on telling of the same person, so it does not use up the reach.
  let reach = SUBJECT_REACH;
  for (let i = here.index; i >= 0 && reach >= 0; i--) {
    const s = sentences[i] as Sentence;
    if (i < here.index && PRONOUN_SUBJECT.test(s.text)) reach++;
    reach--;
    const end = Math.min(s.end, at);
    // '"Give Ada Vik a rest," the agency quoted Ivo Brandt as saying': a name inside the quotation is not who
    // the sentence is about.
    const named = people.mentions
      .slice(firstAtOrAfter(people.mentions, s.start), firstAtOrAfter(people.mentions, end))
      .filter((m) => !insidePair(pairs, m.start));
    const speaking = named.find((m) => saidAfter.test(s.text.slice(m.end - s.start)));
    // "He shared the prize with Nils Orr.": a sentence a pronoun opens is about the one the pronoun means,
    // and the people it names are not its subject unless they speak in it, or open a clause of their own
    // ("He was unhurt but team owner Nils Varga was furious").
    const pick =
      speaking ??
      (PRONOUN_SUBJECT.test(s.text)
        ? named.findLast((m) => CONTRAST_CLAUSE.test(s.text.slice(0, m.start - s.start)))
        : named[0]);
    if (pick !== undefined) out.push(pick.name);
  }
  return out;
}

/** The first person named in the quote's sentence before it, else in the sentence before that. */
function subjectBefore(sentences: readonly Sentence[], people: People, at: number): string | undefined {
  const here = sentences[sentenceAt(sentences, at)];
  if (here === undefined) return undefined;
  const inHere = people.mentions[firstAtOrAfter(people.mentions, here.start)];
  if (inHere !== undefined && inHere.start < at) return inHere.name;
  const prev = sentences[here.index - 1];
  if (prev === undefined) return undefined;
  const inPrev = people.mentions[firstAtOrAfter(people.mentions, prev.start)];
  return inPrev !== undefined && inPrev.start < prev.end ? inPrev.name : undefined;
}
