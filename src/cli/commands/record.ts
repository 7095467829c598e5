import type { Command } from 'commander';
import { relative } from '../output.js';
import { printOptions, withPrintFlags, type PrintFlags } from '../print-flags.js';

export function registerRecord(program: Command): void {
  withPrintFlags(program.command('record').description('打印学习记录：预先填好时间、地点、主持人、领学人、出席情况和通知各部分，留出交流研讨情况的位置，A4'))
    .action(async (deck: string, flags: PrintFlags) => {
      // Loaded here, not at the top: Puppeteer takes a quarter second to import, which every other command would pay.
      const { printRecord } = await import('../../print/record.js');
      const result = await printRecord(deck, await printOptions(deck, flags));
      process.stdout.write(`${relative(result.pdfPath)}（${result.pages} 页）\n`);
    });
}
