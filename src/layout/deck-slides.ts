import type { ElementContent } from 'hast';
import type { VFile } from 'vfile';
import type { Deck } from '../plan/deck.js';
import { markdownToHast } from '../render/markdown-to-hast.js';

/**
 * One slide of a built deck as what is made from the deck (PDF, handout, notes) needs it, taken
 * from the slide plan rather than read back from the HTML: a template may name its classes as it likes.
 */
export interface DeckSlide {
  /** 0-based position in the deck: also its page in the slides PDF. */
  index: number;
  /** The layout that shows it (templates/layouts or the deck's own). */
  layout: string;
  /** For the divider that opens a level-1 section: the section as the slide shows it, “一、深入学习…”. */
  sectionTitle?: string;
  /** The speaker notes (the verbatim text the slide shows), as the deck's `aside.notes` holds them. */
  notes: ElementContent[];
  /** The line of notice.md the slide starts at; absent for the cover, agenda, closing and the like. */
  sourceLine?: number;
  /** Whether the slide shows part of the notice body (it has a source line). */
  fromBody: boolean;
}

declare module 'vfile' {
  interface DataMap {
    /** The slides of the deck as laid out (see deckSlides). */
    deckSlides: DeckSlide[];
  }
}

export function deckSlides(deck: Deck): DeckSlide[] {
  return deck.children.map((slide, index) => {
    const sourceLine = slide.position?.start.line;
    return {
      index,
      layout: slide.layout,
      ...(slide.sectionTitle ? { sectionTitle: slide.sectionTitle } : {}),
      notes: markdownToHast(slide.notes),
      ...(sourceLine !== undefined ? { sourceLine } : {}),
      fromBody: sourceLine !== undefined,
    };
  });
}

/** Records the planned deck's slides in `file.data.deckSlides`; use on the final slide plan. */
export function recordDeckSlides() {
  return (deck: Deck, file: VFile): void => {
    file.data.deckSlides = deckSlides(deck);
  };
}
