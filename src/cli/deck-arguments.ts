/**
 * The deck arguments of `pdf` and `build`: folders, notice.md files, or glob patterns such as
 * `decks/*`. A POSIX shell expands patterns itself; cmd.exe and PowerShell pass them on as typed,
 * so notice-deck expands them too.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { noticeFileName } from '../notice/read.js';
import { deckDirectoryOf } from './branch-flags.js';
import { relative } from './output.js';

/**
 * The decks the arguments name, each once, in the order given (a pattern's matches sorted). An
 * argument that is not a pattern is kept as it is: if it is no deck, building it says so.
 */
export async function expandDeckArguments(args: readonly string[], platform: NodeJS.Platform = process.platform): Promise<string[]> {
  const decks: string[] = [];
  for (const arg of args) {
    // Windows paths separate with `\`, which a glob reads as an escape.
    const pattern = platform === 'win32' ? arg.replaceAll('\\', '/') : arg;
    if (existsSync(arg)) {
      decks.push(arg);
      continue;
    }
    // Loaded only for an argument that names nothing: loading tinyglobby (and picomatch) costs a plain build ~10 ms.
    const { glob, isDynamicPattern } = await import('tinyglobby');
    if (!isDynamicPattern(pattern)) {
      decks.push(arg);
      continue;
    }
    const matches = (await glob(pattern, { onlyFiles: false, expandDirectories: false, absolute: true })).filter(isDeck).sort();
    if (matches.length === 0) throw new UserError(`“${arg}”：没有找到匹配的幻灯片文件夹（放有 ${noticeFileName} 的文件夹）`);
    decks.push(...matches.map(relative));
  }
  const byFolder = new Map<string, string>();
  for (const deck of decks) if (!byFolder.has(folderOf(deck))) byFolder.set(folderOf(deck), deck);
  return [...byFolder.values()];
}

/** Refuses decks that would write into the same output folder, named after the deck folder. */
export function checkDistinctNames(decks: readonly string[]): void {
  const byName = new Map<string, string>();
  for (const deck of decks) {
    const name = path.basename(folderOf(deck));
    const other = byName.get(name);
    if (other !== undefined) throw new UserError(`${other} 和 ${deck} 的文件夹同名（${name}），输出会写进同一个文件夹：请分两次生成，或给其中一个改名`);
    byName.set(name, deck);
  }
}

/** A folder with a notice.md, or a notice.md. */
function isDeck(match: string): boolean {
  return path.basename(match) === noticeFileName || existsSync(path.join(match, noticeFileName));
}

function folderOf(deck: string): string {
  return path.resolve(deckDirectoryOf(deck));
}
