import path from 'node:path';
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { UserError } from '../errors.js';
import { deckFileProblem, resolveInDeck } from './deck-file.js';
import { urlScheme } from './pictures.js';

/** Where a deck's own pictures go in its output folder. */
export const mediaDir = 'media';

export interface MediaFile {
  source: string;
  /** Relative to the output folder. */
  target: string;
}

/**
 * Pictures the notice refers to by a relative path (`![](logo.png)`) travel with the deck: each
 * `<img>` is pointed at a copy in media/, and the copies to make are returned. A picture outside
 * the deck folder (symlinks followed) or missing is an error, since the deck would show a broken
 * image offline or carry a file from elsewhere.
 */
export function collectMedia(tree: Root, deckDirectory: string, noticePath: string): MediaFile[] {
  const files = new Map<string, MediaFile>();
  visit(tree, 'element', (element) => {
    const src = element.tagName === 'img' ? element.properties.src : undefined;
    if (typeof src !== 'string' || urlScheme.test(src)) return;
    const resolved = resolveInDeck(deckDirectory, src, 'file');
    // checkPictures has named the line of every picture in notice.md already.
    if ('problem' in resolved) throw new UserError(`${noticePath}：${deckFileProblem(resolved.problem, '图片', src)}`);
    const source = resolved.path;
    const target = files.get(source)?.target ?? freeName(path.basename(source), new Set([...files.values()].map((file) => file.target)));
    files.set(source, { source, target });
    element.properties.src = target;
  });
  return [...files.values()];
}

/** `media/<name>`, or `media/<name>-2` … when pictures from two folders share a name. */
function freeName(name: string, taken: Set<string>): string {
  const { name: stem, ext } = path.parse(name);
  for (let n = 1; ; n++) {
    const target = `${mediaDir}/${n === 1 ? name : `${stem}-${n}${ext}`}`;
    if (!taken.has(target)) return target;
  }
}
