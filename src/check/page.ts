/**
 * Opening a built deck in Chromium the way an audience sees it, and moving from slide to slide:
 * what every check needs before it can measure.
 */
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer';
import { gotoPrintView, printLayoutDone } from '../export/print-view.js';
import type { SlideSize } from '../render/slide-size.js';

/** The part of reveal.js's API the checks use. */
export interface RevealApi {
  isReady(): boolean;
  getTotalSlides(): number;
  getIndices(): { h: number; v?: number };
  slide(h: number, v?: number): void;
  configure(options: Record<string, unknown>): void;
}

declare global {
  // eslint-disable-next-line no-var
  var Reveal: RevealApi;
}

/** The slides, in the screen view and in reveal's print view (`?print-pdf`, one .pdf-page per slide). */
export const slideSelector = '.reveal > .slides > section, .reveal > .slides > .pdf-page > section';

export interface OpenedDeck {
  page: Page;
  /** Every URL the page requested, in order, from before navigation on. */
  requests: string[];
  /** Requests that failed, with the reason. */
  failedRequests: string[];
  /** Uncaught exceptions and console errors. */
  errors: string[];
}

/**
 * Opens a built deck from file:// in a viewport of the slide size (so reveal.js scales by 1), waits
 * until reveal.js is ready and the fonts in use have loaded, and turns slide transitions off.
 */
export async function openDeck(browser: Browser, htmlPath: string, size: SlideSize): Promise<OpenedDeck> {
  const opened = await recordingPage(browser);
  await loadDeck(opened.page, htmlPath, size);
  return opened;
}

/** A new page of `browser` that records its requests, failed requests and errors from its first navigation on. */
export async function recordingPage(browser: Browser): Promise<OpenedDeck> {
  const page = await browser.newPage();
  const opened: OpenedDeck = { page, requests: [], failedRequests: [], errors: [] };
  page.on('request', (request) => opened.requests.push(request.url()));
  page.on('requestfailed', (request) => opened.failedRequests.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`));
  page.on('pageerror', (error) => opened.errors.push(`uncaught ${String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error') opened.errors.push(`console error: ${message.text()}`);
  });
  return opened;
}

/**
 * What openDeck does in a page of its own, in `page`: a test checking many decks reuses one page, and
 * the picture and PowerPoint exports show their slides so. `settings` go to reveal.js's configure()
 * with the transitions' (to hide its controls, say).
 */
export async function loadDeck(page: Page, htmlPath: string, size: SlideSize, settings: Record<string, unknown> = {}): Promise<void> {
  await page.setViewport(size);
  await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof Reveal !== 'undefined' && Reveal.isReady(), { timeout: 30_000 });
  await page.evaluate(async (settings) => {
    Reveal.configure({ transition: 'none', backgroundTransition: 'none', ...settings });
    await document.fonts.ready;
  }, settings);
}

/**
 * Opens a built deck in reveal's print view (`?print-pdf`) in `page`, as `pdf` prints it: every slide
 * laid out at once, so the checks measure the whole deck in a few round trips instead of showing
 * slide after slide (src/check/check-deck.test.ts holds the two views to the same findings). Waits
 * until reveal has laid the pages out and the fonts they use have loaded.
 */
export async function loadPrintView(page: Page, htmlPath: string, size: SlideSize): Promise<void> {
  await page.setViewport(size);
  await gotoPrintView(page, htmlPath);
  await printLayoutDone(page, 30_000);
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}

/** The requests that left the machine: anything but file:, data: and about: URLs. */
export function onlineRequests(urls: readonly string[]): string[] {
  return urls.filter((url) => !/^(?:file|data|about|blob):/i.test(url));
}

/** Number of `section` slides in the page. */
export function sectionCount(page: Page): Promise<number> {
  return page.$$eval(slideSelector, (sections) => sections.length);
}

/**
 * Makes slide `index` the current one and waits until it is laid out and every font its text
 * needs has loaded (reveal.js shows only nearby slides, so fonts load as slides are visited).
 * In reveal's print view (`?print-pdf`) every slide is laid out already: nothing to do.
 */
export async function showSlide(page: Page, index: number): Promise<void> {
  const shown = await page.evaluate(async (index) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    if (document.querySelector('.pdf-page')) {
      await document.fonts.ready;
      return true;
    }
    Reveal.slide(index);
    await frame();
    await frame();
    await document.fonts.ready;
    await frame(); // lay the text out again with the fonts that just arrived
    const section = document.querySelectorAll('.reveal > .slides > section, .reveal > .slides > .pdf-page > section')[index];
    return Reveal.getIndices().h === index && section?.classList.contains('present') === true;
  }, index);
  if (!shown) throw new Error(`reveal.js did not show slide ${index + 1}`);
}

/** Runs `check` on every slide in turn (or on `only`), each shown first, and collects what it finds. */
export async function eachSlide<T>(page: Page, check: (index: number) => Promise<T[]>, only?: readonly number[]): Promise<T[]> {
  const indices = only ?? [...Array(await sectionCount(page)).keys()];
  const found: T[] = [];
  for (const index of indices) {
    await showSlide(page, index);
    found.push(...(await check(index)));
  }
  return found;
}

/**
 * Runs `check` on the slides, a list of findings per slide, in slide order: in reveal's print view
 * (every slide laid out) on all at once, a round trip per check for the whole deck; else on one
 * slide at a time, each shown first. `onSlides` hears which slides are about to be checked.
 */
export async function eachSlideGroup<T>(
  page: Page,
  check: (indices: number[]) => Promise<T[][]>,
  onSlides: (indices: readonly number[]) => void = () => {},
): Promise<T[][]> {
  const { count, printView } = await page.evaluate(async (selector) => {
    const printView = document.querySelector('.pdf-page') !== null;
    if (printView) await document.fonts.ready;
    return { count: document.querySelectorAll(selector).length, printView };
  }, slideSelector);
  const indices = [...Array(count).keys()];
  const groups = printView ? [indices] : indices.map((index) => [index]);
  const found: T[][] = [];
  for (const group of groups) {
    onSlides(group);
    if (!printView) await showSlide(page, group[0]!);
    found.push(...(await check(group)));
  }
  return found;
}
