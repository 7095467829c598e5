import path from 'node:path';
import { isDeckFile } from '../build/build-deck.js';
import { stampBranchPdf } from '../branch/pdf-info.js';
import { checkDeck } from '../check/check-deck.js';
import { formatFindings } from '../check/report.js';
import { exportDeckPdf } from '../export/pdf.js';
import type { PrintPart } from './print-set.js';

/**
 * The slides PDF as `notice-deck pdf` makes it, as a part of the print set: one page per slide of
 * the deck as presented, the preflight check's findings as warnings, published with the deck folder.
 */
export function deckPdfPart(): PrintPart {
  return {
    name: 'pdf',
    from: 'deck',
    make: async (deck, { window, stagingDir, options }) => {
      options.progress?.(`正在把 ${deck.slideCount} 张幻灯片导出为 PDF……`);
      const file = `${deck.name}.pdf`;
      const pdfPath = path.join(stagingDir, file);
      const page = await window.newPage();
      // The preflight runs on the print view about to be printed: what it finds is in the PDF.
      const { pages, inspected: findings = [] } = await exportDeckPdf(window.browser(), deck.htmlPath, pdfPath, deck.size, deck.slideCount, {
        page,
        inspect: (opened) => checkDeck(opened, deck.size),
      });
      if (options.branch) await stampBranchPdf(pdfPath, options.branch.data, deck.title);
      if (findings.length > 0) for (const line of formatFindings(findings, deck.slideCount)) options.warn?.(line);
      return { file, pages, files: [...deck.files, file], replaces: isDeckFile };
    },
  };
}
