import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { PrintOptions, PrintResult } from './job.js';
import { printPart, type PrintPart } from './print-set.js';
import { sheet, sheetsPart, slideBox, type SheetKind } from './sheets.js';

function notesFileName(deckName: string): string {
  return `${deckName}-notes.pdf`;
}

/**
 * Speaker notes for the lectern: one sheet per slide, the slide small at the top and its notes —
 * the verbatim text of the notice it shows — below in 16pt (long notes: down to 14pt, then onto a
 * continuation sheet). Sheet n is slide n unless notes continue, so the reader keeps pace with the deck.
 */
export function printNotes(input: string, options: PrintOptions = {}): Promise<PrintResult> {
  return printPart(input, notesPart(), options);
}

export function notesPart(): PrintPart {
  const label = '演讲者备注';
  const continued = (number: number) => `幻灯片 ${number} 的备注（续）`;
  const kind: SheetKind = {
    fileName: notesFileName,
    stylesheet: 'notes.css',
    bodyClass: ['notes'],
    label,
    subject: (metadata) => [metadata.title, '演讲者备注（领学原文）'].filter(Boolean).join('：'),
    paginate: true,
    extraText: ({ slides }) => slides.map((slide) => continued(slide.index + 1)).join(''),
    sheets: (context) => {
      const { slides } = context;
      let section: string | undefined;
      return slides.map((slide): Element => {
        if (slide.sectionTitle) section = slide.sectionTitle;
        const number = slide.index + 1;
        const meta: ElementContent[] = [h('p.notes-number', `幻灯片 ${number} / ${slides.length}`)];
        if (slide.fromBody && section) meta.push(h('p.notes-section', section));
        const notes = slide.notes.filter((node) => node.type !== 'text' || node.value.trim() !== '');
        return sheet(context, label, 'notes-sheet', [
          h('div.notes-slide', [slideBox(slide), h('div.notes-meta', { dataContinuedLabel: continued(number) }, meta)]),
          h('div.notes-text', notes.length > 0 ? notes : [h('p.notes-empty', '（这张幻灯片没有备注）')]),
        ]);
      });
    },
  };
  return sheetsPart('notes', kind);
}
