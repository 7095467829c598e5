import type { Command } from 'commander';
import { relative } from '../output.js';

export function registerNewBranch(program: Command): void {
  program
    .command('new-branch')
    .description('新建支部文件 branches/<编号>.yaml：每个字段都写好并附中文说明，已有的不会覆盖')
    .argument('<deck>', '放有 notice.md 的幻灯片文件夹')
    .argument('<id>', '支部编号，用作文件名和输出文件夹名，如 cs-2023-1')
    .action(async (deck: string, id: string) => {
      const { writeNewBranch } = await import('../../branch/new-branch.js');
      const file = await writeNewBranch(deck, id);
      process.stdout.write(`${relative(file)}\n`);
    });
}
