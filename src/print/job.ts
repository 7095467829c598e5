import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer';
import { launchBrowser } from '../export/browser.js';
import { branchOutDir, branchOutputName } from '../branch/branch-build.js';
import type { Branch } from '../branch/read-branch.js';
import { papers, type Paper } from './paper.js';

/** What every print command takes. */
export interface PrintOptions {
  /** Output folder; default `dist/<deck name>`. */
  outDir?: string;
  /** Default A4. */
  paper?: Paper;
  /** Where font subsets are cached; default `node_modules/.cache/notice-deck/fonts`. */
  fontCacheDir?: string;
  warn?: (message: string) => void;
  /** A line of progress for a person watching. */
  progress?: (message: string) => void;
  /** A browser to print with; by default one is launched for the run and closed after it. */
  browser?: Browser;
  /** Print for this branch (src/branch): named after it, into `dist/<deck name>/<branch id>`. */
  branch?: Branch;
}

export interface PrintResult {
  pdfPath: string;
  pages: number;
}

export function outputDir(options: PrintOptions, deckName: string): string {
  return path.resolve(options.outDir ?? (options.branch ? branchOutDir(deckName, options.branch.id) : path.join('dist', deckName)));
}

/** What output files are named after: the deck, or `<deck>-<branch short name>`. */
export function outputName(options: PrintOptions, deckName: string): string {
  return options.branch ? branchOutputName(deckName, options.branch.data.shortName) : deckName;
}

export function paperOf(options: PrintOptions): Paper {
  return options.paper ?? papers.a4;
}

/** Runs `work` with a fresh temporary folder, removed afterwards whatever happens. */
export async function withWorkDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'notice-deck-print-'));
  try {
    return await work(dir);
  } finally {
    // A failed build may still be writing into it; never let cleaning up hide the real error.
    await rm(dir, { recursive: true, force: true, maxRetries: 3 }).catch(() => {});
  }
}

/** Runs `work` with the caller's browser, or with one launched for it and closed afterwards. */
export async function withBrowser<T>(options: PrintOptions, work: (browser: Browser) => Promise<T>): Promise<T> {
  if (options.browser) return work(options.browser);
  const browser = await launchBrowser();
  try {
    return await work(browser);
  } finally {
    await browser.close();
  }
}
