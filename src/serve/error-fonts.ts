import { fontFaceCss } from '../fonts/css.js';
import { defaultFontCacheDir, embedFonts } from '../fonts/subset.js';

/** The family the error overlay draws in: its own, so it never mixes with the deck's faces. */
export const errorFontFamily = 'notice-deck error';

/** Where the server answers with the error's font files. */
export const errorFontsPath = '/__notice-deck/fonts/';

export interface ErrorFonts {
  css: string;
  files: Map<string, Uint8Array>;
}

/**
 * Noto Sans SC subset to the characters of an error message: the deck embeds only the glyphs of
 * its own text, and a PC without Chinese fonts would show the message as blanks or boxes.
 */
export async function errorFonts(text: string): Promise<ErrorFonts> {
  const { files } = await embedFonts(text, { cacheDir: defaultFontCacheDir() });
  const sans = files.filter((file) => file.family === 'Noto Sans SC').map((file) => ({ ...file, family: errorFontFamily }));
  return { css: fontFaceCss(sans, errorFontsPath), files: new Map(sans.map((file) => [file.fileName, file.data])) };
}
