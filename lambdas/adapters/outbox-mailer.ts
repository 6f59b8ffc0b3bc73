import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AdapterError } from '../errors';
import type { Mailer, OutgoingEmail } from '../ports';

/** Sends through another Mailer, then keeps the exact message sent as a .eml file (the local outbox). */
export class OutboxMailer implements Mailer {
  readonly written: string[] = [];

  constructor(
    private readonly next: Mailer,
    private readonly folder: string,
  ) {}

  async send(email: OutgoingEmail): Promise<{ messageId: string }> {
    const result = await this.next.send(email);
    const path = join(this.folder, outboxFileName(email.to, result.messageId));
    try {
      await mkdir(this.folder, { recursive: true });
      await writeFile(path, email.raw, 'utf8');
    } catch (error) {
      throw new AdapterError(`Sent, but could not write the outbox copy ${path}`, { cause: error });
    }
    this.written.push(path);
    return result;
  }
}

/** A file name that sorts by time and says who the message was for. */
export function outboxFileName(to: string, messageId: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const safe = (s: string) => s.replace(/[^A-Za-z0-9@._-]+/g, '_').slice(0, 60);
  return `${stamp}_${safe(to)}_${safe(messageId)}.eml`;
}
