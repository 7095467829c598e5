import { InvalidArgumentError, type Command } from 'commander';
import { UserError } from '../errors.js';
import { deckDirectoryOf } from './branch-flags.js';
import { branchBatch, createBatchProgress, summaryTable } from './batch-report.js';

export interface BatchFlags {
  allBranches?: boolean;
  jobs?: number;
  zip?: boolean;
  printSet?: boolean;
  out?: string;
}

/** The flags of a command that can build every branch of a deck at once. */
export function withBatchFlags(command: Command): Command {
  return command
    .option('--all-branches', '按 branches/ 里的每个支部文件各生成一份，输出到 dist/<通知>/<支部编号>/')
    .option('--jobs <n>', '同时生成几个支部（默认：CPU 核数的两倍）', parseJobs)
    .option('--print-set', '同时打印讲义、签到表和学习记录（与 --all-branches 一起用）')
    .option('--zip', '每个支部另打一个 zip 包，便于发送（与 --all-branches 一起用）');
}

/**
 * Refuses batch flags without --all-branches (they would do nothing; --jobs is fine with several
 * decks), --branch with it, and either with several decks.
 */
export function checkBatchFlags(flags: BatchFlags & { branch?: string }, decks: number): void {
  const batchOnly = [flags.zip && '--zip', flags.printSet && '--print-set', flags.jobs && decks === 1 && '--jobs'].filter(Boolean);
  if (!flags.allBranches && batchOnly.length > 0) throw new UserError(`${batchOnly.join('、')} 要与 --all-branches 一起用`);
  if (flags.allBranches && flags.branch) throw new UserError('--branch 和 --all-branches 只能选一个');
  const branchFlag = flags.allBranches ? '--all-branches' : flags.branch ? '--branch' : undefined;
  if (branchFlag && decks > 1) throw new UserError(`${branchFlag} 一次只能用于一份通知，这里有 ${decks} 份`);
}

/** Builds every branch, reports progress and a summary; the exit code is 1 when any failed. */
export async function runAllBranches(deck: string, flags: BatchFlags, pdf: boolean): Promise<void> {
  // Loaded here: it brings Puppeteer, which other commands need not pay for.
  const { buildAllBranches, defaultJobs } = await import('../branch/batch.js');
  const progress = createBatchProgress(branchBatch);
  const outcomes = await buildAllBranches(deck, deckDirectoryOf(deck), {
    jobs: flags.jobs ?? defaultJobs(),
    pdf,
    printSet: Boolean(flags.printSet),
    zip: Boolean(flags.zip),
    ...(flags.out ? { outDir: flags.out } : {}),
    warn: progress.warn,
    onStart: progress.start,
    onOutcome: progress.update,
  });
  progress.finish();
  process.stdout.write(summaryTable(outcomes, branchBatch));
  if (outcomes.some((outcome) => outcome.error)) process.exitCode = 1;
}

function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new InvalidArgumentError('请写 1 到 64 之间的整数。');
  return jobs;
}
