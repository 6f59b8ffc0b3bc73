import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { SesMailer } from '../../../lambdas/adapters/ses-mailer';
import { AdapterError } from '../../../lambdas/errors';

const ses = mockClient(SESv2Client);
const email = {
  from: 'digest@news-digest.example',
  to: 'reader@example.com',
  raw: 'Subject: hi\r\n\r\nbody ✓',
};

describe('Function: SesMailer.send', () => {
  beforeEach(() => ses.reset());

  it('sends the MIME message as raw content bytes', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'ses-0001' });

    const out = await new SesMailer(new SESv2Client({})).send(email);

    expect(out).toEqual({ messageId: 'ses-0001' });
    const input = ses.commandCalls(SendEmailCommand)[0]?.args[0].input;
    expect(input?.FromEmailAddress).toBe(email.from);
    expect(input?.Destination?.ToAddresses).toEqual([email.to]);
    expect(new TextDecoder().decode(input?.Content?.Raw?.Data)).toBe(email.raw);
  });

  it.each([
    [
      'a throttling error',
      () =>
        ses
          .on(SendEmailCommand)
          .rejects(Object.assign(new Error('slow down'), { name: 'TooManyRequestsException' })),
      /Sending the digest to reader@example.com failed/,
    ],
    ['a reply without MessageId', () => ses.on(SendEmailCommand).resolves({}), /no MessageId/],
  ])('raises an AdapterError on %s', async (_name, arrange, message) => {
    arrange();

    const sending = new SesMailer(new SESv2Client({})).send(email);

    await expect(sending).rejects.toBeInstanceOf(AdapterError);
    await expect(sending).rejects.toThrow(message);
  });
});
