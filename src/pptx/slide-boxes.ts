/**
 * What a slide looks like once Chromium has laid it out: the boxes of its text blocks with their
 * runs and computed styles, its fills, rules and pictures, in paint order. Read in the page from
 * the slide shown; all positions are CSS px from the slide frame's top-left corner.
 */
import type { Page } from 'puppeteer';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A piece of a text block in one style, or a forced line break (`<br>`). */
export type Run =
  | { text: string; colour: string; fontFamily: string; fontWeight: string; fontSizePx: number; letterSpacingPx: number }
  | { lineBreak: true };

export interface TextBlock {
  /** The block's content box (inside padding and borders). */
  box: Box;
  runs: Run[];
  textAlign: string;
  /** Line height: the computed one, or for `normal` the first line's; null when there is no line to measure. */
  lineHeightPx: number | null;
  /** A list item's marker: its hanging indent and, for numbered lists, its number. */
  marker: { indentPx: number; number: number | null } | null;
  /** The slide's first h1/h2: PowerPoint's title placeholder. */
  isTitle: boolean;
  /** The element's classes or tag, to name the shape in PowerPoint's selection pane. */
  name: string;
}

/** Non-text paint, in document order: a filled box, a rectangle's outline, a gradient to render, a picture. */
export type Decoration =
  | { kind: 'fill'; box: Box; colour: string }
  | { kind: 'outline'; box: Box; colour: string; widthPx: number }
  | { kind: 'gradient'; box: Box; id: number }
  /** `alt` as the deck has it; `fileName` the picture's own, for PowerPoint's alt text where `alt` is empty. */
  | { kind: 'picture'; box: Box; src: string; alt: string; fileName: string };

export interface SlideBoxes {
  /** The layout name (`cover`, `points` …) from the section's layout- class. */
  layout: string;
  /** The frame's background colour, and the id of its gradient when it has one. */
  background: { colour: string; gradientId: number | null };
  decorations: Decoration[];
  texts: TextBlock[];
  /** The speaker notes, one line per paragraph. */
  notes: string;
}

/** Attribute that marks elements whose background is a gradient, so it can be rendered to a picture. */
export const gradientAttribute = 'data-pptx-gradient';

/** Reads slide `index`, which must be the slide shown. */
export function readSlideBoxes(page: Page, index: number): Promise<SlideBoxes> {
  return page.evaluate(
    (index, gradientAttribute) => {
      const section = document.querySelectorAll('.reveal > .slides > section')[index]!;
      const frame = section.querySelector<HTMLElement>(':scope > .slide-frame')!;
      const origin = frame.getBoundingClientRect();
      const px = (value: string) => parseFloat(value) || 0;
      const boxOf = (rect: DOMRect) => ({ x: rect.left - origin.left, y: rect.top - origin.top, w: rect.width, h: rect.height });
      const contentBox = (element: Element, style: CSSStyleDeclaration) => {
        const box = boxOf(element.getBoundingClientRect());
        const left = px(style.borderLeftWidth) + px(style.paddingLeft);
        const top = px(style.borderTopWidth) + px(style.paddingTop);
        return {
          x: box.x + left,
          y: box.y + top,
          w: box.w - left - px(style.borderRightWidth) - px(style.paddingRight),
          h: box.h - top - px(style.borderBottomWidth) - px(style.paddingBottom),
        };
      };
      const visibleColour = (colour: string) => colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/u.test(colour);
      const isInline = (element: Element) => ['inline', 'contents'].includes(getComputedStyle(element).display);

      document.querySelectorAll(`[${gradientAttribute}]`).forEach((marked) => marked.removeAttribute(gradientAttribute));
      let gradients = 0;
      const decorations: unknown[] = [];
      const blocks = new Map<Element, unknown[]>();
      let frameGradient: number | null = null;

      const decorate = (element: Element) => {
        const style = getComputedStyle(element);
        if (style.visibility !== 'visible' || element.getClientRects().length === 0) return;
        const box = boxOf(element.getBoundingClientRect());
        if (box.w <= 0 || box.h <= 0) return;
        if (element !== frame && visibleColour(style.backgroundColor)) decorations.push({ kind: 'fill', box, colour: style.backgroundColor });
        if (style.backgroundImage.includes('gradient(')) {
          element.setAttribute(gradientAttribute, String(gradients));
          if (element === frame) frameGradient = gradients;
          else decorations.push({ kind: 'gradient', box, id: gradients });
          gradients++;
        }
        // An inset shadow of no blur and no offset is how the themes draw a hairline inside a card.
        const hairline = /^(rgba?\([^)]*\)) 0px 0px 0px ([\d.]+)px inset$/u.exec(style.boxShadow);
        if (hairline) decorations.push({ kind: 'outline', box, colour: hairline[1], widthPx: Number(hairline[2]) });
        const sides = [
          ['Top', { x: box.x, y: box.y, w: box.w, h: px(style.borderTopWidth) }],
          ['Bottom', { x: box.x, y: box.y + box.h - px(style.borderBottomWidth), w: box.w, h: px(style.borderBottomWidth) }],
          ['Left', { x: box.x, y: box.y, w: px(style.borderLeftWidth), h: box.h }],
          ['Right', { x: box.x + box.w - px(style.borderRightWidth), y: box.y, w: px(style.borderRightWidth), h: box.h }],
        ] as const;
        for (const [side, strip] of sides) {
          const colour = style.getPropertyValue(`border-${side.toLowerCase()}-color`);
          const kind = style.getPropertyValue(`border-${side.toLowerCase()}-style`);
          if (strip.w > 0 && strip.h > 0 && kind !== 'none' && kind !== 'hidden' && visibleColour(colour)) {
            decorations.push({ kind: 'fill', box: strip, colour });
          }
        }
        if (element instanceof HTMLImageElement && element.naturalWidth > 0) {
          const inner = contentBox(element, style);
          const scale = Math.min(inner.w / element.naturalWidth, inner.h / element.naturalHeight);
          const shown =
            style.objectFit === 'contain' || style.objectFit === 'scale-down'
              ? { w: element.naturalWidth * scale, h: element.naturalHeight * scale }
              : { w: inner.w, h: inner.h };
          decorations.push({
            kind: 'picture',
            box: { x: inner.x + (inner.w - shown.w) / 2, y: inner.y + (inner.h - shown.h) / 2, ...shown },
            src: element.currentSrc,
            alt: element.alt,
            fileName: element.currentSrc.startsWith('data:') ? '' : decodeURIComponent(new URL(element.currentSrc).pathname.split('/').pop() ?? ''),
          });
        }
      };

      /** The block a text node or <br> belongs to: its nearest ancestor that is not inline. */
      const blockOf = (node: Node) => {
        let element = node.parentElement;
        while (element && element !== frame && isInline(element)) element = element.parentElement;
        return element;
      };
      const addRun = (node: Node, run: unknown) => {
        const block = blockOf(node);
        if (!block) return;
        if (!blocks.has(block)) blocks.set(block, []);
        blocks.get(block)!.push(run);
      };

      const walker = document.createTreeWalker(frame, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node: Node | null = frame; node; node = walker.nextNode()) {
        if (node instanceof Element) {
          decorate(node);
          if (node.tagName === 'BR') addRun(node, { lineBreak: true });
          continue;
        }
        const parent = node.parentElement!;
        const style = getComputedStyle(parent);
        if (!node.nodeValue || style.visibility !== 'visible' || parent.getClientRects().length === 0) continue;
        const text = /^pre/u.test(style.whiteSpace) ? node.nodeValue : node.nodeValue.replace(/[\t\n\r ]+/gu, ' ');
        addRun(node, {
          text,
          colour: style.color,
          fontFamily: style.fontFamily,
          fontWeight: style.fontWeight,
          fontSizePx: px(style.fontSize),
          letterSpacingPx: px(style.letterSpacing),
        });
      }

      /** A `normal` line height is the font's own: the block's content height over its number of lines. */
      const normalLineHeight = (element: Element, height: number) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        const lines = new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top))).size;
        return lines > 0 ? height / lines : null;
      };
      const title = frame.querySelector('h1, h2');
      const texts = [...blocks].map(([element, runs]) => {
        const style = getComputedStyle(element);
        const list = element.parentElement;
        const listStyle = list ? getComputedStyle(list) : style;
        const marked = style.display === 'list-item' && style.listStyleType !== 'none';
        const indentPx = px(listStyle.marginLeft) + px(listStyle.paddingLeft) || px(style.fontSize);
        const numbered = marked && list?.tagName === 'OL';
        const number = numbered ? Number((list as HTMLOListElement).start || 1) + Array.from(list!.children).indexOf(element) : null;
        const box = contentBox(element, style);
        return {
          box,
          runs,
          textAlign: style.textAlign,
          lineHeightPx: style.lineHeight === 'normal' ? normalLineHeight(element, box.h) : px(style.lineHeight),
          marker: marked ? { indentPx, number } : null,
          isTitle: element === title,
          name: element.classList.length > 0 ? Array.from(element.classList).join(' ') : element.tagName.toLowerCase(),
        };
      });

      const frameStyle = getComputedStyle(frame);
      const notes = section.querySelector(':scope > aside.notes');
      return {
        layout: Array.from(section.classList).find((name) => name.startsWith('layout-'))?.slice('layout-'.length) ?? '',
        background: { colour: frameStyle.backgroundColor, gradientId: frameGradient },
        decorations,
        texts,
        notes: notes ? Array.from(notes.children).map((paragraph) => paragraph.textContent ?? '').join('\n') || (notes.textContent ?? '') : '',
      } as SlideBoxes;
    },
    index,
    gradientAttribute,
  );
}
