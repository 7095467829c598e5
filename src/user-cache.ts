import { statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A cache folder of the user's, beside the font cache: `<temp>/notice-deck-cache-<uid>/<kind>`. */
export function userCacheDir(kind: string): string {
  return path.join(os.tmpdir(), `notice-deck-cache-${process.getuid?.() ?? -1}`, kind);
}

/**
 * Whether only this user can write into `dir`, so that what is in it was put there by the user's
 * own runs: a cache in a shared temp folder must not take another user's files. On Windows the
 * temp folder is the user's own.
 */
export function isOwnFolder(dir: string): boolean {
  if (process.platform === 'win32') return true;
  const info = statSync(dir);
  return info.uid === process.getuid?.() && (info.mode & 0o022) === 0;
}
