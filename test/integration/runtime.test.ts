import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../lambdas/errors';
import { DEFAULT_LOCAL_OPTIONS, LocalStackError, startLocalStack } from '../../lambdas/local/runtime';
import { invokeCli } from '../support/cli';

/** Listening servers in this process: an emulator left running keeps the CLI from exiting. */
function openServers(): number {
  return process.getActiveResourcesInfo().filter((r) => r === 'TCPServerWrap').length;
}

describe('Function: startLocalStack', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nd-runtime-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('stops every emulator it started when a later step fails, and frees the store', async () => {
    const storeDir = join(dir, 'config-fails');
    const servers = openServers();

    const failing = startLocalStack({ ...DEFAULT_LOCAL_OPTIONS, storeDir, recipients: ['not-an-address'] });

    await expect(failing).rejects.toBeInstanceOf(ConfigError);
    expect(openServers()).toBe(servers);
    const stack = await startLocalStack({ ...DEFAULT_LOCAL_OPTIONS, storeDir });
    await stack.stop();
    expect(openServers()).toBe(servers);
  });

  it('stops the emulators that did start when another cannot, and says why', async () => {
    const storeDir = join(dir, 'half');
    await startLocalStack({ ...DEFAULT_LOCAL_OPTIONS, storeDir }).then((s) => s.stop());
    await rm(join(storeDir, 'dynamodb'), { recursive: true });
    await writeFile(join(storeDir, 'dynamodb'), 'a file where the folder was');
    const servers = openServers();

    await expect(startLocalStack({ ...DEFAULT_LOCAL_OPTIONS, storeDir })).rejects.toBeInstanceOf(
      LocalStackError,
    );
    expect(openServers()).toBe(servers);
  });
});

describe('Store lock: two commands on one store', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nd-lock-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('refuses a second command with the PID that holds the store, and the store stays intact', async () => {
    // Prepare: a running stack (as `watch` keeps one) holding a subscriber
    const storeDir = join(dir, 'shared');
    const added = await invokeCli(['subscribers', 'add', 'ana@example.org', '--store', storeDir]);
    expect(added.code).toBe(0);
    const running = await startLocalStack({ ...DEFAULT_LOCAL_OPTIONS, storeDir });

    // Act
    let second: Awaited<ReturnType<typeof invokeCli>>;
    try {
      second = await invokeCli(['subscribers', 'list', '--store', storeDir]);
    } finally {
      await running.stop();
    }

    // Assess
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(new RegExp(`in use by PID ${process.pid}`));
    expect(second.stderr).not.toMatch(/Database is closed/);
    const after = await invokeCli(['subscribers', 'list', '--store', storeDir]);
    expect(after.code).toBe(0);
    expect(after.stdout).toMatch(/ana@example\.org/);
  });

  it('takes over a lock left by a process that is gone', async () => {
    const storeDir = join(dir, 'stale');
    await startLocalStack({ ...DEFAULT_LOCAL_OPTIONS, storeDir }).then((s) => s.stop());
    // PIDs are below 2^22 on Linux: this one cannot be running.
    await writeFile(join(storeDir, 'in-use.pid'), String(2 ** 22 + 7));

    const result = await invokeCli(['subscribers', 'list', '--store', storeDir]);

    expect(result.code).toBe(0);
  });
});
