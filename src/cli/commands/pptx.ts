import path from 'node:path';
import type { Command } from 'commander';
import { branchFromFlags, withBranchFlag, type BranchFlags } from '../branch-flags.js';
import { buildOptions, withBuildFlags, type BuildFlags } from '../build-flags.js';
import { relative, warn } from '../output.js';
import { createProgress } from '../progress.js';

export function registerPptx(program: Command): void {
  withBranchFlag(withBuildFlags(program.command('pptx').description('生成幻灯片并导出为可编辑的 PowerPoint/WPS 文件（.pptx）')))
    .action(async (deck: string, options: BuildFlags & BranchFlags) => {
      const progress = createProgress();
      progress('正在生成幻灯片……');
      // Loaded here, not at the top: the pipeline and Puppeteer are most of a run's start-up, which every other command would pay.
      const { buildDeck } = await import('../../build/build-deck.js');
      const { launchBrowser } = await import('../../export/browser.js');
      const { exportDeckPptx } = await import('../../pptx/export-pptx.js');
      const { lockedFileError } = await import('../../pptx/locked-file.js');
      let slides = 0;
      let pptxFile = '';
      // Made from the run's own build and published with it, like the PDF: never over a user's file.
      const built = await buildDeck(deck, {
        ...buildOptions(options),
        ...(await branchFromFlags(deck, options)),
        warn,
        derive: async (staged) => {
          pptxFile = `${staged.name}.pptx`;
          const browser = await launchBrowser({ progress });
          try {
            ({ slides } = await exportDeckPptx(browser, staged.htmlPath, path.join(staged.outDir, pptxFile), staged.size, (index, total) =>
              progress(`正在导出第 ${index + 1}/${total} 张幻灯片……`),
            ));
          } finally {
            await browser.close();
          }
          return { files: [pptxFile], replaces: () => false };
        },
      }).catch((error: unknown) => {
        // PowerPoint or WPS holding the earlier file open is the usual reason it cannot be replaced.
        throw (pptxFile && lockedFileError(error, pptxFile)) || error;
      });
      process.stdout.write(`${relative(path.join(built.outDir, pptxFile))}（${slides} 张幻灯片）\n`);
    });
}
