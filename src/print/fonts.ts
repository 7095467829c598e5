import { inlineFontFaceCss } from '../fonts/css.js';
import { defaultFontCacheDir, embedFonts } from '../fonts/subset.js';

/**
 * Subsets the embedded Noto faces to `text` — every character the print document shows, including
 * what its page script writes later (page numbers) — and returns the @font-face rules with them
 * inside as data: URLs, which Chromium loads at once rather than file by file. Chromium embeds these
 * subsets in the PDF.
 */
export async function printFontCss(
  text: string,
  options: { fontCacheDir?: string; warn?: (message: string) => void; label: string },
): Promise<string> {
  const fonts = await embedFonts(text, { cacheDir: options.fontCacheDir ?? defaultFontCacheDir() });
  if (fonts.missing.length > 0) {
    options.warn?.(`${options.label}：内嵌字体里没有${fonts.missing.map((char) => `“${char}”`).join('')}这些字，打印时会换用其他字体或印成方框`);
  }
  return inlineFontFaceCss(fonts.files);
}

/** Characters print pages add themselves: page numbers and their words, the continued mark. */
export const pageChromeCharacters = '0123456789 /—第页共张幻灯片续（）';
