/** In-memory ports with the same semantics as the DynamoDB adapters, for use-case tests. */
import type { Story, Subscriber } from '../../../lambdas/core/model';
import type {
  ArticleRecord,
  ArticleStore,
  ClaimResult,
  DigestLedger,
  DigestLedgerEntry,
  Mailer,
  OutgoingEmail,
  StoryStore,
  SubscriberStore,
} from '../../../lambdas/ports';

export class MemorySubscribers implements SubscriberStore {
  readonly items = new Map<string, Subscriber>();
  async add(s: Subscriber) {
    const email = s.email.toLowerCase();
    if (this.items.has(email)) return false;
    this.items.set(email, { ...s, email });
    return true;
  }
  async get(email: string) {
    return this.items.get(email.toLowerCase()) ?? null;
  }
  async list() {
    return [...this.items.values()].sort((a, b) => a.email.localeCompare(b.email));
  }
  async remove(email: string) {
    this.items.delete(email.toLowerCase());
  }
  async markUnsubscribed(email: string, at: string) {
    const s = this.items.get(email.toLowerCase());
    if (!s) return false;
    this.items.set(s.email, { ...s, status: 'unsubscribed', unsubscribedAt: at });
    return true;
  }
  async recordDigest(email: string, sent: { at: string; sentVersions: Record<string, number> }) {
    const s = this.items.get(email.toLowerCase());
    if (s) this.items.set(s.email, { ...s, lastDigestAt: sent.at, sentVersions: sent.sentVersions });
  }
}

export class MemoryLedger implements DigestLedger {
  readonly entries = new Map<string, DigestLedgerEntry>();
  private id(email: string, period: string) {
    return `${email.toLowerCase()}|${period}`;
  }
  async get(email: string, period: string) {
    return this.entries.get(this.id(email, period)) ?? null;
  }
  async claim(
    email: string,
    period: string,
    c: { claimId: string; now: Date; leaseMs: number },
  ): Promise<ClaimResult> {
    const current = this.entries.get(this.id(email, period));
    if (current && !(current.status === 'sending' && current.leaseUntil < c.now.toISOString())) {
      return { outcome: current.status === 'sent' ? 'sent' : 'busy', entry: current };
    }
    this.entries.set(this.id(email, period), {
      email,
      period,
      status: 'sending',
      claimId: c.claimId,
      leaseUntil: new Date(c.now.getTime() + c.leaseMs).toISOString(),
    });
    return { outcome: 'claimed' };
  }
  async complete(
    email: string,
    period: string,
    s: { claimId: string; messageId: string; at: string; sentVersions: Record<string, number> },
  ) {
    const current = this.entries.get(this.id(email, period));
    if (current?.claimId !== s.claimId) throw new Error('claim lost');
    this.entries.set(this.id(email, period), {
      ...current,
      status: 'sent',
      messageId: s.messageId,
      sentAt: s.at,
      sentVersions: s.sentVersions,
    });
  }
  async release(email: string, period: string, claimId: string) {
    const current = this.entries.get(this.id(email, period));
    if (current?.claimId === claimId && current.status === 'sending')
      this.entries.delete(this.id(email, period));
  }
}

export class MemoryStories implements StoryStore {
  constructor(readonly stories: Story[]) {}
  async get(id: string) {
    return this.stories.find((s) => s.id === id) ?? null;
  }
  async candidates() {
    return [];
  }
  async referencing() {
    return [];
  }
  async withSource(articleKey: string) {
    return this.stories.filter((s) => s.sources.some((src) => src.key === articleKey));
  }
  async save() {}
  async remove() {}
  async absorb() {}
  async listByDate(from: string, to: string) {
    return this.stories.filter((s) => {
      const d = (s.event.date?.start ?? s.lastSeen).slice(0, 10);
      const seen = s.lastSeen.slice(0, 10);
      return (d >= from && d <= to) || (seen >= from && seen <= to);
    });
  }
}

export class MemoryArticles implements ArticleStore {
  constructor(readonly records: ArticleRecord[]) {}
  async get(key: string) {
    return this.records.find((r) => r.key === key) ?? null;
  }
  async put() {}
  async delete() {}
  async moveToStory() {}
  async getMany(keys: string[]) {
    return this.records.filter((r) => keys.includes(r.key));
  }
}

/** Records what was sent; fails the sends whose 1-based numbers are listed. */
export class RecordingMailer implements Mailer {
  readonly sent: OutgoingEmail[] = [];
  private calls = 0;
  constructor(private readonly failOn: number[] = []) {}
  async send(email: OutgoingEmail) {
    this.calls += 1;
    if (this.failOn.includes(this.calls)) throw new Error(`SES throttled call ${this.calls}`);
    this.sent.push(email);
    return { messageId: `ses-${this.sent.length}` };
  }
}
