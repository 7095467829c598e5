import type { EmbeddedFontFile } from './subset.js';

/** One `@font-face` per embedded file; `urlPrefix` is where the deck serves the files, e.g. `fonts/`. */
export function fontFaceCss(files: readonly EmbeddedFontFile[], urlPrefix: string): string {
  return fontFaceRules(files, (file) => urlPrefix + file.fileName);
}

/** One `@font-face` per embedded file, the file inside it as a data: URL. */
export function inlineFontFaceCss(files: readonly EmbeddedFontFile[]): string {
  return fontFaceRules(files, (file) => `data:font/woff2;base64,${Buffer.from(file.data).toString('base64')}`);
}

function fontFaceRules(files: readonly EmbeddedFontFile[], url: (file: EmbeddedFontFile) => string): string {
  return files
    .map((file) =>
      [
        '@font-face {',
        `  font-family: ${cssString(file.family)};`,
        '  font-style: normal;',
        `  font-weight: ${file.weight};`,
        // Block rather than swap: a fallback font would show tofu or the wrong glyph shapes until ours loads.
        '  font-display: block;',
        `  src: url(${cssString(url(file))}) format('woff2');`,
        `  unicode-range: ${file.unicodeRange};`,
        '}',
      ].join('\n'),
    )
    .join('\n');
}

/** A CSS unicode-range value for ascending code points, runs merged: `U+41-43,U+4e2d`. */
export function unicodeRangeCss(sortedCodePoints: readonly number[]): string {
  const items: string[] = [];
  for (let i = 0; i < sortedCodePoints.length; i++) {
    const start = sortedCodePoints[i]!;
    while (sortedCodePoints[i + 1] === sortedCodePoints[i]! + 1) i++;
    const end = sortedCodePoints[i]!;
    items.push(end === start ? `U+${hex(start)}` : `U+${hex(start)}-${hex(end)}`);
  }
  return items.join(',');
}

const hex = (codePoint: number) => codePoint.toString(16);

function cssString(text: string): string {
  return `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"`;
}
