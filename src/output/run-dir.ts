import { rm } from 'node:fs/promises';
import { runSubdir } from '../process/run-dir.js';

/**
 * Runs `work` with a fresh folder of its own inside this run's temp folder, removed afterwards
 * whatever happens: a run builds there, so that runs at the same time never read each other's
 * files; a killed run's folder is removed by the next run (see process/run-dir.ts).
 */
export async function withRunDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await runSubdir('build-');
  try {
    return await work(dir);
  } finally {
    // A failed build may still be writing into it; never let cleaning up hide the real error.
    await rm(dir, { recursive: true, force: true, maxRetries: 3 }).catch(() => {});
  }
}
