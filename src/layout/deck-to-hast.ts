import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import type { Deck, Slide } from '../plan/deck.js';
import { markdownToHast } from '../render/markdown-to-hast.js';
import { fillLayout } from './fill.js';
import { layoutNamed, type Layout } from './layouts.js';

/** What a branch puts on its content slides: its logo (a picture in the deck folder) and a line of text. */
export interface Brand {
  logo?: string;
  footer?: string;
}

export interface LayoutOptions {
  layouts: Map<string, Layout>;
  brand?: Brand;
}

/** Slides that carry their own identity; the brand would only clutter them. */
const unbrandedLayouts = new Set(['cover', 'section', 'closing', 'blank']);

/**
 * Lays out the slide plan: every slide becomes its layout's `<section>` with the slots filled and
 * the speaker notes in an `<aside class="notes">` (reveal.js's notes plugin shows them).
 */
export function deckToHast(options: LayoutOptions) {
  return (deck: Deck): Root => ({
    type: 'root',
    children: deck.children.map((slide) => {
      const section = slideToHast(slide, layoutNamed(options.layouts, slide.layout));
      const brand = options.brand && !unbrandedLayouts.has(slide.layout) ? brandElement(options.brand) : undefined;
      // revealDocument moves everything but the notes into the slide's frame, brand included.
      if (brand) section.children.push(brand);
      return section;
    }),
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

function brandElement(brand: Brand): Element | undefined {
  if (!brand.logo && !brand.footer) return undefined;
  return h('div.slide-brand', [...(brand.logo ? [h('img', { src: brand.logo, alt: '' })] : []), ...(brand.footer ? [h('span', brand.footer)] : [])]);
}
