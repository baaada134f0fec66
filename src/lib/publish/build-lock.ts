import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

/** How a build waits for another one publishing to the same folder. */
export interface LockWait {
  /** Called once, when the lock is held by another live build. */
  onWait: (pid: number) => void;
  /** How long to wait before giving up with a clear error. */
  maxWaitMs: number;
  pollMs?: number;
}

/**
 * Takes the lock file `lock` (created atomically, holding this process's id) so that only one
 * build at a time stages and publishes a site. A lock whose process is gone (a build killed
 * with kill -9) is stale and taken over. When another live build holds it, waits for it (up to
 * `maxWaitMs`, then fails saying which process holds it). Resolves with a function that
 * releases the lock; it is also released when this process exits.
 */
export async function acquireBuildLock(lock: string, wait: LockWait): Promise<() => void> {
  const started = Date.now();
  let waiting = false;
  for (;;) {
    const holder = tryLock(lock);
    if (holder === undefined) break;
    if (!waiting) wait.onWait(holder);
    waiting = true;
    if (Date.now() - started >= wait.maxWaitMs) {
      throw new LockTimeoutError(lock, holder, wait.maxWaitMs);
    }
    await new Promise((resolve) => setTimeout(resolve, wait.pollMs ?? 250));
  }
  const release = () => {
    if (readHolder(lock) === process.pid) rmSync(lock, { force: true });
    process.off('exit', release);
  };
  process.on('exit', release);
  return release;
}

/** The lock could not be had in time: which process holds it and what to do. */
export class LockTimeoutError extends Error {
  constructor(
    readonly lock: string,
    readonly holder: number,
    maxWaitMs: number,
  ) {
    super(
      `Another build (process ${holder}) has been publishing to the same folder for over ${Math.round(maxWaitMs / 1000)} s. Wait for it to finish or stop it; if no build is running, delete ${lock}.`,
    );
  }
}

/** Takes the lock if free or stale; otherwise returns the process id of the live build holding it. */
function tryLock(lock: string): number | undefined {
  // Written under a name of its own, then linked into place: the lock never exists without its process id.
  const mine = `${lock}.${process.pid}`;
  writeFileSync(mine, `${process.pid}\n`);
  try {
    linkSync(mine, lock);
    return undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(mine, { force: true });
  }
  const holder = readHolder(lock);
  if (holder === process.pid) return undefined;
  if (holder !== undefined && alive(holder)) return holder;
  breakStaleLock(lock, holder);
  return tryLock(lock);
}

/**
 * Removes a lock left by a process that is gone. The lock is first moved to a name of this
 * process's own, so that of two builds finding the same stale lock only one removes it; if
 * what was moved is not the stale lock (another build took it in between), it is put back.
 */
function breakStaleLock(lock: string, stale: number | undefined): void {
  const aside = `${lock}.stale-${process.pid}`;
  try {
    renameSync(lock, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (readHolder(aside) !== stale) {
    try {
      linkSync(aside, lock);
    } catch {
      // A third build has taken the lock meanwhile; the one moved aside is then waited for no more.
    }
  }
  rmSync(aside, { force: true });
}

function readHolder(lock: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lock, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
