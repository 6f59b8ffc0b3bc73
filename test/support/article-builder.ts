/**
 * Builds extractor-shaped Articles from a few facts, for story tests that must not depend on
 * the extractor. Every text here is written in-house.
 */
import { createHash } from 'node:crypto';
import type {
  Article,
  DatePrecision,
  EventMention,
  EventType,
  Participant,
  ResolvedDate,
} from '../../lambdas/core/model';

/** A date as a day, or a period with its precision. */
export type DateSpec = string | { start: string; end: string; precision: DatePrecision };

/** The facts of one event. */
export interface EventSpec {
  type: EventType;
  action: string;
  people?: (string | [name: string, role: string])[];
  organizations?: string[];
  countries?: string[];
  location?: string;
  date?: DateSpec;
}

/** The facts of one article. */
export interface ArticleSpec extends EventSpec {
  key: string;
  outlet: string;
  published: string;
  /** The publication time is only the upload time (no date was given): its dates veto nothing. */
  undated?: boolean;
  /** When a dated report's file arrived, for one uploaded long after it was published (a backfill). */
  received?: string;
  headline?: string;
  lead: string;
  quotes?: [speaker: string, text: string][];
  background?: EventSpec[];
  /** People the article names outside its main event (quoted analysts, officials in passing). */
  mentioned?: string[];
  /** The extractor found the event but none of its participants. */
  noParticipants?: boolean;
  /** Places the text names besides the event's location. */
  places?: string[];
}

function resolved(date: DateSpec): ResolvedDate {
  if (typeof date === 'string') return { start: date, end: date, precision: 'day', text: date };
  return { ...date, text: `${date.start}/${date.end}` };
}

function participants(spec: EventSpec): Participant[] {
  return [
    ...(spec.people ?? []).map(
      (p): Participant =>
        typeof p === 'string' ? { name: p, kind: 'person' } : { name: p[0], kind: 'person', role: p[1] },
    ),
    ...(spec.organizations ?? []).map((name): Participant => ({ name, kind: 'organization' })),
    ...(spec.countries ?? []).map((name): Participant => ({ name, kind: 'country' })),
  ];
}

function mention(spec: EventSpec, sentence: number): EventMention {
  const event: EventMention = {
    type: spec.type,
    action: spec.action,
    participants: participants(spec),
    sentences: [sentence],
  };
  if (spec.location) event.location = spec.location;
  if (spec.date) event.date = resolved(spec.date);
  return event;
}

/** The facts of one port strike, in our own words: story tests add a key, an outlet and the days. */
export const PORT_STRIKE = {
  headline: 'Dockworkers end their strike at the Rotterdam port',
  type: 'agreement',
  action: 'ended the strike',
  people: [['Ilse de Vries', 'port authority chief'], 'Marco Bianchi'],
  organizations: ['Rotterdam Port Authority'],
  location: 'Rotterdam',
} as const satisfies Partial<ArticleSpec>;

/** An Article as the extractor would produce it for these facts. */
export function buildArticle(spec: ArticleSpec): Article {
  const sentences = [
    spec.lead,
    ...(spec.quotes ?? []).map(([speaker, text]) => `"${text}," ${speaker} said.`),
  ];
  let offset = 0;
  const indexed = sentences.map((text, index) => {
    const sentence = { index, start: offset, end: offset + text.length, text };
    offset += text.length + 1;
    return sentence;
  });
  const text = sentences.join(' ');
  return {
    key: spec.key,
    format: 'text',
    contentHash: createHash('sha256').update(JSON.stringify(spec)).digest('hex'),
    outlet: { value: spec.outlet, source: 'object-metadata' },
    headline: spec.headline ? { value: spec.headline, source: 'headline-line' } : null,
    published: { value: spec.published, source: spec.undated ? 'upload-time' : 'object-metadata' },
    ...(spec.received ? { received: spec.received } : {}),
    url: { value: `https://news.example/${spec.key}`, source: 'object-metadata' },
    credits: [],
    text,
    sentences: indexed,
    people: [
      ...participants(spec)
        .filter((p) => p.kind === 'person')
        .map((p) => ({ name: p.name, title: p.role, aliases: [], mentions: [] })),
      ...(spec.mentioned ?? []).map((name) => ({ name, aliases: [], mentions: [] })),
    ],
    organizations: spec.organizations ?? [],
    places: [...new Set([...(spec.location ? [spec.location] : []), ...(spec.places ?? [])])],
    quotes: (spec.quotes ?? []).map(([speaker, quote], i) => {
      const sentence = indexed[i + 1] ?? { index: 0, start: 0, end: 0 };
      return {
        speaker,
        speakerKind: 'person',
        text: quote,
        span: { sentence: sentence.index, start: sentence.start + 1, end: sentence.start + 1 + quote.length },
      };
    }),
    mainEvent: spec.noParticipants ? { ...mention(spec, 0), participants: [] } : mention(spec, 0),
    background: (spec.background ?? []).map((b) => mention(b, 0)),
  };
}
