/**
 * Step 4: every drafted sentence through the verifier against only the sentences it cites. A
 * sentence citing a number no source has, or stating what its cited sentences do not, is dropped.
 */
import { datePhrase } from '../dates';
import { withoutRepeats } from '../overlap';
import type { Clause, SentenceVerdict } from '../types';
import { typeset } from '../typeset';
import { bareSentence, withoutDeicticDay } from '../verbatim';
import { type CitedSentence, type VerifyContext, verify } from '../verify';
import type { SourceSentence } from './01-sources';
import type { CitedDraft, ModelDraft } from './03-answer';

/** The verified sentences of each section, and the verdict on every sentence the model wrote. */
export interface CheckedDraft {
  whatsNew: Clause[];
  background: Clause[];
  verdicts: SentenceVerdict[];
}

/**
 * The verifier checks names, numbers, dates and quotations; a model can also state a new fact in
 * plain words ("the mayor resigned"). Most of a sentence's content words must be in what it cites.
 */
const MIN_SUPPORTED_SHARE = 0.6;
/** Attribution and linking words our sentences may add: they state no fact of the event. */
const LINKING = new Set(
  'said says reported reports according added told called described that this these those which with from also were have been their they them after before while when where into over about both more than what other'.split(
    ' ',
  ),
);
/** Lower-case words of four letters or more: names, numbers and dates are the verifier's to check. */
const CONTENT_WORD = /(?<![\p{Alphabetic}\p{N}'\u2019-])\p{Lowercase}{4,}/gu;

/** Word stems: five letters, so "approved" finds "approval" and a plural its singular. */
function stems(text: string): string[] {
  return (text.match(CONTENT_WORD) ?? []).filter((w) => !LINKING.has(w)).map((w) => w.slice(0, 5));
}

/** The content words of the sentence found in none of its cited sentences, when they are too many. */
function unsupportedWords(sentence: string, cited: CitedSentence[], context: VerifyContext): string[] {
  const dateWords = cited.flatMap((c) => c.dates.map((d) => datePhrase(d, context.reference) ?? ''));
  // Any word of the sources counts, capitalized or not: "Residents said" supports "residents".
  const known = new Set(stems([...cited.map((c) => c.text), ...dateWords].join(' ').toLowerCase()));
  const words = stems(sentence);
  const missing = words.filter((w) => !known.has(w));
  return words.length - missing.length >= MIN_SUPPORTED_SHARE * words.length ? [] : missing;
}

function verdictOf(
  draft: CitedDraft,
  byNumber: Map<number, SourceSentence>,
  context: VerifyContext,
): SentenceVerdict {
  const unknown = draft.cites.filter((n) => !byNumber.has(n));
  if (unknown.length > 0) {
    const reason = `cites ${unknown.join(', ')}, which no source sentence is numbered`;
    return { text: draft.text, ok: false, failures: [{ kind: 'no-source', text: draft.text, reason }] };
  }
  const cited = draft.cites.flatMap((n): CitedSentence[] => {
    const s = byNumber.get(n);
    return s
      ? [{ text: s.text, dates: s.dates, datedReport: s.datedReport, published: s.published ?? undefined }]
      : [];
  });
  const verdict = verify(draft.text, cited, context);
  const missing = cited.length > 0 ? unsupportedWords(draft.text, cited, context) : [];
  if (missing.length === 0) return { text: draft.text, ...verdict };
  const reason = `most of its words are in no cited sentence (${missing.join(', ')})`;
  const failures = [...verdict.failures, { kind: 'no-source' as const, text: draft.text, reason }];
  return { text: draft.text, ok: false, failures };
}

function clauseOf(draft: CitedDraft, byNumber: Map<number, SourceSentence>): Clause {
  const cited = draft.cites.flatMap((n) => byNumber.get(n) ?? []);
  return {
    text: draft.text,
    sources: cited.map((s) => ({ key: s.key, outlet: s.outlet, sentence: s.sentence })),
    dates: cited.flatMap((s) => s.dates),
  };
}

/** Verifies the draft sentence by sentence; a repeat of an earlier kept sentence is left out, as in the extractive composer. */
export function checkDraft(
  draft: ModelDraft,
  sources: SourceSentence[],
  context: VerifyContext,
): CheckedDraft {
  const byNumber = new Map(sources.map((s) => [s.n, s]));
  // A day the model copied as the report names it ("yesterday", or a weekday of a report with no
  // publication date) is dropped, as the extractive composer drops it.
  const undated = (d: CitedDraft) =>
    d.cites.length > 0 && d.cites.every((n) => byNumber.get(n)?.datedReport === false);
  const printed = (drafts: CitedDraft[]) =>
    drafts.map((d) => ({
      ...d,
      text: typeset(undated(d) ? bareSentence(d.text, true) : withoutDeicticDay(d.text)),
    }));
  const whatsNew = printed(draft.whatsNew);
  const background = printed(draft.background);
  const judged = [...whatsNew, ...background].map((d) => ({
    d,
    v: verdictOf(d, byNumber, context),
  }));
  const kept = withoutRepeats(
    judged.filter((j) => j.v.ok),
    (j) => j.d.text,
  ).map((j) => j.d);
  const clauses = (drafts: CitedDraft[]) =>
    drafts.filter((d) => kept.includes(d)).map((d) => clauseOf(d, byNumber));
  return {
    whatsNew: clauses(whatsNew),
    background: clauses(background),
    verdicts: judged.map((j) => j.v),
  };
}
