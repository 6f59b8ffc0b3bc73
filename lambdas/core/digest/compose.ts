/** Composes the digest: one Caixin-style item a story, every sentence built from attributed clauses. */
import type { Article, Story } from '../model';
import { backgroundClauses } from './background';
import { attributionsOf, pageHost, undatedReport, verifyClause } from './cite';
import { longDay } from './dates';
import { cleanHeadline, headlineFromLead, headlineProblem, sourceHeadline } from './headline';
import { caseSource, inBodyCase } from './headline-case';
import { OPPOSITE_ACTS, QUESTION_HEADLINE } from './headline-lexicon';
import { relaysNoNews, unfitReason } from './input';
import { introducePeople } from './names';
import { factsStated, withoutRepeats } from './overlap';
import { isPerson } from './participants';
import { type Thread, threadsOf } from './threads';
import type { Clause, ClauseSource, ComposeOptions, Digest, DigestItem } from './types';
import { typeset } from './typeset';
import { bareSentence } from './verbatim';
import { leansOn, namedLede, storyFacts, whatsNewClauses } from './whats-new';

function isWanted(story: Story, options: ComposeOptions): boolean {
  const sent = options.previouslySent?.[story.id];
  if (sent !== undefined) return sent < story.version;
  // Never sent: a story last seen before the reader's previous digest is no longer news.
  return options.since === undefined || story.lastSeen >= options.since.slice(0, story.lastSeen.length);
}

function outletCount(story: Story): number {
  return new Set(story.sources.map((s) => s.outlet)).size;
}

/** When the story happened, or else when it was last reported: never when this system saw it. */
function newsDay(story: Story): string {
  const published = story.sources.map((s) => s.published.slice(0, 10)).sort();
  return story.event.date?.start ?? published.at(-1) ?? story.lastSeen.slice(0, 10);
}

/** Most-covered stories first, then the newest; the id keeps the order stable. */
function byImportance(a: Story, b: Story): number {
  return outletCount(b) - outletCount(a) || newsDay(b).localeCompare(newsDay(a)) || a.id.localeCompare(b.id);
}

/** A source with no known outlet is shown by its link's host name, or not at all: never as "unknown". */
function sourceLabel(outlet: string, url: string | undefined): string | null {
  return outlet !== 'unknown' ? outlet : pageHost(url);
}

function sourcesOf(story: Story): DigestItem['sources'] {
  const seen = new Set<string>();
  return story.sources.flatMap((s) => {
    const outlet = sourceLabel(s.outlet, s.url);
    const id = `${outlet}\u0000${s.url ?? ''}`;
    if (outlet === null || seen.has(id)) return [];
    seen.add(id);
    return [s.url ? { outlet, url: s.url } : { outlet }];
  });
}

/** How many opening sentences of each source may give a headline when its event sentences do not. */
const HEADLINE_OPENING_SENTENCES = 3;

/**
 * Sentences a headline may be cut from, best first: the item's own leads, then each source's event
 * sentences and opening sentences that are prose reading alone, those naming the event's people first.
 */
function headlineSources(
  story: Story,
  whatsNew: Clause[],
  articlesByKey: Map<string, Article>,
): ClauseSource[] {
  // A sentence leaning on the one before ("... and handed him the offer") names nothing alone.
  const alone = (key: string, i: number) => {
    const article = articlesByKey.get(key);
    return article !== undefined && !leansOn(article, i, true);
  };
  const leads = whatsNew.flatMap((c) => c.sources.slice(0, 1)).filter((s) => alone(s.key, s.sentence));
  const more = story.sources.flatMap((s) => {
    const article = articlesByKey.get(s.key);
    if (!article) return [];
    const opening = article.sentences.slice(0, HEADLINE_OPENING_SENTENCES).map((x) => x.index);
    return [...(article.mainEvent?.sentences ?? []), ...opening]
      .filter(
        (i) => unfitReason(bareSentence(article.sentences[i]?.text ?? '')) === null && alone(article.key, i),
      )
      .map((sentence) => ({ key: article.key, outlet: article.outlet.value, sentence }));
  });
  // A sentence naming none of the event's people ("<a typo of the GM's name> gave no figures") tells a
  // side of the story: event sentences naming someone come first, then others naming someone (stable).
  const people = story.event.participants.filter(isPerson).map((p) => p.name.split(/\s+/u).at(-1) ?? p.name);
  const rank = (s: ClauseSource) => {
    const article = articlesByKey.get(s.key);
    const text = article?.sentences[s.sentence]?.text ?? '';
    if (!people.some((n) => text.includes(n))) return 2;
    return article?.mainEvent?.sentences.includes(s.sentence) ? 0 : 1;
  };
  const seen = new Set<string>();
  return [...leads, ...more.sort((a, b) => rank(a) - rank(b))].filter((s) => {
    const id = `${s.key}#${s.sentence}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** The surnames of the story's people that the lead names. */
function leadPeople(story: Story, lead: string): string[] {
  return story.event.participants
    .filter(isPerson)
    .map((p) => p.name.split(/\s+/u).at(-1) ?? p.name)
    .filter((surname) => lead.includes(surname));
}

/**
 * Whether another report's headline may stand for the lead's event: it names no one its report's
 * event holds whom the lead's report never names ("… stops <another opponent>"), and the two
 * reports' events, where both have a kind, are of one kind (a hiring is not a firing).
 */
function sameEventAs(lead: Article, other: Article): boolean {
  const headline = other.headline?.value ?? '';
  const strangers = (other.mainEvent?.participants ?? [])
    .filter(isPerson)
    .map((p) => p.name.split(/\s+/u).at(-1) ?? p.name)
    .filter((surname) => headline.includes(surname) && !lead.text.includes(surname));
  const kinds = [lead.mainEvent?.type, other.mainEvent?.type];
  const typed = kinds.every((k) => k !== undefined && k !== 'other');
  return strangers.length === 0 && (!typed || kinds[0] === kinds[1]);
}

/** Whether a headline tells the act that undoes the one the lead tells (a hiring over a firing). */
function undoes(headline: string, lead: string): boolean {
  return OPPOSITE_ACTS.some(([one, other]) =>
    [
      [one, other],
      [other, one],
    ].some(
      ([said, told]) => said?.regex.test(headline) && told?.regex.test(lead) && !told.regex.test(headline),
    ),
  );
}

/**
 * A source's own headline when one reads as a headline; else a short sentence cut from a sentence
 * telling the story's event (who, what, where), verified against it; null when none exists.
 */
function itemHeadline(
  story: Story,
  whatsNew: Clause[],
  articlesByKey: Map<string, Article>,
  reference: string,
): string | null {
  const articles = story.sources.flatMap((s) => articlesByKey.get(s.key) ?? []);
  const leadKey = whatsNew[0]?.sources[0]?.key;
  // The headline of the report the item opens with first; another source's only when it names one of
  // the people the lead names: a story may have taken in a report of another event.
  const leadArticle = articles.filter((a) => a.key === leadKey);
  const named = leadPeople(story, whatsNew[0]?.text ?? '');
  const agrees = (headline: string) => named.length === 0 || named.some((n) => headline.includes(n));
  const leadText = whatsNew[0]?.text ?? '';
  const fits = (a: Article) =>
    agrees(a.headline?.value ?? '') &&
    !undoes(a.headline?.value ?? '', leadText) &&
    (leadArticle[0] === undefined || sameEventAs(leadArticle[0], a));
  const others = articles.filter((a) => a.key !== leadKey && fits(a));
  const own = sourceHeadline([...leadArticle, ...others]);
  if (own) return own;
  const cutFrom = (source: ClauseSource) => {
    const article = articlesByKey.get(source.key);
    const raw = article?.sentences[source.sentence]?.text;
    // A lede whose subject is a descriptor of its report's one person is cut with their name.
    const named = article && raw ? namedLede(article, source.sentence, raw) : null;
    const sentence = named?.text ?? raw;
    const cut = article && sentence ? headlineFromLead(bareSentence(sentence, undatedReport(article))) : null;
    // A person the cut names by surname only is named in full ("Jim O'Brien sued, ...").
    const short = article && cut ? introducePeople(cut, article, source.sentence, '') : null;
    const naming = [...(named ? [named.naming] : []), ...(short?.naming ?? [])];
    const sources = [source, ...naming.map((i) => ({ ...source, sentence: i }))];
    const clause: Clause = { text: short?.text ?? '', sources, dates: [] };
    return short && verifyClause(clause, articlesByKey, reference, []).ok ? short.text : null;
  };
  // The story's stored headline, when it reads as one (it may be an action or a lead the store fell back on).
  // A source's headline stored for the story is held to the same test as above.
  const source = articles.find((a) => a.headline?.value === story.headline);
  const stored = source
    ? inBodyCase(cleanHeadline(story.headline), caseSource(source))
    : cleanHeadline(story.headline);
  const asks = QUESTION_HEADLINE.regex.test(stored);
  if (headlineProblem(stored) === null && !asks && (!source || fits(source))) return stored;
  for (const source of headlineSources(story, whatsNew, articlesByKey)) {
    const short = cutFrom(source);
    if (short) return short;
  }
  // A question headline asks what a lead should tell: it stands only when nothing else reads as one.
  return sourceHeadline([...leadArticle, ...others], true);
}

function item(story: Story, articlesByKey: Map<string, Article>, options: ComposeOptions): DigestItem | null {
  const outlets = attributionsOf(story.sources.flatMap((s) => articlesByKey.get(s.key) ?? []));
  const verdictOf = (c: Clause) => verifyClause(c, articlesByKey, options.date, outlets);
  // Printed as a reader expects to see it: a space inside a word or a number closed up ("she ’ s").
  const set = (c: Clause): Clause => ({ ...c, text: typeset(c.text) });
  const composed = whatsNewClauses(story, articlesByKey, options.date, (c) => verdictOf(c).ok).map(set);
  const used = composed.flatMap((c) => c.sources);
  const drafted = backgroundClauses(
    story,
    articlesByKey,
    options.related ?? new Map(),
    options.date,
    used,
    (c) => verdictOf(c).ok,
    composed.map((c) => c.text),
  ).map(set);
  const verdicts = [...composed, ...drafted].map(verdictOf);
  // A sentence that states what its sources do not is dropped, never repaired by a guess.
  const passes = (c: Clause) => verdicts.find((v) => v.text === c.text)?.ok === true;
  // Of two sentences that say one thing, the one carrying more of the event's facts (names, place,
  // numbers) stays, in the earlier one's place; the lead keeps its place (it carries the credits), and
  // background never stands in for what's new.
  const facts = storyFacts(story);
  const fuller = (later: Clause, earlier: Clause) =>
    earlier !== composed[0] &&
    composed.includes(later) === composed.includes(earlier) &&
    factsStated(later.text, facts) > factsStated(earlier.text, facts);
  const kept = withoutRepeats([...composed, ...drafted].filter(passes), (c) => c.text, fuller);
  const printed = [...composed, ...drafted].filter((c) => kept.includes(c));
  const headline = itemHeadline(
    story,
    composed.filter((c) => kept.includes(c)),
    articlesByKey,
    options.date,
  );
  // Each person named in full at their first mention, read from the headline on.
  const named = inFull(headline ?? '', printed, articlesByKey, (c) => verdictOf(c).ok);
  const whatsNew = composed.flatMap((c) => named.get(c) ?? []);
  const background = drafted.flatMap((c) => named.get(c) ?? []);
  // A story with nothing the sources support is left out rather than padded.
  if (whatsNew.length === 0 || headline === null) return null;
  const written = [...whatsNew, ...background].map((c) => c.text);
  return {
    storyId: story.id,
    storyVersion: story.version,
    headline: typeset(headline),
    isUpdate: options.previouslySent?.[story.id] !== undefined,
    whatsNew: whatsNew.map((c) => c.text).join(' '),
    whatsNewClauses: whatsNew,
    background: background.length > 0 ? background.map((c) => c.text).join(' ') : null,
    backgroundClauses: background,
    sources: sourcesOf(story),
    // The verdicts of the sentences written: a name written out in full is verified as written.
    verdicts: [
      ...verdicts.filter((v) => !v.ok || written.includes(v.text)),
      ...[...named.values()].filter((c) => !verdicts.some((v) => v.text === c.text)).map(verdictOf),
    ],
  };
}

/**
 * The clauses, in the order a reader meets them after the headline, each with the people it names
 * by surname only named in full where the item has not named them yet (kept as they are when the
 * verifier refuses the longer sentence).
 */
function inFull(
  headline: string,
  clauses: Clause[],
  articlesByKey: Map<string, Article>,
  accept: (clause: Clause) => boolean,
): Map<Clause, Clause> {
  const named = new Map<Clause, Clause>();
  let told = headline;
  for (const clause of clauses) {
    const first = clause.sources[0];
    const article = first ? articlesByKey.get(first.key) : undefined;
    const introduced = article && first ? introducePeople(clause.text, article, first.sentence, told) : null;
    const longer: Clause | null =
      article && introduced && introduced.text !== clause.text
        ? {
            ...clause,
            text: introduced.text,
            sources: [
              ...clause.sources,
              ...introduced.naming.map((sentence) => ({
                key: article.key,
                outlet: article.outlet.value,
                sentence,
              })),
            ],
          }
        : null;
    const written = longer && accept(longer) ? longer : clause;
    named.set(clause, written);
    told = `${told} ${written.text}`;
  }
  return named;
}

function subject(date: string, items: DigestItem[], more: number): string {
  const title = `News digest for ${longDay(date)}`;
  const [first, ...rest] = items;
  if (!first) return title;
  const others = rest.length + more;
  return `${title}: ${first.headline}${others > 0 ? ` (+${others} more)` : ''}`;
}

/** Whether an item's background cites a report of the story. */
function tells(item: DigestItem, story: Story): boolean {
  const keys = new Set(story.sources.map((s) => s.key));
  return item.backgroundClauses.some((c) => c.sources.some((s) => keys.has(s.key)));
}

/**
 * The item of a thread: its latest story's, with the earlier stories as background and their sources
 * listed; null when no earlier story's event can be told. An earlier story whose event no background
 * sentence tells (none reads alone, none passes the verifier, four later occasions fill the
 * background) is left out of the thread and keeps its own item, so no story goes untold.
 */
function threadItem(
  thread: Thread,
  articlesByKey: Map<string, Article>,
  options: ComposeOptions,
): DigestItem | null {
  let earlier = thread.earlier;
  while (earlier.length > 0) {
    const linked = {
      ...thread.latest,
      backgroundStoryIds: [...earlier.map((s) => s.id), ...thread.latest.backgroundStoryIds],
    };
    const related = new Map([...(options.related ?? []), ...earlier.map((s): [string, Story] => [s.id, s])]);
    const made = item(linked, articlesByKey, { ...options, related });
    const told = made ? earlier.filter((s) => tells(made, s)) : [];
    if (made && told.length === earlier.length) {
      const sources = [...made.sources, ...told.flatMap(sourcesOf)];
      const stories = [...told.map((s) => s.id), thread.latest.id];
      return {
        ...made,
        sources: sources.filter(
          (s, i) => sources.findIndex((t) => t.outlet === s.outlet && t.url === s.url) === i,
        ),
        thread: { stories, links: thread.links.filter((l) => stories.includes(l.earlier)) },
      };
    }
    earlier = told;
  }
  return null;
}

/**
 * Composes one reader's digest from stories and their articles; stories already sent unchanged are
 * left out. Stories are composed in order of importance until `maxItems` items are made, so a
 * window of thousands of stories costs the composition of the top few, not of all; finding threads
 * first compares each story with the stories it shares a person or a firm body with (about 1.3 CPU s
 * for 5,000 stories: `npm run bench -- --only threads`). Stories of one thread (`threadsOf`: a later
 * development and the earlier events it grows from) make one item, in the place of its most
 * important story; a story the thread's item cannot tell keeps its own place.
 */
export function composeDigest(
  stories: Story[],
  allArticles: Map<string, Article>,
  options: ComposeOptions,
): Digest {
  // A press review relays other papers' claims its outlet disclaims, a chronology past years' events:
  // no sentence of either is stated as news.
  const articlesByKey = new Map([...allArticles].filter(([, a]) => !relaysNoNews(a)));
  const wanted = stories.filter((s) => isWanted(s, options)).sort(byImportance);
  const threadOf = new Map(threadsOf(wanted).flatMap((t) => [t.latest, ...t.earlier].map((s) => [s.id, t])));
  const limit = options.maxItems ?? Number.POSITIVE_INFINITY;
  const items: DigestItem[] = [];
  const done = new Set<string>();
  for (const story of wanted) {
    if (items.length >= limit) break;
    if (done.has(story.id)) continue;
    const thread = threadOf.get(story.id);
    const threaded = thread ? threadItem(thread, articlesByKey, options) : null;
    // A thread is tried once, at its first story; the stories it leaves untold are composed alone.
    if (thread) for (const s of [thread.latest, ...thread.earlier]) threadOf.delete(s.id);
    if (threaded?.thread) {
      items.push(threaded);
      for (const id of threaded.thread.stories) done.add(id);
      if (done.has(story.id) || items.length >= limit) continue;
    }
    done.add(story.id);
    const made = item(story, articlesByKey, options);
    if (made) items.push(made);
  }
  const more = wanted.length - done.size;
  return { subject: subject(options.date, items, more), date: options.date, items, more };
}
