import { rmSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { atExit } from './process/at-exit.js';
import { removeStaleTemps, tempPathFor } from './process/stale-temps.js';

/** Folders this process has already swept for temp files of killed runs. */
const swept = new Set<string>();

/**
 * Writes `data` to `file` so that readers see either the old file or the complete new one,
 * never a half-written one: write a temp file in the same directory (rename is only atomic
 * within one file system), then rename it over the target. Creates the directory if missing.
 * A run stopped by a signal removes its temp file; one killed outright leaves it to the next
 * run writing into that folder.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  await sweepStaleTemps(dir);
  const temp = tempPathFor(file);
  const forget = atExit(() => rmSync(temp, { force: true }));
  try {
    await writeFile(temp, data);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  } finally {
    forget();
  }
}

/**
 * Removes the temp files that runs killed outright left in `dir` (removeStaleTemps), once per
 * folder in this process. A writer that skips unchanged files (publish) calls it for every folder
 * it would have written to.
 */
export async function sweepStaleTemps(dir: string): Promise<void> {
  if (swept.has(dir)) return;
  swept.add(dir);
  await removeStaleTemps(dir);
}
