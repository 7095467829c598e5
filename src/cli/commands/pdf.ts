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
      const browser = await launchBrowser({ progress });
      try {
        const { pages } = await exportDeckPdf(browser, built.htmlPath, pdfPath, built.size);
        process.stdout.write(`${relative(pdfPath)}（${pages} 页）\n`);
      } finally {
        await browser.close();
      }
    });
}
