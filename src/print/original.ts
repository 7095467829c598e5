/**
 * The notice itself as a print document, laid out as official documents are (GB/T 9704-2012):
 * red issuing-body mark and document number over a red rule, the title centred in balanced lines,
 * addressees, the body with its numbered headings, signature and date, and the closing block
 * (版记: 抄送, 印发) at the foot of the last page; page numbers "— 1 —".
 *
 * Chromium paginates the text, so it also writes the bookmarks (page.pdf's `outline`, from the
 * headings: one per 一、 heading once the lower levels are trimmed). To put the closing block at the
 * foot of the last page, the document is printed twice in the same page: the first print says
 * (through a bookmark on a marker) where the block starts; the second adds the space that moves it down.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element, ElementContent } from 'hast';
import type { PDFDocument } from 'pdf-lib';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import type { RootContent } from 'mdast';
import { collectMedia } from '../build/media.js';
import { formatChineseDate, namesLine, type NoticeMetadata } from '../notice/metadata.js';
import type { NoticeSection } from '../recognise/notice-section.js';
import { textWidth } from '../text/width.js';
import { openPrintPage, pxPerMm } from './chromium.js';
import { printFontCss } from './fonts.js';
import { paperOf, type PrintOptions, type PrintResult } from './job.js';
import { markdownToHast, phrasingToHast } from '../render/markdown-to-hast.js';
import type { PrintNotice } from './notice.js';
import { mmToPt, officialMargins, pxToPt, type Paper } from './paper.js';
import { keepTopLevelOutline, loadPdf, readOutline, savePdf, setDocumentInfo, type OutlineItem } from './pdf-document.js';
import { writePrintDocument } from './print-document.js';
import { printPart, type MadePart, type PartContext, type PrintPart } from './print-set.js';
import { readPrintTemplate } from './templates.js';
import { issuerMark } from './masthead.js';
import { titleBreaks } from './title-breaks.js';

function originalFileName(deckName: string): string {
  return `${deckName}-original.pdf`;
}

const markerTitle = 'notice-deck-colophon';

export function printOriginal(input: string, options: PrintOptions = {}): Promise<PrintResult> {
  return printPart(input, originalPart(), options);
}

export function originalPart(): PrintPart {
  return { name: 'original', from: 'notice', make: printNotice };
}

async function printNotice(part: PartContext): Promise<MadePart> {
  const { notice, options, workDir } = part;
  const paper = paperOf(options);
  const parts = documentParts(notice, paper);
  options.progress?.('正在排版通知……');
  // The print page is in the part's folder: the notice's pictures go there with it.
  for (const picture of collectMedia({ type: 'root', children: parts.before }, notice.directory, String(notice.file.path))) {
    await mkdir(path.dirname(path.join(workDir, picture.target)), { recursive: true });
    await copyFile(picture.source, path.join(workDir, picture.target));
  }
  const text = toString(h('div', [...parts.before, ...(parts.colophon ? [parts.colophon] : [])])) + '— 0123456789';
  const fontCss = await printFontCss(text, { ...options, label: notice.file.path ?? notice.name });
  const styles = [fontCss, pageCss(paper), await readPrintTemplate('paper.css'), await readPrintTemplate('original.css')];
  const colophon = parts.colophon;
  // With a closing block, a marker heading at its top becomes a bookmark in the first print: where the block starts.
  const body = colophon
    ? [...parts.before, h('div.colophon-area', [h('div.colophon-spacer'), { ...colophon, children: [h('h6.colophon-marker', markerTitle), ...colophon.children] }])]
    : parts.before;
  const htmlPath = path.join(workDir, 'original.html');
  await writePrintDocument(htmlPath, { title: notice.metadata.title ?? notice.name, styles, body });
  // The viewport is the text block, so that blocks measured on screen are as wide as on paper.
  const pdf = await part.pages.use(async (page) => {
    const { check } = await openPrintPage(page, htmlPath, {
      width: (paper.width - officialMargins.left - officialMargins.right) * pxPerMm,
      height: (paper.height - officialMargins.top - officialMargins.bottom) * pxPerMm,
    });
    const print = async () => {
      const printed = await loadPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true }));
      check();
      return printed;
    };
    const first = await print();
    if (!colophon) return first;
    // Printed again in the same page, without the marker and with the space found above the
    // block. Block and space move as one (break-inside: avoid): they stay on the block's page.
    const colophonHeight = await page.evaluate(() => document.querySelector('.colophon')!.getBoundingClientRect().height);
    await page.evaluate(setColophonSpace, footSpace(first, colophonHeight));
    const second = await print();
    if (second.getPageCount() === first.getPageCount()) return second;
    options.warn?.(`${notice.file.path}：没能把版记移到所在页的页脚`);
    await page.evaluate(setColophonSpace, 0);
    return print();
  });

  keepTopLevelOutline(pdf);
  setDocumentInfo(pdf, {
    title: notice.metadata.title ?? notice.name,
    author: notice.metadata.issuer ? namesLine(notice.metadata.issuer) : '',
    subject: [notice.metadata.title, `通知原文${notice.metadata.number ? `（${notice.metadata.number}）` : ''}`].filter(Boolean).join('：'),
    keywords: [notice.metadata.number, '通知原文'].filter((word): word is string => Boolean(word)),
  });
  const file = originalFileName(part.outputName);
  await writeFile(path.join(part.stagingDir, file), await savePdf(pdf));
  return { file, pages: pdf.getPageCount(), files: [file] };
}

/** In the page: drops the marker and puts `space` points of space above the closing block (none: no spacer). */
function setColophonSpace(space: number): void {
  document.querySelector('.colophon-marker')?.remove();
  const spacer = document.querySelector<HTMLElement>('.colophon-spacer');
  if (spacer && space > 0) spacer.style.height = `${space.toFixed(2)}pt`;
  else spacer?.remove();
}

/**
 * Points of empty space below the closing block on its page in the first print: from the marker
 * bookmark at the block's top down to the foot of the text block, less the block's height.
 */
function footSpace(first: PDFDocument, colophonHeight: number): number {
  const marker = findItem(readOutline(first), markerTitle);
  if (!marker || marker.page < 0 || marker.y === undefined) return 0;
  const free = marker.y - mmToPt(officialMargins.bottom) - pxToPt(colophonHeight);
  // Keep a few points in hand: rounding must not push the block onto a page of its own.
  return free > 8 ? free - 4 : 0;
}

function findItem(items: readonly OutlineItem[], title: string): OutlineItem | undefined {
  for (const item of items) {
    const found = item.title === title ? item : findItem(item.children, title);
    if (found) return found;
  }
  return undefined;
}

interface DocumentParts {
  /** Everything up to the signature and date. */
  before: ElementContent[];
  /** 版记, if the notice has 抄送 or 印发. */
  colophon?: Element;
}

function documentParts(notice: PrintNotice, paper: Paper): DocumentParts {
  const { metadata } = notice;
  const before: ElementContent[] = [masthead(metadata, paper), ...(metadata.title ? [h('p.doc-title', titleBreaks(metadata.title))] : [])];
  if (metadata.addressees) before.push(h('p.addressees', `${metadata.addressees}：`));
  before.push(h('div.doc-body', bodyContent(notice.tree.children)));
  if (metadata.attachments) before.push(attachments(metadata.attachments));
  // A joint document's signatures stand one under the other above the one date.
  const signatures = (metadata.signature ?? metadata.issuer ?? []).map((name) => h('p.signature', name));
  before.push(h('div.signature-block', [...signatures, ...(metadata.date ? [h('p.date', formatChineseDate(metadata.date))] : [])]));
  const colophon = closingBlock(metadata);
  return colophon ? { before, colophon } : { before };
}

/**
 * 版头: the issuing-body mark in red (“共青团中央文件”, or the issuer alone for a letter, see
 * issuerMark), as large as fits the text block (at most 52pt), the number, the red rule. A joint
 * document stacks its issuers' names with “文件” right of them, centred on the stack (GB/T 9704
 * 7.2.1). Without an issuer the mark is left out.
 */
function masthead(metadata: NoticeMetadata, paper: Paper): Element {
  const names = metadata.issuer ?? [];
  const lead = names[0];
  const fileWord = lead !== undefined && issuerMark(lead, metadata.number) !== lead ? '文件' : '';
  const blockWidthPt = mmToPt(paper.width - officialMargins.left - officialMargins.right);
  const widest = Math.max(0, ...names.map(textWidth)) + textWidth(fileWord);
  const size = Math.min(names.length > 1 ? 40 : 52, (blockWidthPt * 0.96) / (widest * 1.04));
  const style = `font-size: ${size.toFixed(1)}pt`;
  const mark =
    names.length > 1
      ? [h('div.issuer-mark.joint', { style }, [h('span.issuer-names', names.map((name) => h('span', name))), ...(fileWord ? [h('span.issuer-word', fileWord)] : [])])]
      : lead !== undefined
        ? [h('p.issuer-mark', { style }, `${lead}${fileWord}`)]
        : [];
  return h('header.masthead', [
    ...mark,
    ...(metadata.number ? [h('p.doc-number', metadata.number)] : []),
    h('hr.red-rule'),
  ]);
}

/**
 * The body: Markdown as hast, numbered parts as headings h2 (一、) to h5 (（1）). A run-in heading
 * ("（一）提高政治站位。要…", one paragraph in notice.md) stays run in: heading and text in one line.
 */
function bodyContent(nodes: readonly RootContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  let markdown: RootContent[] = [];
  const flush = () => {
    if (markdown.length > 0) out.push(...markdownToHast(markdown));
    markdown = [];
  };
  for (const node of nodes) {
    if (node.type === 'noticeSection') {
      flush();
      out.push(...sectionContent(node));
    } else {
      markdown.push(node);
    }
  }
  flush();
  return out;
}

function sectionContent(section: NoticeSection): ElementContent[] {
  const heading = h(`h${section.level + 1}`, { className: ['heading', `level-${section.level}`] }, [
    ...(section.label ? [{ type: 'text' as const, value: section.label }] : []),
    ...phrasingToHast(section.heading),
  ]);
  const [first, ...rest] = section.children;
  const runIn =
    first?.type === 'paragraph' && section.position && first.position && first.position.start.offset === section.position.start.offset;
  if (runIn) {
    return [h('div.run-in', [heading, ...phrasingToHast(first.children)]), ...bodyContent(rest)];
  }
  return [heading, ...bodyContent(section.children)];
}

/** 附件：1.… — numbered when there are several (§7.3.4). */
function attachments(names: readonly string[]): Element {
  const numbered = names.length > 1 ? names.map((name, i) => `${i + 1}.${name}`) : [...names];
  return h('div.attachments', numbered.map((name, i) => h('p', i === 0 ? `附件：${name}` : name)));
}

/** 版记 (§7.4): 抄送 lines and the printing body with its date, between rules. */
function closingBlock(metadata: NoticeMetadata): Element | undefined {
  const rows: Element[] = [];
  if (metadata.cc) {
    const list = metadata.cc.join('，');
    rows.push(h('p.cc', `抄送：${/[。.]$/u.test(list) ? list : `${list}。`}`));
  }
  if (metadata.printer || metadata.printDate) {
    rows.push(
      h('p.print-line', [
        h('span.printer', metadata.printer ?? ''),
        ...(metadata.printDate ? [h('span.print-date', `${formatChineseDate(metadata.printDate)}印发`)] : []),
      ]),
    );
  }
  return rows.length > 0 ? h('footer.colophon', rows) : undefined;
}

function pageCss(paper: Paper): string {
  const m = officialMargins;
  return `@page { size: ${paper.width}mm ${paper.height}mm; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }`;
}

