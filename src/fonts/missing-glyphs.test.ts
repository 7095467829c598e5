import { describe, expect, it } from 'vitest';
import { describeMissingGlyphs, findMissingGlyphs } from './missing-glyphs.js';

describe('findMissingGlyphs', () => {
  it('lists whole characters as the reader sees them, with their slides', () => {
    const slides = ['封面', '吉𠮷同志', '🇨🇳与👨‍👩‍👧', '𠮷和🇨🇳'];
    const missing = ['𠮷', '\u{1F1E8}', '\u{1F1F3}', '👨', '👩', '👧'];
    const found = findMissingGlyphs(slides, missing);
    expect(found).toEqual([
      { grapheme: '𠮷', slides: [2, 4] },
      { grapheme: '🇨🇳', slides: [3, 4] },
      { grapheme: '👨‍👩‍👧', slides: [3] },
    ]);
    expect(describeMissingGlyphs(found)).toBe('“𠮷”（第 2、4 张）、“🇨🇳”（第 3、4 张）、“👨‍👩‍👧”（第 3 张）');
  });

  it('finds nothing when nothing is missing', () => {
    expect(findMissingGlyphs(['吉𠮷'], [])).toEqual([]);
  });
});
