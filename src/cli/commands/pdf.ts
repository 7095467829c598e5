import type { Command } from 'commander';
import { checkBatchFlags, runAllBranches, withBatchFlags, type BatchFlags } from '../batch-flags.js';
import { branchFromFlags, withBranchFlag, type BranchFlags } from '../branch-flags.js';
import { buildOptions, withDecksBuildFlags, type BuildFlags } from '../build-flags.js';
import { relative, warn } from '../output.js';
import { createProgress } from '../progress.js';

export function registerPdf(program: Command): void {
  withBatchFlags(withBranchFlag(withDecksBuildFlags(program.command('pdf').description('生成幻灯片并导出为 PDF，每张幻灯片一页；可以一次给多份通知'))))
    .action(async (args: string[], options: BuildFlags & BranchFlags & BatchFlags) => {
      const { expandDeckArguments } = await import('../deck-arguments.js');
      const decks = await expandDeckArguments(args);
      checkBatchFlags(options, decks.length);
      if (options.allBranches) return runAllBranches(decks[0]!, options, true);
      if (decks.length > 1) return (await import('../deck-batch.js')).runDeckBatch(decks, options, 'pdf');
      const deck = decks[0]!;
      const progress = createProgress();
      progress('正在生成幻灯片……');
      // Loaded here, not at the top: Puppeteer takes a quarter second to import, which every other command would pay.
      const { firstTab, launchBrowser, whileLaunching } = await import('../../export/browser.js');
      // Chromium starts first and while the deck builds: neither waits for the other.
      // Every page it loads is a folded deck (printStagedDeck): no request events needed.
      const launching = launchBrowser({ progress, trackRequests: false });
      const made = await whileLaunching(launching, async () => {
        const { branch } = await branchFromFlags(deck, options);
        const { buildDeckPdf } = await import('../../export/deck-pdf.js');
        return buildDeckPdf(deck, { ...buildOptions(options), ...(branch ? { branch } : {}), warn, progress, page: async () => firstTab(await launching) });
      });
      if (made.findings.length > 0) {
        const { formatFindings } = await import('../../check/report.js');
        for (const line of formatFindings(made.findings, made.built.slideCount)) warn(line);
      }
      process.stdout.write(`${relative(made.pdfPath)}（${made.pages} 页）\n`);
    });
}
