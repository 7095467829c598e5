import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer';
import { UserError } from '../errors.js';
import { collectProblems } from '../export/pdf.js';

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
  browser: Browser,
  htmlPath: string,
  viewport: { width: number; height: number },
): Promise<OpenedPrintPage> {
  const page = await browser.newPage();
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
