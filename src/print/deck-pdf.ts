import { isDeckFile } from '../build/build-deck.js';
import { formatFindings } from '../check/report.js';
import { printStagedDeck } from '../export/deck-pdf.js';
import type { PrintPart } from './print-set.js';

/**
 * The slides PDF as `notice-deck pdf` makes it, as a part of the print set: one page per slide of
 * the deck as presented, the preflight check's findings as warnings, published with the deck folder.
 */
export function deckPdfPart(): PrintPart {
  return {
    name: 'pdf',
    from: 'deck',
    make: async (deck, { pages: pool, options }, paperSlidesInPage) => {
      options.progress?.(`正在把 ${deck.slideCount} 张幻灯片导出为 PDF……`);
      // The deck is staged in the print set's staging folder: the PDF goes beside its index.html.
      const printOptions = { ...(options.branch ? { branch: options.branch } : {}), ...(paperSlidesInPage ? { afterPrint: paperSlidesInPage } : {}) };
      const { file, pages, findings, afterPrinted } = await pool.use((page) => printStagedDeck(deck, page, printOptions));
      if (findings.length > 0) for (const line of formatFindings(findings, deck.slideCount)) options.warn?.(line);
      return { file, pages, files: [...deck.files, file], replaces: isDeckFile, ...(afterPrinted ? { paperSlides: afterPrinted } : {}) };
    },
  };
}
