import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'puppeteer';
import { UserError } from '../errors.js';
import { collectProblems } from '../export/pdf.js';

/** What opens pages: a browser, or one of its contexts. */
export type PageOpener = Pick<BrowserContext, 'newPage'>;

/**
 * Runs `work` in a browser context of its own: its own window, so its page is the front tab there.
 * Chromium gives animation frames only to front tabs, and reveal.js lays out for print in them:
 * pages printing side by side each need a window of their own.
 */
export async function inOwnWindow<T>(browser: Browser, work: (context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await browser.createBrowserContext();
  try {
    return await work(context);
  } finally {
    await context.close().catch(() => {});
  }
}

export interface OpenedPrintPage {
  page: Page;
  /** Throws if anything failed to load or a script failed so far. */
  check(): void;
}

/**
 * Opens a print document (an HTML file in the work folder) in print media, with every web font it
 * declares loaded: fonts load lazily per unicode-range, and text that appears only at print time
 * (page numbers in @page margin boxes) would otherwise fall back to a system font or tofu.
 */
export async function openPrintPage(
  opener: PageOpener,
  htmlPath: string,
  viewport: { width: number; height: number },
): Promise<OpenedPrintPage> {
  const page = await opener.newPage();
  const problems = collectProblems(page);
  const check = () => {
    const found = problems();
    if (found.length > 0) throw new UserError(`无法打印 ${htmlPath}：${found.join('；')}`);
  };
  try {
    await page.setViewport({ width: Math.ceil(viewport.width), height: Math.ceil(viewport.height) });
    await page.emulateMediaType('print');
    await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' });
    await loadAllFonts(page);
    check();
    return { page, check };
  } catch (error) {
    await page.close();
    throw error;
  }
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
