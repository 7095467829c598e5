/**
 * setupFiles of the projects whose test files share a worker and its modules (isolate: false): each
 * file leaves the process as it found it, so that no file can fail, or pass, because of the one
 * before it in the same worker.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, expect } from 'vitest';
import { cliRunsEnded } from './cli-runs.js';

const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));

// A CLI run in-process goes on after its test timed out, in another working folder, stdout
// captured: the next test (and the file's own afterAll, which removes its folders) waits for it.
afterEach(() => cliRunsEnded());

// Registered before the file's own hooks, so it runs after them.
afterAll(() => {
  const left = process.cwd();
  process.chdir(root);
  expect(left, 'the working folder at the end of the file').toBe(root);
});
