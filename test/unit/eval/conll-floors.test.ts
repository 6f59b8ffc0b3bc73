import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeBody, lexiconWith, loadLanguageScorer } from '../../../lambdas/core/extract';
import { compileLexicon } from '../../../lambdas/core/extract/compile';
import { LOCAL_REFERENCE_DATA } from '../../../lambdas/local/cli/reference-data';
import {
  type ConllDocument,
  type ConllSplit,
  conllFolder,
  loadSplit,
  measurePeople,
  measurePlaces,
  placeMatcher,
} from '../../../test/eval/conll';
import { conllEventFigures, evaluateConllEvents, loadConllEventCases } from '../../../test/eval/conll-events';
import { evaluateConllQuotes, loadConllQuoteCases } from '../../../test/eval/conll-quotes';
import { prf } from '../../../test/eval/metrics';
import { rightSpeakerShare } from '../../../test/eval/real-quotes';

// CoNLL-2003 is third-party text kept outside the repository: NEWS_DIGEST_CONLL, else ../data/conll2003
// beside the repository. Where neither holds the files (as in CI) the floors are skipped, saying why.
const besideRepo = fileURLToPath(new URL('../../../../data/conll2003', import.meta.url));
const env = process.env.NEWS_DIGEST_CONLL ?? (existsSync(besideRepo) ? besideRepo : undefined);
const folder = conllFolder(env);
const languageScorer = await loadLanguageScorer();
if ('skip' in folder) console.warn(`CoNLL-2003 people, places and quotes floors skipped: ${folder.skip}`);

// The figures reached on real Reuters prose; a change that drops one fails here.
const FLOORS = {
  // People per document (PER). Dev read once at the end of session 24: P 94.8, R 92.0, F1 93.4 (a club's name
  // abroad and a firm inside a title are no person). Session 25, train: P 94.1, F1 92.8 (no function word or glued role
  // opening a sentence is part of a name: "Neither X", "Opener X" beside the full name); P 94.1 (a legal form opens
  // a firm's name of any length: "PT A B C"); P 94.3, F1 92.9 (a name after "St." or after "in Prince" that makes a
  // town is the town); P 94.4, F1 93.0 (Italian particles "dal", "dalla", "dei", "degli" join a surname). Session 26:
  // P 94.7, F1 93.1 (a share price move, a result only clubs have, a seat count, "X, a small village" say a thing).
  // P 95.0, R 91.8, F1 93.4 (Bantu "wa" in a name; natural features, "Daily X", "X CEO" name things; a word no list
  // knows glued before a listed first name and a surname the text repeats).
  // Dev read once at the end of session 26: P 95.0, R 92.2, F1 93.6 (tp 458 fp 24 fn 39).
  people: {
    train: { precision: 0.949, recall: 0.917, f1: 0.933 },
    dev: { precision: 0.95, recall: 0.921, f1: 0.935 },
  },
  // Places named per document (LOC): the gazetteer's countries beside the hand rows, towns a known place opens,
  // a country's dotted initials, no place inside an organization's name, a place prefix only when known or placed,
  // towns and states in running text, towns under the spellings the press writes, no town inside a team's name,
  // towns listed after a place, towns with their state or country, by a bearing, "the port of", "the province of";
  // sites and areas by their own name before the noun ("X airport", "X village"), grounds named after a match or
  // opening a results line, place-only buildings, seats of government, towns a stage runs between or an accord
  // names, countries' short forms ("S. Korea", "NZ"), no place opening a war's or a games' name (session 19).
  places: {
    // Session 25: R 85.6, F1 89.6 (the towns "district of St. X" and "in Prince X, <province>" no longer people).
    train: { precision: 0.94, recall: 0.856, f1: 0.896 },
    // Dev read once at the end of session 18's place rows: P 93.1, R 78.1 -> 78.7, F1 84.9 -> 85.3. Read once
    // at the end of session 19's: P 93.1 -> 93.0, R 78.7 -> 81.5, F1 85.3 -> 86.9. The one floor lowered that
    // session, by a tenth of a point of precision, knowingly: every new row is 94-100% precise on train, so the
    // dev false positives come from text train lacks, and choosing rows by them would tune on dev.
    dev: { precision: 0.929, recall: 0.815, f1: 0.868 },
  },
} as const;

describe.skipIf('skip' in folder)('CoNLL-2003 people and places per document (real text)', () => {
  // The lexicon the extractor runs with: the gazetteer is one of the person gate's features.
  const lexicon = lexiconWith(LOCAL_REFERENCE_DATA);
  const analyze = (body: string, published: string) =>
    analyzeBody(body, { published, languageScorer }, lexicon);
  const samePlace = placeMatcher(compileLexicon(lexicon).country);
  const measure = {
    people: (split: ConllSplit, docs: ConllDocument[]) =>
      measurePeople(split, docs, (body, published) => analyze(body, published).people).people,
    places: (split: ConllSplit, docs: ConllDocument[]) =>
      measurePlaces(split, docs, (body, published) => analyze(body, published).places, samePlace).places,
  };

  it.each([
    ['people', 'train'],
    ['people', 'dev'],
    ['places', 'train'],
    ['places', 'dev'],
  ] as const)(
    'holds the %s floors on %s',
    async (kind, split) => {
      const dir = 'dir' in folder ? folder.dir : '';
      const figures = prf(measure[kind](split, await loadSplit(dir, split)));
      expect(figures.precision).toBeGreaterThanOrEqual(FLOORS[kind][split].precision);
      expect(figures.recall).toBeGreaterThanOrEqual(FLOORS[kind][split].recall);
      expect(figures.f1).toBeGreaterThanOrEqual(FLOORS[kind][split].f1);
    },
    120_000,
  );
});

// Quotes on the hand-annotated training documents, first pick (test/fixtures/real/conll2003-train.quotes.json), tuning ids:
// the share of named quotations given their speaker (93 of 98 since session 18's surname and "saying" rules, 94 since
// session 19's firm short forms; the rules before this gold gave 82; 95 since "the <demonym> <demonym> cabinet" is a
// body that speaks, session 27) and the most quotations naming no one that may be credited to someone (0 of 9; before, 1).
const QUOTE_FLOOR = { rightSpeaker: 0.969, unnamedCredited: 0 };
// Their held-aside ids, read once at the end of session 17: 23 of 27 (the tuning rules of that session moved none).
const ASIDE_QUOTE_FLOOR = 0.851;
// The second pick (conll2003-train.quotes-2.json, session 19), its tuning ids, measured before any rule was changed
// for it: 70 of 90 named quotations, 1 of 18 naming no one credited; 72 since initials with no brackets name their body,
// 73 since a firm's opening words before "said" do; 75 since a given name before a venue or paper word ("Hall") is a
// person's name where a cue or the surname alone before "said" says so (session 23); 76 since a
// person named only inside a quotation is no subject "he said" goes back to; 78 since "it said" after "said the
// statement by spokesman X" is the statement's author; 79 since a long surname typed a second way ("<agency> quoted
// <the surname with a letter more> as saying") is the person's (session 24); 81 since a Nordic firm's form and a
// foreign word for "Group" end an organization's name, so its first word before "said" is its short form; 84 since
// a body's initials in brackets may stand between it and "said", "In a written statement released at ..., X" names
// the statement's author, and a sentence "It" opens before a speech verb is the body that spoke last (session 27).
const SECOND_QUOTE_FLOOR = { rightSpeaker: 0.933, unnamedCredited: 1 };
// Its held-aside ids, read once at the end of session 19: 25 of 26.
const SECOND_ASIDE_QUOTE_FLOOR = 0.961;
// The third pick (conll2003-train.quotes-3.json, session 25), its tuning ids, measured before any rule was changed
// for it: 67 of 74 named quotations, 2 of 9 naming no one credited; 68 and 0 since a quote continuing an unnamed
// spokesman's stays unnamed, "the <role>" the text brought in unnamed ("a forensic scientist") is no one named, and
// "X, who said" is X's; 69 since "the 43-year-old shouted" is a role with no noun before its speech verb; 71 since
// "X of the <town>, <state> police" is an appositive before the verb and a "but" clause of a sentence a pronoun
// opens has a subject of its own for "he said" (session 27).
const THIRD_QUOTE_FLOOR = { rightSpeaker: 0.959, unnamedCredited: 0 };
// Its held-aside ids, read once at the end of session 25 (their first read): 28 of 33.
const THIRD_ASIDE_QUOTE_FLOOR = 0.848;

describe.skipIf('skip' in folder)('CoNLL-2003 train quotes (real text)', () => {
  it('holds the share of quotations given their speaker (tuning and aside ids) and credits no more unnamed ones', async () => {
    const dir = 'dir' in folder ? folder.dir : '';
    const lexicon = lexiconWith(LOCAL_REFERENCE_DATA);
    const find = (body: string, published: string) =>
      analyzeBody(body, { published, languageScorer }, lexicon).quotes;
    const cases = await loadConllQuoteCases(dir);
    const { tally } = evaluateConllQuotes(cases, find, 'tuning', 'first');
    expect(rightSpeakerShare(tally.named)).toBeGreaterThanOrEqual(QUOTE_FLOOR.rightSpeaker);
    expect(tally.unnamed.credited).toBeLessThanOrEqual(QUOTE_FLOOR.unnamedCredited);
    const aside = evaluateConllQuotes(cases, find, 'held-aside', 'first').tally;
    expect(rightSpeakerShare(aside.named)).toBeGreaterThanOrEqual(ASIDE_QUOTE_FLOOR);
    const second = evaluateConllQuotes(cases, find, 'tuning', 'second').tally;
    expect(rightSpeakerShare(second.named)).toBeGreaterThanOrEqual(SECOND_QUOTE_FLOOR.rightSpeaker);
    expect(second.unnamed.credited).toBeLessThanOrEqual(SECOND_QUOTE_FLOOR.unnamedCredited);
    const secondAside = evaluateConllQuotes(cases, find, 'held-aside', 'second').tally;
    expect(rightSpeakerShare(secondAside.named)).toBeGreaterThanOrEqual(SECOND_ASIDE_QUOTE_FLOOR);
    const third = evaluateConllQuotes(cases, find, 'tuning', 'third').tally;
    expect(rightSpeakerShare(third.named)).toBeGreaterThanOrEqual(THIRD_QUOTE_FLOOR.rightSpeaker);
    expect(third.unnamed.credited).toBeLessThanOrEqual(THIRD_QUOTE_FLOOR.unnamedCredited);
    const thirdAside = evaluateConllQuotes(cases, find, 'held-aside', 'third').tally;
    expect(rightSpeakerShare(thirdAside.named)).toBeGreaterThanOrEqual(THIRD_ASIDE_QUOTE_FLOOR);
  }, 60_000);
});

// The main event on the blind-labelled train reports (test/fixtures/real/conll2003.events.json, session 21), tuning ids:
// measured before any rule was changed for them: place 19 of 36, day 64 of 72, actors F1 58.7 (P 46.2, R 80.3); and
// the most reports with no gold place that may be given one (25 of 62). Place 23 since a visit's destination, a
// demonym before the accused and "off the port of" / "in the resort of" were read, 24 since the port is read as the
// town its words call it, whatever word follows. Day 67 since a main sentence dated only by its report gives way to
// the event's own day told in the next two sentences. Actors F1 62.0 and 23 no-place reports placed since a match
// round-up's next games ("In <town>, ...") are no part of the lead's game. Session 22 added a second pick, 33 tuning
// reports labelled blind (and 11 held aside, not held here until read once): on the larger set the same rules give
// place 32 of 50 (from 24 of 36: 66.7% -> 64.0%), day 85 of 92 (from 67 of 72: 93.1% -> 92.4%), actors F1 63.3
// (from 62.0; P 52.9, R 78.8) and 28 of 81 no-place reports given one (from 23 of 62). Place 34 since a place the
// gazetteer lacks is read by its distance and bearing from another ("at X, about 90 km south of Y"); 36 since a known
// town before the local person a crime report is about ("a 12-year-old X girl") places it; 38 since a town as the
// attribute of the street or home something happened at ("on an X street", "at the president's X residence") does.
// Place 39, day 86 and actors F1 63.6 since "demonstrated outside / against" tells a protest; place 40 since a
// departure ("left X on Monday for Y") is placed in the town left; 41 since a charge is placed where the town's
// prosecutors who filed it sit ("X prosecutors said they had charged"). Actors F1 66.0 (P 56.8, R 78.8) since a quote's
// speaker first named after the lead, an officeholder framing the news and an owner named in passing take no part.
// Session 23 (these are the first two picks only; the third is held below): 27 no-place reports placed since a town
// before "press" names whose papers a press review relays; place 43 since an arrest told in the passive after the lead
// ("were caught in X") is placed there over a wider place the lead names for something else; 44 since a trip still to
// come is placed where it goes ("will head to X"). Session 24: 26 no-place reports placed since a quarter-final is no
// town's quarter ("will meet in Friday's quarter-finals" had given "Friday's"); actors F1 67.4 (P 57.5, R 81.3) since a
// foreign minister closing the lead ("X asked Y to ..., Foreign Minister Z said") speaks for the government, no source.
// Session 25: actors F1 67.7 (P 58.0) since "Neither X" and "Opener X" are no second person beside X. The gold's place
// conventions settled (fixtures README; a national vote named by demonym placed in its country, a state's act -> no
// place: 44 of 50 still; two market reports -> their exchange: 44 of 52), then 46 of 52 since a market report is
// placed at the exchange its lead names by short name before a futures contract. Session 26: actors F1 74.3 (P 68.4,
// R 81.3) since a match report's parties are those its lead names doing the main act, not later scorers or quoted
// players (the gold's match convention, fixtures README); 75.0 (P 68.8, R 82.5) since the one a singles winner beat,
// named in the next lead sentence, is the other side. Session 27: 75.4 (P 69.5, R 82.5) since the officials named
// after a lead telling what a body said of itself ("<country> said on <day> it ...") speak for it, no party; 76.3
// (P 71.0) since a person a thing depicts or honours ("in tribute to X") or named in a "whose" clause is no party;
// 77.0 (R 83.8) since one who opens the lead with an age in the appositive and acts is no vox-pop; 77.9 (P 72.8)
// since a person first named as a noun's modifier in the rebuilt headline ("<X> aide quits") is no party.
const EVENT_FLOOR = { place: 46 / 52, date: 86 / 92, actorsF1: 0.779, placedWithoutGold: 26 };
// The third train pick's 87 tuning reports (session 23, labelled blind): first output, before any rule was written
// against them, place 19 of 31, day 50 of 59, actors F1 59.3 (P 46.7, R 81.4), 17 of 56 no-place reports given one.
// Place 22 and 15 no-place reports placed after session 23's rules (a press review's papers, "in X village", a venue
// ending in "Court", an arrest "stopped at an X airport"). Session 24: place 24 since a named campus or airport after
// the possessive of its town or country ("at X's Y University", "at X's Y airport") is read as the event's venue; 25
// since a weekday's possessive stands where an article would before a town ("at Friday's X athletics meeting"). Actors
// F1 60.5 (P 47.4, R 83.7) since the foreign minister closing the lead is a party. Session 25: 61.0 (P 48.0); the
// gold's place conventions settled (fixtures README): a figure over a state, and a market whose exchange the lead does
// not name, have no place: 25 of 29 (two misses relabelled null; no rule change). Session 26: actors F1 72.9 (P 66.0,
// R 81.4), a match report's parties read from its lead only; 75.0 (P 67.9, R 83.7) once a word no list knows glued
// before a player's full name no longer makes a second actor. Session 27: 76.6 (P 70.6, R 83.7) since the officials
// named after a lead telling what a body said of itself speak for it; 78.3 (P 73.5) since a person a thing depicts or
// honours ("the teachings of X") is no party; 79.1 (P 75.0) since a quote's speaker named "X of <town> police, the
// force that ..., said" after the lead is a voice on the event; 80.0 (P 76.6) since a person first named as a noun's
// modifier ("<X> aide quits") is no party; 82.6 (R 88.4) since the one a singles winner beat is read from a lead
// sentence before the match's cue, and one who says she "was freed" is no official telling the news.
const THIRD_EVENT_FLOOR = { place: 25 / 29, date: 50 / 59, actorsF1: 0.826, placedWithoutGold: 15 };
// The testa reports (held aside), read once at the end of session 21, after its rules: place 8 of 15, day 26 of 29,
// actors F1 53.5 (P 42.2, R 73.1), 6 of 24 no-place reports given one.
// Unchanged when read once again at the end of session 22, after its place rules, and of session 23; at the end of
// session 24 actors F1 54.3 (the foreign minister closing a lead is a party). Session 26, read once at its end: actors
// F1 65.6 (P 57.1, R 76.9; the match and singles-match parties), place and day unchanged.
const ASIDE_EVENT_FLOOR = { place: 8 / 15, date: 26 / 29, actorsF1: 0.655, placedWithoutGold: 6 };
// The held-aside quarter of the second train pick (11 reports), read once at the end of session 22, after its rules:
// place 1 of 2, day 6 of 8, actors F1 66.7 (P 55.6, R 83.3), 2 of 9 no-place reports given one.
// Unchanged when read once again at the end of session 23.
const TRAIN_ASIDE_EVENT_FLOOR = { place: 1 / 2, date: 6 / 8, actorsF1: 0.666, placedWithoutGold: 2 };
// The held-aside quarter of the third train pick (29 reports), read once at the end of session 23, after its rules:
// place 4 of 15, day 20 of 24, actors F1 51.3 (P 38.5, R 76.9), 5 of 14 no-place reports given one; at the end of
// session 24 actors F1 55.0 (P 40.7, R 84.6).
// Session 26, read once at its end: actors F1 72.7 (P 60.0, R 92.3), place and day unchanged.
const TRAIN_THIRD_ASIDE_EVENT_FLOOR = { place: 4 / 15, date: 20 / 24, actorsF1: 0.727, placedWithoutGold: 5 };

describe.skipIf('skip' in folder)('CoNLL-2003 train main event place, day and actors (real text)', () => {
  it('holds the figures of the blind-labelled reports, train (tuning and aside) and testa', async () => {
    const dir = 'dir' in folder ? folder.dir : '';
    const lexicon = lexiconWith(LOCAL_REFERENCE_DATA);
    const find = (body: string, published: string) =>
      analyzeBody(body, { published, languageScorer }, lexicon).mainEvent;
    const cases = await loadConllEventCases(dir, ['train', 'dev']);
    for (const [file, split, picks, floor] of [
      ['train', 'tuning', ['first', 'second'], EVENT_FLOOR],
      ['train', 'tuning', ['third'], THIRD_EVENT_FLOOR],
      ['train', 'held-aside', ['second'], TRAIN_ASIDE_EVENT_FLOOR],
      ['train', 'held-aside', ['third'], TRAIN_THIRD_ASIDE_EVENT_FLOOR],
      ['dev', 'held-aside', ['first'], ASIDE_EVENT_FLOOR],
    ] as const) {
      const { scores } = evaluateConllEvents(cases, find, file, split, picks);
      const figures = conllEventFigures(scores);
      expect(figures.place).toBeGreaterThanOrEqual(floor.place);
      expect(figures.date).toBeGreaterThanOrEqual(floor.date);
      expect(figures.actorsF1).toBeGreaterThanOrEqual(floor.actorsF1);
      expect(scores.placedWithoutGold).toBeLessThanOrEqual(floor.placedWithoutGold);
    }
  }, 60_000);
});
