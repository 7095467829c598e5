import { statSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { Branch } from '../branch/read-branch.js';

export interface BranchFlags {
  branch?: string;
}

export function withBranchFlag(command: Command): Command {
  return command.option('--branch <id>', '按支部文件 branches/<id>.yaml 生成该支部的版本，输出到 dist/<通知>/<id>/');
}

/** The branch the flags name, read and checked, or nothing. */
export async function branchFromFlags(deck: string, flags: BranchFlags): Promise<{ branch?: Branch }> {
  if (!flags.branch) return {};
  // Loaded only for --branch: the branch schema brings zod and yaml.
  const { readBranch } = await import('../branch/read-branch.js');
  return { branch: await readBranch(deckDirectoryOf(deck), flags.branch) };
}

/** The deck folder of a deck argument, which may also name notice.md itself. */
export function deckDirectoryOf(deck: string): string {
  try {
    return statSync(deck).isDirectory() ? deck : path.dirname(deck);
  } catch {
    return deck;
  }
}
