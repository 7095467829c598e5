import path from 'node:path';
import type { Command } from 'commander';
import { buildDeck } from '../../build/build-deck.js';
import { buildOptions, withBuildFlags, type BuildFlags } from '../build-flags.js';
import { relative, warn } from '../output.js';
import { createProgress } from '../progress.js';

export function registerPng(program: Command): void {
  withBuildFlags(program.command('png').description('build the deck and save every slide as a PNG picture'), 'output folder (default: dist/<deck>); pictures go into its png/ folder')
    .action(async (deck: string, options: BuildFlags) => {
      const progress = createProgress();
      const built = await buildDeck(deck, { ...buildOptions(options), warn });
      const pngDir = path.join(built.outDir, 'png');
      // Loaded here, not at the top: Puppeteer takes a quarter second to import.
      const { launchBrowser } = await import('../../export/browser.js');
      const { exportDeckPngs } = await import('../../export/png.js');
      const browser = await launchBrowser();
      try {
        const files = await exportDeckPngs(browser, built.htmlPath, pngDir, built.name, built.size, (index, total) =>
          progress(`Slide ${index + 1}/${total}`),
        );
        process.stdout.write(`${relative(pngDir)}/ (${files.length} pictures)\n`);
      } finally {
        await browser.close();
      }
    });
}
