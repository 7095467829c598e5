/**
 * The CLI run in-process (run-cli.ts) on the run's shared browser instead of a Chromium of its own:
 * a launch and its renderers cost ~2 s of CPU each, and what those tests check is the command's
 * output, not how a browser starts (faults.test.ts and the spawned smoke tests check that).
 * cli-on-shared-browser.ts puts it in place for every file that shares a worker.
 */
import type { Browser, CreatePageOptions, Page } from 'puppeteer';
import type * as browserModule from '../../src/export/browser.js';
import { testBrowser } from './browser.js';

/**
 * A connection to the shared browser that looks launched to the code using it: it sees only the
 * pages it opened, and close() closes them and disconnects, leaving the browser running. The pages
 * are windows of the default context, as every test's are (testBrowser): with the pages in a browser
 * context of their own, `print` hit reveal.js's print-layout timeout in 5 of 7 runs on a busy
 * machine (cause not found), in this context in none of 3.
 */
export async function launchedSharedBrowser(): Promise<Browser> {
  const browser = await testBrowser();
  const opened = new Set<Page>();
  return new Proxy(browser, {
    get(target, key) {
      if (key === 'newPage') {
        return async (options?: CreatePageOptions) => {
          const page = await target.newPage(options);
          opened.add(page);
          page.once('close', () => opened.delete(page));
          return page;
        };
      }
      if (key === 'pages') return async () => [...opened];
      if (key === 'close') return async () => (await Promise.all([...opened].map((page) => page.close())), await target.disconnect());
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** src/export/browser.js with launchBrowser replaced by launchedSharedBrowser. */
export function onSharedBrowser(original: typeof browserModule): typeof browserModule {
  return { ...original, launchBrowser: () => launchedSharedBrowser() };
}
