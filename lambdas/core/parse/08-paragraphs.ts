/**
 * Step 8: the body as paragraphs separated by blank lines. Hard-wrapped blocks (most lines
 * without a sentence end) are joined; otherwise each line is its own paragraph.
 */
import type { Draft } from './draft';

const SENTENCE_END = /[.!?:;"\u201D\u2019')\]]$/;

/** What the three replacements of `toParagraphs` change: a body with none of it (most) is scanned once, not thrice. */
const TO_NORMALIZE = /[\r\u00a0\u2007\u202f\u200b-\u200d\u2060\ufeff\u00ad]/u;

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
    if (isWrapped(lines)) paragraphs.push(lines.join(' '));
    else paragraphs.push(...lines);
  }
  return { ...draft, body: paragraphs.join('\n\n') };
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
