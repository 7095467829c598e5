import { pathToFileURL } from 'node:url';
import type { Browser, Page, Viewport } from 'puppeteer';
import { UserError } from '../errors.js';
import { collectProblems, problemEvents } from '../export/pdf.js';

/**
 * The pages a run prints in: at most `size` at once, each the only tab of a window of its own
 * (Chromium gives animation frames only to front tabs, and reveal.js lays out for print in them).
 * A document loads into a page another one printed in before: a new browser context, window, tab
 * and renderer processes for every document took more of the browser's time than the printing.
 */
export class PagePool {
  readonly #browser: Promise<Browser>;
  readonly #size: number;
  readonly #opened = new Set<Promise<Page>>();
  #count = 0;
  readonly #idle: Page[] = [];
  readonly #waiting: { resolve: (page: Page) => void; reject: (error: unknown) => void }[] = [];
  /** The viewport a new page has, restored after each use with screen media (reveal.js prints in them). */
  #viewport: Viewport | null = null;

  constructor(browser: Promise<Browser>, size: number) {
    this.#browser = browser;
    this.#size = size;
  }

  /** Runs `work` in a page of the pool, as soon as one is free; jobs get pages in the order they ask. */
  async use<T>(work: (page: Page) => Promise<T>): Promise<T> {
    const page = await this.#acquire();
    try {
      return await work(page);
    } finally {
      await this.#release(page);
    }
  }

  /** Closes the pages the pool opened (the browser stays open). */
  async close(): Promise<void> {
    const opened = [...this.#opened];
    this.#opened.clear();
    await Promise.all(opened.map((page) => page.then((open) => open.close()).catch(() => {})));
  }

  #acquire(): Promise<Page> {
    const idle = this.#idle.pop();
    if (idle) return Promise.resolve(idle);
    if (this.#count < this.#size) return this.#open();
    return new Promise((resolve, reject) => this.#waiting.push({ resolve, reject }));
  }

  async #open(): Promise<Page> {
    this.#count++;
    try {
      // A window, not a tab: every page of the pool is the front tab of its window. (Not the tab the
      // browser opened with either: reveal.js's print layout never finished there once the pool's
      // second window had opened.)
      const opening = this.#browser.then((browser) => browser.newPage({ type: 'window' }));
      this.#opened.add(opening);
      const page = await opening;
      this.#viewport ??= page.viewport();
      return page;
    } catch (error) {
      this.#count--;
      throw error;
    }
  }

  async #release(page: Page): Promise<void> {
    for (const event of problemEvents) page.removeAllListeners(event);
    const next = this.#waiting.shift();
    try {
      await Promise.all([page.emulateMediaType(), page.setViewport(this.#viewport)]);
    } catch {
      // A page that cannot be reset (it crashed) leaves the pool; the next job gets a new one.
      this.#count--;
      await page.close().catch(() => {});
      if (next) this.#open().then(next.resolve, next.reject);
      return;
    }
    if (next) next.resolve(page);
    else this.#idle.push(page);
  }
}

export interface OpenedPrintPage {
  page: Page;
  /** Throws if anything failed to load or a script failed so far. */
  check(): void;
}

/**
 * Loads a print document (an HTML file in the work folder) into `page` in print media, with every
 * web font it declares loaded: fonts load lazily per unicode-range, and text that appears only at
 * print time (page numbers in @page margin boxes) would otherwise fall back to a system font or tofu.
 */
export async function openPrintPage(page: Page, htmlPath: string, viewport: { width: number; height: number }): Promise<OpenedPrintPage> {
  const problems = collectProblems(page);
  const check = () => {
    const found = problems();
    if (found.length > 0) throw new UserError(`无法打印 ${htmlPath}：${found.join('；')}`);
  };
  await page.setViewport({ width: Math.ceil(viewport.width), height: Math.ceil(viewport.height) });
  await page.emulateMediaType('print');
  await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' });
  await loadAllFonts(page);
  check();
  return { page, check };
}

async function loadAllFonts(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const loading: Promise<unknown>[] = [];
    document.fonts.forEach((face) => loading.push(face.load()));
    await Promise.all(loading);
    await document.fonts.ready;
  });
}

/** CSS px per millimetre. */
export const pxPerMm = 96 / 25.4;
