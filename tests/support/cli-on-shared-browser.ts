/**
 * setupFiles of the project whose files share a worker: every CLI run in-process (run-cli.ts) uses the
 * run's shared browser (cli-browser.ts). The same for every file of the project, so no file can see
 * another's mock: a file that mocks for itself would need a module cache of its own (vitest.config.ts).
 */
import { vi } from 'vitest';

vi.mock('../../src/export/browser.js', async (importOriginal) => {
  const onShared = (await import('./cli-browser.js')).onSharedBrowser(await importOriginal());
  // A spy, so that a test can count the launches of one run (multideck.browser.test.ts).
  return { ...onShared, launchBrowser: vi.fn(onShared.launchBrowser) };
});
