/**
 * The NLP extraction core: plain body text in, people, places, organizations, quotes and events out.
 * Hand-written rules over a data lexicon; pure, no I/O, never throws, linear in the text.
 *
 * Steps, each a pure function over the previous steps' results:
 *  00-language     passages not in English are blanked; a report mostly in another language is not analysed
 *  01-sentences    split into sentences (abbreviations, initials, decimals and quotes survive)
 *  02-dates        resolve time expressions against the publication date, keeping precision
 *  03-names        capitalized runs -> people (title, appositive, speech cues), organizations, places, sides
 *  04-coreference  merge mentions into people; short forms resolve to the one full name they belong to;
 *                  a surname the headline names in full takes that name (names/headline-names)
 *  05-quotes       quotations with their speakers (person, institution, pronoun, continued quotes)
 *  06-events       the main event from the headline and lead: type, participants, place, date, action
 *  07-background   earlier events the article refers to, each dated before the main event
 *
 * Steps 6 and 7 share their readers, each a module of its own: event-inputs (what they take in),
 * event-types (which kind of event a text tells), participants (who takes part), event-place and
 * places-in-text (where), event-text (the action phrase, clauses of earlier events).
 */
import { ExtractionError } from '../../errors';
import type { BodyAnalysis, LanguageReport } from '../model';
import { findLanguage, type LanguageScorer, languageOf, withoutForeign } from './00-language';
import { splitSentences } from './01-sentences';
import { findDates } from './02-dates';
import { findEntities } from './03-names';
import { type People, resolvePeople } from './04-coreference';
import { findQuotes } from './05-quotes';
import { findMainEvent } from './06-events';
import { findBackground } from './07-background';
import { type CompiledLexicon, compileLexicon } from './compile';
import type { EventInputs, PlaceObserver } from './event-inputs';
import type { Lexicon } from './lexicon';
import { withHeadlineNames } from './names/headline-names';
import { evidencedOrganizations } from './names/org-evidence';
import { OrgNamer } from './org-names';
import { knownDatelinePlace, knownPlaceName } from './places-in-text';
import { inPublicationZone } from './publication-zone';
import { townsInText } from './towns-in-text';

export { type LanguageScorer, loadLanguageScorer } from './00-language';
export type { Lexicon } from './lexicon';
export { lexiconWith } from './reference-lexicon';

/** What the analysis knows besides the body: the publication date and, when known, headline and dateline. */
export interface AnalysisContext {
  /** Publication date or date-time, ISO. */
  published: string;
  headline?: string;
  datelinePlace?: string;
  /** The dateline was a place in capitals before a dash alone: trusted only when the place is known. */
  datelineBare?: boolean;
  /** Bylines and credits the parser found: these names are never people of the story. */
  credits?: readonly string[];
  /** The language scorer, needed when a paragraph is not plainly English and `language` is not given. */
  languageScorer?: LanguageScorer;
  /** Step 0's report on this body when the caller found it (`bodyLanguage`): the step is then not run again. */
  language?: LanguageReport;
  /** Given the main event's candidate places with their features: how test/eval/place-ranker.ts fits the ranker. */
  observePlaces?: PlaceObserver;
}

/** Step 0 ahead of `analyzeBody`, for a caller that can wait: franc-min is imported only if a paragraph needs it. */
export function bodyLanguage(body: string, lexicon: Lexicon): Promise<LanguageReport> {
  return languageOf(body, compileLexicon(lexicon).functionWords);
}

const EMPTY: BodyAnalysis = {
  sentences: [],
  people: [],
  organizations: [],
  places: [],
  quotes: [],
  mainEvent: null,
  background: [],
};

/**
 * Analyzes a clean article body; every span points into `body`. Empty in, empty out. Passages in
 * another language never reach the English rules; a report mostly in another language gets its
 * language and nothing else. A rule that throws leaves the sentences and the reason in `analysisError`.
 */
export function analyzeBody(body: string, context: AnalysisContext, lexicon: Lexicon): BodyAnalysis {
  if (typeof body !== 'string' || body.trim() === '')
    return { ...EMPTY, sentences: [], people: [], quotes: [], background: [] };
  try {
    return analyzeEnglish(body, context, lexicon);
  } catch (cause) {
    return failed(body, lexicon, cause);
  }
}

/** Step 0, then the English rules on the body with its foreign passages blanked. */
function analyzeEnglish(body: string, context: AnalysisContext, lexicon: Lexicon): BodyAnalysis {
  const lex = compileLexicon(lexicon);
  const language = context.language ?? findLanguage(body, lex.functionWords, context.languageScorer);
  if (language.language !== 'eng') return { ...EMPTY, sentences: [], language };
  const english = withoutForeign(body, language.foreign);
  const analysis = analyze(english, context, lexicon);
  return language.foreign.length > 0 ? { ...analysis, language } : analysis;
}

/** What is left when a rule threw: the sentences if they can still be split, and the reason. */
function failed(body: string, lexicon: Lexicon, cause: unknown): BodyAnalysis {
  const failure = new ExtractionError('The extraction rules failed on this article body', { cause });
  const detail = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
  let sentences: BodyAnalysis['sentences'] = [];
  try {
    sentences = splitSentences(body, compileLexicon(lexicon));
  } catch {
    // The sentence splitter failed too: the reason below says why the article has no analysis.
  }
  return { ...EMPTY, sentences, analysisError: `${failure.message}: ${detail}` };
}

/**
 * The parser's dateline place, unless the dateline was a bare label in capitals before a dash that
 * names no town, country or region the extractor knows: "FEATURE - ..." and "RUGBY LEAGUE - ..." open
 * wire headlines as section labels, in the form of "VIENNA - ...".
 */
function givenDatelinePlace(context: AnalysisContext, lex: CompiledLexicon): string | undefined {
  const place = context.datelinePlace;
  if (place === undefined || !context.datelineBare) return place;
  return knownPlaceName(place, lex) ? place : undefined;
}

function analyze(body: string, context: AnalysisContext, lexicon: Lexicon): BodyAnalysis {
  const lex = compileLexicon(lexicon);
  const sentences = splitSentences(body, lex);
  const published = inPublicationZone(context.published ?? '', body);
  const dates = findDates(body, sentences, published, lex);
  const entities = findEntities(body, sentences, lex);
  const resolved = withoutCredits(
    withHeadlineNames(resolvePeople(entities, sentences, lex), entities, sentences, context.headline, lex),
    context.credits ?? [],
  );
  const datelinePlace =
    givenDatelinePlace(context, lex) ?? knownDatelinePlace(body, lex, { gazetteer: true });
  const leadEnd = sentences[Math.min(2, sentences.length - 1)]?.end ?? 0;
  const hostPlace = datelinePlace ?? entities.places.find((p) => p.kind === 'city' && p.end <= leadEnd)?.name;
  const hostCountry =
    hostPlace === undefined ? undefined : lex.city.get(hostPlace) || lex.country.get(hostPlace) || undefined;
  const namer = new OrgNamer(body, entities, lex, hostCountry);
  const quotes = findQuotes(body, sentences, resolved, entities, namer, lex);
  const evidenced = evidencedOrganizations(body, sentences, entities, resolved.people, lex);
  const inputs: EventInputs = {
    body,
    sentences,
    dates,
    entities,
    people: resolved,
    persons: resolved.people,
    published,
    cuedOrganizations: evidenced,
    lex,
    memo: {},
  };
  if (context.headline !== undefined) inputs.headline = context.headline;
  if (datelinePlace !== undefined) inputs.datelinePlace = datelinePlace;
  if (context.observePlaces !== undefined) inputs.observePlaces = context.observePlaces;
  const mainEvent = findMainEvent(inputs);
  const background = findBackground(inputs, mainEvent);
  return {
    sentences,
    people: resolved.people,
    // "Corven Athletic striker": names written as an organization's and no person's, beside those the name step found.
    organizations: unique([...entities.organizations, ...evidenced].map((o) => namer.display(o))),
    places: unique([
      ...entities.places.filter((p) => !opensAnEventName(body, p.end)).map((p) => p.name),
      ...townsInText(inputs),
    ]),
    quotes,
    mainEvent,
    background,
  };
}

/**
 * "the Gulf War", "the Dorvan Games": a place that opens the name of a war or a games is part of that name, no
 * place the report names (the same place named alone elsewhere is kept).
 */
const EVENT_NAME_AFTER = /^\s(?:Wars?|Games|Olympics)\b/u;

function opensAnEventName(body: string, end: number): boolean {
  return EVENT_NAME_AFTER.test(body.slice(end, end + 10));
}

/** Drops people whose name appears in a byline or credit line. */
function withoutCredits(people: People, credits: readonly string[]): People {
  if (credits.length === 0) return people;
  const credited = (name: string): boolean => credits.some((c) => c.includes(name));
  return {
    people: people.people.filter((p) => !credited(p.name)),
    mentions: people.mentions.filter((m) => !credited(m.name)),
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Measures how many megabytes of article text per second `analyzeBody` processes (for `npm run bench`). */
export function measureThroughput(
  samples: readonly string[],
  now: () => number,
  options: { lexicon: Lexicon; published?: string; minBytes?: number; languageScorer?: LanguageScorer },
): { bytes: number; milliseconds: number; megabytesPerSecond: number } {
  const published = options.published ?? '2024-01-01';
  const minBytes = options.minBytes ?? 1_000_000;
  let bytes = 0;
  const started = now();
  for (let round = 0; round < 10_000 && bytes < minBytes && samples.length > 0; round++) {
    for (const s of samples) {
      analyzeBody(
        s,
        { published, ...(options.languageScorer ? { languageScorer: options.languageScorer } : {}) },
        options.lexicon,
      );
      bytes += Buffer.byteLength(s, 'utf8');
    }
  }
  const milliseconds = Math.max(now() - started, 0.001);
  return { bytes, milliseconds, megabytesPerSecond: bytes / 1_000_000 / (milliseconds / 1000) };
}
