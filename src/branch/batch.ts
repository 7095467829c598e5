import path from 'node:path';
import type { Browser } from 'puppeteer';
import { buildDeck } from '../build/build-deck.js';
import { launchBrowser, whileLaunching } from '../export/browser.js';
import { printStagedDeckFolded } from '../export/deck-pdf.js';
import { runJobs, type JobOutcome, type PoolWorker } from '../export/job-pool.js';
import { handoutPart } from '../print/handout.js';
import { defaultPerPage } from '../print/per-page.js';
import { printSet } from '../print/print-set.js';
import { recordPart } from '../print/record.js';
import { signinPart } from '../print/signin.js';
import { stampBranchPdf } from './pdf-info.js';
import { listBranchIds, readBranch } from './read-branch.js';
import { zipFolder } from './zip-folder.js';

export interface BatchOptions {
  /** Branches built at once; each keeps one browser page for its slide PDFs (see job-pool.ts). */
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

export interface BranchResult {
  slides: number;
  /** Of the slide PDF. */
  pages?: number;
}

/** A branch's result, or what went wrong (a user error or a bug): the other branches are built regardless. */
export type BranchOutcome = JobOutcome<BranchResult>;

export { defaultJobs } from '../export/job-pool.js';

/**
 * Builds every branch of a deck: one browser shared by all, at most `jobs` branches (and pages)
 * at a time. A branch that fails is reported in its outcome; the others still build.
 */
export async function buildAllBranches(deck: string, deckDirectory: string, options: BatchOptions): Promise<BranchOutcome[]> {
  const ids = await listBranchIds(deckDirectory);
  const needsBrowser = options.pdf || options.printSet;
  // Launched while the first branches build; a batch given a browser leaves it running.
  const launching = options.browser ? Promise.resolve(options.browser) : needsBrowser ? launchBrowser() : undefined;
  const jobs = ids.map((id) => ({ id, run: (worker: PoolWorker) => buildOneBranch(deck, deckDirectory, id, worker, options) }));
  const run = () =>
    runJobs(jobs, {
      jobs: options.jobs,
      ...(launching ? { browser: launching } : {}),
      ...(options.onStart ? { onStart: options.onStart } : {}),
      ...(options.onOutcome ? { onOutcome: options.onOutcome } : {}),
    });
  return launching && !options.browser ? whileLaunching(launching, run) : run();
}

async function buildOneBranch(
  deck: string,
  deckDirectory: string,
  id: string,
  worker: PoolWorker,
  options: BatchOptions,
): Promise<BranchResult> {
  const branch = await readBranch(deckDirectory, id);
  const shared = { ...(options.outDir ? { outDir: path.join(options.outDir, id) } : {}), ...(options.fontCacheDir ? { fontCacheDir: options.fontCacheDir } : {}), ...(options.warn ? { warn: options.warn } : {}), branch };
  let pages: number | undefined;
  const built = await buildDeck(deck, {
    ...shared,
    derive: async (staged) => {
      if (!options.pdf) return { files: [], replaces: () => false };
      const pdfFile = `${staged.name}.pdf`;
      const pdfPath = path.join(staged.outDir, pdfFile);
      pages = (await printStagedDeckFolded(staged, pdfPath, { page: await worker.page() })).pages;
      await stampBranchPdf(pdfPath, branch.data, staged.title);
      return { files: [pdfFile], replaces: () => false };
    },
  });
  if (options.printSet) {
    const printOptions = { ...shared, outDir: built.outDir, browser: await worker.browser() };
    // Each document prints in a window of its own (print-set.ts), so branches' print sets may run side by side.
    await printSet(deck, [handoutPart(defaultPerPage), signinPart(branch), recordPart(branch)], printOptions);
  }
  if (options.zip) await zipFolder(built.outDir, path.join(path.dirname(built.outDir), `${built.name}.zip`), built.name);
  return { slides: built.slideCount, ...(pages !== undefined ? { pages } : {}) };
}
