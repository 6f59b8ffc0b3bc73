/**
 * The digest of the ECB+ development split (413 real reports, read from ../shared at run time),
 * held to the figures reached on it: the reader's check finds nothing, and nearly every story gets an item.
 * Skipped, saying why, where the corpus is absent.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Digest } from '../../../../lambdas/core/digest';
import type { Article, Story } from '../../../../lambdas/core/model';
import { digestProblems, untoldThreadStories } from '../../../support/digest-check';
import { leadFigures, storyFigures } from '../../../support/digest-figures';
import { ecbplusDigest, ecbplusGoldStories, ecbplusPart, ecbplusPresent } from '../../../support/ecbplus';

/**
 * Shares of items whose first two sentences name the main event's who, where and when, of those
 * where the story has one, on the tuning topics (1-15) and on the topics kept aside until the end
 * (16-20), as reached on main at ff4a6f0's stories (89): tuning who 52/60, where 36/52, when 17/31;
 * aside who 15/18, where 15/21, when 6/12 (with the digest code of main at 2cc6143: place 25/46
 * and 10/19). Since dated reports placed in different towns may merge (78 stories): tuning who
 * 45/52, where 30/44, when 13/23 (one of the 13 a false date: "three weeks after <X>, <Y>" written
 * as a week for <X>); aside who 13/15, where 13/18, when 5/9. With a report's lede preferred when
 * it names who and says the day, and a headline cut from what a "news that" clause states: tuning who
 * 49/53, where 33/45, when 15/23; aside, measured once at the end: who 14/15, where 14/18, when 7/9.
 * After the different-people veto (83 stories): tuning who 53/57, where 36/47, when 15/23; aside who
 * 15/16, where 15/19, when 7/9 (main's digest code before: tuning 49/56, 33/46, 13/23; aside 14/16,
 * 14/19, 5/9). Since undated reports placed in different towns may merge when they read nearly
 * alike, with where said from another report when the lead's names only the venue or the county:
 * tuning who 49/52, where 36/42, when 15/23; aside who 14/15, where 15/18, when 6/9 (without the
 * other report's sentence: tuning where 32/42, aside 14/18). With undated near copies merging
 * (77 stories): tuning who 47/50, where 35/40, when 15/23; aside who 14/15, where 15/18, when 6/9.
 */
// The shares these misses replace (who 0.95, what 0.933, where 0.969, when 0.77, headline 1), and how
// they moved:
//
// On main 8ec07ee's stories (72): tuning who 46/48, where 33/37, when 15/23; aside who 14/15, where
// 16/18, when 7/9 (the same with main's digest code before days counted from the report were dropped
// and background refused plans; that code's digest had 11 tuning and 8 aside reader's-check problems).
// What (a sentence a report's main event rests on) and headlines of four words or more, first
// counted on main 550f74e's stories: tuning what 49/54, headline 54/54; aside what 17/18, headline 18/18.
// When 15/23 -> 16/23 once a day another report of the same event gives in its words is written
// where the lead's report gives none. Where 33/37 -> 34/37 once reports whose outlet is unknown
// compete for the lead: the fuller telling leads (a city named with the team). What 48/53 -> 49/53
// and where 34/37 -> 35/37 once a lede whose subject is a descriptor of its report's one person is
// written with their name. Where 32/34 -> 33/34 once a descriptor a name follows, set off by a comma,
// no longer leans on the sentence before (aside, read once: unchanged). When 16/22 -> 17/22 once a
// report's day read from a sentence after its deck line ("reported in its Tuesday editions") is
// written there, on the edition. Of the 5 left: 3 days are only publication dates of reports no
// outlet is known for, 1 lede's report dates another event (a court order the day before), 1
// month is another person's indictment. Where 33/34 -> 32/33 once the undated actors veto matched
// people by surname (issue 8): two reports of one election with a right item each became one story,
// one right item, with no new miss. What 43/46 -> 44/47 once the undated move veto (issue 8) kept a
// coach's hiring apart from his firing years later: an item that told both became two right ones.
// What 44/47 -> 43/46 once a story of undated reports merges into its event's dated story when each
// of its reports would join it alone (issue 8, order independence): two right items of one real
// story became one right item, the 3 misses unchanged (who 40/40 -> 39/39 the same way). What
// 43/46 -> 42/45 and where 33/34 -> 32/33 once a story is also indexed under the terms most of its
// reports share (issue 8, order independence): a report that had kept its own story found its
// event's story, two right items of one real story became one (real stories split 13 -> 12), the
// misses unchanged (3 what, 1 where). When 14/19 -> 14/20 once a page without a date line is dated by
// the day its address gives (session 25): a report of a bank fire, alone in its item, now has a known day
// that no report states in words, of the kind above (a publication date of a report no outlet is known
// for); its item's text is unchanged. HELD FOR THE LEAD: this allows one more when miss. When 14/20 ->
// 17/20 (session 26) once a lead no known outlet tells credits the reports' day to the site its page
// came from, which the item lists as its source ("…, <site> reported on Wednesday, May 5, 2010."): the
// three misses of that kind left are hits; the 3 left: a lede's report dating another event (a court
// order the day before), another person's indictment month, and a lead dated with a coming meeting.
/**
 * Since session 20 the tuning topics too are held by their misses, as reached on main 8b08eba: who 39/39,
 * what 42/45, where 32/33, when 17/22, headline 45/45. A right merge of two right items lowered the
 * shares three times with no new miss; a miss count holds every new miss and needs no floor lowered then.
 */
const MAX_TUNING_MISSES = { who: 0, what: 3, where: 1, when: 3, headline: 0 };

/**
 * The topics kept aside are held by their misses, not by shares: their items are few (9 to 18 a field),
 * so when two of their reports merge, two right items become one and the share falls with no new miss
 * (who 14/15 -> 12/13 with reports found around their arrival day). Misses as the share floors (who 0.93,
 * what 0.94, where 0.88, when 0.77, headline 1) allowed them at session 11's end: who 1 of 15, what 1 of
 * 18, where 2 of 18, when 2 of 9 (one of a former 7/9 was false: a sentencing held the Thursday after its
 * report's date line, written as the Thursday before; a bare weekday six days back is no longer written).
 */
// Read once at session 17's end: who 12/13, what 15/16, where 14/16, when 8/9 (when misses 2 -> 1).
// Read once at session 26's end (digest26): who 11/12, what 13/14, where 13/14, when 7/8 (where misses
// 2 -> 1; it was 13/14 at session 25's end too).
const MAX_ASIDE_MISSES = { who: 1, what: 1, where: 1, when: 1, headline: 0 };

/**
 * Real stories of the tuning topics told by more than one item (issue 10: one item per real story),
 * and items telling two or more: 12 and 1 at session 20's end, held since session 21. Of the 12,
 * most are later developments weeks after the story's day (a move to another clinic, a prison's
 * shake-up after an escape), which the published veto keeps apart by design. Since session 22 the
 * digest tells a thread of such stories as one item (lambdas/core/digest/threads.ts): split 12 -> 9,
 * items telling two or more 0 (it was 0 since session 21's end), 3 thread items. Session 23: 9 -> 8 (one
 * report about a story's own people joins it at similarity 0.2, lambdas/core/story/match.ts). Session 25:
 * 8 -> 7 (a report without a date line, dated by its page's address, joins its fire's story).
 */
const MAX_TUNING_SPLIT = 7;
const MAX_TUNING_MIXED = 0;

/**
 * Stories left without an item: none of 78 (then 83) since a headline is cut from the clause a "with news
 * that …" opening states (was one, a baseball report; 9 of 88 before headlines were cut at all).
 */
const MAX_WITHOUT_ITEM = 0;

describe.skipIf(!ecbplusPresent)(
  'Function: composeDigest on the ECB+ development split (skipped: ../shared/corpora/ecbplus-dev absent)',
  () => {
    let digest: Digest;
    let articles: Map<string, Article>;
    let stories: Story[];

    beforeAll(async () => {
      ({ digest, articles, stories } = await ecbplusDigest());
    }, 300_000);

    it('prints no sentence that fails verification, no fragment headline, repeat, dateline or unknown credit', () => {
      expect(digestProblems(digest, articles)).toEqual([]);
    });

    it('tells every story in an item, its own or a thread’s (9 of 88 had none before headlines were cut from event sentences)', () => {
      const items = new Set(digest.items.flatMap((i) => i.thread?.stories ?? [i.storyId]));
      expect(stories.filter((s) => !items.has(s.id)).length).toBeLessThanOrEqual(MAX_WITHOUT_ITEM);
      expect(untoldThreadStories(digest, stories)).toEqual([]);
    });

    it.each([
      'tuning',
      'aside',
    ] as const)('names who, what, where and when in the first two sentences under a headline, %s topics', (part) => {
      const own = stories.filter((s) => ecbplusPart(s) === part);
      const ids = new Set(own.map((s) => s.id));
      const figures = leadFigures(
        { ...digest, items: digest.items.filter((i) => ids.has(i.storyId)) },
        own,
        articles,
      );
      for (const field of ['who', 'what', 'where', 'when', 'headline'] as const) {
        const [hits, known] = figures[field];
        if (part === 'tuning') {
          expect(known - hits, field).toBeLessThanOrEqual(MAX_TUNING_MISSES[field]);
        } else expect(known - hits, field).toBeLessThanOrEqual(MAX_ASIDE_MISSES[field]);
      }
    });

    it("tells the tuning topics' real stories one item each, but for the splits and mixes held", () => {
      const own = stories.filter((s) => ecbplusPart(s) === 'tuning');
      const ids = new Set(own.map((s) => s.id));
      const items = { ...digest, items: digest.items.filter((i) => ids.has(i.storyId)) };
      const figures = storyFigures(items, own, ecbplusGoldStories());
      expect(figures.split).toBeLessThanOrEqual(MAX_TUNING_SPLIT);
      expect(figures.mixed).toBeLessThanOrEqual(MAX_TUNING_MIXED);
      expect(figures.noItem).toBe(0);
      // No two look-alike events (a recurring event at one place) pass the thread test, days set aside.
      expect(figures.lookAlike).toBe(0);
    });

    it('never restates the story’s own event as background (2 did with the digest code of main at 2cc6143)', () => {
      expect(leadFigures(digest, stories, articles).backgroundRestating).toBe(0);
    });

    it('never credits or lists an unknown outlet', () => {
      const text = digest.items.map((i) => `${i.whatsNew} ${i.background ?? ''}`).join('\n');
      expect(text).not.toMatch(/according to unknown|unknown (?:also )?reported/iu);
      expect(digest.items.flatMap((i) => i.sources).some((s) => s.outlet === 'unknown')).toBe(false);
    });
  },
);
