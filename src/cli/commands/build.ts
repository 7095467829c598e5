import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { checkBatchFlags, runAllBranches, withBatchFlags, type BatchFlags } from '../batch-flags.js';
import { branchFromFlags, withBranchFlag, type BranchFlags } from '../branch-flags.js';
import { UserError } from '../../errors.js';
import { buildOptions, withDecksBuildFlags, type BuildFlags } from '../build-flags.js';
import { relative, warn } from '../output.js';

interface BuildCommandFlags extends BuildFlags {
  singleFile?: boolean;
}

export function registerBuild(program: Command): void {
  withBatchFlags(withBranchFlag(withDecksBuildFlags(program.command('build').description('生成幻灯片网页（reveal.js），不联网也能放映；可以一次给多份通知'))))
    .option('--single-file', '只生成一个 HTML 文件（<幻灯片文件夹名>.html），字体、图片都在里面，便于用 U 盘或聊天群传送')
    .action(async (args: string[], options: BuildCommandFlags & BranchFlags & BatchFlags) => {
      const { expandDeckArguments } = await import('../deck-arguments.js');
      const decks = await expandDeckArguments(args);
      checkBatchFlags(options, decks.length);
      if (options.allBranches) {
        if (options.singleFile) throw new UserError('--single-file 和 --all-branches 不能一起用');
        return runAllBranches(decks[0]!, options, false);
      }
      if (decks.length > 1) return (await import('../deck-batch.js')).runDeckBatch(decks, options, 'build');
      const deck = decks[0]!;
      const branch = await branchFromFlags(deck, options);
      if (options.singleFile) {
        const { buildSingleFile } = await import('../../build/single-file.js');
        const built = await buildSingleFile(deck, { ...buildOptions(options), ...branch, warn });
        const size = (await stat(built.htmlPath)).size;
        process.stdout.write(`${relative(built.htmlPath)}（${built.slideCount} 张幻灯片，单个文件 ${Math.ceil(size / 1024)} KB）
`);
        return;
      }
      // Loaded here, not at the top: the pipeline is most of a build's start-up, which --help and other commands need not pay.
      const { buildDeck } = await import('../../build/build-deck.js');
      const built = await buildDeck(deck, { ...buildOptions(options), ...branch, warn });
      process.stdout.write(`${relative(built.htmlPath)}（${built.slideCount} 张幻灯片）\n`);
    });
}
