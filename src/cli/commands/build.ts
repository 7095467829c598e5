import type { Command } from 'commander';
import { buildDeck } from '../../build/build-deck.js';
import { buildOptions, withBuildFlags, type BuildFlags } from '../build-flags.js';
import { relative, warn } from '../output.js';

export function registerBuild(program: Command): void {
  withBuildFlags(program.command('build').description('生成幻灯片网页（reveal.js），不联网也能放映'))
    .action(async (deck: string, options: BuildFlags) => {
      const built = await buildDeck(deck, { ...buildOptions(options), warn });
      process.stdout.write(`${relative(built.htmlPath)}（${built.slideCount} 张幻灯片）\n`);
    });
}
