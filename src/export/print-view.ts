/**
 * reveal.js's print view (`?print-pdf`): every slide laid out at once, one `.pdf-page` each. The
 * slide PDF, the printed slides and the preflight check all open a deck this way.
 */
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer';

/** Opens the deck file `file` in its print view in `page`, up to its `load` event. */
export async function gotoPrintView(page: Page, file: string): Promise<void> {
  const url = pathToFileURL(file);
  url.search = 'print-pdf';
  await page.goto(url.href, { waitUntil: 'load' });
}

/**
 * Resolves when reveal has laid the print view out: it starts on `load`, spends a few frames on it,
 * and only then appends every `.pdf-page` and drops `loading-scroll-mode` in one go. Rejects with
 * Puppeteer's TimeoutError after `timeout` ms.
 */
export async function printLayoutDone(page: Page, timeout: number): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.pdf-page') && !document.querySelector('.loading-scroll-mode'), { timeout });
}
