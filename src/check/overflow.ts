import type { Page } from 'puppeteer';
import type { SlideSize } from '../render/slide-size.js';

/** Overflow and clipping on slide `index` (shown already): see overflowOnSlides. */
export async function overflowOnSlide(page: Page, index: number, size: SlideSize): Promise<string[]> {
  return (await overflowOnSlides(page, [index], size))[0]!;
}

/**
 * Overflow and clipping on each slide of `indices` (laid out already): the slide's frame has the
 * slide's exact size; neither it nor any descendant that clips (overflow not visible) has content
 * beyond its box; every descendant element's and every text line's box lies within the frame
 * (±1 CSS px). One Chinese line per problem, a list per slide; all slides in one round trip.
 */
export function overflowOnSlides(page: Page, indices: readonly number[], size: SlideSize): Promise<string[][]> {
  return page.evaluate(
    (indices, size) => {
      const sections = document.querySelectorAll('.reveal > .slides > section, .reveal > .slides > .pdf-page > section');
      return indices.map((index) => {
        const section = sections[index]!;
        const frame = section.querySelector<HTMLElement>(':scope > .slide-frame');
        if (!frame) return ['没有 .slide-frame'];
        const problems: string[] = [];
        const short = (text: string) => {
          const flat = text.replace(/\s+/g, ' ').trim();
          return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
        };
        const label = (element: Element) => {
          const classes = Array.from(element.classList).map((name) => `.${name}`).join('');
          return `<${element.tagName.toLowerCase()}${classes}>“${short(element.textContent ?? '')}”`;
        };
        if (frame.offsetWidth !== size.width || frame.offsetHeight !== size.height) {
          problems.push(`页面框是 ${frame.offsetWidth}×${frame.offsetHeight}，不是 ${size.width}×${size.height}`);
        }
        const box = frame.getBoundingClientRect();
        const scale = box.width / frame.offsetWidth || 1; // reveal.js may scale the slide
        const slack = 1 * scale;
        const outside = (rect: DOMRect) =>
          rect.left < box.left - slack || rect.top < box.top - slack || rect.right > box.right + slack || rect.bottom > box.bottom + slack;
        const edges = (rect: DOMRect) =>
          `[${Math.round((rect.left - box.left) / scale)}, ${Math.round((rect.top - box.top) / scale)}]–[${Math.round((rect.right - box.left) / scale)}, ${Math.round((rect.bottom - box.top) / scale)}]`;
        const frameEdges = `[0, 0]–[${size.width}, ${size.height}]`;

        for (const element of [frame, ...Array.from(frame.querySelectorAll('*'))]) {
          const style = getComputedStyle(element);
          const clips = element === frame || style.overflowX !== 'visible' || style.overflowY !== 'visible';
          if (clips && element.scrollHeight > element.clientHeight + 1) {
            problems.push(`${label(element)} 的内容高 ${element.scrollHeight}px，框只有 ${element.clientHeight}px，超出部分被裁掉`);
          }
          if (clips && element.scrollWidth > element.clientWidth + 1) {
            problems.push(`${label(element)} 的内容宽 ${element.scrollWidth}px，框只有 ${element.clientWidth}px，超出部分被裁掉`);
          }
          if (element === frame) continue;
          const rect = Array.from(element.getClientRects()).find(outside);
          if (rect) problems.push(`${label(element)} 在 ${edges(rect)}，超出页面 ${frameEdges}`);
        }

        const walker = document.createTreeWalker(frame, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.nodeValue?.trim()) continue;
          range.selectNodeContents(node);
          const rect = Array.from(range.getClientRects()).find(outside);
          if (rect) problems.push(`文字“${short(node.nodeValue)}”有一行在 ${edges(rect)}，超出页面 ${frameEdges}`);
        }
        return problems;
      });
    },
    [...indices],
    size,
  );
}
