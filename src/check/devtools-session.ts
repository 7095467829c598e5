import type { CDPSession, Page } from 'puppeteer';

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/**
 * A DevTools session on `page` with the DOM and CSS domains on, as CSS.getPlatformFontsForNode
 * needs. One per page, kept while the page lives, through its later navigations: making and
 * enabling a session costs ~35 ms of Chromium CPU, more than the questions a check asks in it,
 * and a page that checks deck after deck (the corpus tests, a batch of branches) paid it each time.
 */
export function fontQuerySession(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = (async () => {
      const cdp = await page.createCDPSession();
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      return cdp;
    })();
    sessions.set(page, session);
    // A session that failed to start is not kept: the next check tries again.
    session.catch(() => sessions.delete(page));
  }
  return session;
}
