import path from 'node:path';
import { fontFaceCss } from '../fonts/css.js';
import { defaultFontCacheDir, embedFonts } from '../fonts/subset.js';
import { writeFileAtomic } from '../write-file-atomic.js';

/**
 * Subsets the embedded Noto faces to `text` — every character the print document shows, including
 * what its page script writes later (page numbers) — writes them to `<dir>/fonts/` and returns the
 * @font-face rules that load them from there. Chromium embeds these subsets in the PDF.
 */
export async function writePrintFonts(
  dir: string,
  text: string,
  options: { fontCacheDir?: string; warn?: (message: string) => void; label: string },
): Promise<string> {
  const fonts = await embedFonts(text, { cacheDir: options.fontCacheDir ?? defaultFontCacheDir() });
  if (fonts.missing.length > 0) {
    options.warn?.(`${options.label}：内嵌字体里没有${fonts.missing.map((char) => `“${char}”`).join('')}这些字，打印时会换用其他字体或印成方框`);
  }
  await Promise.all(fonts.files.map((font) => writeFileAtomic(path.join(dir, 'fonts', font.fileName), font.data)));
  return fontFaceCss(fonts.files, 'fonts/');
}

/** Characters print pages add themselves: page numbers and their words, the continued mark. */
export const pageChromeCharacters = '0123456789 /—第页共张幻灯片续（）';
