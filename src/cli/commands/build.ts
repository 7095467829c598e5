import type { Command } from 'commander';
import { buildDeck } from '../../build/build-deck.js';
import { slideSizeNamed, slideSizes } from '../../render/slide-size.js';
import { relative, warn } from '../output.js';

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('build the deck as HTML (reveal.js) that works offline')
    .argument('<deck>', 'deck folder holding notice.md')
    .option('--out <dir>', 'output folder (default: dist/<deck>)')
    .option('--size <ratio>', `slide size: ${Object.keys(slideSizes).join(' or ')}`, '16:9')
    .action(async (deck: string, options: { out?: string; size: string }) => {
      const built = await buildDeck(deck, { ...(options.out ? { outDir: options.out } : {}), size: slideSizeNamed(options.size), warn });
      process.stdout.write(`${relative(built.htmlPath)} (${built.slideCount} slides)\n`);
    });
}
