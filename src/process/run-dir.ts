import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { atExit } from './at-exit.js';
import { isAlive } from './alive.js';

/**
 * Every temporary file of a run (browser profiles, print work folders) lives in one folder,
 * `<tmp>/notice-deck-<uid>/<pid>-<random>`, removed when the run ends. A run killed with SIGKILL
 * cannot remove its own; the next run removes the folders of processes that are gone.
 */
export function runsRoot(tmp: string = os.tmpdir()): string {
  // Per user: another user's run can neither clobber nor read ours.
  return path.join(tmp, `notice-deck-${process.getuid?.() ?? 'user'}`);
}

let current: Promise<string> | undefined;

/** This run's temp folder, made on first use. */
export function runDir(): Promise<string> {
  current ??= makeRunDir(runsRoot());
  return current;
}

/** A fresh folder inside this run's temp folder, e.g. for one browser's profile. */
export async function runSubdir(prefix: string): Promise<string> {
  return mkdtemp(path.join(await runDir(), prefix));
}

async function makeRunDir(root: string): Promise<string> {
  await mkdir(root, { recursive: true, mode: 0o700 });
  await removeDeadRuns(root);
  const dir = await mkdtemp(path.join(root, `${process.pid}-`));
  atExit(() => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 20 }));
  return dir;
}

/** Removes the folders of runs whose process no longer exists. */
export async function removeDeadRuns(root: string): Promise<void> {
  for (const name of await readdir(root)) {
    const pid = /^(\d+)-/u.exec(name)?.[1];
    if (pid !== undefined && Number(pid) !== process.pid && !isAlive(Number(pid))) {
      await rm(path.join(root, name), { recursive: true, force: true, maxRetries: 3 });
    }
  }
}
