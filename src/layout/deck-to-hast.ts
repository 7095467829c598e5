import type { Element, ElementContent, Root } from 'hast';
import { raw } from 'hast-util-raw';
import { defaultSchema, sanitize } from 'hast-util-sanitize';
import type { RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { h } from 'hastscript';
import type { Deck, Slide } from '../plan/deck.js';
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

/**
 * Markdown content as hast. Raw HTML in the notice is parsed and then sanitised (GitHub's rules),
 * so a notice can neither run script nor break the deck's markup.
 */
export function markdownToHast(nodes: RootContent[]): ElementContent[] {
  const tree = toHast({ type: 'root', children: nodes }, { allowDangerousHtml: true });
  const safe = sanitize(raw(tree), { ...defaultSchema, clobberPrefix: 'notice-' });
  return safe.type === 'root' ? (safe.children as ElementContent[]) : [];
}
