import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'puppeteer';
import { launchBrowser } from '../export/browser.js';
import { runSubdir } from '../process/run-dir.js';
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
}

export interface PrintResult {
  pdfPath: string;
  pages: number;
}

export function outputDir(options: PrintOptions, deckName: string): string {
  return path.resolve(options.outDir ?? path.join('dist', deckName));
}

export function paperOf(options: PrintOptions): Paper {
  return options.paper ?? papers.a4;
}

/** Runs `work` with a fresh folder in this run's temp folder, removed afterwards whatever happens. */
export async function withWorkDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await runSubdir('print-');
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
  const browser = await launchBrowser({ progress: options.progress });
  try {
    return await work(browser);
  } finally {
    await browser.close();
  }
}
