/**
 * The characters each face draws (face-texts), cached by the page and its stylesheet: working
 * them out evaluates the stylesheet on the page (~0.3 s, most of it loading and warming the CSS
 * parser and selector engine), and a rebuild of an unchanged deck should only read files.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Root } from 'hast';
import { writeFileAtomic } from '../write-file-atomic.js';
import { deckFontFaces, type FontFace } from './faces.js';

/** `deckFaceTexts` of face-texts.js, from the cache in `cacheDir` when `html` (the serialised `tree`) and `stylesheets` were seen before. */
export async function cachedDeckFaceTexts(
  page: { tree: Root; html: string },
  stylesheets: readonly string[],
  everyFace: string,
  cacheDir: string,
): Promise<Map<FontFace, string>> {
  const key = createHash('sha256').update(JSON.stringify([page.html, stylesheets, everyFace, deckFontFaces])).digest('hex').slice(0, 32);
  const file = join(cacheDir, 'face-texts', `${key}.json`);
  const cached = await readFile(file, 'utf8').then(
    (json) => JSON.parse(json) as string[],
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    },
  );
  if (cached) return new Map(deckFontFaces.map((face, index) => [face, cached[index] ?? '']));
  // Imported here: the CSS parser and selector engine are only needed when the page changed.
  const { deckFaceTexts } = await import('./face-texts.js');
  const texts = deckFaceTexts(page.tree, stylesheets, everyFace);
  await writeFileAtomic(file, JSON.stringify(deckFontFaces.map((face) => texts.get(face) ?? '')));
  return texts;
}
