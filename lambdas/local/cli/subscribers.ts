/** `news-digest subscribers add|list|remove`: the digest's readers, kept in the local table. */
import { createDocumentClient } from '../../adapters/dynamodb/client';
import { DynamoDbSubscriberStore, normalizeEmail } from '../../adapters/dynamodb/subscriber-store';
import { isEmailAddress } from '../../core/email/address';
import { EVENT_TYPES, type EventType, type Subscriber, type SubscriberFilters } from '../../core/model';
import { DEFAULT_LOCAL_OPTIONS, type LocalStackOptions, startLocalStack } from '../runtime';
import { UsageError } from './usage';

/** A subscribers command the user got wrong: the CLI prints it with the command's help. */
export class SubscribersUsageError extends UsageError {}

export interface SubscribersOptions extends Partial<LocalStackOptions> {
  json: boolean;
  weekly?: boolean;
  /** Comma-separated lists, as typed on the command line. */
  people?: string;
  places?: string;
  topics?: string;
}

function listOf(value: string | undefined): string[] | undefined {
  const items = value
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return items && items.length > 0 ? items : undefined;
}

function isEventType(value: string): value is EventType {
  return (EVENT_TYPES as readonly string[]).includes(value);
}

/** The filters typed on the command line; an unknown topic is refused with the known ones listed. */
export function filtersFrom(
  options: Pick<SubscribersOptions, 'people' | 'places' | 'topics'>,
): SubscriberFilters | undefined {
  const people = listOf(options.people);
  const places = listOf(options.places);
  const topicNames = listOf(options.topics)?.map((t) => t.toLowerCase());
  const unknown = topicNames?.filter((t) => !isEventType(t)) ?? [];
  if (unknown.length > 0) {
    throw new SubscribersUsageError(
      `unknown topic "${unknown.join('", "')}"; topics are ${EVENT_TYPES.join(', ')}`,
    );
  }
  const topics = topicNames?.filter(isEventType);
  const filters: SubscriberFilters = {
    ...(people ? { people } : {}),
    ...(places ? { places } : {}),
    ...(topics ? { topics } : {}),
  };
  return Object.keys(filters).length > 0 ? filters : undefined;
}

function describeFilters(filters: SubscriberFilters | undefined): string {
  if (!filters) return 'everything';
  const parts = [
    filters.people ? `people: ${filters.people.join(', ')}` : '',
    filters.places ? `places: ${filters.places.join(', ')}` : '',
    filters.topics ? `topics: ${filters.topics.join(', ')}` : '',
  ];
  return parts.filter(Boolean).join('; ');
}

function oneEmail(args: string[], verb: string): string {
  const [email, ...extra] = args;
  if (!email || extra.length > 0) throw new SubscribersUsageError(`${verb} takes exactly one email address`);
  if (!isEmailAddress(email)) throw new SubscribersUsageError(`"${email}" is not an email address`);
  return normalizeEmail(email);
}

/** Runs one subscribers verb against the local table; returns the exit code. */
export async function runSubscribers(
  args: string[],
  options: SubscribersOptions,
  out: NodeJS.WritableStream,
): Promise<number> {
  const [verb, ...rest] = args;
  if (verb !== 'add' && verb !== 'list' && verb !== 'remove') {
    throw new SubscribersUsageError(verb ? `unknown verb "${verb}"` : 'say add, list or remove');
  }
  // Validate before starting the emulators: a typo should not cost a stack start.
  const email = verb === 'list' ? null : oneEmail(rest, verb);
  if (verb === 'list' && rest.length > 0) throw new SubscribersUsageError('list takes no arguments');
  const filters = verb === 'add' ? filtersFrom(options) : undefined;
  const { json, weekly, people, places, topics, ...local } = options;
  const stack = await startLocalStack({ ...DEFAULT_LOCAL_OPTIONS, ...definedOnly(local) });
  try {
    const store = new DynamoDbSubscriberStore(createDocumentClient(), stack.tableName);
    if (verb === 'list') {
      const all = (await store.list()).sort((a, b) => a.email.localeCompare(b.email));
      out.write(json ? `${JSON.stringify(all, null, 2)}\n` : formatList(all));
      return 0;
    }
    if (email === null) return 2;
    if (verb === 'add') return await add(store, email, { weekly, filters }, out);
    const recipients = local.recipients ?? DEFAULT_LOCAL_OPTIONS.recipients;
    return await remove(store, email, recipients.map(normalizeEmail).includes(email), out);
  } finally {
    await stack.stop();
  }
}

async function add(
  store: DynamoDbSubscriberStore,
  email: string,
  options: { weekly: boolean | undefined; filters: SubscriberFilters | undefined },
  out: NodeJS.WritableStream,
): Promise<number> {
  const subscriber: Subscriber = {
    email,
    frequency: options.weekly ? 'weekly' : 'daily',
    status: 'active',
    subscribedAt: new Date().toISOString(),
    ...(options.filters ? { filters: options.filters } : {}),
  };
  // Someone who left (or a removed default recipient) comes back when added on purpose.
  if ((await store.get(email))?.status === 'unsubscribed') await store.remove(email);
  if (!(await store.add(subscriber))) {
    out.write(`${email} is already subscribed; remove it first to change its settings\n`);
    return 1;
  }
  out.write(`added ${email} (${subscriber.frequency}, ${describeFilters(options.filters)})\n`);
  return 0;
}

/**
 * Deletes a subscriber; a default recipient (--to, or reader@example.com) is kept as unsubscribed
 * instead, because every run seeds the default recipients that have no record.
 */
async function remove(
  store: DynamoDbSubscriberStore,
  email: string,
  defaultRecipient: boolean,
  out: NodeJS.WritableStream,
): Promise<number> {
  const existing = await store.get(email);
  if (!existing || existing.status === 'unsubscribed') {
    out.write(`${email} is not a subscriber\n`);
    return 1;
  }
  if (!defaultRecipient) {
    await store.remove(email);
    out.write(`removed ${email}\n`);
    return 0;
  }
  await store.markUnsubscribed(email, new Date().toISOString());
  out.write(
    `removed ${email}: a default recipient, kept as unsubscribed so later runs do not add it back ` +
      `('subscribers add ${email}' restores it)\n`,
  );
  return 0;
}

function formatList(subscribers: Subscriber[]): string {
  if (subscribers.length === 0) return 'No subscribers.\n';
  return subscribers
    .map((s) => {
      const last = s.lastDigestAt ? `, last digest ${s.lastDigestAt}` : '';
      return `${s.email}  ${s.frequency}  ${s.status}  ${describeFilters(s.filters)}${last}\n`;
    })
    .join('');
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
