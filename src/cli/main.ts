import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { buildDeck } from '../build/build-deck.js';
import { packageRoot } from '../build/deck-assets.js';
import { createProgress } from './progress.js';
import { describeError, isUserError } from './report.js';

const { version } = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string };

const warn = (message: string) => process.stderr.write(`warning: ${message}\n`);

function relative(file: string): string {
  return path.relative(process.cwd(), file) || '.';
}

const program = new Command('notice-deck')
  .description('把公文通知变成学习会用的幻灯片与打印材料 / turn an official notice into a study-meeting deck')
  .version(version)
  .showHelpAfterError();

program
  .command('build')
  .description('build the deck as HTML (reveal.js) that works offline')
  .argument('<deck>', 'deck folder holding notice.md')
  .option('--out <dir>', 'output folder (default: dist/<deck>)')
  .action(async (deck: string, options: { out?: string }) => {
    const built = await buildDeck(deck, { ...(options.out ? { outDir: options.out } : {}), warn });
    process.stdout.write(`${relative(built.htmlPath)} (${built.slideCount} slides)\n`);
  });

program
  .command('pdf')
  .description('build the deck and export it as a PDF, one page per slide')
  .argument('<deck>', 'deck folder holding notice.md')
  .option('--out <dir>', 'output folder (default: dist/<deck>)')
  .action(async (deck: string, options: { out?: string }) => {
    const progress = createProgress();
    progress('Building the deck…');
    const built = await buildDeck(deck, { ...(options.out ? { outDir: options.out } : {}), warn });
    progress(`Exporting ${built.slideCount} slides to PDF…`);
    const pdfPath = path.join(built.outDir, `${built.name}.pdf`);
    // Loaded here, not at the top: Puppeteer takes a quarter second to import, which every other command would pay.
    const { launchBrowser } = await import('../export/browser.js');
    const { exportDeckPdf } = await import('../export/pdf.js');
    const browser = await launchBrowser();
    try {
      const { pages } = await exportDeckPdf(browser, built.htmlPath, pdfPath, built.size);
      process.stdout.write(`${relative(pdfPath)} (${pages} pages)\n`);
    } finally {
      await browser.close();
    }
  });

try {
  await program.parseAsync();
} catch (error) {
  process.stderr.write(`notice-deck: ${describeError(error)}\n`);
  process.exitCode = isUserError(error) ? 1 : 2;
}
