/**
 * A deck's slide PDF, from notice.md on: what `pdf` does for one deck, alone or in a batch.
 */
import path from 'node:path';
import type { Page } from 'puppeteer';
import { stampBranchPdf } from '../branch/pdf-info.js';
import { buildDeck, type BuildOptions, type BuiltDeck } from '../build/build-deck.js';
import { checkDeck } from '../check/check-deck.js';
import type { Finding } from '../check/finding.js';
import { exportDeckPdf } from './pdf.js';

export interface DeckPdf {
  built: BuiltDeck;
  pdfPath: string;
  pages: number;
  /** What the preflight found on the print view that was printed. */
  findings: Finding[];
}

export interface DeckPdfOptions extends BuildOptions {
  /** The page to print in, asked for once the deck is built (the browser may still be starting meanwhile). */
  page: () => Promise<Page>;
  /** A line for a person watching, once the deck is built. */
  progress?: (message: string) => void;
}

/** Builds the deck, checks it and prints it in the same page load, and publishes both together. */
export async function buildDeckPdf(deck: string, options: DeckPdfOptions): Promise<DeckPdf> {
  const { page, progress, ...buildOptions } = options;
  let pages = 0;
  let findings: Finding[] = [];
  const built = await buildDeck(deck, buildOptions, async (staged) => {
    progress?.(`正在把 ${staged.slideCount} 张幻灯片导出为 PDF……`);
    const pdfFile = `${staged.name}.pdf`;
    const pdfPath = path.join(staged.outDir, pdfFile);
    // The preflight runs on the print view about to be printed: what it finds is in the PDF.
    const printPage = await page();
    ({ pages, inspected: findings = [] } = await exportDeckPdf(printPage.browser(), staged.htmlPath, pdfPath, staged.size, staged.slideCount, {
      page: printPage,
      inspect: (printed) => checkDeck(printed, staged.size),
    }));
    if (buildOptions.branch) await stampBranchPdf(pdfPath, buildOptions.branch.data, staged.title);
    return { files: [pdfFile], replaces: () => false };
  });
  return { built, pdfPath: path.join(built.outDir, `${built.name}.pdf`), pages, findings };
}
