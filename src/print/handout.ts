import type { Element } from 'hast';
import { h } from 'hastscript';
import type { PrintOptions, PrintResult } from './job.js';
import { defaultPerPage, type PerPage } from './per-page.js';
import { printPart, type PrintPart } from './print-set.js';
import { sheet, sheetsPart, slideBox, type SheetKind } from './sheets.js';

export interface HandoutOptions extends PrintOptions {
  perPage?: PerPage;
}

function handoutFileName(deckName: string, perPage: PerPage): string {
  return `${deckName}-handout-${perPage}.pdf`;
}

/** Ruled lines for the listener's own notes: beside each slide at 3 per page, below it at 1. */
const noteLines: Partial<Record<PerPage, number>> = { 1: 14, 3: 8 };

/**
 * Handouts for the audience: `perPage` slides to a page (1, 2, 3, 4 or 6, as in PowerPoint's
 * handouts), printed black on white, with the meeting's title on top and 第 x 页 / 共 y 页 below.
 */
export function printHandout(input: string, options: HandoutOptions = {}): Promise<PrintResult> {
  return printPart(input, handoutPart(options.perPage ?? defaultPerPage), options);
}

export function handoutPart(perPage: PerPage): PrintPart {
  const label = '学习会讲义';
  const kind: SheetKind = {
    fileName: (name) => handoutFileName(name, perPage),
    stylesheet: 'handout.css',
    bodyClass: ['handout', `per-page-${perPage}`],
    label,
    subject: (metadata) => [metadata.title, `学习会讲义（每页 ${perPage} 张幻灯片）`].filter(Boolean).join('：'),
    paginate: false,
    sheets: (context) => {
      const { slides } = context;
      const sheets: Element[] = [];
      for (let start = 0; start < slides.length; start += perPage) {
        const cells = slides.slice(start, start + perPage).map((slide) => {
          const lines = noteLines[perPage] ?? 0;
          return h('div.cell', [
            slideBox(slide),
            ...(lines > 0 ? [h('div.note-lines', Array.from({ length: lines }, () => h('div.note-line')))] : []),
          ]);
        });
        sheets.push(sheet(context, label, 'handout-sheet', cells));
      }
      return sheets;
    },
  };
  return sheetsPart('handout', kind);
}
