/** A character (as the reader sees one: 🇨🇳 and 👨‍👩‍👧 are one each) the embedded fonts cannot draw, and where it is. */
export interface MissingGlyph {
  grapheme: string;
  /** 1-based slide numbers, ascending. */
  slides: number[];
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });

/**
 * The characters of the slides' texts that contain a code point of `missing`, whole grapheme
 * clusters (a flag is two code points, a family emoji five), each with the slides it is on,
 * in the order they first appear.
 */
export function findMissingGlyphs(slideTexts: readonly string[], missing: readonly string[]): MissingGlyph[] {
  if (missing.length === 0) return [];
  const lacking = new Set(missing);
  const found = new Map<string, Set<number>>();
  slideTexts.forEach((text, index) => {
    for (const { segment } of segmenter.segment(text)) {
      if (![...segment].some((char) => lacking.has(char))) continue;
      const slides = found.get(segment) ?? new Set<number>();
      slides.add(index + 1);
      found.set(segment, slides);
    }
  });
  return [...found].map(([grapheme, slides]) => ({ grapheme, slides: [...slides].sort((a, b) => a - b) }));
}

/** “𠮷”（第 3、5 张）、“🇨🇳”（第 4 张） */
export function describeMissingGlyphs(glyphs: readonly MissingGlyph[]): string {
  return glyphs.map(({ grapheme, slides }) => `“${grapheme}”（第 ${slides.join('、')} 张）`).join('、');
}
