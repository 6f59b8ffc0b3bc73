/** The features of an article, a story or a background mention that matching compares. */
import type { Article, EventType, Participant, Story } from '../model';
import { eventPeriod, type Period } from './dates';
import { entityKey, placeKey, weightClass } from './entity-key';
import { storyPeriod } from './story';
import { termVector } from './tokens';

/** Keys of who took part, by how much sharing them tells, plus when, where and the wording. */
export interface Profile {
  people: Set<string>;
  organizations: Set<string>;
  /** Countries and generic bodies: shared by many unrelated reports. */
  weak: Set<string>;
  type?: EventType;
  place?: string;
  period: Period;
  /** One term vector per report (headline, action and lead). */
  texts: Map<string, number>[];
}

function addParticipants(profile: Profile, participants: Participant[]): void {
  for (const p of participants) {
    const key = entityKey(p.name, p.kind);
    if (key === '') continue;
    const weight = weightClass(p);
    if (weight === 'person') profile.people.add(key);
    else if (weight === 'organization') profile.organizations.add(key);
    else profile.weak.add(key);
  }
}

function emptyProfile(period: Period): Profile {
  return { people: new Set(), organizations: new Set(), weak: new Set(), period, texts: [] };
}

/** The profile of an article's main event; without one, of the people and bodies it names. */
export function articleProfile(article: Article): Profile {
  const event = article.mainEvent;
  const profile = emptyProfile(eventPeriod(event?.date, article.published.value));
  if (event) {
    addParticipants(profile, event.participants);
    profile.type = event.type;
    if (event.location) profile.place = placeKey(event.location);
  } else {
    addParticipants(profile, [
      ...article.people.map((p): Participant => ({ name: p.name, kind: 'person' })),
      ...article.organizations.map((name): Participant => ({ name, kind: 'organization' })),
    ]);
  }
  const words = [article.headline?.value, event?.action, article.sentences[0]?.text];
  profile.texts.push(termVector(words.filter(Boolean).join(' ')));
  return profile;
}

/** The profile of a story: its canonical event, every participant any source named, each source's wording. */
export function storyProfile(story: Story): Profile {
  const profile = emptyProfile(storyPeriod(story));
  addParticipants(profile, story.event.participants);
  for (const source of story.sources) if (source.event) addParticipants(profile, source.event.participants);
  profile.type = story.event.type;
  if (story.event.location) profile.place = placeKey(story.event.location);
  for (const source of story.sources) {
    const words = [source.headline, source.event?.action, source.lead];
    profile.texts.push(termVector(words.filter(Boolean).join(' ')));
  }
  return profile;
}

/** The keys a profile is indexed and searched under: people and distinctive organizations only. */
export function distinctiveKeys(profile: Profile): string[] {
  return [...new Set([...profile.people, ...profile.organizations])].sort();
}
