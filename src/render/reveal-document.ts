import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import type { SlideSize } from './slide-size.js';

/** The id of the element that brings the embedded fonts: a <link> in the deck folder, a <style> in the single file. */
export const deckFontsId = 'deck-fonts';

export interface RevealDocumentOptions {
  title: string;
  size: SlideSize;
  /** Stylesheets, in cascade order, relative to index.html. */
  stylesheets: string[];
  /** Scripts, in load order, relative to index.html. */
  scripts: string[];
  /** The one of `stylesheets` with the @font-face rules: marked #deck-fonts, for deck.js to give the speaker view. */
  fontStylesheet?: string;
}

/**
 * Wraps the laid-out slides in a reveal.js page. Each slide's content goes into a frame of the
 * slide's exact size, because reveal.js resets a section's own padding and height when printing.
 */
export function revealDocument(options: RevealDocumentOptions) {
  const { width, height } = options.size;
  return (tree: Root): Root => {
    const sections = tree.children.filter((node): node is Element => node.type === 'element').map(framed);
    return {
      type: 'root',
      children: [
        { type: 'doctype' },
        h('html', { lang: 'zh-CN' }, [
          h('head', [
            h('meta', { charSet: 'utf-8' }),
            h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
            h('title', options.title),
            ...options.stylesheets.map((href) => h('link', { rel: 'stylesheet', href, id: href === options.fontStylesheet ? deckFontsId : undefined })),
          ]),
          h('body', [
            h(
              'div.reveal',
              { dataWidth: width, dataHeight: height, style: `--slide-width: ${width}px; --slide-height: ${height}px` },
              [h('div.slides', sections)],
            ),
            ...options.scripts.map((src) => h('script', { src })),
          ]),
        ]),
      ],
    };
  };
}

function framed(section: Element): Element {
  const notes = section.children.filter(isNotes);
  const content = section.children.filter((child) => !isNotes(child));
  return { ...section, children: [h('div.slide-frame', content), ...notes] };
}

function isNotes(node: Element['children'][number]): boolean {
  return node.type === 'element' && node.tagName === 'aside';
}
