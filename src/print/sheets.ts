/**
 * Printed sheets with slides on them (handouts, speaker notes), one run:
 * build the deck into a work folder → print its slides for paper (slides.ts) → lay out the sheets
 * as hast and print them in Chromium, measuring where every slide box landed → draw the slide
 * pages into those boxes, add bookmarks and document information (pdf-document.ts) → write the PDF.
 *
 * The slides are drawn as vector PDF pages rather than screenshots: their text stays selectable
 * and searchable, prints sharp at any size, and uses the deck's own embedded font subsets. Every
 * sheet is a fixed-size box, so positions measured in the page are exactly those on paper.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import type { Browser } from 'puppeteer';
import { stageDeck, type BuiltDeck } from '../build/build-deck.js';
import { readDeckSource } from '../notice/read.js';
import { checkOutDir } from '../output/out-dir.js';
import { withRunDir } from '../output/run-dir.js';
import { namesLine, type NoticeMetadata } from '../notice/metadata.js';
import { openPrintPage, pxPerMm } from './chromium.js';
import { pageChromeCharacters, writePrintFonts } from './fonts.js';
import { outputDir, outputName, paperOf, publishPrint, withBrowser, type PrintOptions, type PrintResult } from './job.js';
import { meetingWhen } from '../branch/meeting.js';
import { branchDocumentInfo } from '../branch/pdf-info.js';
import { readPrintNotice } from './notice.js';
import { sheetMargins, type Paper } from './paper.js';
import { drawSlides, loadPdf, savePdf, setDocumentInfo, setOutline, type Bookmark, type SlidePlacement } from './pdf-document.js';
import { printSlidesForPaper, readBuiltDeckSlides, type DeckSlide } from './slides.js';
import { printTemplatePath, readPrintTemplate } from './templates.js';

/** The theme slides are printed in: templates/themes/print.css. */
const printTheme = 'print';

export interface SheetContext {
  slides: DeckSlide[];
  metadata: NoticeMetadata;
  paper: Paper;
  /** The branch and meeting date a branch's sheets name in their header. */
  byline?: string;
}

/** What differs between handouts and notes. */
export interface SheetKind {
  /** Output file name for a deck. */
  fileName(deckName: string): string;
  /** Stylesheet in templates/print, after sheets.css. */
  stylesheet: string;
  /** Classes on <body>. */
  bodyClass: string[];
  /** The header's label, e.g. 学习会讲义. */
  label: string;
  /** PDF subject. */
  subject(metadata: NoticeMetadata): string;
  /** The sheets: `.sheet` sections, each holding `.slide-box[data-slide]`s. */
  sheets(context: SheetContext): Element[];
  /** Text the page script may add (for the font subsets). */
  extraText?(context: SheetContext): string;
  /** Whether long notes continue on extra sheets (sheets.js paginate()). */
  paginate: boolean;
}

export async function printDeckSheets(input: string, kind: SheetKind, options: PrintOptions): Promise<PrintResult> {
  const paper = paperOf(options);
  const notice = await readPrintNotice(input);
  const outDir = outputDir(options, notice.name);
  const branch = options.branch?.data;
  await checkOutDir(outDir, { sourceDir: notice.directory, ...(options.force ? { force: true } : {}) });
  return withRunDir(async (workDir) => {
    options.progress?.('正在生成幻灯片……');
    // The built-in print theme: black on white, no large fills. ink.js (slides.ts) then catches
    // what a deck's own templates or deck.yaml colours may still fill.
    const built = await stageDeck(await readDeckSource(input), path.join(workDir, 'deck'), {
      theme: printTheme,
      ...(options.fontCacheDir ? { fontCacheDir: options.fontCacheDir } : {}),
      ...(options.warn ? { warn: options.warn } : {}),
      ...(options.branch ? { branch: options.branch } : {}),
    });
    const slides = await readBuiltDeckSlides(built);
    const context: SheetContext = { slides, metadata: notice.metadata, paper, ...(branch ? { byline: `${branch.name}　${meetingWhen(branch)}` } : {}) };
    return withBrowser(options, async (browser) => {
      options.progress?.(`正在把 ${slides.length} 张幻灯片转成打印版……`);
      const slidesPdf = await printSlidesForPaper(browser, built, slides.length);
      options.progress?.('正在排版……');
      const sheets = await printSheets(browser, workDir, built, kind, context, options);
      const pdf = await loadPdf(sheets.pdf);
      if (pdf.getPageCount() !== sheets.pages) {
        throw new Error(`Chromium printed ${pdf.getPageCount()} pages for ${sheets.pages} sheets`);
      }
      await drawSlides(pdf, slidesPdf, sheets.boxes);
      setOutline(pdf, sectionBookmarks(slides, sheets.boxes));
      setDocumentInfo(
        pdf,
        branch
          ? branchDocumentInfo(branch, notice.metadata.title ?? notice.name, kind.label)
          : {
              title: notice.metadata.title ?? notice.name,
              author: notice.metadata.issuer ? namesLine(notice.metadata.issuer) : '',
              subject: kind.subject(notice.metadata),
              keywords: [notice.metadata.number, '学习会'].filter((word): word is string => Boolean(word)),
            },
      );
      const pdfPath = await publishPrint(outDir, workDir, kind.fileName(outputName(options, notice.name)), await savePdf(pdf), notice.directory, options);
      return { pdfPath, pages: sheets.pages };
    });
  });
}

/** One bookmark per level-1 section: at its divider slide, where it first appears. */
function sectionBookmarks(slides: readonly DeckSlide[], boxes: readonly SlidePlacement[]): Bookmark[] {
  const bookmarks: Bookmark[] = [];
  for (const slide of slides) {
    if (!slide.sectionTitle) continue;
    const box = boxes.find((candidate) => candidate.slide === slide.index);
    if (box) bookmarks.push({ title: slide.sectionTitle, page: box.page, top: box.y });
  }
  return bookmarks;
}

interface PrintedSheets {
  pdf: Uint8Array;
  pages: number;
  boxes: SlidePlacement[];
}

async function printSheets(
  browser: Browser,
  workDir: string,
  built: BuiltDeck,
  kind: SheetKind,
  context: SheetContext,
  options: PrintOptions,
): Promise<PrintedSheets> {
  const { paper } = context;
  const body = kind.sheets(context);
  const text = toString(h('div', body)) + context.metadata.title + kind.label + pageChromeCharacters + (kind.extraText?.(context) ?? '');
  const fontCss = await writePrintFonts(workDir, text, { ...options, label: `${built.name} ${kind.label}` });
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'zh-CN' }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('title', context.metadata.title),
          h('style', fontCss),
          h('style', pageCss(paper, built.size.width / built.size.height)),
          h('style', await readPrintTemplate('paper.css')),
          h('style', await readPrintTemplate('sheets.css')),
          h('style', await readPrintTemplate(kind.stylesheet)),
        ]),
        h('body', { className: kind.bodyClass }, body),
      ]),
    ],
  };
  const htmlPath = path.join(workDir, kind.fileName(built.name).replace(/\.pdf$/, '.html'));
  await writeFile(htmlPath, toHtml(tree));

  const { page, check } = await openPrintPage(browser, htmlPath, { width: paper.width * pxPerMm, height: paper.height * pxPerMm });
  try {
    await page.addScriptTag({ path: printTemplatePath('sheets.js') });
    type SheetsApi = { paginate(): string[]; finish(): { pages: number; boxes: SlidePlacement[]; problems: string[] } };
    const problems = kind.paginate ? await page.evaluate(() => (window as unknown as { noticeDeckSheets: SheetsApi }).noticeDeckSheets.paginate()) : [];
    const laidOut = await page.evaluate(() => (window as unknown as { noticeDeckSheets: SheetsApi }).noticeDeckSheets.finish());
    problems.push(...laidOut.problems);
    if (problems.length > 0) throw new Error(`The ${kind.label} of ${built.name} does not fit its pages: ${problems.join('; ')}`);
    const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
    check();
    return { pdf, pages: laidOut.pages, boxes: laidOut.boxes };
  } finally {
    await page.close();
  }
}

/** Paper size, margins and slide shape as CSS: numbers only, no user text. */
function pageCss(paper: Paper, slideRatio: number): string {
  const m = sheetMargins;
  return [
    `@page { size: ${paper.width}mm ${paper.height}mm; margin: 0; }`,
    ':root {',
    `  --paper-width: ${paper.width}mm;`,
    `  --paper-height: ${paper.height}mm;`,
    `  --margin-top: ${m.top}mm; --margin-right: ${m.right}mm; --margin-bottom: ${m.bottom}mm; --margin-left: ${m.left}mm;`,
    `  --content-width: ${paper.width - m.left - m.right}mm;`,
    `  --slide-ratio: ${slideRatio.toFixed(6)};`,
    '}',
  ].join('\n');
}

/** The running header (meeting title, a branch's name and date, what the sheet is) and the footer the page script numbers. */
export function sheet(context: SheetContext, label: string, className: string, body: ElementContent[]): Element {
  return h('section.sheet', { className: [className] }, [
    h('header.sheet-header', [
      h('p.meeting-title', context.metadata.title),
      ...(context.byline ? [h('p.sheet-byline', context.byline)] : []),
      h('p.sheet-kind', label),
    ]),
    h('div.sheet-body', body),
    h('footer.sheet-footer', [h('p.page-number')]),
  ]);
}

export function slideBox(slide: DeckSlide): Element {
  return h('div.slot', [h('div.slide-box', { dataSlide: slide.index })]);
}
