/**
 * Step 8: the body as paragraphs separated by blank lines. Hard-wrapped blocks (most lines
 * without a sentence end) are joined; otherwise each line is its own paragraph, except that one
 * cut after a title's period ("the Rev.") goes on in the next. List items lose their markers.
 */
import { DOTTED_HONORIFICS } from '../extract/lexicon/people';
import { escapeRegex } from '../extract/text';
import type { Draft } from './draft';

const SENTENCE_END = /[.!?:;"\u201D\u2019')\]]$/;

/** What the three replacements of `toParagraphs` change: a body with none of it (most) is scanned once, not thrice. */
const TO_NORMALIZE = /[\r\u00a0\u2007\u202f\u200b-\u200d\u2060\ufeff\u00ad]/u;

/**
 * The marker of a plain-text list item ("- ", "* ", "** ", "• "), as newsletters and press digests set their items:
 * furniture, not words of the item. "-- " is no marker (it opens contact and credit lines).
 */
const LIST_MARKER = /^(?:\*{1,2}|[-\u2022\u00b7])\s+(?=\S)/u;

/** Normalizes whitespace and paragraph breaks in the body. */
export function toParagraphs(draft: Draft): Draft {
  const text = TO_NORMALIZE.test(draft.body)
    ? draft.body
        .replace(/\r\n?/g, '\n')
        .replace(/[\u00a0\u2007\u202f]/g, ' ')
        .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    : draft.body;
  const paragraphs: string[] = [];
  for (const block of text.split(/\n[ \t]*\n/)) {
    const lines = block
      .split('\n')
      .map((l) => squashSpaces(l).trim())
      .filter(Boolean);
    if (lines.length === 0) continue;
    // A list's items are paragraphs of their own, never a hard-wrapped block, and lose their markers.
    if (lines.some((l) => LIST_MARKER.test(l)))
      paragraphs.push(...lines.map((l) => l.replace(LIST_MARKER, '')));
    else if (isWrapped(lines)) paragraphs.push(lines.join(' '));
    else paragraphs.push(...lines);
  }
  return { ...draft, body: joinCutTitles(paragraphs).join('\n\n') };
}

/** A paragraph ending in a dotted title a name follows ("... said the Rev."). */
const ENDS_IN_TITLE = new RegExp(`(?:^|\\s)(?:${DOTTED_HONORIFICS.map(escapeRegex).join('|')})$`, 'u');
const OPENS_CAPITALIZED = /^\p{Uppercase}/u;

/**
 * Pages rebuilt one sentence a paragraph, by a corpus's sentence splitter or a page's line breaks, cut
 * after a title's period: '"We have no idea," the Rev.' / 'Ian Moss of the parish church said.' No
 * paragraph ends in "Rev." or "Gov.", so one that does goes on in the next, when that opens with a name.
 */
function joinCutTitles(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    const last = out.length - 1;
    const before = out[last];
    if (before !== undefined && ENDS_IN_TITLE.test(before) && OPENS_CAPITALIZED.test(paragraph))
      out[last] = `${before} ${paragraph}`;
    else out.push(paragraph);
  }
  return out;
}

/**
 * Runs of spaces and tabs as one space. Most lines hold neither a tab nor two spaces in a row, and
 * then the replacement would build an equal string: they are returned as they are.
 */
function squashSpaces(line: string): string {
  return line.includes('\t') || line.includes('  ') ? line.replace(/[ \t]+/g, ' ') : line;
}

function isWrapped(lines: readonly string[]): boolean {
  if (lines.length < 2) return false;
  const inner = lines.slice(0, -1);
  const open = inner.filter((l) => !SENTENCE_END.test(l)).length;
  return open / inner.length >= 0.5;
}
