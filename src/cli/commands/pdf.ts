import path from 'node:path';
import type { Command } from 'commander';
import { checkBatchFlags, runAllBranches, withBatchFlags, type BatchFlags } from '../batch-flags.js';
import { branchFromFlags, withBranchFlag, type BranchFlags } from '../branch-flags.js';
import { buildOptions, withBuildFlags, type BuildFlags } from '../build-flags.js';
import { relative, warn } from '../output.js';
import { createProgress } from '../progress.js';

export function registerPdf(program: Command): void {
  withBatchFlags(withBranchFlag(withBuildFlags(program.command('pdf').description('生成幻灯片并导出为 PDF，每张幻灯片一页'))))
    .action(async (deck: string, options: BuildFlags & BranchFlags & BatchFlags) => {
      checkBatchFlags(options);
      if (options.allBranches) return runAllBranches(deck, options, true);
      const progress = createProgress();
      progress('正在生成幻灯片……');
      const { branch } = await branchFromFlags(deck, options);
      // Loaded here, not at the top: the pipeline and Puppeteer are most of a run's start-up, which every other command would pay.
      const { buildDeck } = await import('../../build/build-deck.js');
      const { launchBrowser } = await import('../../export/browser.js');
      const { exportDeckPdf } = await import('../../export/pdf.js');
      const { checkDeck } = await import('../../check/check-deck.js');
      const { formatFindings } = await import('../../check/report.js');
      let pages = 0;
      let findings: Awaited<ReturnType<typeof checkDeck>> = [];
      const built = await buildDeck(deck, { ...buildOptions(options), ...(branch ? { branch } : {}), warn }, async (staged) => {
        progress(`正在把 ${staged.slideCount} 张幻灯片导出为 PDF……`);
        const pdfFile = `${staged.name}.pdf`;
        const pdfPath = path.join(staged.outDir, pdfFile);
        const browser = await launchBrowser({ progress });
        try {
          // The preflight runs on the print view about to be printed: what it finds is in the PDF.
          ({ pages, inspected: findings = [] } = await exportDeckPdf(browser, staged.htmlPath, pdfPath, staged.size, staged.slideCount, {
            inspect: (page) => checkDeck(page, staged.size),
          }));
        } finally {
          await browser.close();
        }
        if (branch) await (await import('../../branch/pdf-info.js')).stampBranchPdf(pdfPath, branch.data, staged.title);
        return { files: [pdfFile], replaces: () => false };
      });
      if (findings.length > 0) for (const line of formatFindings(findings, built.slideCount)) warn(line);
      process.stdout.write(`${relative(path.join(built.outDir, `${built.name}.pdf`))}（${pages} 页）\n`);
    });
}
