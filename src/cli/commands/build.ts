import type { Command } from 'commander';
import { buildDeck } from '../../build/build-deck.js';
import { relative, warn } from '../output.js';

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('build the deck as HTML (reveal.js) that works offline')
    .argument('<deck>', 'deck folder holding notice.md')
    .option('--out <dir>', 'output folder (default: dist/<deck>)')
    .action(async (deck: string, options: { out?: string }) => {
      const built = await buildDeck(deck, { ...(options.out ? { outDir: options.out } : {}), warn });
      process.stdout.write(`${relative(built.htmlPath)} (${built.slideCount} slides)\n`);
    });
}
