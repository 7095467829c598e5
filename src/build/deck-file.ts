import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** Why a path named in a deck cannot be used. */
export type DeckFileProblem = 'missing' | 'outside' | 'folder' | 'not-folder';

/**
 * Resolves `relative` (as written in notice.md or deck.yaml, `%20` and all) against the deck folder,
 * following symlinks: a picture, logo or templates folder must really be inside the deck folder,
 * so that a link to /etc/passwd is never copied into the output. `kind` is what it must be.
 */
export function resolveInDeck(deckDirectory: string, relative: string, kind: 'file' | 'folder'): { path: string } | { problem: DeckFileProblem } {
  let decoded = relative;
  try {
    decoded = decodeURI(relative);
  } catch {
    // A stray % is part of the name.
  }
  let real: string;
  try {
    real = realpathSync(path.resolve(deckDirectory, decoded));
  } catch {
    return { problem: 'missing' };
  }
  const inside = path.relative(realpathSync(deckDirectory), real);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return { problem: 'outside' };
  const isFolder = statSync(real).isDirectory();
  if (kind === 'file' && isFolder) return { problem: 'folder' };
  if (kind === 'folder' && !isFolder) return { problem: 'not-folder' };
  return { path: real };
}

/** The problem in words, for a message that names the file and line already. */
export function deckFileProblem(problem: DeckFileProblem, what: string, written: string): string {
  switch (problem) {
    case 'missing':
      return `在幻灯片文件夹里找不到${what}“${written}”`;
    case 'outside':
      return `${what}“${written}”在幻灯片文件夹外面（或是指向外面的链接）：请把它复制到幻灯片文件夹里，写相对路径`;
    case 'folder':
      return `${what}“${written}”是一个文件夹，不是文件`;
    case 'not-folder':
      return `${what}“${written}”是一个文件，不是文件夹`;
  }
}
