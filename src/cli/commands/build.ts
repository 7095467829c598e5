import type { Command } from 'commander';
import { buildDeck } from '../../build/build-deck.js';
import { checkBatchFlags, runAllBranches, withBatchFlags, type BatchFlags } from '../batch-flags.js';
import { branchFromFlags, withBranchFlag, type BranchFlags } from '../branch-flags.js';
import { buildOptions, withBuildFlags, type BuildFlags } from '../build-flags.js';
import { relative, warn } from '../output.js';

export function registerBuild(program: Command): void {
  withBatchFlags(withBranchFlag(withBuildFlags(program.command('build').description('生成幻灯片网页（reveal.js），不联网也能放映'))))
    .action(async (deck: string, options: BuildFlags & BranchFlags & BatchFlags) => {
      checkBatchFlags(options);
      if (options.allBranches) return runAllBranches(deck, options, false);
      const built = await buildDeck(deck, { ...buildOptions(options), ...(await branchFromFlags(deck, options)), warn });
      process.stdout.write(`${relative(built.htmlPath)}（${built.slideCount} 张幻灯片）\n`);
    });
}
