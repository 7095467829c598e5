/**
 * setupFiles of the projects whose test files share a worker and its modules (isolate: false): each
 * file leaves the process as it found it, so that no file can fail, or pass, because of the one
 * before it in the same worker.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect } from 'vitest';
import { cliRunsEnded } from './cli-runs.js';

const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));

// Registered before the file's own hooks, so it runs after them.
afterAll(async () => {
  // A CLI run in-process whose test timed out still has another working folder and stdout captured.
  await cliRunsEnded();
  expect(process.cwd(), 'the working folder at the end of the file').toBe(root);
});
