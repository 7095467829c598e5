import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { writeFileAtomic } from '../write-file-atomic.js';
import { fontFaceCss } from '../fonts/css.js';
import { defaultFontCacheDir, embedFonts } from '../fonts/subset.js';
import { loadLayouts } from '../layout/layouts.js';
import { readDeckSource } from '../notice/read.js';
import { createDeckProcessor } from '../pipeline.js';
import { defaultSlideSize, type SlideSize } from '../render/slide-size.js';
import { fontStylesheet, packageRoot, scripts, staticAssets, stylesheets } from './deck-assets.js';

export interface BuildOptions {
  /** Output folder; default `dist/<deck name>`. */
  outDir?: string;
  /** Slide size; default 16:9 (1280×720). */
  size?: SlideSize;
  /** Where font subsets are cached; default `node_modules/.cache/notice-deck/fonts`. */
  fontCacheDir?: string;
  /** Where a warning goes (missing glyphs, …). */
  warn?: (message: string) => void;
}

export interface BuiltDeck {
  name: string;
  outDir: string;
  htmlPath: string;
  slideCount: number;
  size: SlideSize;
}

/** Characters reveal.js draws itself: the slide number "12/30". */
const chromeCharacters = '0123456789/';

/**
 * Builds a deck folder into `outDir`: index.html, reveal.js, theme and the font subsets its text
 * needs. All input is checked before the first file is written, and every file is written
 * atomically, so a failed build leaves the previous output intact.
 */
export async function buildDeck(input: string, options: BuildOptions = {}): Promise<BuiltDeck> {
  const source = await readDeckSource(input);
  const outDir = path.resolve(options.outDir ?? path.join('dist', source.name));
  const size = options.size ?? defaultSlideSize;
  const processor = createDeckProcessor({ layouts: await loadLayouts(), size, document: { size, stylesheets, scripts } });
  const tree: Root = await processor.run(processor.parse(source.file), source.file);
  const html = processor.stringify(tree, source.file);
  for (const message of source.file.messages) options.warn?.(`${source.file.path}:${message.line ?? 1}:${message.column ?? 1}: ${message.reason}`);

  const fonts = await embedFonts(toString(tree) + chromeCharacters, { cacheDir: options.fontCacheDir ?? defaultFontCacheDir(packageRoot) });
  if (fonts.missing.length > 0) {
    options.warn?.(`${source.file.path}: no embedded font has ${fonts.missing.map((char) => `“${char}”`).join(' ')}; they will be drawn by a system font`);
  }

  const fontDir = path.join(outDir, path.dirname(fontStylesheet));
  await Promise.all([
    ...staticAssets.map((asset) => copyAtomic(asset.source, path.join(outDir, asset.target))),
    ...fonts.files.map((font) => writeFileAtomic(path.join(fontDir, font.fileName), font.data)),
  ]);
  await writeFileAtomic(path.join(outDir, fontStylesheet), fontFaceCss(fonts.files, ''));
  await removeStaleFonts(fontDir, new Set(fonts.files.map((font) => font.fileName)));
  const htmlPath = path.join(outDir, 'index.html');
  await writeFileAtomic(htmlPath, html);

  return { name: source.name, outDir, htmlPath, slideCount: countSlides(tree), size };
}

async function copyAtomic(source: string, target: string): Promise<void> {
  await writeFileAtomic(target, await readFile(source));
}

/** Font files of an earlier build whose text has changed are dead weight in the deck folder. */
async function removeStaleFonts(fontDir: string, current: Set<string>): Promise<void> {
  for (const file of await readdir(fontDir)) {
    if (file.endsWith('.woff2') && !current.has(file)) await rm(path.join(fontDir, file));
  }
}

function countSlides(tree: Root): number {
  let count = 0;
  visit(tree, 'element', (element) => {
    if (element.tagName === 'section') count++;
  });
  return count;
}
