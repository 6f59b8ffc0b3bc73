/**
 * Checks one composed sentence against the exact source sentences it cites: every name, number,
 * date and quotation it states must be stated there, or follow from a date the cited sentence
 * itself gives, resolved against that report's own publication date. Written for any composer:
 * the template composer here, and a model that writes sentences citing source sentence numbers.
 */
import type { ResolvedDate } from '../model';
import {
  AHEAD_AFTER,
  BARE_WEEKDAY,
  DATE_AS_CONTRACT,
  DATE_AS_SUBJECT,
  DEICTIC_DAY,
  INVITED_TO,
  LOOKS_AHEAD,
  PERIOD_FROM_REPORT,
  PLAN_PARTICIPLE,
  SPAN_BOUND,
  WEEKDAY_OCCASION,
} from './date-lexicon';
import { calendarDay, datePhrase, dayPhrase, PHRASE_PREPOSITION } from './dates';
import { isoWeek } from './period';
import { corpusOf, unsupportedNames } from './support';
import { typeset } from './typeset';

/** One source sentence a composed sentence rests on, with the dates it gives. */
export interface CitedSentence {
  /** The sentence verbatim from the article body. */
  text: string;
  /** Time expressions of this sentence, resolved against the report's publication date. */
  dates: ResolvedDate[];
  /** Whether the report's publication date is known: relative words ("Friday") resolve only then. */
  datedReport: boolean;
  /** The report's publication day, `YYYY-MM-DD`, when known. */
  published?: string;
}

export interface VerifyContext {
  /** The digest's date: a year equal to its year is left out of written dates. */
  reference: string;
  /** Outlet names the composer may add as attribution; they state no fact of the event. */
  attributions: string[];
}

export type FailureKind = 'no-source' | 'quotation' | 'date' | 'name';

export interface VerifyFailure {
  kind: FailureKind;
  /** The words of the composed sentence that failed. */
  text: string;
  reason: string;
}

export interface Verdict {
  ok: boolean;
  failures: VerifyFailure[];
}

/** Date words that bring their own preposition ("in May", "on Friday"): a verb after them has another subject. */
const OWN_PREPOSITION =
  /^(?:on|in|at|by|over|during|from|since|until|through|for|last|next|this|early|late)\b/iu;

const QUOTATION = /\u201C([^\u201D]*)\u201D|"([^"]*)"/gu;
const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** A calendar date stated in a sentence: "Friday, January 9, 2009", "Jan. 9", "May 2024", "Tuesday". */
const DATE_WORDS = new RegExp(
  `(?:${WEEKDAY},?\\s+)?${MONTH}\\s+\\d{1,2}(?:,\\s+\\d{4})?(?:\\s+to\\s+(?:${MONTH}\\s+)?\\d{1,2}(?:,\\s+\\d{4})?)?|${MONTH}\\s+\\d{4}|${WEEKDAY}`,
  'gu',
);
const WEEKDAY_IN = new RegExp(WEEKDAY, 'u');
/** A weekday not followed by its calendar date ("Saturday, December 13" states its own day). */
const WEEKDAY_ALONE = new RegExp(`${WEEKDAY}(?!,?\\s+${MONTH}\\s+\\d)`, 'gu');
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Date words that state the whole date themselves: with a year, no publication date is needed. */
const STATES_YEAR = /\b\d{4}\b/u;

const MS_PER_DAY = 86_400_000;

function daysBefore(day: string, later: string): number {
  return (Date.parse(later.slice(0, 10)) - Date.parse(day.slice(0, 10))) / MS_PER_DAY;
}

/**
 * Why a day resolved against the report's date may be the wrong one: words that look ahead with a
 * day resolved before the report, or a weekday named alone resolved six days before it. A reporter
 * writes "last Tuesday" for that day; a bare one there is the day after a date line that lags an
 * updated text, or a day to come read as past (every such day of the ECB+ tuning reports was wrong).
 */
function wrongWeek(date: ResolvedDate, cited: CitedSentence): string | null {
  const published = cited.published;
  // A month is checked too: a regatta "set to start in August" in an April report is the August to come.
  if (!published || (date.precision !== 'day' && date.precision !== 'month')) return null;
  const before = cited.text.slice(0, cited.text.indexOf(date.text));
  const clause = before.split(/[,;.]/u).pop() ?? '';
  const after = cited.text.slice(cited.text.indexOf(date.text) + date.text.length);
  const ahead =
    LOOKS_AHEAD.regex.test(clause) ||
    PLAN_PARTICIPLE.regex.test(clause) ||
    INVITED_TO.regex.test(clause) ||
    AHEAD_AFTER.regex.test(after);
  if (daysBefore(date.end, published) > 0 && ahead) {
    return `"${date.text}" resolved to ${date.start}, before the report, in words that look ahead`;
  }
  if (date.precision !== 'day') return null;
  if (yearBackForNearDay(date, published)) {
    return `"${date.text}" names no year and resolved to ${date.start}, a year back, though that day comes within two weeks of the report`;
  }
  if (BARE_WEEKDAY.regex.test(date.text) && daysBefore(date.start, published) === 6) {
    return `"${date.text}" resolved to ${date.start}, six days before the report, with no "last" to say so`;
  }
  return null;
}

/** A month and day with no year, as "September 3" or "Sept. 3" names one. */
const MONTH_DAY = new RegExp(`${MONTH}\\s+\\d{1,2}(?!\\d|,?\\s+\\d{4})`, 'u');
/**
 * Days after the report within which the same month and day, read a year back, is a guess. Not a
 * month: a firing "on June 8" in a May report was the June before (ECB+ tuning).
 */
const NEAR_DAYS = 14;

/**
 * Whether a month and day with no year ("invited offers September 3") resolved to a year back while
 * that day of the report's own year comes within two weeks of it: a reporter names the year for a day
 * almost a year gone, so the words name the day to come, and which one is no fact a source gives.
 */
function yearBackForNearDay(date: ResolvedDate, published: string): boolean {
  if (!MONTH_DAY.test(date.text) || STATES_YEAR.test(date.text)) return false;
  const ahead = `${published.slice(0, 4)}${date.start.slice(4, 10)}`;
  const gap = daysBefore(published, ahead);
  return date.start.slice(0, 4) < published.slice(0, 4) && gap > 0 && gap <= NEAR_DAYS;
}

function weekdayOf(iso: string): string | undefined {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return undefined;
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
}

/** Why a resolved date may not be written, or null when the item can show how it follows from its words. */
function unshowable(date: ResolvedDate, cited: CitedSentence): string | null {
  if (date.end < date.start) return `the period ends (${date.end}) before it starts (${date.start})`;
  if (!date.text || !cited.text.includes(date.text)) {
    return `"${date.text}" is not in the sentence it dates`;
  }
  const said = date.text.match(WEEKDAY_IN)?.[0];
  if (said && date.precision === 'day' && weekdayOf(date.start) !== said) {
    return `"${date.text}" resolved to ${date.start}, a ${weekdayOf(date.start)}`;
  }
  const after = cited.text.slice(cited.text.indexOf(date.text) + date.text.length);
  const bare = !OWN_PREPOSITION.test(date.text);
  const noun =
    DATE_AS_CONTRACT.regex.test(after) ||
    (bare && DATE_AS_SUBJECT.regex.test(after)) ||
    (WEEKDAY_IN.test(date.text) && WEEKDAY_OCCASION.regex.test(after));
  if (noun) {
    return `"${date.text}" is a noun in its sentence (a subject, a contract's month, an occasion's day), not when its event took place`;
  }
  if (!cited.datedReport && !STATES_YEAR.test(date.text)) {
    return `"${date.text}" needs the report's publication date, which is unknown`;
  }
  return wrongWeek(date, cited);
}

function quotationFailures(sentence: string, cited: CitedSentence[]): VerifyFailure[] {
  return [...sentence.matchAll(QUOTATION)].flatMap((m) => {
    // Sentence punctuation is set inside the closing mark, as American style wants.
    const quoted = (m[1] ?? m[2] ?? '').trim().replace(/[.,]$/u, '');
    // A quotation may run over two cited sentences ("… well tied. The sea …").
    const joined = cited.map((c) => c.text).join(' ');
    if (quoted === '' || cited.some((c) => c.text.includes(quoted)) || joined.includes(quoted)) return [];
    return [{ kind: 'quotation' as const, text: quoted, reason: 'not verbatim in a cited sentence' }];
  });
}

/** The period a reader counting from the digest's day would take the words for, as a comparable key. */
function periodKey(words: string, day: string): string {
  if (/\bago\b/iu.test(words)) return day;
  if (/\bweek(?:end)?\b/iu.test(words)) return isoWeek(day);
  if (/\bmonth\b/iu.test(words)) return day.slice(0, 7);
  return day.slice(0, 4);
}

/**
 * Time words left as the reporter wrote them that count from the report's own time: a weekday of a
 * report with no publication date (no reader can tell which week it names), and a period such as
 * "this season" or "three weeks ago" unless the report was published in the period the digest's day
 * falls in (only then does a reader counting from the digest's day reach the same one).
 */
function fromReportTime(unquoted: string, cited: CitedSentence[], reference: string): VerifyFailure[] {
  const holding = (words: string) => cited.filter((c) => c.text.includes(words));
  const weekdays = [...unquoted.matchAll(WEEKDAY_ALONE)]
    .map((m) => m[0])
    .filter((day) => {
      const own = holding(day);
      return own.length > 0 && own.every((c) => !c.datedReport);
    })
    .map((day) => ({
      kind: 'date' as const,
      text: day,
      reason: 'a weekday of a report whose publication date is unknown: no reader can tell which week',
    }));
  const period = unquoted.match(PERIOD_FROM_REPORT.regex)?.[0];
  const own = period ? holding(period) : [];
  const placed = own.some(
    (c) =>
      c.published !== undefined &&
      periodKey(period ?? '', c.published) === periodKey(period ?? '', reference),
  );
  const periods =
    period && !placed
      ? [
          {
            kind: 'date' as const,
            text: period,
            reason:
              'counts from the report\u2019s own time, and the digest\u2019s day falls in another period',
          },
        ]
      : [];
  return [...weekdays, ...periods];
}

/**
 * The publication days a credit states ("…, Meridian Wire reported on Tuesday, March 10."): a fact of
 * the cited report, shown by its date line, and stated of the report, never of the event.
 */
function reportDays(sentence: string, cited: CitedSentence[], reference: string): string[] {
  return cited.flatMap((c) => {
    const phrase = c.published && dayPhrase(c.published, reference);
    return phrase && sentence.includes(`reported ${phrase}`) ? [phrase.replace(PHRASE_PREPOSITION, '')] : [];
  });
}

/** The sentence with every date it may state blanked out, and the failures of the dates it may not. */
function dateCheck(
  sentence: string,
  cited: CitedSentence[],
  reference: string,
): { rest: string; failures: VerifyFailure[] } {
  const failures: VerifyFailure[] = [];
  const shown: string[] = [];
  for (const c of cited) {
    for (const date of c.dates) {
      // "the May 29 vote": a day set as a modifier is written without its weekday.
      const written = [
        datePhrase(date, reference)?.replace(PHRASE_PREPOSITION, ''),
        calendarDay(date, reference),
      ];
      const words = written.find((w): w is string => !!w && sentence.includes(w));
      const phrase = datePhrase(date, reference);
      if (!phrase || !words) continue;
      // "Since 1991" written "in 1991" turns a span into an occasion the source never dates.
      const spanWritten = SPAN_BOUND.regex.test(date.text) && !sentence.includes(date.text);
      const reason = spanWritten ? `"${date.text}" bounds a span; it dates no occasion` : unshowable(date, c);
      if (reason) failures.push({ kind: 'date', text: phrase, reason });
      else shown.push(words);
    }
  }
  shown.push(...reportDays(sentence, cited, reference));
  let rest = sentence;
  for (const phrase of shown.sort((a, b) => b.length - a.length)) rest = rest.split(phrase).join(' ');
  // Date words left over must be the sources' own words.
  const quoted = rest.replace(QUOTATION, ' ');
  const deictic = quoted.match(DEICTIC_DAY.regex)?.[0];
  if (deictic) {
    failures.push({
      kind: 'date',
      text: deictic,
      reason: 'counts from the report\u2019s own day; a reader counts it from the digest\u2019s',
    });
  }
  failures.push(...fromReportTime(quoted, cited, reference));
  for (const m of quoted.matchAll(DATE_WORDS)) {
    if (cited.some((c) => c.text.includes(m[0]))) continue;
    if (failures.some((f) => f.text.includes(m[0]))) continue;
    failures.push({ kind: 'date', text: m[0], reason: 'no cited sentence gives this date' });
  }
  return { rest, failures };
}

/** Whether a composed sentence states only what its cited source sentences state. */
export function verify(written: string, sources: CitedSentence[], context: VerifyContext): Verdict {
  // Both set as the composer sets what it prints ("she ’ s" as "she’s"): spacing states no fact.
  const sentence = typeset(written);
  const cited = sources.map((c) => ({ ...c, text: typeset(c.text) }));
  if (cited.length === 0) {
    return { ok: false, failures: [{ kind: 'no-source', text: sentence, reason: 'cites no sentence' }] };
  }
  const dates = dateCheck(sentence, cited, context.reference);
  const corpus = corpusOf([...cited.map((c) => c.text), ...context.attributions]);
  const names = unsupportedNames(dates.rest, corpus).map((name) => ({
    kind: 'name' as const,
    text: name,
    reason: 'stated in no cited sentence',
  }));
  const failures = [...quotationFailures(sentence, cited), ...dates.failures, ...names];
  return { ok: failures.length === 0, failures };
}
