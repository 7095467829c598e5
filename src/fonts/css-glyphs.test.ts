import { describe, expect, it } from 'vitest';
import { cssGlyphs } from './css-glyphs.js';

describe('cssGlyphs', () => {
  it('always has the default list markers, for lists the stylesheet leaves alone', () => {
    expect(cssGlyphs('')).toBe('•◦▪0123456789. ');
  });

  it('adds the markers a list-style names and the strings of content declarations', () => {
    const glyphs = cssGlyphs(`
      .a { list-style: cjk-decimal inside; }
      .b li::before { content: '◆'; }
      .c::after { content: "（" attr(title) "\\201D"; }
      .d::before { content: none; }
    `);
    for (const char of '〇九、◆（”') expect(glyphs).toContain(char);
    expect(glyphs).not.toContain('n');
  });
});
