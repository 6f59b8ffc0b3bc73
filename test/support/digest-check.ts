/**
 * The reader's check, run over every digest the tests compose: no sentence fails verification, no
 * headline that is a fragment, no sentence that repeats another, no dateline, byline or credit, no
 * "unknown" attribution, no background that is a plan or today's news, no two background sentences
 * dating one occasion a year apart, no two telling one occasion (one naming its sides, one describing
 * them as "the pair"), no space left inside a word or a number ("she ’ s", "1, 300"), no
 * quotation credited to one person whose sentence credits another or that carries its own credit, no
 * question or exclamation mark set before a comma ("“Why?,” she said"), no what's new opening with an
 * earlier period ("In the late 90s ..."), no line of a press review its outlet says it has not verified, of a fact sheet or of a chronology,
 * no lead leaning on a sentence of its report the reader never saw ("The pirates were ..."), no ordinary
 * word keeping its capital after "X reported that", no quotation leaning on what its report told before
 * it or telling its report's "now" under another report's lead, no background sentence about someone
 * the item never introduced, no earlier occasion told twice in other words, no quotation credited to
 * an outlet that only reported it, no sentence credited both by its own source and by an outlet, no
 * person named by a descriptor nothing printed refers to ("the 37-year-old man"), no background dated by
 * the term of a comparison or beside a period its report counted ("that year" read as another year),
 * no "those taking part" under a lead telling another event of the gathering's report, no background
 * from a report listing separate items of news ("factors to watch").
 * Returns what is wrong, one line a problem; an empty list is a pass.
 */
import { checkFaithful, composeDigest } from '../../lambdas/core/digest';
import {
  datesItsOwnEvent,
  type Occasion,
  retoldBesideItsYear,
  tellingsInConflict,
  toldByDescription,
  toldTwice,
} from '../../lambdas/core/digest/background';
import { attributionsOf, verifyClause } from '../../lambdas/core/digest/cite';
import { carriesCredit, nameWords } from '../../lambdas/core/digest/credit';
import { COMPARED_DATE, DAY_SET_AS } from '../../lambdas/core/digest/date-lexicon';
import { datePhrase, PHRASE_PREPOSITION } from '../../lambdas/core/digest/dates';
import { headlineProblem } from '../../lambdas/core/digest/headline';
import { EARLIER_PERIOD_OPENING } from '../../lambdas/core/digest/headline-lexicon';
import {
  descriptorWithoutReferent,
  leansOnSentenceBefore,
  listsItems,
  peopleNames,
  relaysNoNews,
} from '../../lambdas/core/digest/input';
import { EVENT_BY_KIND, NOT_PROSE } from '../../lambdas/core/digest/input-lexicon';
import { undescribedSubject } from '../../lambdas/core/digest/names';
import { MAX_OVERLAP, overlap } from '../../lambdas/core/digest/overlap';
import { leadTellsAnother } from '../../lambdas/core/digest/participants';
import { momentOfAnother, quoteLeansOutside, saidEarlier } from '../../lambdas/core/digest/quote-context';
import {
  carriesOwnCredit,
  creditedToOutlet,
  creditsAnother,
  pronounMayBeAnother,
} from '../../lambdas/core/digest/quote-credit';
import type { Clause, Digest, DigestItem } from '../../lambdas/core/digest/types';
import { typeset } from '../../lambdas/core/digest/typeset';
import { bareSentence, lowerFirst } from '../../lambdas/core/digest/verbatim';
import { readsAlone, sharesHeadline, tellsHeadline } from '../../lambdas/core/digest/whats-new';
import { escapeRegex } from '../../lambdas/core/extract/text';
import type { Article, Story } from '../../lambdas/core/model';

/**
 * Kinds of NOT_PROSE row that no printed sentence may show: furniture, and fragments (a sentence cut
 * short, split inside a bracket or a quotation, a writer's aside, a descriptor with nothing to refer
 * to, a verbless teaser), and a table's heading, key, footnote or line. A pronoun opening is a style matter.
 */
const FURNITURE =
  /dateline|byline|caption|furniture|social-media|cut short|split sentence|quotation cut off|own aside|descriptor|teaser|table|punctuation mark/u;
const UNKNOWN_CREDIT = /\b(?:according to unknown|unknown (?:also )?reported|sources?: unknown)\b/iu;

function clauseProblems(item: DigestItem, clauses: Clause[], articles: Map<string, Article>, date: string) {
  const outlets = attributionsOf(
    item.sources.flatMap((s) => [...articles.values()].filter((a) => a.outlet.value === s.outlet)),
  );
  const problems: string[] = [];
  clauses.forEach((clause, i) => {
    const verdict = verifyClause(clause, articles, date, outlets);
    for (const f of verdict.failures)
      problems.push(`fails verification (${f.kind}: ${f.text}): ${clause.text}`);
    const row = NOT_PROSE.find((p) => FURNITURE.test(p.kind) && p.regex.test(clause.text));
    if (row) problems.push(`${row.kind}: ${clause.text}`);
    problems.push(...quoteProblems(clause, articles));
    const relayed = clause.sources.some((s) => {
      const article = articles.get(s.key);
      return article !== undefined && relaysNoNews(article);
    });
    if (relayed)
      problems.push(`states a line of a press review, a fact sheet or a chronology as news: ${clause.text}`);
    if (/[?!],[\u201D"]/u.test(clause.text))
      problems.push(`a question or exclamation mark before a comma: ${clause.text}`);
    if (typeset(clause.text) !== clause.text)
      problems.push(`a space inside a word or a number: ${clause.text}`);
    for (const earlier of clauses.slice(0, i)) {
      if (overlap(clause.text, earlier.text) >= MAX_OVERLAP)
        problems.push(`repeats "${earlier.text}": ${clause.text}`);
    }
  });
  return problems;
}

/** A quotation printed as a statement, "“…,” X said.": the quoted words (group 1) and X (group 2). */
const PRINTED_QUOTE = /^\u201C(.+),\u201D (?:the )?(.+) said\.$/u;

/** The sentence with what its quotation marks hold taken out, also a quotation its next sentence closes. */
function outsideQuotes(sentence: string): string {
  return sentence
    .replace(/\u201C[^\u201D]*\u201D|"[^"]*"/gu, ' ')
    .replace(/\u201C[^\u201D]*$/u, ' ')
    .replace(/^[^\u201C]*\u201D/u, ' ');
}

/**
 * A quotation printed as a statement whose words end with its own credit ("…, he said,” X said), or
 * whose source sentence credits speech to someone else by name as well: who said it is not sure.
 */
function quoteProblems(clause: Clause, articles: Map<string, Article>): string[] {
  const printed = PRINTED_QUOTE.exec(clause.text);
  const [, quote, speaker] = printed ?? [];
  if (!quote || !speaker) return [];
  const carriers = clause.sources.flatMap((s) => {
    const article = articles.get(s.key);
    const sentence = typeset(article?.sentences[s.sentence]?.text ?? '');
    // A quotation of two sentences is credited in the second: the sentence before is the first one's.
    const opening = clause.sources.find((o) => o.key === s.key)?.sentence ?? s.sentence;
    const before = article?.sentences[Math.min(opening, s.sentence) - 1]?.text ?? '';
    return article && sentence.includes(quote.slice(0, 24))
      ? [{ sentence, before, people: article.people }]
      : [];
  });
  // "…,” he said." after a sentence naming someone else too: the pronoun may be theirs.
  const pronoun = carriers.every(
    (c) =>
      /[\u201D"]\s*(?:he|she)\s+(?:said|says|added|told)\b/u.test(c.sentence) &&
      pronounMayBeAnother(c.before, speaker, c.people),
  );
  return [
    ...(carriesOwnCredit(quote) ? [`a quotation carrying its own credit: ${clause.text}`] : []),
    ...(carriers.some((c) => creditsAnother(outsideQuotes(c.sentence), speaker, c.people))
      ? [`a quotation whose sentence credits someone else too: ${clause.text}`]
      : []),
    ...(carriers.length > 0 && pronoun
      ? [`a quotation credited to "he" or "she" after a sentence naming another person: ${clause.text}`]
      : []),
  ];
}

/**
 * A quotation printed alone that leans on what its report told before it ("“That skipper is …,” X
 * said." with no skipper in the item), that tells its report's "now" under another report's lead, or
 * that was said at an earlier time its sentence names: it would read as about what the item tells.
 */
function quoteOutOfContext(item: DigestItem, articles: Map<string, Article>): string[] {
  const leadKey = item.whatsNewClauses[0]?.sources[0]?.key;
  return item.whatsNewClauses.flatMap((clause, i) => {
    const quote = PRINTED_QUOTE.exec(clause.text)?.[1];
    if (!quote) return [];
    const shown = item.whatsNewClauses
      .slice(0, i)
      .map((c) => c.text)
      .join(' ');
    const leaning = quoteLeansOutside(quote, shown);
    const keys = clause.sources.map((s) => s.key);
    const around = clause.sources.map((s) => articles.get(s.key)?.sentences[s.sentence]?.text ?? '');
    return [
      ...(leaning ? [`${leaning}: ${clause.text}`] : []),
      ...(saidEarlier(around) ? [`a quotation said at an earlier time, given as news: ${clause.text}`] : []),
      ...(momentOfAnother(quote, keys, leadKey)
        ? [`a quotation telling its report's moment under another report's lead: ${clause.text}`]
        : []),
    ];
  });
}

/**
 * A quotation printed as said by an outlet that only reported it: one of the item's outlets, a body its
 * source sentence names after "told" or "in an interview with" ("“…,” Reuters said." from "“…,” an
 * official told Reuters."), or a news organization cited after "according to" in a sentence crediting
 * someone else.
 */
function quoteCreditedToOutlet(item: DigestItem, articles: Map<string, Article>): string[] {
  const outlets = item.sources.map((s) => s.outlet).filter((o) => o !== 'unknown');
  return item.whatsNewClauses.flatMap((clause) => {
    const speaker = PRINTED_QUOTE.exec(clause.text)?.[2];
    if (!speaker) return [];
    const sentences = clause.sources.map((s) =>
      outsideQuotes(articles.get(s.key)?.sentences[s.sentence]?.text ?? ''),
    );
    return creditedToOutlet(speaker, sentences, outlets)
      ? [`a quotation credited to the outlet that reported it (${speaker}): ${clause.text}`]
      : [];
  });
}

/**
 * A sentence credited twice, by its own source and by an outlet: "X reported that …, officials said",
 * "According to X, police said …", "…, the ministry said, amid …, X reported." (issue 10: clumsy).
 */
function creditedTwice(item: DigestItem): string[] {
  const outlets = item.sources.map((s) => s.outlet).filter((o) => o !== 'unknown');
  if (outlets.length === 0) return [];
  const one = `(?:${outlets.map(escapeRegex).join('|')})`;
  const who = `${one}(?:(?:,| and|, and) ${one})*`;
  const forms = [
    new RegExp(`^${who} reported(?: on [^,]+,)? that (.+)$`, 'u'),
    new RegExp(`^According to ${who}, (.+)$`, 'u'),
    new RegExp(`^(.+), ${who} reported(?: on [^.]+)?\\.$`, 'u'),
  ];
  return item.whatsNewClauses
    .filter((c) => forms.some((f) => carriesCredit(f.exec(c.text)?.[1] ?? '')))
    .map((c) => `credited twice, by its own source and an outlet: ${c.text}`);
}

/**
 * A background sentence about a person neither the headline nor what's new names, whose report
 * introduced them in a sentence the item does not print (their surname written out in full from it):
 * the reader meets a stranger ("Ada Vik sailed ten seasons in the north." with no Vik in the story).
 */
function strangerInBackground(item: DigestItem, articles: Map<string, Article>): string[] {
  const met = [item.headline, ...item.whatsNewClauses.map((c) => c.text)].join(' ');
  return item.backgroundClauses.flatMap((clause) => {
    const first = clause.sources[0];
    const article = first ? articles.get(first.key) : undefined;
    const own = article?.sentences[first?.sentence ?? -1]?.text ?? '';
    const stranger = article?.people.find((p) => {
      const surname = p.name.split(/\s+/u).at(-1) ?? p.name;
      const at = clause.text.indexOf(p.name);
      return (
        at >= 0 &&
        !own.includes(p.name) &&
        !met.includes(surname) &&
        undescribedSubject(clause.text, at, p.name.length)
      );
    });
    return stranger
      ? [`a background sentence about someone the item never introduced (${stranger.name}): ${clause.text}`]
      : [];
  });
}

/** Two background sentences telling one earlier occasion in other words, their periods one within the other. */
function backgroundTwice(item: DigestItem): string[] {
  const clauses = item.backgroundClauses;
  return clauses.flatMap((a, i) =>
    clauses
      .slice(i + 1)
      .filter((b) => toldTwice(a, b))
      .map((b) => `background told twice, as "${a.text}" and: ${b.text}`),
  );
}

/** Background sentences of different reports dating one earlier occasion a year apart: one of them is false. */
function conflictProblems(item: DigestItem, articles: Map<string, Article>): string[] {
  const tellings = item.backgroundClauses.flatMap((clause) => {
    const date = clause.dates[0];
    const first = clause.sources[0];
    const sentence = first ? articles.get(first.key)?.sentences[first.sentence]?.text : undefined;
    return date && sentence
      ? [{ clause, telling: { sentence, date, keys: clause.sources.map((s) => s.key) } }]
      : [];
  });
  return tellings.flatMap((a, i) =>
    tellings
      .slice(i + 1)
      .filter((b) => tellingsInConflict(a.telling, b.telling))
      .map((b) => `dates one occasion a year apart from "${a.clause.text}": ${b.clause.text}`),
  );
}

/** Two background sentences telling one earlier occasion, one naming its sides and one describing them. */
function describedTwice(item: DigestItem, articles: Map<string, Article>): string[] {
  const occasions = item.backgroundClauses.flatMap((clause) => {
    const date = clause.dates[0];
    const first = clause.sources[0];
    const article = first ? articles.get(first.key) : undefined;
    const sentence = article?.sentences[first?.sentence ?? -1]?.text;
    const type = article?.background.find((m) => m.sentences[0] === first?.sentence)?.type;
    return date && sentence && type
      ? [{ clause, occasion: { sentence, date, type } satisfies Occasion }]
      : [];
  });
  return occasions.flatMap((a, i) =>
    occasions
      .slice(i + 1)
      .filter((b) => toldByDescription(a.occasion, b.occasion))
      .map((b) => `tells one occasion twice, as "${a.clause.text}" and: ${b.clause.text}`),
  );
}

/** Background that is no earlier event: a plan, or a date inside a relative clause of today's news. */
function backgroundProblems(item: DigestItem, date: string): string[] {
  return item.backgroundClauses.flatMap((clause) => {
    const written = clause.dates[0];
    const phrase = written ? datePhrase(written, date) : null;
    const own = written && phrase ? { ...written, text: phrase.replace(PHRASE_PREPOSITION, '') } : undefined;
    return datesItsOwnEvent(clause.text, own)
      ? []
      : [`background tells a plan or today's news: ${clause.text}`];
  });
}

/**
 * Background whose source sentence dates no earlier event: its date only the term a figure is compared
 * with ("up 6 percent over May 2024"), or written beside a period counted from its report that, retold
 * ("that year"), would read as counted from the sentence's own year.
 */
function backgroundMisdated(item: DigestItem, articles: Map<string, Article>): string[] {
  return item.backgroundClauses.flatMap((clause) => {
    const first = clause.sources[0];
    const article = articles.get(first?.key ?? '');
    const sentence = article?.sentences[first?.sentence ?? -1]?.text ?? '';
    const date = clause.dates[0];
    const at = date?.text ? sentence.indexOf(date.text) : -1;
    if (!article || !date || at < 0) return [];
    if (COMPARED_DATE.regex.test(sentence.slice(0, at)))
      return [`background dated by the term of a comparison: ${clause.text}`];
    return retoldBesideItsYear(sentence, date, article.published.value)
      ? [`background retelling a period counted from its report beside another year: ${clause.text}`]
      : [];
  });
}

/**
 * "Those taking part were …" under a lead telling another event of the gathering's report (its
 * subpoenas this week over last week's hearing): the reader takes them to have taken part in the lead's.
 */
function participantsElsewhere(item: DigestItem, articles: Map<string, Article>): string[] {
  const [lead, ...rest] = item.whatsNewClauses;
  const leadArticle = articles.get(lead?.sources[0]?.key ?? '');
  if (!lead || !leadArticle || !leadTellsAnother(lead, leadArticle)) return [];
  return rest
    .filter((c) => c.text.startsWith('Those taking part were '))
    .map((c) => `participants under a lead telling another event: ${c.text}`);
}

/** Background from a report listing separate items of news ("factors to watch"): another event, not an earlier one. */
function backgroundFromList(item: DigestItem, articles: Map<string, Article>): string[] {
  return item.backgroundClauses
    .filter((c) =>
      c.sources.some((s) => {
        const article = articles.get(s.key);
        return article !== undefined && listsItems(article);
      }),
    )
    .map((c) => `background from a report listing separate items of news: ${c.text}`);
}

/** What's new that opens with an earlier period ("In the late 90s ..."): background given as news. */
function lookingBack(item: DigestItem): string[] {
  return item.whatsNewClauses
    .filter((c) => EARLIER_PERIOD_OPENING.regex.test(c.text))
    .map((c) => `background given as what is new: ${c.text}`);
}

/**
 * A lead or a background sentence that leans on the sentence before it in its report ("The pirates
 * were about to board ..." after "The navy captured 23 pirates."): the reader never saw that sentence.
 */
function leaningLead(item: DigestItem, articles: Map<string, Article>): string[] {
  // Background may refer to what the reader read in what's new.
  const shown = item.whatsNewClauses.map((c) => c.text).join(' ');
  const leaning = (clause: Clause, seen: string) => {
    const first = clause.sources[0];
    const article = first ? articles.get(first.key) : undefined;
    const before = article?.sentences[(first?.sentence ?? 0) - 1]?.text;
    const text = article?.sentences[first?.sentence ?? -1]?.text ?? '';
    return before !== undefined && leansOnSentenceBefore(text, before, false, seen);
  };
  // A lead whose subject is its event named by its kind alone ("The raid came after a warning") leans on its
  // report's lede, when an earlier sentence of the report reads alone and could have led.
  const byKind = (clause: Clause) => {
    const first = clause.sources[0];
    const article = articles.get(first?.key ?? '');
    const at = first?.sentence ?? -1;
    const text = article?.sentences[at]?.text ?? '';
    const lede = article?.sentences
      .slice(0, at)
      .some((s) => readsAlone(bareSentence(s.text)) && !EVENT_BY_KIND.regex.test(bareSentence(s.text)));
    return EVENT_BY_KIND.regex.test(bareSentence(text)) && lede === true;
  };
  const lead = item.whatsNewClauses[0];
  // A later sentence of what's new may lean on the sentences printed before it, not on an unprinted one.
  const printed = new Set(
    [...item.whatsNewClauses, ...item.backgroundClauses].flatMap((c) =>
      c.sources.map((s) => `${s.key}#${s.sentence}`),
    ),
  );
  const later = item.whatsNewClauses.slice(1).filter((c, i) => {
    const first = c.sources[0];
    if (!first || /^[\u201C"]/u.test(c.text) || printed.has(`${first.key}#${first.sentence - 1}`))
      return false;
    const seen = item.whatsNewClauses
      .slice(0, i + 1)
      .map((x) => x.text)
      .join(' ');
    return leaning(c, seen);
  });
  return [
    ...(lead && (leaning(lead, '') || byKind(lead)) ? [lead] : []),
    ...later,
    ...item.backgroundClauses.filter((c) => leaning(c, shown)),
  ].map((c) => `leaning on a sentence the reader never saw: ${c.text}`);
}

/**
 * A person named by a descriptor that nothing the reader sees refers to ("police said the 37-year-old
 * man drew a pistol" where the report named him in a sentence the item does not print): in a lead,
 * when another sentence of its report reads alone and could have led; in any later sentence, when no
 * name before it in its sentence, and nothing printed before it, says who it is.
 */
function describedNoOne(item: DigestItem, articles: Map<string, Article>): string[] {
  const articleOf = (clause: Clause) => articles.get(clause.sources[0]?.key ?? '');
  const unresolved = (clause: Clause, seen: string) => {
    const article = articleOf(clause);
    return article !== undefined && descriptorWithoutReferent(clause.text, peopleNames(article), seen);
  };
  const [lead, ...rest] = item.whatsNewClauses;
  const names = (text: string, article: Article) => descriptorWithoutReferent(text, peopleNames(article));
  const couldLead = (clause: Clause) => {
    const article = articleOf(clause);
    return (
      article?.sentences.some((s) => {
        const bare = bareSentence(s.text);
        return readsAlone(bare) && !names(bare, article) && !EVENT_BY_KIND.regex.test(bare);
      }) === true
    );
  };
  const printed = (upTo: number) =>
    item.whatsNewClauses
      .slice(0, upTo)
      .map((c) => c.text)
      .join(' ');
  const shown = printed(item.whatsNewClauses.length);
  // A sentence printed after its report's sentence before it may describe whom that one named.
  const sources = new Set(
    [...item.whatsNewClauses, ...item.backgroundClauses].flatMap((c) =>
      c.sources.map((s) => `${s.key}#${s.sentence}`),
    ),
  );
  const followsItsOwn = (c: Clause) =>
    sources.has(`${c.sources[0]?.key}#${(c.sources[0]?.sentence ?? 0) - 1}`);
  return [
    ...(lead && unresolved(lead, '') && couldLead(lead) ? [lead] : []),
    ...rest.filter((c, i) => !followsItsOwn(c) && unresolved(c, printed(i + 1))),
    ...item.backgroundClauses.filter((c) => !followsItsOwn(c) && unresolved(c, shown)),
  ].map((c) => `a descriptor with nothing to refer to: ${c.text}`);
}

/**
 * A lead taken from a later sentence of a report whose first sentence reads alone and tells what the
 * report's headline says ("No one was hurt, police said." under "Fire guts harbour warehouse"): the
 * reader gets an aftermath instead of the news.
 */
function skippedLede(item: DigestItem, articles: Map<string, Article>, date: string): string[] {
  const lead = item.whatsNewClauses[0];
  const first = lead?.sources[0];
  const article = articles.get(first?.key ?? '');
  const lede = article?.sentences[0];
  // Of several reports, which one's sentence leads is another question: one report's item is read here.
  const keys = new Set(
    [...item.whatsNewClauses, ...item.backgroundClauses].flatMap((c) => c.sources.map((x) => x.key)),
  );
  if (!lead || !first || !article || !lede || first.sentence <= lede.index || keys.size > 1) return [];
  const own = article.sentences[first.sentence]?.text ?? '';
  // The kind read here: the extractor rested the event on sentences none of which tells the headline.
  const event = article.mainEvent?.sentences ?? [];
  if (
    event.includes(lede.index) ||
    event.some((i) => sharesHeadline(article, article.sentences[i]?.text ?? ''))
  )
    return [];
  const bare = bareSentence(lede.text);
  const source = { key: article.key, outlet: article.outlet.value, sentence: lede.index };
  // A lead dated in words tells its event's day, which a lede may not; a lede the verifier refuses could not lead.
  const told =
    lead.dates.length === 0 &&
    readsAlone(bare) &&
    tellsHeadline(article, lede.index, bare) &&
    verifyClause({ text: bare, sources: [source], dates: [] }, articles, date, attributionsOf([article])).ok;
  return told && !sharesHeadline(article, own) ? [`a lead skipping its report's lede: ${lead.text}`] : [];
}

const WEEKDAY_TOLD =
  /\bon\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(,\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d)?/gu;

/**
 * A day told twice in one sentence, once bare and once with its date ("said on Thursday ..., X
 * reported on Thursday, August 29"): the credit's day repeats the sentence's own.
 */
function dayTwice(item: DigestItem): string[] {
  return item.whatsNewClauses
    .filter((c) => {
      const told = [...c.text.matchAll(WEEKDAY_TOLD)];
      return told.some((a) => a[2] === undefined && told.some((b) => b[2] !== undefined && b[1] === a[1]));
    })
    .map((c) => `a day told twice, bare and dated: ${c.text}`);
}

/** A day written as when ("on Friday, June 12[, 2026]") right before words naming it the day set for something. */
const DAY_SET_WRITTEN = new RegExp(
  `\\bon\\s+\\p{Lu}\\p{Ll}+day,\\s+\\p{Lu}\\p{Ll}+\\s+\\d{1,2}(?:,\\s+\\d{4})?(?=${DAY_SET_AS.regex.source.slice(1)})`,
  'u',
);

/**
 * A day named as the one set for something, written as when ("a decree fixing on Friday, June 12, as
 * the date for the vote"): the sentence now says the decree was signed that day.
 */
function daySetWrittenAsWhen(item: DigestItem): string[] {
  return [...item.whatsNewClauses, ...item.backgroundClauses]
    .filter((c) => DAY_SET_WRITTEN.test(c.text))
    .map((c) => `a day set for something written as when: ${c.text}`);
}

/** A credit before the report's sentence ("X reported that ..."): what follows it (group 1). */
const CREDIT_THAT = /\breported(?: on [^,]+,)? that (\p{Uppercase}.*)$/u;

/**
 * An ordinary word keeping the capital of its sentence's start after "X reported that" ("reported that
 * Torrential rains ..."): the credit made it a word inside a sentence.
 */
function creditCapital(item: DigestItem, articles: Map<string, Article>): string[] {
  const lead = item.whatsNewClauses[0];
  const rest = lead ? CREDIT_THAT.exec(lead.text)?.[1] : undefined;
  const article = articles.get(lead?.sources[0]?.key ?? '');
  if (!lead || !rest || !article) return [];
  const lowered = lowerFirst(rest, article.text, nameWords(article));
  return lowered !== null && lowered !== rest
    ? [`a capital on an ordinary word after a credit: ${lead.text}`]
    : [];
}

/** Every problem a reader would object to in the digest, prefixed with the story id. */
export function digestProblems(digest: Digest, articles: Map<string, Article>): string[] {
  return digest.items.flatMap((item) => {
    const clauses = [...item.whatsNewClauses, ...item.backgroundClauses];
    const headline = headlineProblem(item.headline);
    const problems = [
      ...(headline ? [`headline ${headline}: ${item.headline}`] : []),
      ...clauseProblems(item, clauses, articles, digest.date),
      ...backgroundProblems(item, digest.date),
      ...backgroundMisdated(item, articles),
      ...backgroundFromList(item, articles),
      ...participantsElsewhere(item, articles),
      ...lookingBack(item),
      ...leaningLead(item, articles),
      ...describedNoOne(item, articles),
      ...quoteOutOfContext(item, articles),
      ...quoteCreditedToOutlet(item, articles),
      ...creditedTwice(item),
      ...strangerInBackground(item, articles),
      ...backgroundTwice(item),
      ...creditCapital(item, articles),
      ...dayTwice(item),
      ...daySetWrittenAsWhen(item),
      ...skippedLede(item, articles, digest.date),
      ...conflictProblems(item, articles),
      ...describedTwice(item, articles),
      ...[item.whatsNew, item.background ?? '']
        .filter((t) => UNKNOWN_CREDIT.test(t))
        .map((t) => `credits an unknown outlet: ${t}`),
      ...(item.sources.some((s) => s.outlet === 'unknown') ? ['lists "unknown" among its sources'] : []),
    ];
    return problems.map((p) => `${item.storyId}: ${p}`);
  });
}

/** An earlier story of a thread that its item's background cites no report of: told nowhere. */
export function untoldThreadStories(digest: Digest, stories: readonly Story[]): string[] {
  const byId = new Map(stories.map((s) => [s.id, s]));
  return digest.items.flatMap((item) =>
    (item.thread?.stories ?? [])
      .filter((id) => id !== item.storyId)
      .filter((id) => {
        const keys = new Set(byId.get(id)?.sources.map((s) => s.key));
        return !item.backgroundClauses.some((c) => c.sources.some((s) => keys.has(s.key)));
      })
      .map((id) => `${item.storyId}: a thread's earlier story told in no background sentence: ${id}`),
  );
}

/** Composes a digest as the code does and fails the test when a reader would object to any of it. */
export function composeChecked(...args: Parameters<typeof composeDigest>): Digest {
  const digest = composeDigest(...args);
  const problems = [
    ...checkFaithful(digest, args[1]),
    ...digestProblems(digest, args[1]),
    ...untoldThreadStories(digest, args[0]),
  ];
  if (problems.length > 0) throw new Error(`the digest fails the reader's check:\n${problems.join('\n')}`);
  return digest;
}
