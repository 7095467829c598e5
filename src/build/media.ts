import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { UserError } from '../errors.js';

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
 * the deck folder or missing is an error, since the deck would show a broken image offline.
 */
export function collectMedia(tree: Root, deckDirectory: string, noticePath: string): MediaFile[] {
  const files = new Map<string, MediaFile>();
  visit(tree, 'element', (element) => {
    const src = element.tagName === 'img' ? element.properties.src : undefined;
    if (typeof src !== 'string' || /^[a-z][a-z0-9+.-]*:/iu.test(src)) return;
    const source = path.resolve(deckDirectory, decodeURI(src));
    if (path.relative(deckDirectory, source).startsWith('..') || !existsSync(source)) {
      throw new UserError(`${noticePath}：在幻灯片文件夹里找不到图片“${src}”`);
    }
    const target = `${mediaDir}/${path.basename(source)}`;
    files.set(source, { source, target });
    element.properties.src = target;
  });
  return [...files.values()];
}
