import type { Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Root } from 'mdast';
import type { Position } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { deckFileProblem, resolveInDeck } from './deck-file.js';

/** `https:`, `data:`, `file:` …: an address, not a path in the deck folder. */
export const urlScheme = /^[a-z][a-z0-9+.-]*:/iu;

/**
 * Checks every picture notice.md shows (`![](photo.png)` and raw `<img src>`) before the deck is
 * planned, failing at its line: a picture that is missing, outside the deck folder or an address the
 * deck cannot show would otherwise leave a hole on its slide. A web address only works online: a warning.
 */
export function checkPictures(tree: Root, deckDirectory: string, file: VFile): void {
  const check = (src: string, position: Position | undefined) => {
    if (/^https?:/iu.test(src)) {
      file.message(`图片“${src}”在网上：放映时要联网才能显示；最好下载下来放进幻灯片文件夹`, position);
      return;
    }
    if (urlScheme.test(src)) file.fail(`图片地址“${src.slice(0, 60)}”用不了：请把图片放进幻灯片文件夹，写相对路径，如 ![](photo.png)`, position);
    if (src.trim() === '') file.fail('图片没有写文件名：应当写成 ![说明](photo.png)', position);
    const resolved = resolveInDeck(deckDirectory, src, 'file');
    if ('problem' in resolved) file.fail(deckFileProblem(resolved.problem, '图片', src), position);
  };
  visit(tree, (node) => {
    if (node.type === 'image') check(node.url, node.position);
    if (node.type === 'html' && /<img/iu.test(node.value)) {
      visit(fromHtml(node.value, { fragment: true }) as HastRoot, 'element', (element) => {
        const src = element.tagName === 'img' ? element.properties.src : undefined;
        if (typeof src === 'string') check(src, node.position);
      });
    }
  });
}
