import type { Command } from 'commander';
import { paperNames, papers, type PaperName } from '../../print/paper.js';
import { relative, warn } from '../output.js';
import { createProgress } from '../progress.js';
import { parsePaperName } from './handout.js';

export function registerOriginal(program: Command): void {
  program
    .command('original')
    .description('print the notice itself, laid out as an official document (red mark, title, body, 版记)')
    .argument('<deck>', 'deck folder holding notice.md')
    .option('--paper <size>', `paper size: ${paperNames.join(', ')}`, parsePaperName, 'a4')
    .option('--out <dir>', 'output folder (default: dist/<deck>)')
    .action(async (deck: string, options: { paper: PaperName; out?: string }) => {
      const { printOriginal } = await import('../../print/original.js');
      const result = await printOriginal(deck, {
        paper: papers[options.paper],
        ...(options.out ? { outDir: options.out } : {}),
        warn,
        progress: createProgress(),
      });
      process.stdout.write(`${relative(result.pdfPath)} (${result.pages} pages)\n`);
    });
}
