import { TimeoutError, type Page } from 'puppeteer';
import type { BuiltDeck } from '../build/build-deck.js';
import { withFoldedDeck } from '../build/single-file.js';
import { UserError } from '../errors.js';
import { collectProblems } from '../export/pdf.js';
import { gotoPrintView, printLayoutDone } from '../export/print-view.js';
import { printTemplatePath } from './templates.js';

const LAYOUT_TIMEOUT_MS = 30_000;

/**
 * Prints every slide of a built deck, in `page`, to a PDF page of the slide's size (reveal.js's print view),
 * restyled for paper by templates/print/slides.css and ink.js: no solid fills, no light text.
 * The PDF is not tagged: its pages are drawn into the handout and notes pages as pictures with text.
 */
export function printSlidesForPaper(page: Page, built: BuiltDeck): Promise<Uint8Array> {
  // Folded into one file: laid out once, with its fonts at hand (see withFoldedDeck).
  return withFoldedDeck(built.htmlPath, (loadFrom) => printFrom(page, built, loadFrom));
}

/** Prints `built`'s slides as loaded from `loadFrom`, the deck's index.html or the same deck in another form. */
async function printFrom(page: Page, built: BuiltDeck, loadFrom: string): Promise<Uint8Array> {
  const expectedSlides = built.slides.length;
  const problems = collectProblems(page);
  const fail = (reason: string) => new UserError(`无法打印 ${built.htmlPath} 的幻灯片：${reason}`);
  const check = () => {
    const found = problems();
    if (found.length > 0) throw fail(found.join('; '));
  };
  await gotoPrintView(page, loadFrom);
  check();
  try {
    await printLayoutDone(page, LAYOUT_TIMEOUT_MS);
  } catch (error) {
    if (!(error instanceof TimeoutError)) throw error;
    check();
    throw fail(`reveal.js 的打印排版在 ${LAYOUT_TIMEOUT_MS / 1000} 秒内没有完成`);
  }
  await page.addStyleTag({ path: printTemplatePath('slides.css') });
  await page.addScriptTag({ path: printTemplatePath('ink.js') });
  await page.evaluate(() => (window as unknown as { noticeDeckSaveInk(root?: unknown): number }).noticeDeckSaveInk(document.querySelector('.reveal') ?? undefined));
  const pages = await page.evaluate(() => document.querySelectorAll('.pdf-page').length);
  if (pages !== expectedSlides) throw fail(`reveal.js 为 ${expectedSlides} 张幻灯片排出了 ${pages} 页`);
  const pdf = await page.pdf({ ...built.size, printBackground: true, preferCSSPageSize: true, tagged: false });
  check();
  return pdf;
}
