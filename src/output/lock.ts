import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const lockName = '.notice-deck.lock';

/**
 * Runs `work` while holding the folder's lock, so that two runs publishing into one folder at once
 * take turns: each one's files and manifest update land whole. mkdir is atomic on every file
 * system; the holder's pid inside lets a later run take over the lock of a run that was killed.
 */
export async function withFolderLock<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const lock = path.join(dir, lockName);
  await mkdir(dir, { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (attempt > 0 && !(await holderAlive(lock))) await rm(lock, { recursive: true, force: true });
      else await sleep(50 + Math.random() * 100);
    }
  }
  try {
    await writeFile(path.join(lock, 'pid'), String(process.pid));
    return await work();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

async function holderAlive(lock: string): Promise<boolean> {
  const pid = Number(await readFile(path.join(lock, 'pid'), 'utf8').catch(() => ''));
  // No pid yet: the holder has only just made the folder.
  if (!Number.isInteger(pid) || pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
