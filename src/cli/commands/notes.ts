import type { Command } from 'commander';
import { relative } from '../output.js';
import { printOptions, withPrintFlags, type PrintFlags } from '../print-flags.js';

export function registerNotes(program: Command): void {
  withPrintFlags(program.command('notes').description('打印讲稿：每张幻灯片配上要宣读的原文，大字号')).action(
    async (deck: string, flags: PrintFlags) => {
      // Loaded here, not at the top: Puppeteer takes a quarter second to import, which every other command would pay.
      const { printNotes } = await import('../../print/notes.js');
      const result = await printNotes(deck, await printOptions(deck, flags));
      process.stdout.write(`${relative(result.pdfPath)}（${result.pages} 页）\n`);
    },
  );
}
