import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { TimeoutError, type Browser } from 'puppeteer';
import { visit } from 'unist-util-visit';
import type { BuiltDeck } from '../build/build-deck.js';
import { UserError } from '../errors.js';
import { collectProblems } from '../export/pdf.js';
import { printTemplatePath } from './templates.js';

/** One slide of a built deck, as the printed materials need it. */
export interface DeckSlide {
  /** 0-based position in the deck: also its page in the slides PDF. */
  index: number;
  /** The speaker notes (the verbatim text the slide shows): the content of its `aside.notes`. */
  notes: ElementContent[];
  /** For the divider slide of a level-1 section: the section as the slide shows it, “一、深入学习…”. */
  sectionTitle?: string;
  /** Whether the slide shows part of the notice body (it has a source line), not the cover, agenda or closing. */
  fromBody: boolean;
}

/**
 * Reads the slides of a built deck from its index.html: every slide `<section>` (the innermost
 * ones, should vertical stacks ever appear), its notes, and whether it divides level-1 sections
 * (the `section` layout, class `layout-section`).
 */
function readDeckSlides(html: string): DeckSlide[] {
  const tree: Root = fromHtml(html);
  const slides: DeckSlide[] = [];
  visit(tree, 'element', (element) => {
    if (element.tagName !== 'section' || hasSection(element)) return;
    const notes = element.children.find((child): child is Element => child.type === 'element' && child.tagName === 'aside' && hasClass(child, 'notes'));
    const slide: DeckSlide = { index: slides.length, notes: notes?.children ?? [], fromBody: element.properties.dataSourceLine !== undefined };
    if (hasClass(element, 'layout-section')) {
      const shown = { ...element, children: element.children.filter((child) => child !== notes) };
      // Line breaks set for the slide (<br> and the newline after it) are not part of the title.
      const title = toString(shown).replace(/\n/gu, '').replace(/\s+/gu, ' ').trim();
      if (title) slide.sectionTitle = title;
    }
    slides.push(slide);
  });
  return slides;
}

export async function readBuiltDeckSlides(built: BuiltDeck): Promise<DeckSlide[]> {
  return readDeckSlides(await readFile(built.htmlPath, 'utf8'));
}

function hasSection(element: Element): boolean {
  let found = false;
  visit(element, 'element', (child) => {
    if (child !== element && child.tagName === 'section') found = true;
  });
  return found;
}

function hasClass(element: Element, name: string): boolean {
  const value = element.properties.className;
  return Array.isArray(value) && value.includes(name);
}

const LAYOUT_TIMEOUT_MS = 30_000;

/**
 * Prints every slide of a built deck to a PDF page of the slide's size (reveal.js's print view),
 * restyled for paper by templates/print/slides.css and ink.js: no solid fills, no light text.
 * The PDF is not tagged: its pages are drawn into the handout and notes pages as pictures with text.
 */
export async function printSlidesForPaper(browser: Browser, built: BuiltDeck, expectedSlides: number): Promise<Uint8Array> {
  const page = await browser.newPage();
  const problems = collectProblems(page);
  const fail = (reason: string) => new UserError(`无法打印 ${built.htmlPath} 的幻灯片：${reason}`);
  const check = () => {
    const found = problems();
    if (found.length > 0) throw fail(found.join('; '));
  };
  try {
    const url = pathToFileURL(built.htmlPath);
    url.search = 'print-pdf';
    await page.goto(url.href, { waitUntil: 'load' });
    check();
    try {
      await page.waitForFunction(() => document.querySelector('.pdf-page') && !document.querySelector('.loading-scroll-mode'), {
        timeout: LAYOUT_TIMEOUT_MS,
      });
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
  } finally {
    await page.close();
  }
}
