import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import type { Deck, Slide } from '../plan/deck.js';
import { markdownToHast } from '../render/markdown-to-hast.js';
import { fillLayout } from './fill.js';
import { layoutNamed, type Layout } from './layouts.js';

export interface LayoutOptions {
  layouts: Map<string, Layout>;
}

/**
 * Lays out the slide plan: every slide becomes its layout's `<section>` with the slots filled and
 * the speaker notes in an `<aside class="notes">` (reveal.js's notes plugin shows them).
 */
export function deckToHast(options: LayoutOptions) {
  return (deck: Deck): Root => ({
    type: 'root',
    children: deck.children.map((slide) => slideToHast(slide, layoutNamed(options.layouts, slide.layout))),
  });
}

function slideToHast(slide: Slide, layout: Layout): Element {
  const slots = Object.fromEntries(Object.entries(slide.slots).map(([name, nodes]) => [name, markdownToHast(nodes)]));
  const section = fillLayout(layout, slots);
  const line = slide.position?.start.line;
  if (line !== undefined) section.properties.dataSourceLine = line;
  const notes = markdownToHast(slide.notes);
  if (notes.length > 0) section.children.push(h('aside.notes', notes));
  return section;
}
