import path from 'node:path';
import type { Command } from 'commander';
import { buildDeck } from '../../build/build-deck.js';
import { buildOptions, withBuildFlags, type BuildFlags } from '../build-flags.js';
import { relative, warn } from '../output.js';
import { createProgress } from '../progress.js';

export function registerPdf(program: Command): void {
  withBuildFlags(program.command('pdf').description('生成幻灯片并导出为 PDF，每张幻灯片一页'))
    .action(async (deck: string, options: BuildFlags) => {
      const progress = createProgress();
      progress('正在生成幻灯片……');
      const built = await buildDeck(deck, { ...buildOptions(options), warn });
      progress(`正在把 ${built.slideCount} 张幻灯片导出为 PDF……`);
      const pdfPath = path.join(built.outDir, `${built.name}.pdf`);
      // Loaded here, not at the top: Puppeteer takes a quarter second to import, which every other command would pay.
      const { launchBrowser } = await import('../../export/browser.js');
      const { exportDeckPdf } = await import('../../export/pdf.js');
      const { checkDeck } = await import('../../check/check-deck.js');
      const { formatFindings } = await import('../../check/report.js');
      const browser = await launchBrowser();
      try {
        // The preflight runs on the print view about to be printed: what it finds is in the PDF.
        const { pages, inspected: findings = [] } = await exportDeckPdf(browser, built.htmlPath, pdfPath, built.size, (page) =>
          checkDeck(page, built.size),
        );
        if (findings.length > 0) for (const line of formatFindings(findings, built.slideCount)) warn(line);
        process.stdout.write(`${relative(pdfPath)}（${pages} 页）\n`);
      } finally {
        await browser.close();
      }
    });
}
