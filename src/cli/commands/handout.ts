import type { Command } from 'commander';
import { defaultPerPage, perPageChoices, type PerPage } from '../../print/per-page.js';
import { relative } from '../output.js';
import { parsePerPage, printOptions, withPrintFlags, type PrintFlags } from '../print-flags.js';

export function registerHandout(program: Command): void {
  withPrintFlags(program.command('handout').description('打印发给听众的讲义：每页 1、2、3、4 或 6 张幻灯片，白底黑字'))
    .option('--per-page <n>', `每页几张幻灯片：${perPageChoices.join('、')}`, parsePerPage, defaultPerPage)
    .action(async (deck: string, flags: PrintFlags & { perPage: PerPage }) => {
      // Loaded here, not at the top: Puppeteer takes a quarter second to import, which every other command would pay.
      const { printHandout } = await import('../../print/handout.js');
      const result = await printHandout(deck, { ...await printOptions(deck, flags), perPage: flags.perPage });
      process.stdout.write(`${relative(result.pdfPath)}（${result.pages} 页）\n`);
    });
}

