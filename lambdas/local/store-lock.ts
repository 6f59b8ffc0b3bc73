/** One local stack per store: two processes on one dynalite folder fail with "Database is closed". */
import { mkdir, open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { NewsDigestError } from '../errors';

/** Another live process holds the store. */
export class StoreInUseError extends NewsDigestError {}

const LOCK_FILE = 'in-use.pid';

/**
 * Takes the store for this process, or throws StoreInUseError naming the process that holds it.
 * A lock left by a process that is gone (killed, crashed) is taken over. Returns the release.
 */
export async function lockStore(storeDir: string): Promise<() => Promise<void>> {
  await mkdir(storeDir, { recursive: true });
  const path = join(storeDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => unlink(path).catch(() => undefined);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(holder) && isAlive(holder)) {
      throw new StoreInUseError(
        `The store ${storeDir} is in use by PID ${holder} (a running news-digest watch, run or digest); ` +
          'stop it first, or give this command another --store',
      );
    }
    await unlink(path).catch(() => undefined);
  }
  throw new StoreInUseError(
    `The store ${storeDir} is being taken by another process at this moment; try again`,
  );
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
