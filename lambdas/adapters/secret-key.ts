/** The unsubscribe HMAC key: read from Secrets Manager once per container, or given directly locally. */
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { UnsubscribeKeyConfig } from '../config';
import { AdapterError } from '../errors';
import type { SecretKeySource } from '../ports';

/** A key source that fetches the secret on first use and keeps the promise for later calls. */
export function secretsManagerKey(secretArn: string, client = new SecretsManagerClient({})): SecretKeySource {
  let cached: Promise<Uint8Array | string> | undefined;
  const load = async (): Promise<Uint8Array | string> => {
    try {
      const out = await client.send(new GetSecretValueCommand({ SecretId: secretArn }));
      const value = out.SecretString ?? out.SecretBinary;
      if (value === undefined || value.length === 0) throw new AdapterError(`Secret ${secretArn} is empty`);
      return value;
    } catch (error) {
      if (error instanceof AdapterError) throw error;
      throw new AdapterError('Reading the unsubscribe key failed', { cause: error });
    }
  };
  return () => {
    cached ??= load().catch((error: unknown) => {
      // A failed read is not cached: the next invocation tries again.
      cached = undefined;
      throw error;
    });
    return cached;
  };
}

/** The key source a config describes: Secrets Manager on AWS, the literal key locally. */
export function keySourceFor(config: UnsubscribeKeyConfig, client?: SecretsManagerClient): SecretKeySource {
  if ('secretArn' in config) return secretsManagerKey(config.secretArn, client);
  const key = config.key;
  return async () => key;
}
