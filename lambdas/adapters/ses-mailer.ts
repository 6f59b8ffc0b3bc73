/** Mailer on Amazon SES v2: sends the raw MIME message as built, headers and all. */
import { type SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { AdapterError } from '../errors';
import type { Mailer, OutgoingEmail } from '../ports';

/** Mailer that sends through SES v2 SendEmail with raw content. */
export class SesMailer implements Mailer {
  constructor(private readonly client: SESv2Client) {}

  async send(email: OutgoingEmail): Promise<{ messageId: string }> {
    try {
      const out = await this.client.send(
        new SendEmailCommand({
          FromEmailAddress: email.from,
          Destination: { ToAddresses: [email.to] },
          Content: { Raw: { Data: new TextEncoder().encode(email.raw) } },
        }),
      );
      if (!out.MessageId) throw new AdapterError('SES accepted the message but returned no MessageId');
      return { messageId: out.MessageId };
    } catch (error) {
      if (error instanceof AdapterError) throw error;
      throw new AdapterError(`Sending the digest to ${email.to} failed`, { cause: error });
    }
  }
}
