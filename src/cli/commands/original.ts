import type { Command } from 'commander';
import { relative } from '../output.js';
import { printOptions, withPrintFlags, type PrintFlags } from '../print-flags.js';

export function registerOriginal(program: Command): void {
  withPrintFlags(
    program.command('original').description('按公文格式打印通知原文（红头、标题、正文、版记）'),
  ).action(async (deck: string, flags: PrintFlags) => {
    // Loaded here, not at the top: Puppeteer takes a quarter second to import, which every other command would pay.
    const { printOriginal } = await import('../../print/original.js');
    const result = await printOriginal(deck, await printOptions(deck, flags));
    process.stdout.write(`${relative(result.pdfPath)}（${result.pages} 页）\n`);
  });
}
