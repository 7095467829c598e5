import { TimeoutError, type Browser, type Page } from 'puppeteer';
import { UserError } from '../errors.js';
import { writeFileAtomic } from '../write-file-atomic.js';
import { gotoPrintView, printLayoutDone } from './print-view.js';

/** How long reveal's print layout and Chromium's printing may take: the slides make the work. */
function timeoutFor(slides: number): number {
  return 30_000 + slides * 100;
}

/** Slide size in CSS px, e.g. 1280×720. */
export type SlideSize = { width: number; height: number };

export interface ExportPdfOptions<T, A = never> {
  /** Runs on the laid-out print view before printing, in the same page load (the preflight check). */
  inspect?: (page: Page) => Promise<T>;
  /** A page to print in and leave open, as a pool of pages reuses it (a batch of branches); by default a new one. */
  page?: Page;
  /** The file to load instead of `deckHtml`, the same deck in another form (folded into one file); messages still name `deckHtml`. */
  loadFrom?: string;
  /** Runs on the page once the PDF is written, in the same page load: more to print from the laid-out print view. Its outcome comes back as `afterPrinted`; its failure is not the PDF's. */
  afterPrint?: (page: Page) => Promise<A>;
}

export interface ExportedPdf<T, A = never> {
  pages: number;
  inspected?: T;
  afterPrinted?: Promise<A>;
}

/**
 * Prints a reveal.js deck to PDF with one page per slide, using reveal's print view (`?print-pdf`).
 * `deckHtml` is the absolute path of the deck's index.html; `size` is the slide size in CSS px,
 * which the deck's Reveal config must produce (width/height, margin: 0); `slideCount` scales the timeouts.
 * Rejects with a UserError instead of writing a PDF with missing assets, script errors or
 * slides that spill onto several pages.
 */
export async function exportDeckPdf<T, A = never>(
  browser: Browser,
  deckHtml: string,
  pdfPath: string,
  size: SlideSize,
  slideCount: number,
  options: ExportPdfOptions<T, A> = {},
): Promise<ExportedPdf<T, A>> {
  const { inspect, page: pooledPage, loadFrom = deckHtml, afterPrint } = options;
  const timeout = timeoutFor(slideCount);
  const page = pooledPage ?? (await browser.newPage());
  page.setDefaultTimeout(timeout);
  const problems = collectProblems(page);
  const failIfProblems = () => {
    const found = problems();
    if (found.length > 0) throw exportError(deckHtml, found.join('；'));
  };
  try {
    await gotoPrintView(page, loadFrom);
    failIfProblems(); // every asset in the HTML has loaded or failed by now: fail fast
    try {
      await printLayoutDone(page, timeout);
    } catch (error) {
      if (!(error instanceof TimeoutError)) throw error;
      failIfProblems();
      throw exportError(
        deckHtml,
        `reveal.js 的打印排版在 ${Math.round(timeout / 1000)} 秒内没有完成（页面是否调用了 Reveal.initialize()？）`,
      );
    }
    const pages = await checkLayout(page, deckHtml, size);
    const inspected = inspect ? await inspect(page) : undefined;
    // page.pdf() waits for document.fonts.ready itself (waitForFonts defaults to true).
    const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true, ...size, timeout });
    failIfProblems();
    await writeFileAtomic(pdfPath, pdf);
    const afterPrinted = afterPrint?.(page);
    await afterPrinted?.catch(() => {}); // the page is done with once it has settled
    return { pages, ...(inspect ? { inspected } : {}), ...(afterPrinted ? { afterPrinted } : {}) };
  } finally {
    if (pooledPage) for (const event of problemEvents) pooledPage.removeAllListeners(event);
    else await page.close();
  }
}

/** The page events collectProblems listens to: a pooled page drops those listeners after each use. */
export const problemEvents = ['requestfailed', 'pageerror', 'console'] as const;

function exportError(deckHtml: string, reason: string): UserError {
  return new UserError(`无法把 ${deckHtml} 导出为 PDF：${reason}`);
}

/**
 * Returns a function listing what went wrong in the page so far: failed requests (a missing
 * asset would otherwise print as a hole), uncaught exceptions and console errors.
 */
export function collectProblems(page: Page): () => string[] {
  const failedRequests = new Map<string, string>();
  const errors: { text: string; url?: string }[] = [];
  page.on('requestfailed', (request) => {
    failedRequests.set(request.url(), request.failure()?.errorText ?? 'request failed');
  });
  page.on('pageerror', (error) => {
    errors.push({ text: `脚本出错：${String(error)}` });
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    // Chromium's line for a failed load: the only word of it in a browser that tracks no requests (LaunchOptions.trackRequests).
    const failedLoad = /^Failed to load resource: (.+)$/u.exec(message.text());
    if (failedLoad && url) failedRequests.set(url, failedRequests.get(url) ?? failedLoad[1]!);
    else errors.push({ text: `控制台报错：${message.text()}`, url });
  });
  return () => [
    ...[...failedRequests].map(([url, reason]) => `加载不了 ${url}（${reason}）`),
    // Chrome also logs other errors about a failed request; report it once.
    ...errors
      .filter(({ url }) => !url || !failedRequests.has(url))
      .map(({ text, url }) => (url ? `${text}（${url}）` : text)),
  ];
}

/**
 * Makes sure the PDF will have exactly one page of `size` per laid-out page and returns their count.
 * reveal sizes pages from its config (slide size × (1 + margin)) and lets a slide taller than
 * the page run onto extra pages unless `pdfMaxPagesPerSlide: 1`.
 */
async function checkLayout(page: Page, deckHtml: string, size: SlideSize): Promise<number> {
  const layout = await page.evaluate(() => ({
    // reveal's print view sets the body to the page size it also declares in @page.
    width: parseFloat(document.body.style.width),
    height: parseFloat(document.body.style.height),
    pageHeights: Array.from(document.querySelectorAll<HTMLElement>('.pdf-page'), (pdfPage) => pdfPage.offsetHeight),
  }));
  if (layout.width !== size.width || layout.height !== size.height) {
    throw exportError(
      deckHtml,
      `reveal.js 排出的页面是 ${layout.width}×${layout.height} px，不是 ${size.width}×${size.height}：` +
        `请在 Reveal.initialize() 里设置 width: ${size.width}, height: ${size.height}, margin: 0`,
    );
  }
  const tall = layout.pageHeights.findIndex((pageHeight) => pageHeight > size.height);
  if (tall !== -1) {
    throw exportError(
      deckHtml,
      `第 ${tall + 1} 页比幻灯片高，会印成好几页：` +
        '请在 Reveal.initialize() 里设置 pdfMaxPagesPerSlide: 1',
    );
  }
  return layout.pageHeights.length;
}
