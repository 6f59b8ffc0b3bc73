/**
 * Step 3: find people (with titles), organizations, places and country sides in the body.
 *
 * Sub-steps, in names/:
 *  context           tokens, their sentences and title phrases, read once
 *  sentence-kinds    credit lines and title-case headlines, whose capitalized words are no names
 *  of-organizations  "Ministry of Foreign Affairs": organizations built on "of", taken first
 *  runs              each run of capitalized words (with name particles between)
 *  word-kinds        each word of a run: known organization, place, side, title, time, common word or name
 *  groups            name groups of a run -> people (person) and suffix organizations ("... Group")
 *  titles            each person's title and affiliation, from before the name or an appositive after it
 *  teams             "the Angels", "the Boston Red Sox": a plural after "the" names a team, an organization
 *  bodies            lower-case government bodies; nested organizations kept once
 *  acronyms          "the Harbour Workers Union (HWU)": each later "HWU" is that organization
 *  short-forms       "Kestrel Lines Holdings AB said ... Kestrel said": a firm's opening words before a speech verb
 */
import type { Sentence } from '../model';
import type { CompiledLexicon } from './compile';
import { acronymMentions } from './names/acronyms';
import { lowerCaseBodies, outermost } from './names/bodies';
import { nameContext } from './names/context';
import { collectGroups } from './names/groups';
import { ofOrganizations } from './names/of-organizations';
import { runEnd } from './names/runs';
import { creditSentences, titleCaseSentences } from './names/sentence-kinds';
import { shortFormMentions } from './names/short-forms';
import { teams } from './names/teams';
import { assignTitles } from './names/titles';
import type { Entities, Found } from './names/types';
import { classifyRun } from './names/word-kinds';
import { isCapitalized, type Token } from './text';

export type { Entities, OrgMention, PersonMention, PlaceMention, SideMention } from './names/types';

/** Finds people, organizations, places and sides; credit lines ("Reporting by ...") are skipped. */
export function findEntities(body: string, sentences: readonly Sentence[], lex: CompiledLexicon): Entities {
  const ctx = nameContext(body, sentences, lex);
  const { tokens, sentenceOf } = ctx;
  const skip = creditSentences(sentences, lex);
  const headlineLike = titleCaseSentences(tokens, sentenceOf, sentences);
  const found: Found = { people: [], singles: [], organizations: [], places: [], sides: [] };
  const consumed = ofOrganizations(ctx, found);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (skip.has(sentenceOf[i] ?? -1) || !isCapitalized(t.text) || consumed[i] === true) {
      i++;
      continue;
    }
    const { kinds, end } = classifyRun(ctx, i, runEnd(ctx, i, consumed), found);
    collectGroups(ctx, i, end, kinds, headlineLike, found);
    i = end + 1;
  }
  assignTitles(ctx, found.people);
  teams(ctx, consumed, headlineLike, found);
  const named = outermost([...found.organizations, ...lowerCaseBodies(ctx)]);
  const organizations = outermost([
    ...named,
    ...acronymMentions(body, named),
    ...shortFormMentions(body, named, lex),
  ]);
  // "Kurdistan Workers Party": a place read before the run's suffix made it an organization is part of its name.
  const places = found.places.filter(
    (p) =>
      !organizations.some((o) => o.start <= p.start && o.end >= p.end && o.end - o.start > p.end - p.start),
  );
  return { tokens, ...found, organizations, places };
}
