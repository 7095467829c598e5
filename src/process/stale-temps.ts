import { randomBytes } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { isAlive } from './alive.js';

/** `.name.tmp-<pid>-<hex>`: the pid tells a later run whether the writer is gone. */
const tempPattern = /^\..+\.tmp-(\d+)-[0-9a-f]{8}$/u;

/** A fresh temp path beside `file`, on the same file system so that renaming it over `file` is atomic. */
export function tempPathFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
}

/**
 * Removes the temp files in `dir` that runs killed with SIGKILL left behind (their process is gone);
 * temp files of running processes stay. A missing `dir` has none.
 */
export async function removeStaleTemps(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = tempPattern.exec(name)?.[1];
    if (pid !== undefined && Number(pid) !== process.pid && !isAlive(Number(pid))) {
      await rm(path.join(dir, name), { force: true });
    }
  }
}
