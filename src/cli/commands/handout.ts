import { InvalidArgumentError, type Command } from 'commander';
import { defaultPerPage, perPageChoices, type PerPage } from '../../print/per-page.js';
import { relative } from '../output.js';
import { printOptions, withPrintFlags, type PrintFlags } from '../print-flags.js';

export function registerHandout(program: Command): void {
  withPrintFlags(program.command('handout').description('print handouts for the audience: 1, 2, 3, 4 or 6 slides per page, black on white'))
    .option('--per-page <n>', `slides per page: ${perPageChoices.join(', ')}`, parsePerPage, defaultPerPage)
    .action(async (deck: string, flags: PrintFlags & { perPage: PerPage }) => {
      // Loaded here, not at the top: Puppeteer takes a quarter second to import, which every other command would pay.
      const { printHandout } = await import('../../print/handout.js');
      const result = await printHandout(deck, { ...printOptions(flags), perPage: flags.perPage });
      process.stdout.write(`${relative(result.pdfPath)} (${result.pages} pages)\n`);
    });
}

function parsePerPage(value: string): PerPage {
  const n = Number(value);
  if (!perPageChoices.includes(n as PerPage)) throw new InvalidArgumentError(`choose one of ${perPageChoices.join(', ')}.`);
  return n as PerPage;
}
