/**
 * The headline of an item: a source's own headline, cleaned of site names and furniture, when one
 * reads as a headline; else a short sentence cut from the lead at clause boundaries (who, what,
 * where), verified like every other sentence. Never a fragment, a caption or alt text.
 */
import type { Article } from '../model';
import { unicodePattern } from '../unicode-pattern';
import { caseSource, inBodyCase } from './headline-case';
import {
  HEADLINE_ADJUNCTS,
  HEADLINE_FURNITURE,
  HEADLINE_NEVER,
  HEADLINE_NOT,
  KNOWN_CLAUSES,
  PHRASE_CUT,
  QUESTION_HEADLINE,
  REPORTED_CLAUSE,
  SITE_SUFFIX,
} from './headline-lexicon';
import { PAST_TENSE } from './lexicon';
import type { TextPattern } from './patterns';
import { capitalize } from './text';
import { balancedQuotes } from './verbatim';

const MIN_WORDS = 4;
const MAX_WORDS = 18;
/**
 * Longer than this, a headline is a lede sentence a reader takes for a paragraph ("<a deckhand> was
 * ordered to serve nine months of community work at the ferry terminal and pay the harbour board's
 * costs"), however few its words.
 */
const MAX_CHARACTERS = 100;
/** Words a complete headline never ends on: it would stop mid-phrase. */
const OPEN_END =
  /\b(?:a|an|the|of|to|in|on|at|by|for|with|from|and|or|but|as|that|who|which|whose|his|her|their|its|is|are|was|were|has|have|had|be|will|would|after|before|than|into|over|went|currently|reportedly|also|still|already|just)$/iu;
/** A subordinating opening: without the clause after its comma, no statement is made. */
const SUBORDINATE =
  /^(?:Now that|Even as|Even though|Just as|After|When|While|As|Although|Though|Because|If|Since|Before|Until|Once|Despite|During|With)\b/u;
/** A second sentence inside: a whole paragraph, not a headline. */
const SECOND_SENTENCE =
  /(?<!\b(?:\p{Uppercase}|Jr|Sr|St|Stn|Mt|Dr|Mr|Mrs|Ms|Gov|Sen|Rep|Gen|Lt|Col|Capt|Sgt|Inc|Corp|Ltd|Calif|Mich|Ga|Fla))[.!?]["\u201D\u2019]?\s+["\u201C]?\p{Uppercase}/u;
/** A name and a relative clause with nothing after it: "Tom Berg who led the walkout". */
const RELATIVE_ONLY =
  /^(?:\p{Uppercase}[\p{Alphabetic}'\u2019.-]*\s+){1,3}(?:who|which|whose)\s[^,]*(?:,[^,]*)?$/u;

/** Whether a single quote mark opens a quotation ("man 'Hugh") that no single quote closes. */
function singleQuotesOpen(text: string): boolean {
  const opens = (text.match(/(?<=^|\s)['\u2018](?=\p{Alphabetic})/gu) ?? []).length;
  const closes = (text.match(/(?<=[\p{Alphabetic}.,!?])['\u2019](?=\s|[.,;:!?]|$)/gu) ?? []).length;
  return opens > closes;
}

function words(text: string): string[] {
  return text.split(/\s+/u).filter(Boolean);
}

/** The headline without a site name, a section label or a breaking-news tag; trimmed. */
export function cleanHeadline(raw: string): string {
  let text = raw.replace(/\s+/gu, ' ').trim();
  for (const pattern of [SITE_SUFFIX, ...HEADLINE_FURNITURE]) text = text.replace(pattern.regex, '').trim();
  // Copy set with spaces inside its quotation marks ("‘ Hunger Games ’") reads as typed.
  text = text
    .replace(/([\u2018\u201C])\s+(?=\S)/gu, '$1')
    .replace(/(?<=\S)\s+([\u2019\u201D])(?=\s|[.,;:!?]|$)/gu, '$1');
  // A headline takes no full stop, also inside a closing quote ("… breakout “Twilight.”"); "U.S." keeps its own.
  return text.replace(/(?<=\p{Lowercase}{2})\.(["\u201D\u2019]?)$/u, '$1');
}

/** Why a text cannot stand as a headline, or null when it reads as one. */
export function headlineProblem(text: string): string | null {
  const n = words(text).length;
  if (n < MIN_WORDS) return `only ${n} words`;
  if (n > MAX_WORDS) return `${n} words: a paragraph`;
  if (text.length > MAX_CHARACTERS) return `${text.length} characters: a paragraph`;
  if (!/^[\p{Uppercase}\p{N}\u201C"\u2018']/u.test(text)) return 'starts mid-sentence';
  if (OPEN_END.test(text.replace(/[\s.,;:!?"\u201D\u2019]+$/u, ''))) return 'ends mid-phrase';
  // "<side> said": a credit with what was said cut off ("Strike ends, union says" keeps its comma).
  if (/^[^,]*\s(?:said|says|announced|reported|told)$/u.test(text)) return 'ends mid-phrase';
  if (SECOND_SENTENCE.test(text)) return 'more than one sentence';
  if (/[,;:(\u2014\u2013-]$/u.test(text) || /\b(?:at|by|from|to|until)\s+\d{1,2}$/u.test(text))
    return 'ends mid-phrase';
  if (SUBORDINATE.test(text) && !/,/u.test(text)) return 'a subordinate clause without its main clause';
  if (/,\s+(?:the|a|an|who|which|whose)\s[^,]*$/u.test(text)) return 'an appositive left open';
  if (RELATIVE_ONLY.test(text)) return 'a relative clause without its main clause';
  // "… outlets that Tara Reid": a clause that names its subject and stops.
  if (/\b(?:that|whether)\s+(?:\p{Uppercase}\S*\s*){1,3}$/u.test(text)) return 'ends inside a clause';
  // "… Tara Reid who starred": a relative clause cut after its verb.
  if (/\b(?:who|which|whose)\s+\S+$/u.test(text)) return 'ends inside a clause';
  if (!balancedQuotes(text) || singleQuotesOpen(text)) return 'a quotation left open';
  const not = HEADLINE_NOT.find((p) => p.regex.test(text));
  return not ? `reads as ${not.kind}` : null;
}

/**
 * The first source headline that reads as a headline once cleaned, in the story's source order; a
 * question only when `questions` allows it (the last resort).
 */
export function sourceHeadline(articles: Article[], questions = false): string | null {
  for (const article of articles) {
    if (!article.headline) continue;
    const whole = inBodyCase(cleanHeadline(article.headline.value), caseSource(article));
    // A headline with its deck after a semicolon ("<director> still in talks for sequel; release date may
    // slip") too long to stand whole: the headline before the deck.
    const tries = [
      whole,
      ...(headlineProblem(whole) !== null && whole.includes('; ') ? [whole.split('; ')[0] ?? ''] : []),
    ];
    const text = tries.find((t) => headlineProblem(t) === null);
    if (text && (questions || !QUESTION_HEADLINE.regex.test(text))) return text;
  }
  return null;
}

/** Clauses a lead sentence can lose and still say who did what where ("…, police said"; ", 37,"). */
const DROPPABLE = [
  /,\s+(?:\p{Lowercase}[\p{Alphabetic}'\u2019-]*\s+){0,4}(?:said|says|reported|confirmed|announced|told [^,]+)\.?$/u,
  /,\s+according to [^,]+$/u,
  // An inverted credit closing the lead ("..., said reports from Kessel, the island's capital").
  /,\s+(?:said|says|reported)\s+(?:\p{Lowercase}+\s+){0,3}(?:reports?|officials?|police|sources?|witnesses)\b[^,]*(?:,[^,]+)?$/u,
  // An appositive goes only when the verb or the next name of a list follows it: a comma inside it
  // would cut the sentence elsewhere.
  /,\s+(?:who|which|whose|where|the|a|an|with)\s[^,]+,(?=\s+(?:and|has|have|had|was|were|is|are|will|would|said|says|\p{Lowercase}+ed)\s)/gu,
  /,\s+\d{1,3},/gu,
  // A short appositive closing the sentence describes its last noun: "… into Promises, a clinic in Malibu".
  /,\s+(?:a|an|the)\s(?![^,]*\b(?:has|have|had|is|are|was|were|will|would|said)\b)[^,]{1,60}$/u,
];
/** Where a lead's main clause ends: a conjunction or participle phrase opens what follows. */
const CLAUSE_END =
  /,\s+(?:after|before|when|while|as|because|amid|following|despite|since|although|though|but|where|which|in what|\p{Lowercase}+ing)\s/u;

/** A lead-in before the subject: an attribution or a scene-setting phrase closed by a comma. */
const LEAD_IN = /^(?:According to [^,]{1,60}|(?:In|After|On|Like|Now that|Amid|Following) [^,]{1,60}),\s+/u;

/** Words that open a modifier after the main clause even without a comma ("… late Friday killing two"). */
const SOFT_END = /\s(?:after|who|which|killing|leaving|following|amid|while|when|as|during|with)\s/gu;

/**
 * A comma that does not go on with a list of names, each maybe behind capitalized titles ("the Harbour, Coast
 * and Island cups", "chair Ana Ruiz, CEO Tom Berg and ..."): cutting there leaves the list whole, not its
 * first name alone as a headline.
 */
const LIST_COMMA = unicodePattern(
  String.raw`,\s(?!(?:\p{Uppercase}[\p{Alphabetic}.-]*\s+){0,3}\p{Uppercase}[\p{Alphabetic}.-]*(?:,|\s+(?:and|or)\s))`,
  'g',
);

/** A relative clause that runs to the end of a cut. */
const OPEN_RELATIVE = /\s(?:who|which)\s[^,]*$/u;

const AUXILIARY = /^(?:has|have|had|is|are|was|were|will|would|says|said)$/u;

function pastOrAuxiliary(word: string): boolean {
  return /^[a-z]{3,}ed$/u.test(word) || PAST_TENSE.has(word) || AUXILIARY.test(word);
}

/**
 * Whether a cut kept the subject and its appositive and left out the predicate ("The champion Braves,
 * with the best record in the league" before ", added another pitcher"): no verb in the cut, and one
 * opening a comma-set phrase after it.
 */
function predicateAfter(cut: string, rest: string): boolean {
  const verbs = (cut.match(/\p{Lowercase}+/gu) ?? []).some(pastOrAuxiliary);
  const after = [...rest.matchAll(/,\s+(\p{Lowercase}+)\b/gu)].some((m) => pastOrAuxiliary(m[1] ?? ''));
  return !verbs && after;
}

/**
 * The text up to a comma (else a modifier) that leaves a complete-looking headline, the longest that
 * fits; as it is when it fits whole or when no cut may be made (`cut` false).
 */
function shortened(text: string, cut: boolean): string {
  if ((words(text).length <= MAX_WORDS && text.length <= MAX_CHARACTERS) || !cut) return text;
  const at = (pattern: RegExp) => [...text.matchAll(pattern)].map((m) => text.slice(0, m.index)).reverse();
  // A cut inside a relative clause ("Crews who had waited on the quay") may have left out its main verb.
  const fits = (c: string) =>
    words(c).length >= MIN_WORDS + 2 &&
    // A name set off by a comma may be the subject of a verb after it ("his daughter, Ana, is ...").
    !/,\s+(?:\p{Uppercase}[\p{Alphabetic}'\u2019.-]*\s*){1,3}$/u.test(c) &&
    headlineProblem(c) === null &&
    !OPEN_RELATIVE.test(c) &&
    !predicateAfter(c, text.slice(c.length));
  return at(LIST_COMMA).find(fits) ?? at(SOFT_END).find(fits) ?? at(PHRASE_CUT.regex).find(fits) ?? text;
}

/** The lead cut to its main clause (and shorter, when `cut`), or null when what is left is no headline. */
function cutLead(lead: string, cut: boolean): string | null {
  let text = capitalize(
    capitalize(
      lead
        .replace(/\s+/gu, ' ')
        .trim()
        .replace(/[.!?]["\u201D]?$/u, ''),
    ).replace(LEAD_IN, ''),
  );
  for (const pattern of DROPPABLE) text = text.replace(pattern, pattern.global ? ' ' : '');
  text = text.replace(/\s{2,}/gu, ' ').replace(/\s+,/gu, ',');
  const end = CLAUSE_END.exec(text);
  if (end && words(text.slice(0, end.index)).length >= MIN_WORDS) text = text.slice(0, end.index);
  text = shortened(text.replace(/,\s*$/u, '').trim(), cut);
  // A quotation opening the lead is no account of the event.
  if (/^[\u201C"\u2018']/u.test(text)) return null;
  return headlineProblem(text) === null ? text : null;
}

function without(rows: TextPattern[], text: string): string {
  return rows.reduce((left, row) => left.replace(row.regex, ''), text).trim();
}

/**
 * A short sentence from the lead: lead-in, appositives and attributions dropped, cut where the main
 * clause ends (a "now that" clause the lead states as known first); when that gives none, the same
 * without the day and the attribution. Null when what is left is no headline.
 */
export function headlineFromLead(lead: string): string | null {
  const known = KNOWN_CLAUSES.map((row) => row.regex.exec(lead)?.[1]).find((clause) => clause !== undefined);
  const kept = without(HEADLINE_NEVER, lead);
  // What a "now that" clause states as known is the news; the clause after it comments on it.
  // Last, what an announcement states ("X announced that Y"): a lead too long to cut may say it short.
  const reported = REPORTED_CLAUSE.regex.exec(kept)?.[1];
  const tries = [
    ...(known ? [without(HEADLINE_NEVER, `${known}.`)] : []),
    kept,
    without(HEADLINE_ADJUNCTS, kept),
    ...(reported ? [reported] : []),
  ];
  // Every try whole first: a lead without its day or its credit says more than one cut short at a
  // phrase ("<side> said" of "<side> said on Thursday they signed <player>").
  for (const text of tries) {
    const headline = cutLead(text, false);
    if (headline) return headline;
  }
  // Cut short, the longest cut of any try says most ("<side> announced they were parting with <coach>"
  // without its day, over "<side> on Thursday announced they were parting").
  const cuts = tries.map((text) => cutLead(text, true)).filter((h): h is string => h !== null);
  return cuts.reduce<string | null>((best, h) => (best === null || h.length > best.length ? h : best), null);
}
