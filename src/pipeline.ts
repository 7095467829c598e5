import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import { unified, type Plugin } from 'unified';
import type { VFile } from 'vfile';
import { remarkNoticeOutline } from './branch/notice-outline.js';
import { recordDeckSlides } from './layout/deck-slides.js';
import { deckToHast, type LayoutOptions } from './layout/deck-to-hast.js';
import { remarkNotice } from './notice/remark-notice.js';
import type { Deck } from './plan/deck.js';
import { remarkStudyPlan } from './plan/study-plan.js';
import { revealDocument, type RevealDocumentOptions } from './render/reveal-document.js';
import type { Sizes } from './layout/sizes.js';
import type { SlideSize } from './render/slide-size.js';

export interface DeckProcessorOptions extends LayoutOptions {
  size: SlideSize;
  /** The deck's sizes (base.css, theme, deck.yaml), which the planner plans with. */
  sizes?: Sizes;
  document: Omit<RevealDocumentOptions, 'title'>;
  /** Changes to the planned deck before it is laid out: one branch's meeting (src/branch). */
  adaptDeck?: DeckAdapter;
}

export type DeckAdapter = (deck: Deck, file: VFile) => Deck;

/**
 * The whole pipeline, one stage per plugin, with a typed tree between stages:
 * Markdown → mdast (parse) → notice metadata and structure (remarkNotice) → Deck (plan; its slides recorded in
 * file.data.deckSlides) → hast slides (lay out)
 * → hast page (render) → HTML.
 */
export function createDeckProcessor(options: DeckProcessorOptions) {
  return unified()
    .use(remarkParse)
    .use(remarkNotice)
    .use(remarkNoticeOutline)
    .use(remarkStudyPlan as Plugin<[DeckProcessorOptions], MdastRoot, Deck>, options)
    .use(function adaptDeck() {
      return (deck: Deck, file) => options.adaptDeck?.(deck, file) ?? deck;
    } as Plugin<[], Deck, Deck>)
    .use(recordDeckSlides as Plugin<[], Deck>)
    .use(deckToHast as Plugin<[DeckProcessorOptions], Deck, HastRoot>, options)
    .use(function renderDocument() {
      return (tree: HastRoot, file) => revealDocument({ ...options.document, title: file.data.notice?.title ?? '' })(tree);
    } as Plugin<[], HastRoot>)
    .use(rehypeStringify);
}
