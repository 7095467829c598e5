import path from 'node:path';
import type { Command } from 'commander';
import { branchFromFlags, withBranchFlag, type BranchFlags } from '../branch-flags.js';
import { buildOptions, withBuildFlags, type BuildFlags } from '../build-flags.js';
import { relative, warn } from '../output.js';
import { createProgress } from '../progress.js';

const pngDir = 'png';

export function registerPng(program: Command): void {
  withBranchFlag(withBuildFlags(program.command('png').description('生成幻灯片并把每张保存为 PNG 图片，另加一张全部幻灯片的总览图'), '输出文件夹（默认：dist/<幻灯片文件夹名>），图片放在其中的 png/ 文件夹'))
    .action(async (deck: string, options: BuildFlags & BranchFlags) => {
      const progress = createProgress();
      // Loaded here, not at the top: the pipeline and Puppeteer are most of a run's start-up.
      const { buildDeck } = await import('../../build/build-deck.js');
      const { launchBrowser } = await import('../../export/browser.js');
      const { exportDeckPngs, slidePicturePattern } = await import('../../export/png.js');
      const { exportContactSheet } = await import('../../export/contact-sheet.js');
      let count = 0;
      let sheet = '';
      const built = await buildDeck(deck, {
        ...buildOptions(options),
        ...(await branchFromFlags(deck, options)),
        warn,
        derive: async (staged) => {
          const browser = await launchBrowser({ progress });
          try {
            const files = await exportDeckPngs(browser, staged.htmlPath, path.join(staged.outDir, pngDir), staged.name, staged.size, (index, total) =>
              progress(`第 ${index + 1}/${total} 张`),
            );
            count = files.length;
            sheet = `${staged.name}-sheet.png`;
            await exportContactSheet(browser, files, path.join(staged.outDir, pngDir, sheet), staged.size);
            // Pictures of slides an earlier, longer build had would pass for part of this deck.
            const ours = slidePicturePattern(staged.name);
            return {
              files: [...files.map((file) => `${pngDir}/${path.basename(file)}`), `${pngDir}/${sheet}`],
              replaces: (file) => file.startsWith(`${pngDir}/`) && ours.test(path.basename(file)),
            };
          } finally {
            await browser.close();
          }
        },
      });
      process.stdout.write(`${relative(path.join(built.outDir, pngDir))}/（${count} 张图片，另有一张总览图 ${sheet}，适合发到手机群里）\n`);
    });
}
