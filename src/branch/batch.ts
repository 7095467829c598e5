import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer';
import { buildDeck } from '../build/build-deck.js';
import { launchBrowser } from '../export/browser.js';
import { exportDeckPdf } from '../export/pdf.js';
import { handoutPart } from '../print/handout.js';
import { defaultPerPage } from '../print/per-page.js';
import { printSet } from '../print/print-set.js';
import { recordPart } from '../print/record.js';
import { signinPart } from '../print/signin.js';
import { stampBranchPdf } from './pdf-info.js';
import { listBranchIds, readBranch } from './read-branch.js';
import { zipFolder } from './zip-folder.js';

export interface BatchOptions {
  /** Branches built at once; each keeps one browser page for its slide PDFs (the pool). */
  jobs: number;
  pdf: boolean;
  /** Handout, sign-in sheet and study record as well. */
  printSet: boolean;
  /** One zip per branch, `<deck>-<short name>.zip` beside its folder. */
  zip: boolean;
  /** Instead of `dist/<deck>`: each branch goes into `<outDir>/<id>`. */
  outDir?: string;
  fontCacheDir?: string;
  warn?: (message: string) => void;
  /** A running browser to use (and leave running); by default one is launched for the batch. */
  browser?: Browser;
  /** The branches are known and the work begins. */
  onStart?: (total: number) => void;
  /** A branch has finished, well or not; `done` of `total`. */
  onOutcome?: (outcome: BranchOutcome, done: number, total: number) => void;
}

export interface BranchOutcome {
  id: string;
  slides?: number;
  /** Of the slide PDF. */
  pages?: number;
  ms: number;
  /** What went wrong (a user error or a bug); the other branches are built regardless. */
  error?: unknown;
}

/** As many branches at once as there are cores: each is a Chromium page plus our own work. */
export function defaultJobs(): number {
  return Math.max(1, Math.min(8, os.availableParallelism()));
}

/**
 * Builds every branch of a deck: one browser shared by all, at most `jobs` branches (and pages)
 * at a time. A branch that fails is reported in its outcome; the others still build.
 */
export async function buildAllBranches(deck: string, deckDirectory: string, options: BatchOptions): Promise<BranchOutcome[]> {
  const ids = await listBranchIds(deckDirectory);
  const needsBrowser = options.pdf || options.printSet;
  const browser = options.browser ?? (needsBrowser ? await launchBrowser() : undefined);
  const outcomes: BranchOutcome[] = [];
  options.onStart?.(ids.length);
  try {
    let next = 0;
    // Print sets one at a time: they open their pages in the browser's own window, where only the
    // front tab gets animation frames, so two at once would stall each other.
    let printing: Promise<unknown> = Promise.resolve();
    const printOneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
      const done = printing.then(work, work);
      printing = done.catch(() => {});
      return done;
    };
    // Each worker keeps one page for its slide PDFs: a new page costs a renderer and a cold start.
    const worker = async () => {
      let page: Page | undefined;
      // Its own context (a window of its own): Chromium hides all but the front tab of a window, and
      // reveal.js lays out for print in animation frames, which a hidden tab does not get.
      const context = options.pdf && browser ? await browser.createBrowserContext() : undefined;
      try {
        while (next < ids.length) {
          const id = ids[next++]!;
          if (context) page ??= await context.newPage();
          const outcome = await buildOneBranch(deck, deckDirectory, id, { browser, page, printOneAtATime }, options);
          if (outcome.error && page) {
            // The page may be what failed; the next branch gets a fresh one.
            await page.close().catch(() => {});
            page = undefined;
          }
          outcomes.push(outcome);
          options.onOutcome?.(outcome, outcomes.length, ids.length);
        }
      } finally {
        await context?.close().catch(() => {});
      }
    };
    await Promise.all(Array.from({ length: Math.min(options.jobs, ids.length) }, worker));
  } finally {
    if (!options.browser) await browser?.close();
  }
  return ids.map((id) => outcomes.find((outcome) => outcome.id === id)!);
}

async function buildOneBranch(
  deck: string,
  deckDirectory: string,
  id: string,
  chromium: { browser: Browser | undefined; page: Page | undefined; printOneAtATime: <T>(work: () => Promise<T>) => Promise<T> },
  options: BatchOptions,
): Promise<BranchOutcome> {
  const start = performance.now();
  const elapsed = () => performance.now() - start;
  try {
    const branch = await readBranch(deckDirectory, id);
    const shared = { ...(options.outDir ? { outDir: path.join(options.outDir, id) } : {}), ...(options.fontCacheDir ? { fontCacheDir: options.fontCacheDir } : {}), ...(options.warn ? { warn: options.warn } : {}), branch };
    let pages: number | undefined;
    const { browser, page } = chromium;
    const built = await buildDeck(deck, shared, async (staged) => {
      if (!options.pdf || !browser) return { files: [], replaces: () => false };
      const pdfFile = `${staged.name}.pdf`;
      const pdfPath = path.join(staged.outDir, pdfFile);
      pages = (await exportDeckPdf(browser, staged.htmlPath, pdfPath, staged.size, staged.slideCount, page ? { page } : {})).pages;
      await stampBranchPdf(pdfPath, branch.data, staged.title);
      return { files: [pdfFile], replaces: () => false };
    });
    if (options.printSet && browser) {
      const printOptions = { ...shared, outDir: built.outDir, browser };
      await chromium.printOneAtATime(() => printSet(deck, [handoutPart(defaultPerPage), signinPart(branch), recordPart(branch)], printOptions));
    }
    if (options.zip) await zipFolder(built.outDir, path.join(path.dirname(built.outDir), `${built.name}.zip`), built.name);
    return { id, slides: built.slideCount, ...(pages !== undefined ? { pages } : {}), ms: elapsed() };
  } catch (error) {
    return { id, ms: elapsed(), error };
  }
}
