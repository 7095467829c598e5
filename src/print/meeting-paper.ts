/**
 * The paperwork a branch keeps for its meeting (sign-in sheet, study record): A4 forms filled
 * from the branch file and the notice, laid out as hast and printed by Chromium, which repeats a
 * table's header row on every page it runs onto.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import type { Branch } from '../branch/read-branch.js';
import { UserError } from '../errors.js';
import { branchDocumentInfo } from '../branch/pdf-info.js';
import { openPrintPage, pxPerMm } from './chromium.js';
import { pageChromeCharacters, printFontCss } from './fonts.js';
import { paperOf, type PrintOptions, type PrintResult } from './job.js';
import type { PrintNotice } from './notice.js';
import { loadPdf, savePdf, setDocumentInfo } from './pdf-document.js';
import { writePrintDocument } from './print-document.js';
import { printPart, type MadePart, type PartContext, type PrintPart } from './print-set.js';
import { readPrintTemplate } from './templates.js';

/** Page margins in millimetres: the page number sits in the bottom one. */
const margin = { top: 18, side: 18, bottom: 20 };

/** What differs between the meeting's papers. */
export interface MeetingPaper {
  /** 签到表, 学习记录: the document's heading and its PDF title. */
  label: string;
  /** The file name's ending: `<deck>-<branch>-<suffix>.pdf`. */
  suffix: string;
  body(notice: PrintNotice, branch: Branch): ElementContent[];
}

export function printMeetingPaper(input: string, paperKind: MeetingPaper, options: PrintOptions): Promise<PrintResult> {
  const { branch } = options;
  if (!branch) throw new UserError(`${paperKind.label}要按支部填写：请加 --branch <支部编号>（支部文件在 branches/ 文件夹里）`);
  return printPart(input, meetingPaperPart(paperKind, branch), options);
}

/** The branch's paper as a part of a print set (a batch of branches prints it with the handout). */
export function meetingPaperPart(paperKind: MeetingPaper, branch: Branch): PrintPart {
  return { name: paperKind.suffix, from: 'notice', make: (part) => printPaper(paperKind, branch, part) };
}

async function printPaper(paperKind: MeetingPaper, branch: Branch, part: PartContext): Promise<MadePart> {
  const { notice, options, workDir } = part;
  const paper = paperOf(options);
  const body = [h('h1.paper-title', paperKind.label), ...paperKind.body(notice, branch)];
  options.progress?.(`正在排版${paperKind.label}……`);
  const fontCss = await printFontCss(toString(h('div', body)) + pageChromeCharacters, { ...options, label: `${branch.file} ${paperKind.label}` });
  const htmlPath = path.join(workDir, `${paperKind.suffix}.html`);
  await writePrintDocument(htmlPath, {
    title: paperKind.label,
    styles: [
      fontCss,
      `@page { size: ${paper.width}mm ${paper.height}mm; margin: ${margin.top}mm ${margin.side}mm ${margin.bottom}mm; @bottom-center { content: '第 ' counter(page) ' 页 / 共 ' counter(pages) ' 页'; font-size: 9pt; font-family: 'Noto Sans SC', sans-serif; } }`,
      await readPrintTemplate('paper.css'),
      await readPrintTemplate('meeting.css'),
    ],
    bodyClass: ['meeting-paper'],
    body,
  });
  const printed = await part.pages.use(async (page) => {
    const { check } = await openPrintPage(page, htmlPath, { width: (paper.width - 2 * margin.side) * pxPerMm, height: (paper.height - margin.top - margin.bottom) * pxPerMm });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
    check();
    return pdf;
  });
  const pdf = await loadPdf(printed);
  setDocumentInfo(pdf, branchDocumentInfo(branch.data, notice.metadata.title ?? notice.name, paperKind.label));
  const file = `${part.outputName}-${paperKind.suffix}.pdf`;
  await writeFile(path.join(part.stagingDir, file), await savePdf(pdf));
  return { file, pages: pdf.getPageCount(), files: [file] };
}

/** A form's label–value rows; an empty value leaves a line to write on. */
export function factTable(rows: [string, ElementContent[] | string][]): ElementContent {
  return h(
    'table.facts',
    h(
      'tbody',
      rows.map(([label, value]) => h('tr', [h('th', { scope: 'row' }, label), h('td', typeof value === 'string' ? value : value)])),
    ),
  );
}
