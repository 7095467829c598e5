import type { StagedDeck } from '../build/build-deck.js';
import { deckStylesheet } from '../build/deck-assets.js';

/**
 * Whether `paper` is `presented` in other colours: every file the same but the deck's stylesheet
 * (the theme is in it; a theme's type sizes could change the slides, and then index.html differs).
 * Then its slides can be printed from `presented`'s print view (slides.ts printSlidesForPaperInPlace).
 */
export function restylable(presented: StagedDeck, paper: StagedDeck): boolean {
  if (presented.contents.size !== paper.contents.size) return false;
  for (const [file, data] of presented.contents) {
    if (file === deckStylesheet) continue;
    const other = paper.contents.get(file);
    if (other === undefined || !sameData(data, other)) return false;
  }
  return true;
}

function sameData(a: string | Uint8Array, b: string | Uint8Array): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}
