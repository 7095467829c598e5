import type { RootContent } from 'mdast';
import type { Node, Parent, Position } from 'unist';
import type { NoticeMetadata } from '../notice/metadata.js';

/**
 * One slide of the plan: which layout shows it, the Markdown content of each of the layout's
 * slots, and the speaker notes. Content stays mdast here; the layout stage turns it into hast.
 */
export interface Slide extends Node {
  type: 'slide';
  /** Name of a layout in templates/layouts. */
  layout: string;
  /** Slot name → content. A slot not listed stays empty. */
  slots: Record<string, RootContent[]>;
  /** Speaker notes: the original text the slide shows, for the presenter to read verbatim. */
  notes: RootContent[];
  /** The part of notice.md the slide came from (absent for slides made from front matter). */
  position?: Position;
  /** For the divider that opens a level-1 section: the section as the slide shows it, “一、深入学习…”. */
  sectionTitle?: string;
}

/** The slide plan: the tree between the notice (mdast) and the rendered deck (hast). */
export interface Deck extends Parent {
  type: 'deck';
  metadata: NoticeMetadata;
  children: Slide[];
}
