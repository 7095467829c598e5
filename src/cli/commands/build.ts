import type { Command } from 'commander';
import { buildDeck } from '../../build/build-deck.js';
import { slideSizes } from '../../render/slide-size.js';
import { buildOptions, type BuildFlags } from '../build-flags.js';
import { relative, warn } from '../output.js';

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('build the deck as HTML (reveal.js) that works offline')
    .argument('<deck>', 'deck folder holding notice.md')
    .option('--out <dir>', 'output folder (default: dist/<deck>)')
    .option('--size <ratio>', `slide size: ${Object.keys(slideSizes).join(' or ')} (default: deck.yaml's, else 16:9)`)
    .option('--theme <name>', "theme, see `notice-deck themes` (default: deck.yaml's, else formal)")
    .action(async (deck: string, options: BuildFlags) => {
      const built = await buildDeck(deck, { ...buildOptions(options), warn });
      process.stdout.write(`${relative(built.htmlPath)} (${built.slideCount} slides)\n`);
    });
}
