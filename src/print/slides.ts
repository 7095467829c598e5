import { TimeoutError, type Page } from 'puppeteer';
import type { BuiltDeck, StagedDeck } from '../build/build-deck.js';
import { deckStylesheet } from '../build/deck-assets.js';
import { foldedStylesheet, withFoldedDeck } from '../build/single-file.js';
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

/**
 * printSlidesForPaper for a deck `restylable` (restylable.ts) from `presented`, in `page`, which shows `presented`
 * folded (printStagedDeck) and laid out in its print view: its stylesheet goes in for the
 * presented one's, saving a second load and layout of the same slides.
 */
export async function printSlidesForPaperInPlace(page: Page, paper: StagedDeck, presented: StagedDeck): Promise<Uint8Array> {
  const [from, to] = await Promise.all([foldedStylesheet(presented, deckStylesheet), foldedStylesheet(paper, deckStylesheet)]);
  const problems = problemsOf(page, paper);
  const swapped = await page.evaluate(
    (from, to) => {
      const style = Array.from(document.querySelectorAll('style')).find((candidate) => candidate.textContent === from);
      if (style) style.textContent = to;
      return style !== undefined;
    },
    from,
    to,
  );
  if (!swapped) throw new Error(`The page printed from ${presented.htmlPath} has no <style> with its ${deckStylesheet}`);
  return printLaidOut(page, paper, problems);
}

/** Prints `built`'s slides as loaded from `loadFrom`, the deck's index.html or the same deck in another form. */
async function printFrom(page: Page, built: BuiltDeck, loadFrom: string): Promise<Uint8Array> {
  const problems = problemsOf(page, built);
  const { check, fail } = problems;
  await gotoPrintView(page, loadFrom);
  check();
  try {
    await printLayoutDone(page, LAYOUT_TIMEOUT_MS);
  } catch (error) {
    if (!(error instanceof TimeoutError)) throw error;
    check();
    throw fail(`reveal.js 的打印排版在 ${LAYOUT_TIMEOUT_MS / 1000} 秒内没有完成`);
  }
  return printLaidOut(page, built, problems);
}

interface Problems {
  /** Throws if anything failed to load or a script failed in the page since. */
  check(): void;
  fail(reason: string): UserError;
}

function problemsOf(page: Page, built: BuiltDeck): Problems {
  const problems = collectProblems(page);
  const fail = (reason: string) => new UserError(`无法打印 ${built.htmlPath} 的幻灯片：${reason}`);
  return {
    check: () => {
      const found = problems();
      if (found.length > 0) throw fail(found.join('; '));
    },
    fail,
  };
}

/** Restyles the laid-out print view in `page` for paper and prints it. */
async function printLaidOut(page: Page, built: BuiltDeck, { check, fail }: Problems): Promise<Uint8Array> {
  await page.addStyleTag({ path: printTemplatePath('slides.css') });
  await page.addScriptTag({ path: printTemplatePath('ink.js') });
  await page.evaluate(() => (window as unknown as { noticeDeckSaveInk(root?: unknown): number }).noticeDeckSaveInk(document.querySelector('.reveal') ?? undefined));
  const pages = await page.evaluate(() => document.querySelectorAll('.pdf-page').length);
  const expectedSlides = built.slides.length;
  if (pages !== expectedSlides) throw fail(`reveal.js 为 ${expectedSlides} 张幻灯片排出了 ${pages} 页`);
  const pdf = await page.pdf({ ...built.size, printBackground: true, preferCSSPageSize: true, tagged: false });
  check();
  return pdf;
}
