import { describe, expect, it } from 'vitest';
import { deckFontFaces, fontStacks } from './faces.js';
import { loadFontsourceWeight } from './fontsource.js';

describe('deckFontFaces', () => {
  it('names a weight each package ships', () => {
    for (const face of deckFontFaces) {
      expect(loadFontsourceWeight(face.packageName, face.weight).chunks.length).toBeGreaterThan(0);
    }
  });

  it('is what the font stacks name first', () => {
    const families = new Set(deckFontFaces.map((face) => face.family));
    expect(families).toEqual(new Set(Object.values(fontStacks).map((stack) => stack.split(',')[0]!.slice(1, -1))));
  });
});
