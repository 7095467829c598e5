import type { Command } from 'commander';
import { paperNames, papers, type PaperName } from '../../print/paper.js';
import { relative, warn } from '../output.js';
import { createProgress } from '../progress.js';
import { parsePaperName } from './handout.js';

export function registerNotes(program: Command): void {
  program
    .command('notes')
    .description('print the speaker notes: each slide with the text to read aloud, in large type')
    .argument('<deck>', 'deck folder holding notice.md')
    .option('--paper <size>', `paper size: ${paperNames.join(', ')}`, parsePaperName, 'a4')
    .option('--out <dir>', 'output folder (default: dist/<deck>)')
    .action(async (deck: string, options: { paper: PaperName; out?: string }) => {
      const { printNotes } = await import('../../print/notes.js');
      const result = await printNotes(deck, {
        paper: papers[options.paper],
        ...(options.out ? { outDir: options.out } : {}),
        warn,
        progress: createProgress(),
      });
      process.stdout.write(`${relative(result.pdfPath)} (${result.pages} pages)\n`);
    });
}
