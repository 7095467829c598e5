import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Slide } from '../plan/deck.js';
import { text } from '../plan/mdast.js';
import { slide } from '../plan/slides.js';
import type { Branch } from './read-branch.js';

/**
 * The branch's own slides from the Markdown file its `slides` field names: `---` between slides,
 * a heading as the slide's title, the rest shown as written on a points slide, with its text as
 * the notes. Pictures are relative to the branches folder, as the author sees the file.
 */
export async function readExtraSlides(branch: Branch, deckDirectory: string): Promise<Slide[]> {
  if (!branch.data.slides) return [];
  const file = path.join(branch.directory, branch.data.slides);
  const processor = unified().use(remarkParse).use(remarkGfm);
  const tree = processor.runSync(processor.parse(await readFile(file, 'utf8'))) as Root;
  visit(tree, 'image', (image) => {
    if (!/^[a-z][a-z0-9+.-]*:/iu.test(image.url)) image.url = path.relative(deckDirectory, path.resolve(branch.directory, image.url)).split(path.sep).join('/');
  });
  const chunks: RootContent[][] = [[]];
  for (const node of tree.children) {
    if (node.type === 'thematicBreak') chunks.push([]);
    else chunks.at(-1)!.push(node);
  }
  return chunks.filter((chunk) => chunk.length > 0).map((chunk) => {
    const heading = chunk.find((node) => node.type === 'heading');
    const body = chunk.filter((node) => node !== heading);
    return slide(
      'points',
      { ...(heading ? { title: [text(toString(heading))] } : {}), ...(body.length > 0 ? { body } : {}) },
      // No position: it would point into notice.md, which these slides do not come from.
      body.length > 0 ? body : chunk,
    );
  });
}
