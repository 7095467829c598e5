import { readdir, realpath, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.js';
import { lockName } from './lock.js';
import { manifestFileName, readManifest } from './manifest.js';

export interface OutDirCheck {
  /** The folder the input came from: output may go inside it, never over it or above it. */
  sourceDir?: string;
  /** Write into a folder that holds files notice-deck did not write. */
  force?: boolean;
  /** Checked by the run that holds the folder's lock (see publish). */
  underLock?: boolean;
}

/**
 * Refuses an output folder notice-deck must not write into, before any work is done: the root or
 * home folder, the deck folder or a folder holding it, a path that is (or runs through) a file,
 * and — unless `force` — a folder with files in it that notice-deck did not make.
 */
export async function checkOutDir(outDir: string, check: OutDirCheck): Promise<void> {
  const out = path.resolve(outDir);
  const shown = displayPath(out);
  const refuse = (reason: string) => new UserError(`--out ${shown}：${reason}`);
  // As typed and with symlinks resolved: a link to / is /.
  for (const candidate of new Set([out, await realPath(out)])) {
    if (path.parse(candidate).root === candidate) throw refuse('不能把根目录当作输出文件夹；请换一个专门的文件夹，如 dist/');
    if (candidate === (await realPath(os.homedir()))) throw refuse('不能把用户主文件夹当作输出文件夹；请换一个专门的文件夹，如 dist/');
    if (check.sourceDir !== undefined) {
      const source = await realPath(check.sourceDir);
      if (candidate === source) throw refuse('这是幻灯片文件夹本身；输出请放到别的文件夹，如 dist/');
      if (!path.relative(candidate, source).startsWith('..')) throw refuse('幻灯片文件夹就在它里面；输出请放到别的文件夹，如 dist/');
    }
  }

  const existing = await firstExisting(out);
  if (!existing.info.isDirectory()) {
    const file = displayPath(existing.path);
    throw refuse(existing.path === out ? '这是一个文件，不是文件夹' : `${file} 是一个文件，不能在它下面建文件夹`);
  }
  if (existing.path !== out || check.force) return;
  if (await readManifest(out)) return;
  const names = await readdir(out);
  // Another run is publishing into it right now, manifest last: the check under the lock decides.
  if (!check.underLock && names.includes(lockName)) return;
  // The lock and the temp files of a run publishing right now are notice-deck's too.
  const entries = names.filter((name) => name !== manifestFileName && name !== lockName && !/^\..*\.tmp-\d+-[0-9a-f]+$/u.test(name));
  if (entries.length > 0) {
    throw refuse(`这个文件夹里已经有别的文件（${entries.slice(0, 3).join('、')}${entries.length > 3 ? ' 等' : ''}），不是 notice-deck 生成的；请换一个空文件夹，或加 --force 写进去（只覆盖同名文件）`);
  }
}

/** `dir` or the nearest of its ancestors that exists. */
async function firstExisting(dir: string): Promise<{ path: string; info: Awaited<ReturnType<typeof stat>> }> {
  for (let current = dir; ; current = path.dirname(current)) {
    try {
      return { path: current, info: await stat(current) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
      if (path.dirname(current) === current) throw error;
    }
  }
}

/** A path as the user would type it: relative below the current folder, absolute elsewhere. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/** The path with symlinks resolved, as far as it exists. */
async function realPath(file: string): Promise<string> {
  const resolved = path.resolve(file);
  try {
    return await realpath(resolved);
  } catch {
    const parent = path.dirname(resolved);
    return parent === resolved ? resolved : path.join(await realPath(parent), path.basename(resolved));
  }
}
