import path from 'node:path';
import type { Browser } from 'puppeteer';
import { branchOutDir, branchOutputName } from '../branch/branch-build.js';
import type { Branch } from '../branch/read-branch.js';
import { papers, type Paper } from './paper.js';

/** What every print command takes. */
export interface PrintOptions {
  /** Output folder; default `dist/<deck name>`. */
  outDir?: string;
  /** Default A4. */
  paper?: Paper;
  /** Where font subsets are cached; default: notice-deck-cache-<uid>/fonts in the system temp folder. */
  fontCacheDir?: string;
  warn?: (message: string) => void;
  /** A line of progress for a person watching. */
  progress?: (message: string) => void;
  /** A browser to print with, or one starting (the caller closes it); by default one is launched for the run and closed after it. */
  browser?: Browser | Promise<Browser>;
  /** Print for this branch (src/branch): named after it, into `dist/<deck name>/<branch id>`. */
  branch?: Branch;
  /** Write into an output folder that holds files notice-deck did not write. */
  force?: boolean;
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
