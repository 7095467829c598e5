import path from 'node:path';
import type { Command } from 'commander';
import { buildDeck } from '../../build/build-deck.js';
import { branchFromFlags, withBranchFlag, type BranchFlags } from '../branch-flags.js';
import { buildOptions, withBuildFlags, type BuildFlags } from '../build-flags.js';
import { relative, warn } from '../output.js';
import { createProgress } from '../progress.js';

export function registerPptx(program: Command): void {
  withBranchFlag(withBuildFlags(program.command('pptx').description('生成幻灯片并导出为可编辑的 PowerPoint/WPS 文件（.pptx）')))
    .action(async (deck: string, options: BuildFlags & BranchFlags) => {
      const progress = createProgress();
      progress('正在生成幻灯片……');
      const built = await buildDeck(deck, { ...buildOptions(options), ...(await branchFromFlags(deck, options)), warn });
      const pptxPath = path.join(built.outDir, `${built.name}.pptx`);
      // Loaded here, not at the top: Puppeteer takes a quarter second to import, which every other command would pay.
      const { launchBrowser } = await import('../../export/browser.js');
      const { exportDeckPptx } = await import('../../pptx/export-pptx.js');
      const browser = await launchBrowser();
      try {
        const { slides } = await exportDeckPptx(browser, built.htmlPath, pptxPath, built.size, (index, total) =>
          progress(`正在导出第 ${index + 1}/${total} 张幻灯片……`),
        );
        process.stdout.write(`${relative(pptxPath)}（${slides} 张幻灯片）\n`);
      } finally {
        await browser.close();
      }
    });
}
