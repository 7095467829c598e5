import { InvalidArgumentError, type Command } from 'commander';
import { paperNames, papers, type PaperName } from '../../print/paper.js';
import { defaultPerPage, perPageChoices, type PerPage } from '../../print/per-page.js';
import { relative, warn } from '../output.js';
import { createProgress } from '../progress.js';


export function registerHandout(program: Command): void {
  program
    .command('handout')
    .description('print handouts for the audience: 1, 2, 3, 4 or 6 slides per page, black on white')
    .argument('<deck>', 'deck folder holding notice.md')
    .option('--per-page <n>', `slides per page: ${perPageChoices.join(', ')}`, parsePerPage, defaultPerPage)
    .option('--paper <size>', `paper size: ${paperNames.join(', ')}`, parsePaperName, 'a4')
    .option('--out <dir>', 'output folder (default: dist/<deck>)')
    .action(async (deck: string, options: { perPage: PerPage; paper: PaperName; out?: string }) => {
      // Loaded here, not at the top: Puppeteer takes a quarter second to import, which every other command would pay.
      const { printHandout } = await import('../../print/handout.js');
      const result = await printHandout(deck, {
        perPage: options.perPage,
        paper: papers[options.paper],
        ...(options.out ? { outDir: options.out } : {}),
        warn,
        progress: createProgress(),
      });
      process.stdout.write(`${relative(result.pdfPath)} (${result.pages} pages)\n`);
    });
}

function parsePerPage(value: string): PerPage {
  const n = Number(value);
  if (!perPageChoices.includes(n as PerPage)) throw new InvalidArgumentError(`choose one of ${perPageChoices.join(', ')}.`);
  return n as PerPage;
}

/** `a4` or `letter`, in any case. */
export function parsePaperName(value: string): PaperName {
  const name = value.trim().toLowerCase();
  if (!paperNames.includes(name as PaperName)) throw new InvalidArgumentError(`choose one of ${paperNames.join(', ')}.`);
  return name as PaperName;
}
