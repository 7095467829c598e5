import { existsSync, readFileSync } from 'node:fs';
import { convert } from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { groupByChunk, loadFontsourceWeight, type FontChunk } from './fontsource.js';

const sans400 = loadFontsourceWeight('@fontsource/noto-sans-sc', 400);

async function cmapOf(woff2Path: string): Promise<Set<number>> {
  const sfnt = await convert(readFileSync(woff2Path), 'sfnt');
  return new Set(new Face(new Blob(sfnt)).collectUnicodes());
}

describe('loadFontsourceWeight', () => {
  it('reads every woff2 chunk of the weight with its version', () => {
    expect(sans400.version).toBe('5.3.0');
    expect(sans400.chunks).toHaveLength(101);
    for (const chunk of sans400.chunks) {
      expect(chunk.file).toMatch(/noto-sans-sc-.+-400-normal\.woff2$/);
      expect(existsSync(chunk.file)).toBe(true);
      expect(chunk.unicodeRanges.every(([start, end]) => start <= end)).toBe(true);
    }
  });

  it('memoises per package and weight', () => {
    expect(loadFontsourceWeight('@fontsource/noto-sans-sc', 400)).toBe(sans400);
    expect(loadFontsourceWeight('@fontsource/noto-sans-sc', 700)).not.toBe(sans400);
  });

  it('parses a unicode-range list once when weights and packages share it', () => {
    const serif700 = loadFontsourceWeight('@fontsource/noto-serif-sc', 700);
    expect(serif700.chunks[0]!.file).not.toBe(sans400.chunks[0]!.file);
    expect(serif700.chunks[0]!.unicodeRanges).toBe(sans400.chunks[0]!.unicodeRanges);
  });

  it('names a package that is not installed as the problem', () => {
    expect(() => loadFontsourceWeight('@fontsource/no-such-font', 400)).toThrow(/没有安装字体包 @fontsource\/no-such-font/);
  });
});

describe('groupByChunk', () => {
  it.each(['中', 'A', '〔', '“'])('finds the chunk whose font really has a glyph for %s', async (char) => {
    const codePoint = char.codePointAt(0)!;
    const { groups, uncovered } = groupByChunk(sans400.chunks, [codePoint]);
    expect(uncovered).toEqual([]);
    const [[chunk, codePoints]] = [...groups];
    expect(codePoints).toEqual([codePoint]);
    expect(await cmapOf(chunk!.file)).toContain(codePoint);
  });

  it('reports an emoji and a private-use character as uncovered', () => {
    const codePoints = ['😀', '\u{e000}', '中'].map((char) => char.codePointAt(0)!);
    const { groups, uncovered } = groupByChunk(sans400.chunks, codePoints);
    expect(uncovered).toEqual([0xe000, 0x1f600]);
    expect([...groups.values()].flat()).toEqual([0x4e2d]);
  });

  it('gives a code point claimed by two chunks to the first, and sorts each group', () => {
    const first: FontChunk = { file: 'first.woff2', unicodeRanges: [[0x60, 0x6f], [0x41, 0x43]] };
    const second: FontChunk = { file: 'second.woff2', unicodeRanges: [[0x41, 0x5a]] };
    const { groups, uncovered } = groupByChunk([first, second], [0x62, 0x44, 0x42, 0x41, 0x42, 0x30]);
    expect(groups).toEqual(
      new Map([
        [first, [0x41, 0x42, 0x62]],
        [second, [0x44]],
      ]),
    );
    expect(uncovered).toEqual([0x30]);
  });
});
