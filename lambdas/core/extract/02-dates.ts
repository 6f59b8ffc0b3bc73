/** Step 2: find time expressions and resolve them against the publication date, keeping their precision. */
import type { DatePrecision, ResolvedDate, Sentence, Span } from '../model';
import { unicodePattern } from '../unicode-pattern';
import { isoOf, mondayOf, monthBounds, parseIsoDay, partsOf, toDay, validDay, weekdayOf } from './calendar';
import type { CompiledLexicon } from './compile';
import { escapeRegex, spanOf, startsUppercase } from './text';

/** A capitalized word right before. */
const CAPITALIZED_BEFORE = unicodePattern(String.raw`\p{Uppercase}[\p{Alphabetic}.]*\s+$`);

// Compiled once: a regex literal inside a loop builds a new RegExp object at every pass.

/** A resolved time expression with a span, and whether its words mark it as past ("earlier", "ago", "last"). */
export interface DateMention extends ResolvedDate {
  span: Span;
  pastCue: boolean;
}

interface Range {
  start: number;
  end: number;
  precision: DatePrecision;
}

type Resolver = (m: RegExpExecArray, ctx: Context) => Range | null;

/**
 * A date pattern and how to resolve its matches. `needs`: lowercase words one of which every match holds (as
 * the pattern spells them, in any case), so a body holding none of them is not scanned: the patterns with a
 * long alternation up front cost the most of this step.
 */
interface DatePattern {
  re: RegExp;
  resolve: Resolver;
  needs?: readonly string[];
}

interface Context {
  pub: number;
  lex: CompiledLexicon;
  body: string;
}

/** Words before a date that look ahead: an auxiliary or a schedule ("will", "is set to"). */
const FUTURE =
  /(?:(?<!\w)(?:will|would|shall|is set to|are set to|set for|is scheduled|are scheduled|is expected to|are expected to|plans? to|is due to|are due to|is slated|upcoming|ahead of|planned to|invited \p{Alphabetic}+ to)|(?<=\w)(?:\u2019ll|'ll))\b/iu;
/**
 * People gathering or getting ready somewhere to do what the date names: "with delegates gathering in
 * Kessel to open a congress on Thursday" ("were gathering", "gathered" tell the past). Case-sensitive, so
 * that "to" takes a verb only: "heading to the stadium", "heading to Wembley" name where they went.
 */
const GATHERING_AHEAD =
  /(?<!\b(?:[Ww]as|[Ww]ere)\s+)\b(?:[Gg]athering|[Aa]ssembling|[Pp]reparing|[Gg]etting ready|[Hh]eading|[Cc]onverging)\s+(?:[^.;,]{0,40}?\s)?to\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)\b)\p{Lowercase}+\b/u;

/** Whether words before a date look ahead (FUTURE, GATHERING_AHEAD). */
function looksAhead(text: string): boolean {
  return FUTURE.test(text) || GATHERING_AHEAD.test(text);
}

/** Months: a later month at most this far ahead of the publication month may be the coming one. */
const QUARTER = 3;
/**
 * A common noun right after a day ("for November 3 polls", "a September 4 deadline"): the date is set before it,
 * as after "the". Not a verb ("on November 3 said", "arrested"), nor a word that opens a phrase or clause.
 */
const NOUN_AFTER =
  /^\s+(?!(?:and|or|but|to|in|at|on|by|for|of|with|from|when|while|after|before|as|that|which|who|the|a|an|was|were|is|are|had|has|have|will|would|could|should|may|might|said|says|this|last|next)\b)(?!\p{Lowercase}+ed\b)\p{Lowercase}{3,}\b/u;
/** "the " right before a date: the date is set before a noun ("the Nov. 5 election"). */
const THE_BEFORE = /\bthe\s$/iu;
/**
 * A verb in the past tense: lower-case "-ed" forms ("Lebed" and "Ahmed" are names) but the participles that
 * schedule ("scheduled for", "expected in", "planned for"), auxiliaries, common irregular pasts, and "ago" or "last".
 */
const PAST =
  /(?<!\p{Alphabetic})(?!(?:scheduled|expected|planned|slated|timetabled|earmarked|billed|tipped|needed|proposed|intended)\b)\p{Lowercase}{2,}ed\b|\b(?:was|were|had|did|died|won|lost|left|began|took|made|held|fell|rose|met|came|went|saw|struck|broke|fled|sank|fought|sent|led|gave|became|ago|last)\b/u;

/**
 * "due to be held in Oslo on March 3", "the sale was expected to be completed in June": a participle
 * after "to be" tells no past; the event is still ahead of whoever expected it.
 */
const TO_BE_AHEAD = /\b(?:due|expected|scheduled|set|slated|planned)\s+to\s+be\b/iu;

/**
 * "in March last year", "on May 5 next year", "in July of this year": the year named after the month, counted from
 * the publication year. Without it "March" alone would be this year's in a report published in August.
 */
const RELATIVE_YEAR = String.raw`(?:,?\s+(?:of\s+)?(last|next|this)\s+year\b)?`;

/** The year "last", "next" or "this" year names, as digits, or undefined for none. */
function relativeYear(ctx: Context, word: string | undefined): string | undefined {
  if (word === undefined) return undefined;
  const shift = { last: -1, this: 0, next: 1 }[word.toLowerCase()];
  return shift === undefined ? undefined : String(partsOf(ctx.pub).year + shift);
}

function capitalizedAt(m: RegExpExecArray, group: number): boolean {
  const v = m[group];
  return v !== undefined && startsUppercase(v);
}

function yearFor(
  month: number,
  ctx: Context,
  at: number,
  explicit?: string,
  direction?: string,
  end?: number,
): number {
  if (explicit !== undefined) return Number(explicit);
  const p = partsOf(ctx.pub);
  if (direction === 'next') return month <= p.month ? p.year + 1 : p.year;
  if (direction === 'last') return month >= p.month ? p.year - 1 : p.year;
  // Without a year, a month later than the publication month is last year's, unless the clause looks ahead or
  // the month is at most a quarter ahead and its clause tells no past: wire copy names the coming months without
  // their year ("to tour Brazil in September", "the Nov. 5 election" in August), and a month most of a year back
  // as "last November" or with its year. A date set before a noun ("the September 4 game") takes the noun's time,
  // not the clause's ("picked the squad for the September 4 game").
  // One earlier than it, in a clause that looks ahead ("will hold an election on June 14" in December), next year's.
  if (month > p.month) {
    const attributive =
      THE_BEFORE.test(ctx.body.slice(Math.max(0, at - 4), at)) ||
      (end !== undefined && NOUN_AFTER.test(ctx.body.slice(end, end + 24)));
    const soon =
      month - p.month <= QUARTER &&
      (attributive || !pastVerbNear(ctx.body, at) || TO_BE_AHEAD.test(clauseBefore(ctx.body, at)));
    return futureClause(ctx.body, at) || soon ? p.year : p.year - 1;
  }
  return month < p.month && futureVerbNear(ctx.body, at) ? p.year + 1 : p.year;
}

/** True when the clause before an offset is in the future tense ("will", "is set to", "is on"). */
function futureClause(body: string, at: number): boolean {
  const clause = body.slice(Math.max(0, at - 160), at);
  const stop = Math.max(clause.lastIndexOf('.'), clause.lastIndexOf(';'));
  const tail = clause.slice(stop + 1);
  return looksAhead(tail) || /\b(?:is|are)\s+(?:on|in|for|slated|planned)\b/i.test(tail);
}

/** The words since the last clause break before an offset ("will hold an election on"). */
function clauseBefore(body: string, at: number): string {
  const before = body.slice(Math.max(0, at - 80), at);
  return before.split(/[.;,]|\b(?:who|which|that|after|before)\b/u).pop() ?? '';
}

/** True when the words since the last clause break before an offset look ahead ("will hold an election on"). */
function futureVerbNear(body: string, at: number): boolean {
  return looksAhead(clauseBefore(body, at));
}

/** True when the words since the last clause break before an offset tell the past ("the storm hit land on"). */
function pastVerbNear(body: string, at: number): boolean {
  return PAST.test(clauseBefore(body, at));
}

function monthOf(word: string | undefined, lex: CompiledLexicon): number | null {
  if (word === undefined) return null;
  const key = word.toLowerCase();
  const found = lex.month.get(key) ?? lex.month.get(`${key}.`);
  return found === undefined ? null : found + 1;
}

function day(d: number | null): Range | null {
  return d === null ? null : { start: d, end: d, precision: 'day' };
}

function month(year: number, mo: number): Range {
  const [start, end] = monthBounds(year, mo);
  return { start, end, precision: 'month' };
}

function week(anyDay: number): Range {
  const monday = mondayOf(anyDay);
  return { start: monday, end: monday + 6, precision: 'week' };
}

function year(y: number): Range {
  return { start: toDay(y, 1, 1), end: toDay(y, 12, 31), precision: 'year' };
}

function numberOf(word: string | undefined, lex: CompiledLexicon): number {
  if (word === undefined) return 1;
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  return lex.numberWords.get(w) ?? (Number.parseInt(w, 10) || 1);
}

function shift(base: number, unit: string, n: number): Range {
  const u = unit.toLowerCase().replace(/s$/, '');
  if (u === 'day') return { start: base + n, end: base + n, precision: 'day' };
  if (u === 'week') return week(base + 7 * n);
  const p = partsOf(base);
  if (u === 'month') {
    const total = p.year * 12 + (p.month - 1) + n;
    return month(Math.floor(total / 12), (total % 12) + 1);
  }
  return year(p.year + n);
}

function weekdayRange(m: RegExpExecArray, ctx: Context): Range | null {
  if (!capitalizedAt(m, 2)) return null;
  const target = ctx.lex.weekday.get((m[2] ?? '').toLowerCase());
  if (target === undefined) return null;
  const cue = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  const pubDay = weekdayOf(ctx.pub);
  const before = ctx.pub - (((pubDay - target + 6) % 7) + 1);
  const after = ctx.pub + (((target - pubDay + 6) % 7) + 1);
  if (cue === 'next' || cue === 'this coming') return day(after);
  if (cue === 'last' || cue === 'this past' || cue === 'past' || cue === 'since') {
    return day(before);
  }
  if (target === pubDay) return day(ctx.pub);
  if (futureClause(ctx.body, m.index) || cue === 'until' || cue === 'by') return day(after);
  // A weekday named alone that would be six days back is tomorrow unless its clause tells the past: wire copy
  // writes "last Friday" for that day, and "Friday's grand prix" or "launches the system on Friday" for the
  // coming one. A possessive weekday names its event's day whatever the clause's tense.
  const possessive = POSSESSIVE_AFTER.test(ctx.body.slice(m.index + m[0].length, m.index + m[0].length + 3));
  if (
    after === ctx.pub + 1 &&
    (cue === '' || cue === 'on') &&
    (possessive || !pastVerbNear(ctx.body, m.index))
  )
    return day(after);
  return day(before);
}

/** "'s" right after a word: "Friday's match". */
const POSSESSIVE_AFTER = /^['\u2019]s\b/u;

function relativeUnit(m: RegExpExecArray, ctx: Context): Range | null {
  const cue = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const unit = (m[2] ?? '').toLowerCase();
  const dir = /last|past|previous/.test(cue) ? -1 : /next|coming/.test(cue) ? 1 : 0;
  const p = partsOf(ctx.pub);
  if (unit === 'weekend') {
    const wd = weekdayOf(ctx.pub);
    if (dir === 0 && (wd === 6 || wd === 0) && !/over the/.test(cue)) {
      const sat = wd === 6 ? ctx.pub : ctx.pub - 1;
      return { start: sat, end: sat + 1, precision: 'range' };
    }
    if (dir === 1 || (dir === 0 && /this$/.test(cue) && wd >= 4)) {
      const sat = ctx.pub + ((6 - wd + 7) % 7 || 7);
      return { start: sat, end: sat + 1, precision: 'range' };
    }
    const sat = ctx.pub - ((wd + 1) % 7 || 7);
    return { start: sat, end: sat + 1, precision: 'range' };
  }
  if (unit === 'week') return week(ctx.pub + 7 * dir);
  if (unit === 'month') {
    const total = p.year * 12 + (p.month - 1) + dir;
    return month(Math.floor(total / 12), (total % 12) + 1);
  }
  return year(p.year + dir);
}

/** Builds the patterns; month and weekday names are checked for capitals by the resolvers. */
function patterns(lex: CompiledLexicon): DatePattern[] {
  const monthNames = lex.lexicon.months.flatMap((row) => row.split(/[|,]/).filter((x) => x !== ''));
  const M = monthNames
    .sort((a, b) => b.length - a.length)
    .map((n) => (n.endsWith('.') ? `${escapeRegex(n.slice(0, -1))}\\.` : escapeRegex(n)))
    .join('|');
  const W = lex.weekdaySource;
  const N = `${lex.numberSource}|\\d{1,3}`;
  return [
    {
      re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
      resolve: (m) => day(validDay(Number(m[1]), Number(m[2]), Number(m[3]))),
    },
    {
      re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g,
      resolve: (m) => day(validDay(Number(m[3]), Number(m[1]), Number(m[2]))),
    },
    {
      re: new RegExp(
        `\\b(${M})(?!\\w)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?${RELATIVE_YEAR}`,
        'gi',
      ),
      resolve: (m, ctx) => {
        const mo = monthOf(m[1]?.replace(/\.$/, ''), ctx.lex);
        if (mo === null || !capitalizedAt(m, 1)) return null;
        const year = yearFor(
          mo,
          ctx,
          m.index,
          m[3] ?? relativeYear(ctx, m[4]),
          undefined,
          m.index + m[0].length,
        );
        return day(validDay(year, mo, Number(m[2])));
      },
    },
    {
      re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${M})(?!\\w)(?:,?\\s+(\\d{4})\\b)?`, 'gi'),
      resolve: (m, ctx) => {
        const mo = monthOf(m[2]?.replace(/\.$/, ''), ctx.lex);
        if (mo === null || !capitalizedAt(m, 2)) return null;
        return day(validDay(yearFor(mo, ctx, m.index, m[3]), mo, Number(m[1])));
      },
    },
    {
      re: new RegExp(
        `\\b(?:((?:earlier|later|early|late|mid|since|until|till|through|by|last|this|next|in|of|during|from|before|after|throughout)(?:[\\s-]+(?:in|this|of|last|next|early|late|mid))*)[\\s-]+)?(${M})(?!\\w)(?:,?\\s+(\\d{4})\\b)?${RELATIVE_YEAR}`,
        'gi',
      ),
      resolve: (m, ctx) => {
        const mo = monthOf(m[2]?.replace(/\.$/, ''), ctx.lex);
        if (mo === null || !capitalizedAt(m, 2)) return null;
        const cue = (m[1] ?? '').toLowerCase();
        const name = m[2] ?? '';
        // A bare "May" or "March" is too often a verb or a surname to count without a cue.
        if (cue === '' && m[3] === undefined) {
          if (/^(?:May|March|Mar|Jun|Jan|Sep|Sept)$/.test(name) || name.endsWith('.')) return null;
          const prev = ctx.body.slice(Math.max(0, m.index - 30), m.index);
          if (CAPITALIZED_BEFORE.test(prev) || /(?:^|[.!?]\s+|\n\s*)$/.test(prev)) return null;
        }
        const direction = /next/.test(cue) ? 'next' : /last/.test(cue) ? 'last' : undefined;
        return month(yearFor(mo, ctx, m.index, m[3] ?? relativeYear(ctx, m[4]), direction), mo);
      },
    },
    {
      re: /\b(?:in|since|by|until|during|from|of|early|late|mid|before|after|throughout|the year)[\s-]+((?:19|20)\d{2})\b(?![-/]\d)/gi,
      resolve: (m) => year(Number(m[1])),
      // Its run of short words up front made it the costliest row on a body with no year in it.
      needs: ['19', '20'],
    },
    {
      re: /\b(this past|this coming|last|this|next|past|previous|coming|earlier this|later this|over the|during the|the previous|the past)\s+(year|month|week|weekend)\b/gi,
      resolve: relativeUnit,
      needs: ['year', 'month', 'week'],
    },
    {
      re: new RegExp(
        `\\b(?:(this past|this coming|last|next|this|on|since|by|until|late|early)\\s+)?(${W})(?:\\s+(?:morning|afternoon|evening|night))?\\b`,
        'gi',
      ),
      resolve: weekdayRange,
      needs: [...lex.weekday.keys()],
    },
    {
      re: /\b(earlier today|later today|today|tonight|this morning|this afternoon|this evening|last night|yesterday(?:\s+(?:morning|afternoon|evening))?|tomorrow(?:\s+(?:morning|afternoon|evening|night))?|the day before yesterday|the day after tomorrow)\b/gi,
      resolve: (m, ctx) => {
        const w = (m[1] ?? '').toLowerCase();
        if (w.startsWith('the day before')) return day(ctx.pub - 2);
        if (w.startsWith('the day after')) return day(ctx.pub + 2);
        if (w.startsWith('yesterday') || w === 'last night') return day(ctx.pub - 1);
        if (w.startsWith('tomorrow')) return day(ctx.pub + 1);
        return day(ctx.pub);
      },
      needs: ['today', 'morning', 'afternoon', 'evening', 'night', 'yesterday', 'tomorrow'],
    },
    {
      // Only "ago" and "from now" count from the publication; "three weeks after the vote", "two days
      // later" and "a year earlier" count from another event, whose day this pattern cannot know.
      re: new RegExp(`\\b(${N})\\s+(days?|weeks?|months?|years?)\\s+(ago|from now)\\b`, 'gi'),
      resolve: (m, ctx) => {
        const n = numberOf(m[1], ctx.lex);
        return shift(ctx.pub, m[2] ?? 'day', /from now/i.test(m[3] ?? '') ? n : -n);
      },
      needs: ['ago', 'from now'],
    },
    {
      re: new RegExp(
        `\\b(?:in|over|during|within)?\\s*the\\s+(coming|next|following|past|last|previous)\\s+(?:(few|couple of|${N})\\s+)?(days|weeks|months|years)\\b`,
        'gi',
      ),
      resolve: (m, ctx) => {
        const unit = (m[3] ?? 'days').toLowerCase().replace(/s$/, '');
        const n = m[2] === undefined || /few|couple/i.test(m[2]) ? 3 : numberOf(m[2], ctx.lex);
        const size = unit === 'day' ? n : unit === 'week' ? 7 * n : unit === 'month' ? 30 * n : 365 * n;
        if (/coming|next|following/i.test(m[1] ?? ''))
          return { start: ctx.pub + 1, end: ctx.pub + size, precision: 'range' };
        return { start: ctx.pub - size, end: ctx.pub - 1, precision: 'range' };
      },
      needs: ['days', 'weeks', 'months', 'years'],
    },
  ];
}

const PAST_CUE = /\b(?:earlier|last|ago|past|previous|previously|yesterday|since)\b/i;

/** The patterns, and one scan that finds which of their `needs` words a lowercased body holds. */
interface DatePatterns {
  list: DatePattern[];
  needed: NeededWords;
}

interface NeededWords {
  /** A lookahead at every offset for the longest needed word starting there (it matches empty, so never consumes). */
  scan: RegExp;
  /** The needed words that open each word the scan may capture, itself included. */
  opening: Map<string, readonly string[]>;
}

const patternCache = new WeakMap<CompiledLexicon, DatePatterns>();

/**
 * Compiles the rows' `needs` into one scan: asking the body about each of the 25 words with `includes` ran the
 * body 25 times and cost a third of what the date rows' own scans did.
 */
function neededWords(list: readonly DatePattern[]): NeededWords {
  const words = [...new Set(list.flatMap((p) => p.needs ?? []))].sort((a, b) => b.length - a.length);
  return {
    scan: new RegExp(`(?=(${words.map(escapeRegex).join('|')}))`, 'g'),
    opening: new Map(words.map((w) => [w, words.filter((v) => w.startsWith(v))])),
  };
}

/**
 * The needed words `lower` holds: the same as asking `lower.includes(word)` of each. At an offset where words start,
 * the scan captures the longest, and every other word starting there is a prefix of it.
 */
function wordsIn(lower: string, needed: NeededWords): Set<string> {
  const found = new Set<string>();
  const { scan, opening } = needed;
  scan.lastIndex = 0;
  for (let m = scan.exec(lower); m !== null; m = scan.exec(lower)) {
    for (const w of opening.get(m[1] ?? '') ?? []) found.add(w);
    scan.lastIndex = m.index + 1;
  }
  return found;
}

/** Finds and resolves every time expression of the body against the publication date. */
export function findDates(
  body: string,
  sentences: readonly Sentence[],
  published: string,
  lex: CompiledLexicon,
): DateMention[] {
  const pub = parseIsoDay(published);
  if (pub === null || body.length === 0) return [];
  const ctx: Context = { pub, lex, body };
  let compiled = patternCache.get(lex);
  if (compiled === undefined) {
    const list = patterns(lex);
    compiled = { list, needed: neededWords(list) };
    patternCache.set(lex, compiled);
  }
  const found: Array<{ start: number; end: number; range: Range; order: number }> = [];
  // Lowercasing keeps every ASCII letter's word (and a case-insensitive pattern matches ASCII letters only).
  const present = wordsIn(body.toLowerCase(), compiled.needed);
  compiled.list.forEach(({ re: rx, resolve, needs }, order) => {
    if (needs !== undefined && !needs.some((word) => present.has(word))) return;
    // The cached global regexes are reused from the start: no resolver runs another date pattern.
    rx.lastIndex = 0;
    for (let m = rx.exec(body); m !== null; m = rx.exec(body)) {
      if (m[0].length === 0) {
        rx.lastIndex++;
        continue;
      }
      const lead = m[0].length - m[0].trimStart().length;
      const range = resolve(m, ctx);
      if (range !== null) found.push({ start: m.index + lead, end: m.index + m[0].length, range, order });
    }
  });
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.order - b.order);
  const out: DateMention[] = [];
  let lastEnd = -1;
  for (const f of found) {
    if (f.start < lastEnd) continue;
    lastEnd = f.end;
    const text = body.slice(f.start, f.end);
    const before = body.slice(Math.max(0, f.start - 12), f.start);
    out.push({
      start: isoOf(f.range.start),
      end: isoOf(f.range.end),
      precision: f.range.precision,
      text,
      span: spanOf(sentences, f.start, f.end),
      pastCue: PAST_CUE.test(text) || /\bearlier\s+(?:in|this)?\s*$/i.test(before) || f.range.end < pub,
    });
  }
  return out;
}
