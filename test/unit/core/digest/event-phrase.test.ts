import { describe, expect, it } from 'vitest';
import type { EventFields } from '../../../../lambdas/core/digest/event-phrase';
import { eventPhrase } from '../../../../lambdas/core/digest/event-phrase';
import { corpusOf } from '../../../../lambdas/core/digest/support';
import type { Participant } from '../../../../lambdas/core/model';

const country = (name: string): Participant => ({ name, kind: 'country' });
const person = (name: string, role?: string, affiliation?: string): Participant => ({
  name,
  kind: 'person',
  ...(role ? { role } : {}),
  ...(affiliation ? { affiliation } : {}),
});

describe('Function: eventPhrase', () => {
  it.each<[string, EventFields, string, string | null]>([
    [
      'keeps the sentence’s own subject and strips its dateline',
      { type: 'ruling', action: 'ruled that riders are staff', participants: [country('Velmora')] },
      'LISBOA — A regional labour court ruled Monday that riders are staff, in a blow to Velmora.',
      'A regional labour court ruled that riders are staff',
    ],
    [
      'gives a bare transitive verb its object',
      { type: 'meeting', action: 'hosted', participants: [person('Ilse Brandt'), person('Omar Haddad')] },
      'Ilse Brandt hosted Omar Haddad at the chancellery.',
      'Ilse Brandt hosted Omar Haddad',
    ],
    [
      'writes a noun "action" from the event type instead',
      {
        type: 'talks',
        action: 'negotiations',
        participants: [country('Chile'), country('Norway')],
        location: 'Oslo',
      },
      'Chile and Norway opened negotiations in Oslo.',
      'Chile and Norway held talks in Oslo',
    ],
    [
      'refuses a capitalised clause cut from mid-sentence',
      { type: 'other', action: 'Cup by two goals after a late header', participants: [] },
      'Rovers won the Cup by two goals after a late header.',
      null,
    ],
    [
      'accepts a capitalised clause that opens its sentence',
      { type: 'other', action: 'Rovers won the Cup by two goals', participants: [] },
      'Rovers won the Cup by two goals after a late header.',
      'Rovers won the Cup by two goals',
    ],
    [
      'names an institution by its country',
      {
        type: 'sanction',
        participants: [
          { name: 'Finance Ministry', kind: 'organization', affiliation: 'Norway' },
          country('Chile'),
        ],
      },
      'Norway’s Finance Ministry imposed sanctions on Chile.',
      'Norway’s Finance Ministry imposed sanctions on Chile',
    ],
    [
      'drops a one-word role that names no side',
      { type: 'statement', participants: [person('Ilse Brandt', 'Minister')] },
      'Minister Ilse Brandt issued a statement.',
      'Ilse Brandt issued a statement',
    ],
    [
      'never lists a stadium as the side a team played',
      {
        type: 'match',
        participants: [
          { name: 'Astrid Rovers', kind: 'organization' },
          { name: 'Velmora Town', kind: 'organization' },
          { name: 'Quay Park', kind: 'place' },
        ],
      },
      'Astrid Rovers beat Velmora Town 2-0 at Quay Park.',
      'Astrid Rovers played Velmora Town',
    ],
    [
      'does not add a country to a role that already names one',
      {
        type: 'visit',
        participants: [
          person('Ada Lunde', 'deputy U.N. envoy for ocean affairs', 'United Nations'),
          country('Chile'),
        ],
      },
      'Ada Lunde, deputy U.N. envoy for ocean affairs, visited Chile for the United Nations.',
      'Ada Lunde, deputy U.N. envoy for ocean affairs, visited Chile',
    ],
    [
      'gives up when no participant is named in the sources',
      { type: 'meeting', participants: [person('Nobody Here'), person('Nor Here')] },
      'Two officials met.',
      null,
    ],
  ])('%s', (_name, event, sentence, expected) => {
    expect(eventPhrase(event, corpusOf([sentence]), { sentence })).toBe(expected);
  });

  it('appends the location and the date phrase, and drops the action’s own date words', () => {
    const sentence = 'Chile and Norway signed a fisheries accord on Friday in Oslo.';
    const event: EventFields = {
      type: 'agreement',
      action: 'signed a fisheries accord on Friday',
      participants: [country('Chile'), country('Norway')],
      location: 'Oslo',
    };

    const phrase = eventPhrase(event, corpusOf([sentence, 'on Friday, May 8']), {
      sentence,
      dateWords: 'Friday',
      datePhrase: 'on Friday, May 8',
    });

    expect(phrase).toBe('Chile and Norway signed a fisheries accord in Oslo on Friday, May 8');
  });
});
