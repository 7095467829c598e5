/**
 * Printed sheets with slides on them (handouts, speaker notes), printed from the paper deck (the
 * deck in the print theme, its slides printed for paper: print-set.ts): lay out the sheets as hast
 * and print them in Chromium, measuring where every slide box landed → draw the slide pages into
 * those boxes, add bookmarks and document information (pdf-document.ts).
 *
 * The slides are drawn as vector PDF pages rather than screenshots: their text stays selectable
 * and searchable, prints sharp at any size, and uses the deck's own embedded font subsets. Every
 * sheet is a fixed-size box, so positions measured in the page are exactly those on paper.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import type { DeckSlide } from '../layout/deck-slides.js';
import type { SlideSize } from '../render/slide-size.js';
import { namesLine, type NoticeMetadata } from '../notice/metadata.js';
import { openPrintPage, pxPerMm } from './chromium.js';
import { pageChromeCharacters, printFontCss } from './fonts.js';
import { paperOf } from './job.js';
import { meetingWhen } from '../branch/meeting.js';
import { branchDocumentInfo } from '../branch/pdf-info.js';
import { sheetMargins, type Paper } from './paper.js';
import type { PartName } from './part-names.js';
import { drawSlides, loadPdf, savePdf, setDocumentInfo, setOutline, type Bookmark, type SlidePlacement } from './pdf-document.js';
import { writePrintDocument } from './print-document.js';
import type { MadePart, PartContext, PaperDeck, PrintPart } from './print-set.js';
import { printTemplatePath, readPrintTemplate } from './templates.js';

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

/** Handout or notes as a part of the print set. */
export function sheetsPart(name: PartName, kind: SheetKind): PrintPart {
  return { name, from: 'paper', make: (paper, context) => printDeckSheets(paper, kind, context) };
}

async function printDeckSheets(paperDeck: PaperDeck, kind: SheetKind, part: PartContext): Promise<MadePart> {
  const { notice, options } = part;
  const branch = options.branch?.data;
  const { slides } = paperDeck.built;
  const context: SheetContext = { slides, metadata: notice.metadata, paper: paperOf(options), ...(branch ? { byline: `${branch.name}　${meetingWhen(branch)}` } : {}) };
  options.progress?.(`正在排版${kind.label}……`);
  const sheets = await printSheets(part, kind, context, paperDeck.built.size);
  const pdf = await loadPdf(sheets.pdf);
  if (pdf.getPageCount() !== sheets.pages) {
    throw new Error(`Chromium printed ${pdf.getPageCount()} pages for ${sheets.pages} sheets`);
  }
  await drawSlides(pdf, await paperDeck.slidesPdf, sheets.boxes);
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
  const file = kind.fileName(part.outputName);
  await writeFile(path.join(part.stagingDir, file), await savePdf(pdf));
  return { file, pages: sheets.pages, files: [file] };
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

async function printSheets(part: PartContext, kind: SheetKind, context: SheetContext, slideSize: SlideSize): Promise<PrintedSheets> {
  const { paper } = context;
  const body = kind.sheets(context);
  const text = toString(h('div', body)) + context.metadata.title + kind.label + pageChromeCharacters + (kind.extraText?.(context) ?? '');
  const fontCss = await printFontCss(text, { ...part.options, label: `${part.outputName} ${kind.label}` });
  const htmlPath = path.join(part.workDir, 'sheets.html');
  await writePrintDocument(htmlPath, {
    title: context.metadata.title ?? '',
    styles: [
      fontCss,
      pageCss(paper, slideSize.width / slideSize.height),
      await readPrintTemplate('paper.css'),
      await readPrintTemplate('sheets.css'),
      await readPrintTemplate(kind.stylesheet),
    ],
    bodyClass: kind.bodyClass,
    body,
  });

  return part.pages.use(async (page) => {
    const { check } = await openPrintPage(page, htmlPath, { width: paper.width * pxPerMm, height: paper.height * pxPerMm });
    await page.addScriptTag({ path: printTemplatePath('sheets.js') });
    type SheetsApi = { paginate(): string[]; finish(): { pages: number; boxes: SlidePlacement[]; problems: string[] } };
    const problems = kind.paginate ? await page.evaluate(() => (window as unknown as { noticeDeckSheets: SheetsApi }).noticeDeckSheets.paginate()) : [];
    const laidOut = await page.evaluate(() => (window as unknown as { noticeDeckSheets: SheetsApi }).noticeDeckSheets.finish());
    problems.push(...laidOut.problems);
    if (problems.length > 0) throw new Error(`The ${kind.label} of ${part.outputName} does not fit its pages: ${problems.join('; ')}`);
    const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
    check();
    return { pdf, pages: laidOut.pages, boxes: laidOut.boxes };
  });
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
