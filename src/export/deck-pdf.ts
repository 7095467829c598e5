/**
 * A deck's slide PDF, from notice.md on: what `pdf` does for one deck, alone or in a batch.
 */
import path from 'node:path';
import type { Page } from 'puppeteer';
import { buildDeck, type BuildOptions, type BuiltDeck, type StagedDeck } from '../build/build-deck.js';
import { withFoldedDeck } from '../build/single-file.js';
import type { Branch } from '../branch/read-branch.js';
import { checkDeck } from '../check/check-deck.js';
import type { Finding } from '../check/finding.js';
import { exportDeckPdf, type ExportedPdf, type ExportPdfOptions } from './pdf.js';

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
  let printed: StagedDeckPdf | undefined;
  const built = await buildDeck(deck, {
    ...buildOptions,
    derive: async (staged) => {
      progress?.(`正在把 ${staged.slideCount} 张幻灯片导出为 PDF……`);
      printed = await printStagedDeck(staged, await page(), buildOptions.branch ? { branch: buildOptions.branch } : {});
      return { files: [printed.file], replaces: () => false };
    },
    // The print loads the deck folded from memory (printStagedDeckFolded): the staged files need not be written.
    derivesFrom: 'contents',
  });
  return { built, pdfPath: path.join(built.outDir, printed!.file), pages: printed!.pages, findings: printed!.findings };
}

export interface StagedDeckPdf<A = never> {
  /** `<deck name>.pdf`, beside the staged deck's index.html. */
  file: string;
  pages: number;
  findings: Finding[];
  /** What `afterPrint` printed (see ExportPdfOptions). */
  afterPrinted?: Promise<A>;
}

export interface PrintStagedDeckOptions<A> {
  /** A branch's PDF gets its document information. */
  branch?: Branch;
  /** More to print from the same print view once the PDF is written (see ExportPdfOptions). */
  afterPrint?: (page: Page) => Promise<A>;
}

/**
 * Prints a staged deck to `<name>.pdf` in its folder, in `page`, after the preflight check on the
 * same print view: what it finds is in the PDF.
 */
export async function printStagedDeck<A = never>(
  staged: BuiltDeck | StagedDeck,
  page: Page,
  { branch, afterPrint }: PrintStagedDeckOptions<A>,
): Promise<StagedDeckPdf<A>> {
  const file = `${staged.name}.pdf`;
  const pdfPath = path.join(staged.outDir, file);
  const inspect = (printed: Page) => checkDeck(printed, staged.size);
  const { pages, inspected: findings = [], afterPrinted } = await printStagedDeckFolded(staged, pdfPath, { page, inspect, ...(afterPrint ? { afterPrint } : {}) });
  if (branch) {
    // Loaded only for a branch: pdf-lib takes a tenth of a second to import, which a plain `pdf` need not pay.
    const { stampBranchPdf } = await import('../branch/pdf-info.js');
    await stampBranchPdf(pdfPath, branch.data, staged.title);
  }
  return { file, pages, findings, ...(afterPrinted ? { afterPrinted } : {}) };
}

/** Prints a staged deck to `pdfPath` (see exportDeckPdf) from the deck folded into one file (withFoldedDeck), from the files it holds in memory if it does. */
export function printStagedDeckFolded<T, A = never>(
  staged: BuiltDeck | StagedDeck,
  pdfPath: string,
  options: ExportPdfOptions<T, A> & { page: Page },
): Promise<ExportedPdf<T, A>> {
  return withFoldedDeck(
    staged.htmlPath,
    (loadFrom) => exportDeckPdf(options.page.browser(), staged.htmlPath, pdfPath, staged.size, staged.slideCount, { ...options, loadFrom }),
    'contents' in staged ? staged.contents : undefined,
  );
}
