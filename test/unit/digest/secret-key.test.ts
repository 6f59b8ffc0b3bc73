import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { keySourceFor } from '../../../lambdas/adapters/secret-key';
import { AdapterError } from '../../../lambdas/errors';

const secrets = mockClient(SecretsManagerClient);
const arn = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:UnsubscribeKey-AbCdEf';

describe('Function: keySourceFor', () => {
  beforeEach(() => secrets.reset());

  it('reads the secret once and serves later calls from memory', async () => {
    secrets.on(GetSecretValueCommand).resolves({ SecretString: 'k'.repeat(64) });
    const key = keySourceFor({ secretArn: arn }, new SecretsManagerClient({}));

    const values = [await key(), await key(), await key()];

    expect(values).toEqual(Array(3).fill('k'.repeat(64)));
    expect(secrets.commandCalls(GetSecretValueCommand)).toHaveLength(1);
    expect(secrets.commandCalls(GetSecretValueCommand)[0]?.args[0].input.SecretId).toBe(arn);
  });

  it('tries again after a failed read instead of caching the failure', async () => {
    secrets.on(GetSecretValueCommand).rejectsOnce(new Error('network')).resolves({ SecretString: 'fresh' });
    const key = keySourceFor({ secretArn: arn }, new SecretsManagerClient({}));

    await expect(key()).rejects.toBeInstanceOf(AdapterError);
    await expect(key()).resolves.toBe('fresh');
  });

  it('refuses an empty secret', async () => {
    secrets.on(GetSecretValueCommand).resolves({ SecretString: '' });

    await expect(keySourceFor({ secretArn: arn }, new SecretsManagerClient({}))()).rejects.toThrow(
      /is empty/,
    );
  });

  it('uses the configured key locally without calling AWS', async () => {
    await expect(keySourceFor({ key: 'local-key' })()).resolves.toBe('local-key');
    expect(secrets.calls()).toHaveLength(0);
  });
});
