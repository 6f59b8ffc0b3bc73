/**
 * In-house fictional reports of one event by two outlets, plus an earlier story. Names, places and
 * quotations are invented for these tests.
 */
import type { Participant } from '../../../../lambdas/core/model';
import { buildArticle, buildStory, day, month } from './builders';

const virtanen: Participant = {
  name: 'Aino Virtanen',
  kind: 'person',
  role: 'Trade Minister',
  affiliation: 'Finland',
};
const tremblay: Participant = {
  name: 'Marc Tremblay',
  kind: 'person',
  role: 'International Trade Minister',
  affiliation: 'Canada',
};
const finland: Participant = { name: 'Finland', kind: 'country' };
const canada: Participant = { name: 'Canada', kind: 'country' };

export const ledger = buildArticle({
  key: 'nordic-ledger/2026-04-08-trade.txt',
  outlet: 'Nordic Ledger',
  published: '2026-04-08',
  url: 'https://nordicledger.example/trade/virtanen-ottawa',
  headline: 'Finland and Canada reopen trade channel',
  text: [
    'OTTAWA — Trade Minister Aino Virtanen of Finland met with International Trade Minister Marc Tremblay of Canada in Ottawa on Tuesday, the Finnish trade ministry said in a statement released Wednesday.',
    'The ministry described the session as “frank, useful and forward-looking.”',
    'Last month, Finland walked out of a fisheries forum in Halifax after a quarrel over cod quotas.',
    'In March 2025, Finland and Canada signed a customs pact in Helsinki, a deal both sides still cite.',
    'Reporting by Ilkka Salo; editing by June Park.',
  ].join(' '),
  quotes: [
    { speaker: 'Finnish trade ministry', kind: 'organization', text: 'frank, useful and forward-looking' },
  ],
  mainEvent: {
    type: 'meeting',
    action: 'met with',
    participants: [virtanen, tremblay],
    location: 'Ottawa',
    date: day('2026-04-07', 'Tuesday'),
    in: 'Trade Minister Aino Virtanen',
  },
  background: [
    {
      type: 'protest',
      action: 'walked out of a fisheries forum in Halifax after a quarrel over cod quotas',
      participants: [finland],
      location: 'Halifax',
      date: month('2026-03-01', 'Last month'),
      in: 'walked out',
    },
    {
      type: 'agreement',
      action: 'signed a customs pact',
      participants: [finland, canada],
      location: 'Helsinki',
      date: month('2025-03-01', 'In March 2025'),
      in: 'customs pact',
    },
  ],
});

export const wire = buildArticle({
  key: 'maple-wire/virtanen-tremblay.html',
  outlet: 'Maple Wire',
  published: '2026-04-08',
  text: [
    'Canada’s International Trade Minister Marc Tremblay hosted his Finnish counterpart Aino Virtanen in Ottawa on Tuesday.',
    'Global Affairs Canada called the meeting “frank and useful” in a short readout.',
    'Tremblay did not take questions afterwards.',
  ].join(' '),
  quotes: [{ speaker: 'Global Affairs Canada', kind: 'organization', text: 'frank and useful' }],
  mainEvent: {
    type: 'meeting',
    action: 'hosted',
    participants: [tremblay, virtanen],
    location: 'Ottawa',
    date: day('2026-04-07', 'Tuesday'),
    in: 'hosted his Finnish',
  },
});

export const tradeStory = buildStory('story-trade', [ledger, wire]);
