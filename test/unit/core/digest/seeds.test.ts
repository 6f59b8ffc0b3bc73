/**
 * The digest of the two seed reports, built from the facts in gold.json (read at run time; the seed
 * texts are third-party and never stored in the repo).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFaithful } from '../../../../lambdas/core/digest';
import type { Participant, Quote } from '../../../../lambdas/core/model';
import { composeChecked } from '../../../support/digest-check';
import { buildArticle, buildStory, byKey, day, month } from './builders';

const seeds = fileURLToPath(new URL('../../../../../shared/seeds/', import.meta.url));
const present = existsSync(`${seeds}gold.json`);

interface Gold {
  articles: { file: string; outlet: string; quotes: { speaker: string; text: string }[] }[];
  story: { mainEvent: { actorsUS: string[]; actorsChina: string[]; titles: Record<string, string> } };
}

function load() {
  const gold = JSON.parse(readFileSync(`${seeds}gold.json`, 'utf8')) as Gold;
  const files = readdirSync(seeds);
  const text = (file: string) => readFileSync(`${seeds}${files.find((f) => f === file)}`, 'utf8');
  const { actorsUS, actorsChina, titles } = gold.story.mainEvent;
  const person =
    (affiliation: string) =>
    (name: string): Participant => ({
      name,
      kind: 'person',
      role: titles[name],
      affiliation,
    });
  const participants = [...actorsChina.map(person('China')), ...actorsUS.map(person('U.S.'))];
  const kind = (speaker: string): Quote['speakerKind'] =>
    /Ministry|Department/.test(speaker) ? 'organization' : 'person';
  const [caixinGold, hillGold] = gold.articles;
  if (!caixinGold || !hillGold) throw new Error('gold.json lists two articles');
  const mainEvent = {
    type: 'meeting' as const,
    action: 'met with',
    participants,
    location: 'Beijing',
    date: day('2023-06-05', 'Monday'),
  };
  const caixin = buildArticle({
    key: caixinGold.file,
    outlet: caixinGold.outlet,
    published: '2023-06-06',
    text: text(caixinGold.file),
    quotes: caixinGold.quotes.map((q) => ({ speaker: q.speaker, kind: kind(q.speaker), text: q.text })),
    mainEvent: { ...mainEvent, in: 'Ma Zhaoxu met' },
    background: [
      {
        type: 'meeting',
        action: 'met with',
        participants: [
          { name: 'Wang Yi', kind: 'person', affiliation: 'China' },
          { name: 'Jake Sullivan', kind: 'person', role: 'National Security Adviser', affiliation: 'U.S.' },
        ],
        location: 'Vienna',
        date: month('2023-05-01', 'Earlier in May'),
        in: 'Vienna',
      },
    ],
  });
  const hill = buildArticle({
    key: hillGold.file,
    outlet: hillGold.outlet,
    published: '2023-06-06',
    text: text(hillGold.file),
    quotes: hillGold.quotes.map((q) => ({ speaker: q.speaker, kind: kind(q.speaker), text: q.text })),
    mainEvent: { ...mainEvent, in: 'Top U.S. and China officials' },
    background: [
      {
        type: 'statement',
        // Read from the seed at run time: the reporter's words are not ours to copy into the repo.
        action: text(hillGold.file).match(/said last week that [^.]*?refused to meet/)?.[0] ?? '',
        participants: [
          { name: 'Lloyd Austin', kind: 'person', role: 'Defense Secretary', affiliation: 'U.S.' },
        ],
        location: 'Singapore',
        date: { start: '2023-05-29', end: '2023-06-04', precision: 'week', text: 'last week' },
        in: 'Shangri-La',
      },
    ],
  });
  return { caixin, hill, story: buildStory('seed-story', [caixin, hill]) };
}

describe.skipIf(!present)(
  'Function: composeDigest on the seed reports (skipped: ../shared/seeds absent)',
  () => {
    it('writes a faithful two-outlet brief with contrasting characterizations and dated background', () => {
      // Prepare
      const { caixin, hill, story } = load();
      const articles = byKey([caixin, hill]);

      // Act
      const digest = composeChecked([story], articles, { date: '2023-06-06' });

      // Assess
      const item = digest.items[0];
      expect(checkFaithful(digest, articles)).toEqual([]);
      // Each outlet is named once, in the first sentence (issue 10: no per-sentence credits).
      expect(item?.whatsNew).toMatch(
        /^Caixin and The Hill reported that Vice Foreign Minister Ma Zhaoxu met with /,
      );
      expect(item?.whatsNew).toMatch(/\. .* on Monday, June 5, in Beijing /);
      expect(item?.whatsNew.match(/Caixin|The Hill/g)).toHaveLength(2);
      expect(item?.whatsNew).toContain(
        'The U.S. State Department called the meeting “candid and productive.”',
      );
      expect(item?.whatsNew).toMatch(/Wang Wenbin said they “had candid, .*\.”$/);
      // Background sentences are whole, dated in words, in date order.
      expect(item?.background).toMatch(/^In May, .*Wang Yi met with /);
      expect(item?.background).toMatch(/Lloyd Austin said in the week of May 29 that .*\.$/);
      // A quotation about an earlier encounter is not passed off as a description of this meeting.
      expect(item?.whatsNew).not.toContain('substantive exchange');
    });
  },
);
