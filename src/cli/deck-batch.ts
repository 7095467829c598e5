/**
 * Several decks in one run (`pdf decks/a decks/b`, `build decks/*`): one browser and a pool of
 * pages for all (src/export/job-pool.ts), progress as they finish, a summary at the end.
 */
import path from 'node:path';
import type { PoolWorker } from '../export/job-pool.js';
import { buildOptions, type BuildFlags } from './build-flags.js';
import { createBatchProgress, deckBatch, summaryTable, type BatchOutcome } from './batch-report.js';
import { deckDirectoryOf } from './branch-flags.js';
import { checkDistinctNames } from './deck-arguments.js';
import { relative } from './output.js';

export interface DeckBatchFlags extends BuildFlags {
  jobs?: number;
  singleFile?: boolean;
}

/** Builds every deck (`build`) or its slide PDF (`pdf`); a deck that fails is reported, the others still build, and the exit code is 1. */
export async function runDeckBatch(decks: readonly string[], flags: DeckBatchFlags, what: 'build' | 'pdf'): Promise<void> {
  checkDistinctNames(decks);
  // Loaded here: the build, and for PDFs Puppeteer, which other commands need not pay for.
  const { defaultJobs, runJobs } = await import('../export/job-pool.js');
  const progress = createBatchProgress(deckBatch);
  const optionsFor = (deck: string) => ({
    ...buildOptions(flags),
    // With --out, each deck in a folder of its own name, as dist/ has them.
    ...(flags.out ? { outDir: path.join(flags.out, path.basename(path.resolve(deckDirectoryOf(deck)))) } : {}),
    warn: progress.warn,
  });
  const jobs = decks.map((deck) => ({ id: relative(path.resolve(deck)), deck }));
  const pool = { jobs: flags.jobs ?? defaultJobs(), onStart: progress.start, onOutcome: progress.update };
  let outcomes: BatchOutcome[];
  try {
    if (what === 'pdf') {
      const { launchBrowser, whileLaunching } = await import('../export/browser.js');
      const { buildDeckPdf } = await import('../export/deck-pdf.js');
      const { formatFindings } = await import('../check/report.js');
      // Chromium starts while the first decks build. Every page it loads is a folded deck (printStagedDeck): no request events needed.
      const launching = launchBrowser({ trackRequests: false });
      const pdfJobs = jobs.map(({ id, deck }) => ({
        id,
        run: async (worker: PoolWorker) => {
          const made = await buildDeckPdf(deck, { ...optionsFor(deck), page: worker.page });
          if (made.findings.length > 0) for (const line of formatFindings(made.findings, made.built.slideCount)) progress.warn(`${id}：${line}`);
          return { slides: made.built.slideCount, pages: made.pages, output: relative(made.pdfPath) };
        },
      }));
      outcomes = await whileLaunching(launching, () => runJobs(pdfJobs, { ...pool, browser: launching }));
    } else {
      const { buildDeck } = await import('../build/build-deck.js');
      const { buildSingleFile } = await import('../build/single-file.js');
      const build = flags.singleFile ? buildSingleFile : buildDeck;
      const buildJobs = jobs.map(({ id, deck }) => ({
        id,
        run: async () => {
          const built = await build(deck, optionsFor(deck));
          return { slides: built.slideCount, output: relative(built.htmlPath) };
        },
      }));
      outcomes = await runJobs(buildJobs, pool);
    }
  } finally {
    progress.finish();
  }
  process.stdout.write(summaryTable(outcomes, deckBatch));
  if (outcomes.some((outcome) => outcome.error)) process.exitCode = 1;
}
