/**
 * The CLI run in-process (run-cli.ts) on the run's shared browser instead of a Chromium of its own:
 * a launch and its renderers cost ~2 s of CPU each, and what those tests check is the command's
 * output, not how a browser starts (faults.test.ts and the spawned smoke tests check that).
 *
 *   vi.mock('../src/export/browser.js', async (importOriginal) =>
 *     (await import('./support/cli-browser.js')).onSharedBrowser(await importOriginal()));
 */
import type { Browser, CreatePageOptions } from 'puppeteer';
import type * as browserModule from '../../src/export/browser.js';
import { testBrowser } from './browser.js';

/**
 * A connection to the shared browser that looks launched to the code using it: its pages live in a
 * browser context of their own, and close() closes them and disconnects, leaving the browser running.
 */
export async function launchedSharedBrowser(): Promise<Browser> {
  const browser = await testBrowser();
  const context = await browser.createBrowserContext();
  return new Proxy(browser, {
    get(target, key) {
      if (key === 'newPage') return (options?: CreatePageOptions) => context.newPage({ type: 'window', ...options });
      if (key === 'pages') return () => context.pages();
      if (key === 'close') return async () => (await context.close(), await target.disconnect());
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** src/export/browser.js with launchBrowser replaced by launchedSharedBrowser. */
export function onSharedBrowser(original: typeof browserModule): typeof browserModule {
  return { ...original, launchBrowser: () => launchedSharedBrowser() };
}
