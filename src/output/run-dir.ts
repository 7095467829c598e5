import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * Runs `work` with a fresh folder of its own in the system temp folder, removed afterwards whatever
 * happens: a run builds there, so that runs at the same time never read each other's files.
 */
export async function withRunDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'notice-deck-run-'));
  try {
    return await work(dir);
  } finally {
    // A failed build may still be writing into it; never let cleaning up hide the real error.
    await rm(dir, { recursive: true, force: true, maxRetries: 3 }).catch(() => {});
  }
}
