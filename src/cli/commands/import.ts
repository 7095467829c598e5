import type { Command } from 'commander';
import { importNotice } from '../../import/import-notice.js';
import { relative, warn } from '../output.js';

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('turn text copied from a notice (PDF, Word) into a deck folder with notice.md')
    .argument('<text-file>', 'the notice as UTF-8 text')
    .option('--out <dir>', 'deck folder (default: decks/<text file name>)')
    .option('--force', 'replace an existing notice.md')
    .action(async (textFile: string, options: { out?: string; force?: boolean }) => {
      const imported = await importNotice(textFile, options);
      for (const line of imported.report) process.stdout.write(`${line}\n`);
      for (const warning of imported.warnings) warn(warning);
      process.stdout.write(`${relative(imported.noticePath)}\n`);
    });
}
