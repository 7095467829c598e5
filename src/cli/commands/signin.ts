import type { Command } from 'commander';
import { relative } from '../output.js';
import { printOptions, withPrintFlags, type PrintFlags } from '../print-flags.js';

export function registerSignin(program: Command): void {
  withPrintFlags(program.command('signin').description('打印支部学习会签到表：支部文件列出的成员（或按人数留空行）和签名栏，A4'))
    .action(async (deck: string, flags: PrintFlags) => {
      // Loaded here, not at the top: Puppeteer takes a quarter second to import, which every other command would pay.
      const { printSignin } = await import('../../print/signin.js');
      const result = await printSignin(deck, await printOptions(deck, flags));
      process.stdout.write(`${relative(result.pdfPath)}（${result.pages} 页）\n`);
    });
}
