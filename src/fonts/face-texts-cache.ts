/**
 * The styles of the deck page's texts (deck-text-styles), cached by the page's structure and its
 * stylesheet: working them out evaluates the stylesheet on the page (~0.3–0.6 s in a new process,
 * most of it loading and warming the CSS parser and selector engine). Styles depend on elements,
 * classes and attributes, not on the words, so a rebuild after editing text, new characters
 * included, only walks the page.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Root, RootContent } from 'hast';
import { writeFileAtomic } from '../write-file-atomic.js';
import { isDrawnText } from './drawn-texts.js';
import type { FontFace } from './faces.js';
import { deckTexts, faceTexts } from './face-texts.js';
import type { TextStyle } from './font-cascade.js';

interface StoredStyle {
  fontFamilies: string[];
  fontWeights: number[];
  unknown: boolean;
}

/** What `deckFaceTexts` (deck-text-styles.js) gives, with the styles from the cache in `cacheDir` when a page of the same structure and stylesheets was seen before. */
export async function cachedDeckFaceTexts(tree: Root, stylesheets: readonly string[], everyFace: string, cacheDir: string): Promise<Map<FontFace, string>> {
  const key = createHash('sha256').update(JSON.stringify([structureOf(tree.children), stylesheets])).digest('hex').slice(0, 32);
  const file = join(cacheDir, 'text-styles', `${key}.json`);
  const cached = await readFile(file, 'utf8').then(
    (json) => JSON.parse(json) as { styles: StoredStyle[]; styleOfText: number[] },
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    },
  );
  let styles: TextStyle[];
  if (cached) {
    const stored = cached.styles.map((style) => ({ fontFamilies: new Set(style.fontFamilies), fontWeights: new Set(style.fontWeights), unknown: style.unknown }));
    styles = cached.styleOfText.map((index) => stored[index]!);
  } else {
    // Imported here: the CSS parser and selector engine are only needed when the page's structure changed.
    const { deckTextStyles } = await import('./deck-text-styles.js');
    styles = deckTextStyles(tree, stylesheets);
    const distinct = [...new Set(styles)];
    await writeFileAtomic(
      file,
      JSON.stringify({
        styles: distinct.map((style) => ({ fontFamilies: [...style.fontFamilies], fontWeights: [...style.fontWeights], unknown: style.unknown })),
        styleOfText: styles.map((style) => distinct.indexOf(style)),
      }),
    );
  }
  return faceTexts(deckTexts(tree), styles, everyFace);
}

/** The page without its words: elements with their properties, and where a drawn text is. */
function structureOf(nodes: readonly RootContent[]): unknown[] {
  return nodes.map((node) => (node.type === 'element' ? [node.tagName, node.properties, structureOf(node.children)] : isDrawnText(node) ? 1 : 0));
}
