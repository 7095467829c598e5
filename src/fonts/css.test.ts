import { describe, expect, it } from 'vitest';
import { fontFaceCss, inlineFontFaceCss, unicodeRangeCss } from './css.js';
import type { EmbeddedFontFile } from './subset.js';

describe('unicodeRangeCss', () => {
  it('merges runs of consecutive code points', () => {
    expect(unicodeRangeCss([0x41, 0x42, 0x43, 0x45, 0x4e2d, 0x4e2e, 0x1f600])).toBe('U+41-43,U+45,U+4e2d-4e2e,U+1f600');
  });

  it('gives nothing for no code points', () => {
    expect(unicodeRangeCss([])).toBe('');
  });
});

describe('fontFaceCss', () => {
  const file: EmbeddedFontFile = {
    family: 'Noto Serif SC',
    weight: 700,
    unicodeRange: 'U+4e2d',
    fileName: 'noto-serif-sc-700-3f2a9c1b.woff2',
    data: new Uint8Array(),
  };

  it('writes one blocking @font-face per file', () => {
    expect(fontFaceCss([file, { ...file, weight: 400, unicodeRange: 'U+41-43', fileName: 'noto-serif-sc-400-0b1c2d3e.woff2' }], 'fonts/')).toBe(
      [
        '@font-face {',
        '  font-family: "Noto Serif SC";',
        '  font-style: normal;',
        '  font-weight: 700;',
        '  font-display: block;',
        `  src: url("fonts/noto-serif-sc-700-3f2a9c1b.woff2") format('woff2');`,
        '  unicode-range: U+4e2d;',
        '}',
        '@font-face {',
        '  font-family: "Noto Serif SC";',
        '  font-style: normal;',
        '  font-weight: 400;',
        '  font-display: block;',
        `  src: url("fonts/noto-serif-sc-400-0b1c2d3e.woff2") format('woff2');`,
        '  unicode-range: U+41-43;',
        '}',
      ].join('\n'),
    );
  });

  it('escapes quotes in names and URLs', () => {
    const css = fontFaceCss([{ ...file, family: 'A "B" \\ C' }], 'my "fonts"/');
    expect(css).toContain('font-family: "A \\"B\\" \\\\ C";');
    expect(css).toContain('url("my \\"fonts\\"/noto-serif-sc-700-3f2a9c1b.woff2")');
  });
});

describe('inlineFontFaceCss', () => {
  it('puts the file itself in the rule as a base64 data: URL', () => {
    const file: EmbeddedFontFile = { family: 'Noto Sans SC', weight: 400, unicodeRange: 'U+41', fileName: 'x.woff2', data: new Uint8Array([119, 79, 70, 50]) };
    const css = inlineFontFaceCss([file]);
    expect(css).toContain(`src: url("data:font/woff2;base64,d09GMg==") format('woff2');`);
    expect(css).toContain('unicode-range: U+41;');
    expect(css).not.toContain('x.woff2');
  });
});
