/**
 * Patterns for headlines: what to strip from a source's headline, and what never stands as one.
 * Every row names the kind of text it handles with an in-house example that must match and one
 * that must not; one table test runs them all.
 */

import { DESCRIPTOR_OPENING } from './input-lexicon';
import type { TextPattern } from './patterns';

/**
 * A site name or a source after the headline: " - Harbor Times", " | Meridian Wire", " -
 * harbortimes.com", " - officials", " - Velmoran minister". Two or more lower-case words (besides "the",
 * "of" ...) make the words after the dash the news itself, after a topic's label ("Harbour fuel outlook
 * - Kessel holds the key", "Island wheat - Bids mostly steady"): cut off, the label is left verbless.
 */
export const SITE_SUFFIX: TextPattern = {
  kind: 'site name after a separator',
  regex:
    /\s+[|\u2013\u2014-]\s+(?!(?:\S+\s+)*?(?!(?:the|of|and|on|for|de|la)\s)\p{Lowercase}\S*\s+(?:\S+\s+)*?(?!(?:the|of|and|on|for|de|la)$)\p{Lowercase}\S*$)(?:[\p{Alphabetic}\p{N}&.'\u2019]+\s*){1,4}$|\s+[|\u2013\u2014-]\s+[\w.-]+\.(?:com|org|net|co\.uk|ie|in|ca|au)$/u,
  matches: 'Ferry strike halts island traffic - Harbor Times',
  misses: 'Harbour fuel outlook - Kessel holds the key',
};

/** Labels and tags a page sets before or after the headline. */
export const HEADLINE_FURNITURE: TextPattern[] = [
  {
    kind: 'breaking-news or update tag before the headline',
    regex:
      /^(?:breaking(?:\s+news)?|update[d]?|exclusive|watch|video|photos?|live|just in|must (?:see|read|watch))\s*[:!\u2013\u2014-]+\s*/iu,
    matches: 'BREAKING NEWS- Ferry strike halts island traffic',
    misses: 'Breaking point for island ferries as strike drags on',
  },
  {
    kind: 'a wire desk slug before the headline ("SOCCER - ", "RTRS - ", "Tennis - ")',
    regex:
      /^(?:RTRS\s+-+\s+)?(?:\p{Lu}[\p{Lu}\d&'.]+(?:\s+\p{Lu}[\p{Lu}\d&'.]+){0,2}|Soccer|Football|Tennis|Golf|Cricket|Athletics|Rugby(?:\s+(?:Union|League))?|Baseball|Basketball|Boxing|Cycling|Weather|Focus)\s+-+\s+(?=\S)/u,
    matches: 'SAILING - Harbor crews take the island regatta',
    misses: 'Harbor crews take the island regatta - again',
  },
  {
    kind: 'video or photo tag after the headline',
    regex: /\s*[([](?:video|photos?|pictures|watch|updated?)[)\]]$/iu,
    matches: 'Ferry strike halts island traffic (VIDEO)',
    misses: 'Ferry strike halts island traffic (again)',
  },
];

/** A sentence opening with an earlier period tells background: never a headline, nor what is new. */
export const EARLIER_PERIOD_OPENING: TextPattern = {
  kind: 'a background sentence: it opens with an earlier period',
  regex: /^In (?:the (?:early |mid-?|late )?(?:\d{2}|\d{4})['\u2019]?s|\d{4})\b/u,
  matches: 'In the late 90s Berg was a ferry captain on the island run',
  misses: 'In Port Ellis, ferry crews walk out over pay',
};

/** Texts that stand where a headline might but are not one. */
export const HEADLINE_NOT: TextPattern[] = [
  {
    kind: 'a posting date line',
    regex: /^(?:article\s+)?(?:posted|published|updated|last updated)(?:\s+(?:on|at|by)\b|:)/iu,
    matches: 'Article posted on 03. 04. 2024',
    misses: 'Posted guards keep watch over the harbor',
  },
  {
    kind: 'a photo caption or credit',
    regex:
      /\b(?:file photo|photo:|photograph:|image:|pictured|Getty Images|credit:)|\((?:AP|Reuters|AFP) Photo/iu,
    matches: 'Strikers gather at the ferry terminal (AP Photo/Lena Moss)',
    misses: 'Strikers gather at the ferry terminal as talks stall',
  },
  {
    kind: 'a date or time line',
    regex:
      /^(?:\d{1,2}:\d{2}\s*[AP]M,?\s+)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:\d{1,2}\s+\p{Alphabetic}+\s+\d{4}|\p{Alphabetic}+\s+\d{1,2},\s+\d{4})\b/iu,
    matches: '14 March 2025 Last updated at 09:10 GMT',
    misses: '14 ferries stranded in March storm',
  },
  {
    kind: 'a sentence leaning on another: pronoun opening',
    regex:
      /^(?:He|She|It|They|We|I|You|His|Her|Its|Their|This|That|Oh|Yes|No)\b(?![-'\u2019]s\s+\p{Uppercase})/u,
    matches: 'It is about time, is it not?',
    misses: 'Island ferries stop as crews strike',
  },
  EARLIER_PERIOD_OPENING,
  DESCRIPTOR_OPENING,
  {
    kind: 'a credit to an outlet\u2019s pages ("X reported in its Sunday editions that ..."), or the credit cut from its news',
    regex: /\b(?:reported|said|wrote)\s+in\s+(?:its|their)\s/u,
    matches: 'The Harbour Times reported in its Sunday editions that the ferry crews will strike',
    misses: 'The Harbour Times reported that the ferry crews will strike',
  },
  {
    kind: 'a commentary label: the writer’s view, not the event',
    regex:
      /^(?:Prediction|Opinion|Analysis|Commentary|Editorial|Column|Viewpoint|Comment|My take|Rumor|Rumour)s?\s*:/iu,
    matches: 'Prediction: Ferry Crews Will Win the Strike',
    misses: 'Ferry crews win the strike after nine days',
  },
  {
    kind: 'a participle phrase with no subject: the clause it modifies was cut off',
    regex: /^\p{Uppercase}\p{Lowercase}+(?:ed|en|ing)\s+(?:to|by|for|with|after|as)\s[^,]*$/u,
    matches: 'Expected to win the regatta after the new crew joined',
    misses: 'Trapped for a day, ferry crew rescued off Kessel',
  },
  {
    kind: 'a subject in scare quotes: the writer’s word for what happened, stated as fact',
    regex: /^(?:The|A|An)\s+(?:\p{Lowercase}+\s+){0,2}[\u201C"][^\u201D"]+[\u201D"]\s+\p{Lowercase}/u,
    matches: 'The troubling “curse” strikes the harbour again',
    misses: 'The troubling storm strikes the harbour again',
  },
  {
    kind: 'logo or icon alt text',
    regex: /\b(?:logo|icon|thumbnail|banner image)$/iu,
    matches: 'Harbor Times newspaper logo',
    misses: 'Harbor Times wins press award',
  },
];

/**
 * A question: it asks what happened and tells nothing. A source's question headline stands only
 * when neither another headline nor a cut from a lead reads as one: the outlet's own framing then
 * beats no item.
 */
export const QUESTION_HEADLINE: TextPattern = {
  kind: 'a question: it asks what happened and tells nothing',
  regex: /\?[\u201D"\u2019']?$/u,
  matches: 'Will the ferry crews strike again this winter?',
  misses: 'Ferry crews strike again as winter nears',
};

const WEEKDAY_OR_SEASON =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last (?:week|month|year|summer|winter|spring|fall|autumn))';
const CALENDAR_DAY =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{1,2},\\s+\\d{4}';

/**
 * Words a headline never keeps: a day counted from the day of the report ("yesterday") is false on
 * the day the digest is read, and a bracketed aside or an hour is no part of who did what where.
 */
export const HEADLINE_NEVER: TextPattern[] = [
  {
    kind: 'a day counted from the report',
    regex: /(?:^|,?\s+)(?:yesterday|today|tonight|last night|this (?:morning|afternoon|evening))\b,?/giu,
    matches: 'Yesterday in Port Ellis, the ferry crews walked out',
    misses: 'The ferry crews walked out in Port Ellis at dawn',
  },
  {
    kind: 'an aside in brackets',
    regex: /\s*\([^()]*\)/gu,
    matches: 'Ferry crews walked out at 6 am (0500 GMT) on the island',
    misses: 'Ferry crews walked out at dawn on the island',
  },
  {
    kind: 'the past-perfect auxiliary of a regular verb: a headline tells the act in the simple past',
    regex: /(?<=\s)had\s+(?=\p{Lowercase}{2,}ed\b)/u,
    matches: 'Skipper Ada Vik had checked into a clinic in Port Ellis',
    misses: 'Skipper Ada Vik had been at a clinic in Port Ellis',
  },
  {
    kind: 'a time of day',
    regex: /\s+at\s+\d{1,2}(?::\d{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)(?:\s+local time)?(?=[\s,.]|$)/giu,
    matches: 'Polls in Port Ellis opened at 7:30 am local time',
    misses: 'Polls in Port Ellis opened at 7 stations',
  },
];

/**
 * Words a headline cut from a lead can lose and still say who did what where: the day it happened
 * and the reporter's attribution. Tried only when the lead as written gives no headline.
 */
export const HEADLINE_ADJUNCTS: TextPattern[] = [
  {
    kind: 'a day or part of a day',
    regex: new RegExp(
      `,?\\s+(?:on\\s+)?(?:(?:early|late)\\s+)?${WEEKDAY_OR_SEASON}(?:\\s+(?:morning|afternoon|evening|night))?(?:,\\s+${CALENDAR_DAY},?)?(?=[\\s,.]|$)`,
      'giu',
    ),
    matches: 'Ferry crews in Port Ellis walked out on Friday morning',
    misses: 'Ferry crews in Port Ellis walked out at dawn',
  },
  {
    kind: 'an attribution after the main clause',
    regex: /,\s+(?:said|says|reported|announced)\s+[^,\u201C\u201D"]+(?:,[^,\u201C\u201D"]+)?$/u,
    matches: 'The ferry strike ended as planned, said reports from Port Ellis, the island capital',
    misses: 'The union said reports of a deal were false',
  },
];

/** Clauses a sentence states as known before its main clause: each stands as a headline of its own. */
export const KNOWN_CLAUSES: TextPattern[] = [
  {
    kind: 'a "now that" clause opening a sentence',
    regex: /^Now that\s+([^,]{12,}),\s/u,
    matches: 'Now that the ferry crews have walked out, the island waits for supplies.',
    misses: 'The ferry crews have walked out, and the island waits for supplies.',
  },
  {
    kind: 'news that a clause states, opening a sentence with "With"',
    regex: /^With [^,]{0,60}?\bnews\b[^,]{0,80}?\bthat\s+([^,]{12,}),\s/u,
    matches:
      'With last week’s news from union chief Tom Berg that the crews have voted to strike, the island braces for delays.',
    misses: 'With the crews on strike, the island braces for delays.',
  },
];

/**
 * What an announcement or a report states, after "X announced that" (group 1): the news a headline
 * tells when the whole lead is too long for one.
 */
export const REPORTED_CLAUSE: TextPattern = {
  kind: 'a clause an announcement or a report states, after "X announced that"',
  regex:
    /^[^,]{3,90}?\s(?:announced|announces|said|says|reported|reports|confirmed|confirms)(?:\s+(?:on\s+)?\p{Uppercase}\p{Lowercase}+)?(?:\s+in\s+(?:its|their)\s+(?:[^\s]+\s+){0,5}?editions?)?\s+that\s+((?:the\s+)?\p{Uppercase}.{12,})$/u,
  matches: 'The harbour board of Port Ellis announced Friday that Ada Vik will be its new harbour master.',
  misses: 'The harbour board of Port Ellis announced a new harbour master on Friday.',
};

/** Where a long headline can stop last of all: before a phrase that only adds how, where or by whom. */
export const PHRASE_CUT: TextPattern = {
  kind: 'a prepositional phrase after the verb',
  regex: /\s(?:by|through|in|on|at|from|for|plus|over)\s/gu,
  matches: 'Two ferries were damaged by the storm',
  misses: 'Two ferries were damaged overnight',
};

/**
 * Acts that undo each other: another report's headline telling one side ("Sixers hire a coach") does
 * not stand over a lead telling the other ("the team fired its coach"), whoever they name. Each side
 * is a row with its own examples; a headline that tells both sides is left to the other tests.
 */
export const OPPOSITE_ACTS: [TextPattern, TextPattern][] = [
  [
    {
      kind: 'a hiring: a post given',
      regex: /\b(?:hires?|hired|hiring|appoints?|appointed|taps|tapped|names\s+new)\b/iu,
      matches: 'Harbor Line hires Ilse Varga as chief executive',
      misses: 'Harbor Line parts ways with Ilse Varga',
    },
    {
      kind: 'a firing: a post taken away',
      regex: /\b(?:fires|fired|firing\s+of|sacks?|sacked|dismiss(?:es|ed)?|ousts?|ousted)\b/iu,
      matches: 'The Harbor Line board fired chief executive Ilse Varga on Monday.',
      misses: 'A fire broke out at the Harbor Line depot on Monday.',
    },
  ],
  [
    {
      kind: 'an acquittal',
      regex: /\b(?:acquit(?:s|ted)?|cleared\s+of|not\s+guilty)\b/iu,
      matches: 'Deckhand acquitted of arson at Port Ellis depot',
      misses: 'Deckhand charged with arson at Port Ellis depot',
    },
    {
      kind: 'a conviction',
      regex: /\b(?:convict(?:s|ed)?|found\s+guilty|guilty\s+verdict)\b/iu,
      matches: 'A jury convicted the deckhand of setting the depot fire.',
      misses: 'A jury heard the deckhand deny setting the depot fire.',
    },
  ],
];
