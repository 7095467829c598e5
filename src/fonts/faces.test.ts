import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { deckFontFaces } from './faces.js';
import { loadFontsourceWeight } from './fontsource.js';

describe('deckFontFaces', () => {
  it('names a weight each package ships', () => {
    for (const face of deckFontFaces) {
      expect(loadFontsourceWeight(face.packageName, face.weight).chunks.length).toBeGreaterThan(0);
    }
  });

  it('is what the base stylesheet names first for body and titles', () => {
    const css = readFileSync(new URL('../../templates/base.css', import.meta.url), 'utf8');
    const first = (variable: string) => new RegExp(`${variable}: '([^']+)'`).exec(css)?.[1];
    expect(new Set(deckFontFaces.map((face) => face.family))).toEqual(new Set([first('--font-body'), first('--font-title')]));
  });
});
