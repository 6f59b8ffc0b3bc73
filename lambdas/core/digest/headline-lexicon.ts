/**
 * Patterns for headlines: what to strip from a source's headline, and what never stands as one.
 * Every row names the kind of text it handles with an in-house example that must match and one
 * that must not; one table test runs them all.
 */

import type { TextPattern } from './patterns';

/** A site name after the headline: " - Harbor Times", " | Meridian Wire", " - harbortimes.com". */
export const SITE_SUFFIX: TextPattern = {
  kind: 'site name after a separator',
  regex:
    /\s+[|–—-]\s+(?:[\p{L}\p{N}&.'’]+\s*){1,4}$|\s+[|–—-]\s+[\w.-]+\.(?:com|org|net|co\.uk|ie|in|ca|au)$/iu,
  matches: 'Ferry strike halts island traffic - Harbor Times',
  misses: 'Ferry strike halts island traffic for a third day',
};

/** Labels and tags a page sets before or after the headline. */
export const HEADLINE_FURNITURE: TextPattern[] = [
  {
    kind: 'breaking-news or update tag before the headline',
    regex: /^(?:breaking(?:\s+news)?|update[d]?|exclusive|watch|video|photos?|live|just in)\s*[:!–—-]+\s*/iu,
    matches: 'BREAKING NEWS- Ferry strike halts island traffic',
    misses: 'Breaking point for island ferries as strike drags on',
  },
  {
    kind: 'video or photo tag after the headline',
    regex: /\s*[([](?:video|photos?|pictures|watch|updated?)[)\]]$/iu,
    matches: 'Ferry strike halts island traffic (VIDEO)',
    misses: 'Ferry strike halts island traffic (again)',
  },
];

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
      /^(?:\d{1,2}:\d{2}\s*[AP]M,?\s+)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},\s+\d{4})\b/iu,
    matches: '14 March 2025 Last updated at 09:10 GMT',
    misses: '14 ferries stranded in March storm',
  },
  {
    kind: 'a sentence leaning on another: pronoun opening',
    regex: /^(?:He|She|It|They|We|I|You|His|Her|Its|Their|This|That|Oh|Yes|No)\b(?![-'’]s\s+\p{Lu})/u,
    matches: 'It is about time, is it not?',
    misses: 'Island ferries stop as crews strike',
  },
  {
    kind: 'logo or icon alt text',
    regex: /\b(?:logo|icon|thumbnail|banner image)$/iu,
    matches: 'Harbor Times newspaper logo',
    misses: 'Harbor Times wins press award',
  },
];
