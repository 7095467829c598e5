import { describe, expect, it } from 'vitest';
import { alignment, isBold, officeColour, officeFont, officeFonts, pxToInches, pxToPoints } from './css-values.js';

describe('officeColour', () => {
  it('turns computed rgb() and rgba() into hex and transparency', () => {
    expect(officeColour('rgb(192, 0, 0)')).toEqual({ hex: 'C00000', transparency: 0 });
    expect(officeColour('rgba(29, 29, 31, 0.25)')).toEqual({ hex: '1D1D1F', transparency: 75 });
  });
  it('has nothing to paint for a transparent colour or one it cannot read', () => {
    expect(officeColour('rgba(0, 0, 0, 0)')).toBeNull();
    expect(officeColour('transparent')).toBeNull();
    expect(officeColour('color(display-p3 1 0 0)')).toBeNull();
  });
});

describe('units', () => {
  it('converts CSS px to inches and points', () => {
    expect(pxToInches(1280)).toBeCloseTo(13.333, 3);
    expect(pxToPoints(32)).toBe(24);
  });
});

describe('officeFont', () => {
  it('gives serif titles Song and everything else YaHei', () => {
    expect(officeFont('"Noto Serif SC", "Noto Sans SC", serif')).toBe(officeFonts.serif);
    expect(officeFont('"Noto Sans SC", sans-serif')).toBe(officeFonts.sans);
    expect(officeFont('serif')).toBe(officeFonts.serif);
  });
});

describe('isBold and alignment', () => {
  it('reads weights and alignments as PowerPoint has them', () => {
    expect([isBold('700'), isBold('600'), isBold('400'), isBold('bold')]).toEqual([true, true, false, true]);
    expect(['start', 'center', 'end', 'justify', '-webkit-center'].map(alignment)).toEqual(['left', 'center', 'right', 'justify', 'center']);
  });
});
