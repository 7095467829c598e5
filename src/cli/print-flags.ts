import { InvalidArgumentError, type Command } from 'commander';
import { paperNames, papers, type PaperName } from '../print/paper.js';
import { perPageChoices, type PerPage } from '../print/per-page.js';
import type { PrintOptions } from '../print/job.js';
import { branchFromFlags } from './branch-flags.js';
import { forceHelp } from './build-flags.js';
import { warn } from './output.js';
import { createProgress } from './progress.js';

/** The flags every print command takes. */
export interface PrintFlags {
  paper: PaperName;
  out?: string;
  branch?: string;
  force?: boolean;
}

/** The deck argument and the flags of a command that prints a document. */
export function withPrintFlags(command: Command): Command {
  return command
    .argument('<deck>', '放有 notice.md 的幻灯片文件夹')
    .option('--paper <size>', `纸张：${paperNames.join('、')}`, parsePaperName, 'a4')
    .option('--out <dir>', '输出文件夹（默认：dist/<幻灯片文件夹名>）')
    .option('--force', forceHelp)
    .option('--branch <id>', '按支部文件 branches/<id>.yaml 打印该支部的版本，输出到 dist/<通知>/<id>/');
}

export async function printOptions(deck: string, flags: PrintFlags): Promise<PrintOptions> {
  return {
    paper: papers[flags.paper],
    ...(flags.out ? { outDir: flags.out } : {}),
    ...(flags.force ? { force: true } : {}),
    ...(await branchFromFlags(deck, flags)),
    warn,
    progress: createProgress(),
  };
}

/** `a4` or `letter`, in any case. */
export function parsePaperName(value: string): PaperName {
  const name = value.trim().toLowerCase();
  if (!paperNames.includes(name as PaperName)) throw new InvalidArgumentError(`请从 ${paperNames.join('、')} 中选一个。`);
  return name as PaperName;
}

/** Slides per handout page: 1, 2, 3, 4 or 6. */
export function parsePerPage(value: string): PerPage {
  const n = Number(value);
  if (!perPageChoices.includes(n as PerPage)) throw new InvalidArgumentError(`请从 ${perPageChoices.join('、')} 中选一个。`);
  return n as PerPage;
}
