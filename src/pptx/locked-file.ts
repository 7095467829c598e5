import path from 'node:path';
import { UserError } from '../errors.js';

/**
 * Windows refuses to replace a file PowerPoint or WPS has open (EBUSY or EPERM), which is the
 * usual state of a deck being re-exported after a look at it: that is the user's to fix, so it
 * becomes one Chinese line instead of a system error.
 */
export function lockedFileError(error: unknown, file: string): UserError | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code !== 'EBUSY' && code !== 'EPERM' && code !== 'EACCES') return null;
  return new UserError(`写不进 ${path.relative(process.cwd(), file) || file}：它可能正在 PowerPoint 或 WPS 中打开，请关掉后再导出（或用 --out 另选文件夹）`);
}
